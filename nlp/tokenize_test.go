package nlp

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

func forms(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Form
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // tokens separated by "|"
	}{
		{"contractions", "I don't think they're here, we'll see; I've said I'd go and I'm sure",
			"I|do|n't|think|they|'re|here|,|we|'ll|see|;|I|'ve|said|I|'d|go|and|I|'m|sure"},
		{"can't won't", "can't won't CAN'T", "ca|n't|wo|n't|CA|N'T"},
		{"curly apostrophes", "They’re sure it can’t be John’s", "They|’re|sure|it|ca|n’t|be|John|’s"},
		{"possessives", "John's and the Joneses' cars", "John|'s|and|the|Joneses|'|cars"},
		{"apostrophe in names", "O'Brien's rock'n'roll", "O'Brien|'s|rock'n'roll"},
		{"fused words", "I cannot, gonna go", "I|can|not|,|gon|na|go"},
		{"abbreviations", "Gen. Smith, Dr. Jones, Mr. Lee, St. Paul, Jr., Aug. 5 in the U.S. Army",
			"Gen.|Smith|,|Dr.|Jones|,|Mr.|Lee|,|St.|Paul|,|Jr.|,|Aug.|5|in|the|U.S.|Army"},
		{"initials", "John F. Kennedy and J.R.R. Tolkien", "John|F.|Kennedy|and|J.R.R.|Tolkien"},
		{"No. before a number only", "No. 10 said no. No.", "No.|10|said|no|.|No|."},
		{"abbreviation then full stop", "Acme Inc.. Then", "Acme|Inc.|.|Then"},
		{"dotted abbreviation and hyphen", "U.S.-led forces, e.g. here", "U.S.|-|led|forces|,|e.g.|here"},
		{"hyphenated names split", "Jean-Yves Le Drian met el-Sisi and al-Assad",
			"Jean|-|Yves|Le|Drian|met|el|-|Sisi|and|al|-|Assad"},
		{"hyphen prefixes kept", "e-mail non-violent co-founder mid-July anti-war",
			"e-mail|non-violent|co-founder|mid-July|anti-war"},
		{"numbers", "$1,000,000.50 rose 3.5% at 10:30 on 9/11 or 11/28/2000",
			"$|1,000,000.50|rose|3.5|%|at|10:30|on|9/11|or|11/28/2000"},
		{"ranges and phones", "1990-1995 call 713-853-3989 or 853-3989", "1990|-|1995|call|713-853-3989|or|853-3989"},
		{"units and ordinals", "375mm at 7:30pm on the 17th, 1990s", "375|mm|at|7:30|pm|on|the|17th|,|1990s"},
		{"currencies", "€10 and £5 and ¥3", "€|10|and|£|5|and|¥|3"},
		{"quotes", `"Yes," he said. “No.” ‘Maybe’`, `"|Yes|,|"|he|said|.|“|No|.|”|‘|Maybe|’`},
		{"dashes", "peace—at last – and war--again --", "peace|—|at|last|–|and|war|--|again|--"},
		{"ellipses", "Wait... what… ok....", "Wait|...|what|…|ok|...."},
		{"runs of marks", "Really?! Yes!!!", "Really|?!|Yes|!!!"},
		{"brackets", "(Reuters) [sic] {x}", "(|Reuters|)|[|sic|]|{|x|}"},
		{"urls", "See http://example.com/a-b?c=d, www.un.org. or mail joe.doe@example.org!",
			"See|http://example.com/a-b?c=d|,|www.un.org|.|or|mail|joe.doe@example.org|!"},
		{"url in brackets", "(https://x.org/p)", "(|https://x.org/p|)"},
		{"domain name", "Compaq.com rose", "Compaq.com|rose"},
		{"dateline dash", "WASHINGTON (Reuters) - The", "WASHINGTON|(|Reuters|)|-|The"},
		{"dateline em dash", "NEW DELHI (PTI) — Talks", "NEW|DELHI|(|PTI|)|—|Talks"},
		{"dateline colon", "AFP, Nairobi : Kenya", "AFP|,|Nairobi|:|Kenya"},
		{"slash words", "and/or b/c", "and|/|or|b/c"},
		{"ampersand", "AT&T and R & D", "AT&T|and|R|&|D"},
		{"emoticons", "great :) ok:-) sad :(", "great|:)|ok|:-)|sad|:("},
		{"hashtag and number sign", "#audiobooks the #1 team", "#audiobooks|the|#|1|team"},
		{"unicode letters", "Zürich São Paulo Ñandú", "Zürich|São|Paulo|Ñandú"},
		{"empty", "", ""},
		{"only spaces", " \t\n\r ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(forms(Tokenize(tt.text)), "|")
			if got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "  “Don’t,” said\tGen.\u00a0Smith\n\nof the U.S. (Reuters)."
	want := []Token{
		{Start: 2, End: 5, Form: "“"}, {Start: 5, End: 7, Form: "Do"}, {Start: 7, End: 12, Form: "n’t"},
		{Start: 12, End: 13, Form: ","}, {Start: 13, End: 16, Form: "”"}, {Start: 17, End: 21, Form: "said"},
		{Start: 22, End: 26, Form: "Gen."}, {Start: 28, End: 33, Form: "Smith"}, {Start: 35, End: 37, Form: "of"},
		{Start: 38, End: 41, Form: "the"}, {Start: 42, End: 46, Form: "U.S."}, {Start: 47, End: 48, Form: "("},
		{Start: 48, End: 55, Form: "Reuters"}, {Start: 55, End: 56, Form: ")"}, {Start: 56, End: 57, Form: "."},
	}
	got := Tokenize(text)
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %q, want %d", len(got), forms(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestTokenizeBadBytes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"caf\xe9 ok", "caf|ok"},                // a Latin-1 byte separates tokens
		{"a\x00b\x07c\x1bd\x7fe", "a|b|c|d|e"},  // control characters separate tokens
		{"\xff\xfe\xfd", ""},                    // nothing but invalid bytes
		{"x\u200by\ufeffz", "x|y|z"},            // zero-width space and BOM
		{"end\xe2\x80", "end"},                  // truncated UTF-8 sequence
		{"\"\xff\" it's", "\"|\"|it|'s"},        // quotes around a bad byte
		{"U.S.\xff", "U.S."},                    // the bad byte ends the chunk
		{"ok\r\nnext", "ok|next"},               // CRLF line ends
		{"\u2028para\u2029graph", "para|graph"}, // Unicode line and paragraph separators
	}
	for _, tt := range tests {
		got := strings.Join(forms(Tokenize(tt.text)), "|")
		if got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// checkTokens asserts the invariants every tokenization must keep: tokens
// in order, not overlapping, non-empty, valid UTF-8, free of whitespace,
// and Form == text[Start:End].
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("text %q: token %d %q has span [%d,%d) after %d", text, i, tk.Form, tk.Start, tk.End, prev)
		}
		if tk.Form != text[tk.Start:tk.End] {
			t.Fatalf("text %q: token %d form %q != text %q", text, i, tk.Form, text[tk.Start:tk.End])
		}
		if !utf8.ValidString(tk.Form) || strings.ContainsAny(tk.Form, " \t\n\r\x00") {
			t.Fatalf("text %q: token %d form %q is invalid UTF-8 or holds a separator", text, i, tk.Form)
		}
		prev = tk.End
	}
}

