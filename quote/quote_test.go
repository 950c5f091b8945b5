package quote

import (
	"fmt"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

var published = time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)

// quotesOf finds the quotations of text and renders each as
// speakerCode|speakerText|viaCode|viaText|quote.
func quotesOf(t *testing.T, text string) []string {
	t.Helper()
	a := &article.Article{ID: "a1", Text: text, Published: published}
	var out []string
	for _, q := range Find(a, nlp.Default().Parse(text)) {
		if q.Text != text[q.Start:q.End] || q.Article != "a1" || q.Date != "2019-03-04" {
			t.Errorf("%q: quote %+v: offsets, article or date wrong", text, q)
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", q.Speaker.Code, q.Speaker.Text, q.Via.Code, q.Via.Text, q.Text))
	}
	return out
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Direct quotations.
		{`"We will not negotiate under pressure," Iranian President Hassan Rouhani said.`,
			[]string{"IRNGOV|Iranian President Hassan Rouhani|||We will not negotiate under pressure"}},
		{`"Our patience has limits," said Israeli Prime Minister Benjamin Netanyahu.`,
			[]string{"ISRGOV|Israeli Prime Minister Benjamin Netanyahu|||Our patience has limits"}},
		{`The ministry said: "The attack was a crime against humanity."`,
			[]string{"---GOV|The ministry|||The attack was a crime against humanity."}},
		{`"We will rebuild. We will not give up," the mayor said.`,
			[]string{"---GOV|the mayor|||We will rebuild. We will not give up"}},
		{`"We are ready," a witness said.`, []string{"|a witness|||We are ready"}},
		{`Merkel spoke first. "The attack was a crime," she said.`, []string{"DEUGOV|she|||The attack was a crime"}},
		// Indirect quotations.
		{`Russia said on Monday that it would expel two diplomats.`, []string{"RUS|Russia|||it would expel two diplomats"}},
		{`Merkel said the talks were useful. She added that Germany would support the plan.`,
			[]string{"DEUGOV|Merkel|||the talks were useful", "DEUGOV|She|||Germany would support the plan"}},
		{`No one was hurt, police said.`, []string{"---COP|police|||No one was hurt"}},
		{`Witnesses said soldiers opened fire on protesters.`, []string{"|Witnesses|||soldiers opened fire on protesters"}},
		{`Erdogan told reporters that Turkey would send troops to Libya.`, []string{"TURGOV|Erdogan|||Turkey would send troops to Libya"}},
		{`Israel's prime minister warned Hamas that it would pay a heavy price.`, []string{"ISRGOV|Israel's prime minister|||it would pay a heavy price"}},
		// A participle of saying is the speech of its verb's subject; the
		// actor after it begins the words it reports.
		{`Police fired tear gas, saying the protesters had thrown stones.`,
			[]string{"---COP|Police|||the protesters had thrown stones"}},
		{`Moscow halted its test moratorium in February, saying Washington's refusal to join the ban had forced it to resume testing.`,
			[]string{"RUSGOV|Moscow|||Washington's refusal to join the ban had forced it to resume testing"}},
		// Channels.
		{`Iran's foreign ministry said in a statement carried by the official news agency that the talks had failed.`,
			[]string{"IRNGOV|Iran's foreign ministry|---MED|a statement carried by the official news agency|the talks had failed"}},
		{`North Korea will test more missiles, state media reported.`, []string{"---MED|state media|---MED|state media|North Korea will test more missiles"}},
		{`Chinese state media said the military had held drills near Taiwan.`,
			[]string{"CHNMED|Chinese state media|CHNMED|Chinese state media|the military had held drills near Taiwan"}},
		{`A spokesman for the Russian foreign ministry said Moscow would retaliate.`,
			[]string{"RUSGOV|Russian foreign ministry|---GOV|A spokesman|Moscow would retaliate"}},
		{`The attack was condemned by the UN, the foreign ministry said in a statement.`,
			[]string{"---GOV|the foreign ministry||a statement|The attack was condemned by the UN"}},
		{`Putin told Reuters in an interview that Russia would not back down.`, []string{"RUSGOV|Putin||Reuters|Russia would not back down"}},
		{`Trump wrote on Twitter that he would meet Kim.`, []string{"USAGOV|Trump||Twitter|he would meet Kim"}},
		{`The Pentagon said in a statement on Twitter that US troops had left the base.`,
			[]string{"USAMIL|The Pentagon||a statement|US troops had left the base"}},
		{`The army said it had killed 20 militants, according to state television.`,
			[]string{"---MIL|The army|---MED|state television|it had killed 20 militants"}},
		{`According to the United Nations, more than 300 civilians were killed in the fighting.`,
			[]string{"IGOUNO|the United Nations|||more than 300 civilians were killed in the fighting"}},
		{`More than 300 civilians were killed, according to the United Nations.`,
			[]string{"IGOUNO|the United Nations|||More than 300 civilians were killed"}},
		// Quotations inside quotations belong to the outer speaker's words.
		{`"The minister said he would resign," the spokesman said.`,
			[]string{"---GOV|the spokesman|---GOV|the spokesman|The minister said he would resign"}},
		{`“He told me 'we will win', and I believed him,” Smith said.`,
			[]string{"|Smith|||He told me 'we will win', and I believed him"}},
		{`“He told me "we will win", and I believed him,” Smith said. "We lost," Jones said.`,
			[]string{"|Smith|||He told me \"we will win\", and I believed him", "|Jones|||We lost"}},
		// Not quotations.
		{`He is said to be in hiding.`, nil},
		{`The reported attack killed five.`, nil},
		{`The economic decline would add to its problems.`, nil},
		{`The ministry added two ships to the fleet.`, nil},
		{`Troops entered the city on Monday.`, nil},
	} {
		got := quotesOf(t, tc.text)
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestFindEmpty(t *testing.T) {
	if qs := Find(&article.Article{ID: "x"}, nil); qs != nil {
		t.Errorf("Find with no doc = %v, want nil", qs)
	}
	if qs := Find(&article.Article{ID: "x"}, nlp.Default().Parse("")); len(qs) != 0 {
		t.Errorf("Find of empty text = %v, want none", qs)
	}
}

func TestAnnotate(t *testing.T) {
	text := `Iran's foreign ministry said Israel attacked Syria. State media said Hamas fired rockets.`
	doc := nlp.Default().Parse(text)
	a := &article.Article{ID: "a1", Text: text, Published: published}
	qs := Find(a, doc)
	at := func(word string, a1, a2 string) event.Event {
		i := indexOf(text, word)
		e := event.Event{Actor1: &event.Actor{Code: a1}, Evidence: []event.Evidence{{Article: "a1", Verb: &event.Span{Start: i, End: i + len(word)}}}}
		if a2 != "" {
			e.Actor2 = &event.Actor{Code: a2}
		}
		return e
	}
	evs := []event.Event{
		at("attacked", "ISR", "SYR"),    // inside the ministry's words: via the ministry
		at("fired", "PSEREB", ""),       // inside state media's words: via the channel
		at("said", "IRNGOV", ""),        // the saying itself is no quoted event
		at("attacked", "IRNGOV", "SYR"), // the speaker is the actor: no via from it
	}
	evs[3].Evidence[0].Article = "other" // another article's event is left alone
	evs = append(evs, at("attacked", "IRNGOV", "SYR"))
	evs[0].Via = nil
	Annotate(doc, qs, evs)
	var got []string
	for _, e := range evs {
		if e.Via == nil {
			got = append(got, "-")
			continue
		}
		got = append(got, e.Via.Code+"|"+e.Via.Text)
	}
	want := []string{"IRNGOV|Iran's foreign ministry", "---MED|State media", "-", "-", "-"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Annotate vias = %q, want %q (quotes %+v)", got, want, qs)
	}
}

func indexOf(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return i
		}
	}
	return -1
}

