package nlp

import "testing"

func TestDatelineEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"WASHINGTON (Reuters) - The United States imposed sanctions.", 5},
		{"NEW DELHI (PTI) — India tested a missile.", 6},
		{"MOSCOW, Sept 3 (Reuters) - Russia expelled two diplomats.", 8},
		{"PARIS, March 3 - France recalled its envoy.", 5},
		{"(AP) — Police arrested five men.", 4},
		{"NATO - the alliance of 30 countries - met in Brussels.", 0}, // no agency, no date
		{"WASHINGTON (Reuters) - Yes.", 0},                            // too little after it
		{"The UN (United Nations) - a body of states - met.", 0},      // not in capitals
		{"US troops (about 2,000 soldiers) - left Syria.", 0},         // brackets hold no agency
	} {
		if got := datelineEnd(Tokenize(tc.text)); got != tc.want {
			t.Errorf("datelineEnd(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestAnnotateDateline parses the words after a dateline as the sentence
// and hangs the dateline from its root, whatever the model would have
// made of the city.
func TestAnnotateDateline(t *testing.T) {
	s := Sentence{Tokens: Tokenize("MOSCOW, Sept 3 (Reuters) - Russia expelled two British diplomats.")}
	Default().Annotate(&s)
	byForm := map[string]Token{}
	for _, tok := range s.Tokens {
		byForm[tok.Form] = tok
	}
	root := byForm["expelled"]
	if root.Head != 0 || root.Rel != "root" {
		t.Fatalf("expelled: head %d %s, want the root", root.Head, root.Rel)
	}
	if m := byForm["MOSCOW"]; m.Head != 10 || m.Rel != "dep" || m.UPOS != "PROPN" {
		t.Errorf("MOSCOW: %+v, want PROPN dep of expelled (10)", m)
	}
	if r := byForm["Reuters"]; r.Head != 1 {
		t.Errorf("Reuters: head %d, want MOSCOW (1)", r.Head)
	}
	if r := byForm["Russia"]; r.Head != 10 || r.Rel != "nsubj" {
		t.Errorf("Russia: head %d %s, want nsubj of expelled (10)", r.Head, r.Rel)
	}
	if d := byForm["diplomats"]; d.Head != 10 || d.Rel != "obj" {
		t.Errorf("diplomats: head %d %s, want obj of expelled (10)", d.Head, d.Rel)
	}
}