// TestTokenizeRandom throws random mixes of the characters the tokenizer
// treats specially at it and checks the invariants.
func TestTokenizeRandom(t *testing.T) {
	pieces := []string{"a", "Z", "1", "0", ".", ",", ":", "/", "-", "'", "’", "\"", "“", "”", "(", ")", "$", "%",
		"@", "#", "&", "!", "?", "…", "—", " ", "\n", "\t", "\xff", "\xe2\x80", "é", "U.S.", "n't", "'s", "http://",
		"www.", ":)", "..", "Inc", "No", "e-", "713-", "\u00a0", "\x00", "_", "+", "=", "<", ">"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		checkTokens(t, text, Tokenize(text))
		checkSentences(t, text, Split(text))
	}
}

func TestTokenizeLongInput(t *testing.T) {
	text := strings.Repeat("The U.S. Army's 1,000 troops can't stay—officials said. ", 20000) +
		strings.Repeat("x", 1<<20) + " " + strings.Repeat(".", 1<<16)
	toks := Tokenize(text)
	if want := 20000*13 + 2; len(toks) != want {
		t.Fatalf("got %d tokens, want %d", len(toks), want)
	}
	if last := toks[len(toks)-1]; last.End-last.Start != 1<<16 {
		t.Errorf("last token has %d bytes, want the run of %d periods", last.End-last.Start, 1<<16)
	}
	checkTokens(t, text, toks)
}

// TestTokenizePathological runs inputs that would take quadratic time
// with a careless scanner; the test's own timeout catches a regression.
func TestTokenizePathological(t *testing.T) {
	for _, unit := range []string{"1-", "e-", "a'", "1,", "U.", "x/", ".)", "\"'", "-:", "@a."} {
		text := strings.Repeat(unit, 1<<16)
		checkSentences(t, text, Split(text))
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mr. Smith's U.S. don't", "\xff\"(x)\"", "http://a.b/c.", "Inc.. :-)", "1,000.5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text, Tokenize(text))
		checkSentences(t, text, Split(text))
	})
}