// FindWith takes the speakers' codes from the actors it is given, not
// from the built-in dictionary, and StageWith marks events with them.
func TestFindWithGivenActors(t *testing.T) {
	text := `"We will retaliate," Erdogan said.`
	a := &article.Article{ID: "a1", Text: text, Published: published}
	doc := nlp.Default().Parse(text)
	if got := len(doc.Sentences); got != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, got)
	}
	erdogan := -1
	for i, tok := range doc.Sentences[0].Tokens {
		if tok.Form == "Erdogan" {
			erdogan = i
		}
	}
	given := [][]actor.Mention{{{Start: erdogan, End: erdogan + 1, Code: "XYZREB", Name: "Erdogan", Kind: actor.Group}}}
	qs := FindWith(a, doc, given)
	if len(qs) != 1 || qs[0].Speaker.Code != "XYZREB" || qs[0].Text != "We will retaliate" {
		t.Fatalf("FindWith = %+v, want one quotation of XYZREB", qs)
	}
	if qs := FindWith(a, doc, [][]actor.Mention{nil}); len(qs) != 1 || qs[0].Speaker.Code != "" {
		t.Errorf("FindWith with no actors = %+v, want one quotation of an unknown speaker", qs)
	}
	evs := []event.Event{{Actor1: &event.Actor{Code: "TUR"}, Evidence: []event.Evidence{{Article: "a1", Start: 1, End: 18}}}}
	StageWith(a, doc, evs, given)
	if evs[0].Via == nil || evs[0].Via.Code != "XYZREB" {
		t.Errorf("StageWith: Via = %+v, want XYZREB", evs[0].Via)
	}
}
