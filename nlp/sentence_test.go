package nlp

import (
	"strings"
	"testing"
)

// sentenceTexts returns each sentence's text, its tokens joined by "|".
func sentenceTexts(sents []Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = strings.Join(forms(s.Tokens), "|")
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "Talks began. They ended!  Why? Nobody knows",
			[]string{"Talks|began|.", "They|ended|!", "Why|?", "Nobody|knows"}},
		{"quote with comma", `"We will go," he said. Then he left.`,
			[]string{`"|We|will|go|,|"|he|said|.`, "Then|he|left|."}},
		{"closing quote belongs to the sentence", `He said: "We will go." Then he left.`,
			[]string{`He|said|:|"|We|will|go|.|"`, "Then|he|left|."}},
		{"curly quotes", "“Go!” he shouted. “Now.” She went.",
			[]string{"“|Go|!|”|he|shouted|.", "“|Now|.|”", "She|went|."}},
		{"opening quote after a full stop", `He left. "Why?" she asked.`,
			[]string{"He|left|.", `"|Why|?|"|she|asked|.`}},
		{"closing bracket", "It rose (by 5%.) Then it fell.", []string{"It|rose|(|by|5|%|.|)", "Then|it|fell|."}},
		{"titles never end a sentence", "Gen. Smith met Mr. Jones and Dr. Lee at St. Paul's.",
			[]string{"Gen.|Smith|met|Mr.|Jones|and|Dr.|Lee|at|St.|Paul|'s|."}},
		{"U.S. before a name", "The U.S. Army and U.S. President Joe Biden came.",
			[]string{"The|U.S.|Army|and|U.S.|President|Joe|Biden|came|."}},
		{"U.S. ending a sentence", "Troops left the U.S. The war ended.",
			[]string{"Troops|left|the|U.S|.", "The|war|ended|."}},
		{"initials", "President George W. Bush and J. R. Smith spoke.",
			[]string{"President|George|W.|Bush|and|J.|R.|Smith|spoke|."}},
		{"dates with abbreviated months", "On Aug. 5 he left. On Sept. 3, 2001 he came back.",
			[]string{"On|Aug.|5|he|left|.", "On|Sept.|3|,|2001|he|came|back|."}},
		{"numbers", "It cost $3.5 million. No. 10 said no.",
			[]string{"It|cost|$|3.5|million|.", "No.|10|said|no|."}},
		{"lower case after a bare full stop", "i went home. then i slept.",
			[]string{"i|went|home|.", "then|i|slept|."}},
		{"ellipsis in a sentence", "Well... we will see... Then more.",
			[]string{"Well|...|we|will|see|...", "Then|more|."}},
		{"dateline", "WASHINGTON (Reuters) - The Senate voted on Tuesday. It passed.",
			[]string{"WASHINGTON|(|Reuters|)|-|The|Senate|voted|on|Tuesday|.", "It|passed|."}},
		{"dateline with date", "LONDON, Jan. 5 (Reuters) - Prices rose.",
			[]string{"LONDON|,|Jan.|5|(|Reuters|)|-|Prices|rose|."}},
		{"dateline em dash", "NEW DELHI (PTI) — India and Pakistan agreed. Talks follow.",
			[]string{"NEW|DELHI|(|PTI|)|—|India|and|Pakistan|agreed|.", "Talks|follow|."}},
		{"dateline on its own line", "NAIROBI, Kenya (AP) —\nKenyan police fired tear gas.",
			[]string{"NAIROBI|,|Kenya|(|AP|)|—|Kenyan|police|fired|tear|gas|."}},
		{"headline and blank line", "Rebels Seize Town\n\nRebels seized the town on Monday.",
			[]string{"Rebels|Seize|Town", "Rebels|seized|the|town|on|Monday|."}},
		{"headline and one line break", "Rebels Seize Town\nRebels seized the town on Monday, officials said.",
			[]string{"Rebels|Seize|Town", "Rebels|seized|the|town|on|Monday|,|officials|said|."}},
		{"short wrapped line", "USAir Group Inc said Piedmont Aviation\nInc has agreed to be acquired.",
			[]string{"USAir|Group|Inc|said|Piedmont|Aviation|Inc|has|agreed|to|be|acquired|."}},
		{"abbreviation at a line end", "the interests of U.S.\nSecurities dealers differ.",
			[]string{"the|interests|of|U.S.|Securities|dealers|differ|."}},
		{"wrapped lines are one sentence", "The government of the country said on Monday that\nit would hold talks with the rebels.",
			[]string{"The|government|of|the|country|said|on|Monday|that|it|would|hold|talks|with|the|rebels|."}},
		{"two line breaks always split", "first part\n\nsecond part", []string{"first|part", "second|part"}},
		{"indented paragraph", "a long line that goes on and on and on without any punctuation\n   New paragraph here.",
			[]string{"a|long|line|that|goes|on|and|on|and|on|without|any|punctuation", "New|paragraph|here|."}},
		{"bullets", "Demands:\n- a ceasefire\n- prisoner releases\n• elections",
			[]string{"Demands|:", "-|a|ceasefire", "-|prisoner|releases", "•|elections"}},
		{"numbered list", "Steps\n1. Talk\n2. Agree",
			[]string{"Steps", "1|.|Talk", "2|.|Agree"}},
		{"exclamation inside quote, then lower case", `"Stop!" they cried, and ran.`,
			[]string{`"|Stop|!|"|they|cried|,|and|ran|.`}},
		{"abbreviation at paragraph end", "He lives in the U.S.\n\nShe does not.",
			[]string{"He|lives|in|the|U.S|.", "She|does|not|."}},
		{"closing quote after a thin space", "He said, 'Let's talk tomorrow.'\u2009\" Then he left.",
			[]string{"He|said|,|'|Let|'s|talk|tomorrow|.|'|\"", "Then|he|left|."}},
		{"title ending a wrapped line", "His album Why?\nsold well.", []string{"His|album|Why|?|sold|well|."}},
		{"emoticon", "we love it :) Now we go.", []string{"we|love|it|:)", "Now|we|go|."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := Split(tt.text)
			checkSentences(t, tt.text, sents)
			got := sentenceTexts(sents)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	text := " He left the U.S. The end. "
	sents := Split(text)
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	if s := sents[0]; s.Start != 1 || s.End != 17 || text[s.Start:s.End] != "He left the U.S." {
		t.Errorf("sentence 0 spans [%d,%d) %q, want [1,17)", s.Start, s.End, text[s.Start:s.End])
	}
	if got := sents[0].Tokens[3]; got != (Token{Start: 13, End: 16, Form: "U.S"}) {
		t.Errorf("split abbreviation token = %+v", got)
	}
	if got := sents[0].Tokens[4]; got != (Token{Start: 16, End: 17, Form: "."}) {
		t.Errorf("its period = %+v", got)
	}
	if s := sents[1]; s.Start != 18 || s.End != 26 {
		t.Errorf("sentence 1 spans [%d,%d), want [18,26)", s.Start, s.End)
	}
}

// checkSentences asserts that the sentences cover the tokens in order,
// that each sentence's span runs from its first token to its last, and
// that the tokens keep the tokenizer's invariants.
func checkSentences(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	var all []Token
	for i, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("text %q: sentence %d is empty", text, i)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("text %q: sentence %d spans [%d,%d), its tokens [%d,%d)", text, i, s.Start, s.End,
				s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		all = append(all, s.Tokens...)
	}
	checkTokens(t, text, all)
}
