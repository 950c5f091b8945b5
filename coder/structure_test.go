package coder

import (
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// TestWireStructure codes parses of testdata/structure.conllu: the
// parser's slips in wire copy mended (arcs checked after the repair), a
// state's arm after "its" given the country "its" refers to, a "by"
// phrase of a participle kept from the act's pattern, "they" after two
// speakers standing for both, and talks measured by a span ("after two
// days of talks with") taken part in by the main clause's subject, and
// a demand "from" someone made of them, force on "two of Iraq's oil
// platforms" done to Iraq, no visit received "from" someone, and talks
// someone is sent for an intent to meet; a participle's aside with its
// "by" agent parsed as the root mended, and a pattern's words read
// across a word joined by a hyphen ("a closed-door meeting"); and "its
// troops" read as the arm of the subject the repaired tree gives.
func TestWireStructure(t *testing.T) {
	checkParsedCases(t, "testdata/structure.conllu", time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"a second verb read as an adjective of the shared object",
			[]string{"wounded conj killed", "or cc wounded", "Guards obj killed"},
			[]string{"IRQMIL IRNMIL 190"}}, // Iraq's troops, not the Guards' country
		{"a list of acts read as a participle of the first act's object",
			[]string{"killed conj routed", "wounded conj killed"},
			[]string{"IRNMIL - 1712", "IRNMIL IRQMIL 190"}}, // not the battalions destroying
		{"an agency read as a vocative beside its aside",
			[]string{"IRNA nsubj said", "monitored acl IRNA"},
			[]string{"IRN IRQ 190"}},
		{"an agency's aside read as the main verb",
			[]string{"said root -", "agency nsubj said", "received acl agency"},
			[]string{"IRQMIL IRN 190"}},
		{"a main verb read as an adjective of the participle's object, the subject taken by a later clause",
			[]string{"blocked root -", "farmers nsubj blocked", "roads obj blocked", "staged conj blocked", "rallies obj staged", "announced advcl blocked"},
			[]string{"ESPAGR - 0871", "ESPAGR - 141", "ESPAGR - 144"}}, // the farmers' leaders are theirs; a better deal asked of no one is no demand
		{"a main verb read as a clause describing the participle's object",
			[]string{"clashed root -", "Students nsubj clashed"},
			[]string{"KOREDU KORCOP 190", "KOREDU KORGOV 1053"}},
		{"a pattern's by-phrase that is a participle's agent",
			nil,
			[]string{"IRQ IRN 190"}}, // not IRQ IRQMIL, the army corps that held the positions
		{"they after two speakers",
			nil,
			[]string{"FRA IRN 111", "ITA IRN 111"}},
		{"a noun a direction places read as compounded with the direction",
			[]string{"attack obj repelled", "east nmod attack", "Iranian amod attack"},
			[]string{"IRQMIL IRN 190"}},
		{"talks a span of time measures, before the main clause",
			nil,
			[]string{"JPNGOV USAGOV 043", "USAGOV CHNGOV 040", "USAGOV JPNGOV 042"}},
		{"a demand made of whom a from-phrase below the object names",
			nil,
			[]string{"BRALAB BRAGOV 100"}},
		{"force on a part of what an of-phrase names",
			nil,
			[]string{"IRN IRQ 1712"}},
		{"a visit pattern's target in a from-phrase beside the verb's object",
			nil,
			nil}, // received cash from customers: no visit
		{"talks someone is sent for",
			nil,
			[]string{"JPNGOV CHNGOV 036"}}, // Japan's minister, not China's
		{"a participle's aside with its agent read as the root, the subject hung from it",
			[]string{"arrived root -", "Shultz nsubj arrived", "accompanied acl Shultz"},
			[]string{"USAGOV SUNGOV 040"}}, // not the Air Force meeting him
		{"a pattern's words apart by a word joined with a hyphen",
			nil,
			[]string{"USAGOV SUNGOV 040"}}, // "into a closed-door meeting with"
		{"its after a capital the parse took for an auxiliary, in a story of the other side's offensive",
			nil, // the first sentence is sound; the second's slip is mended
			[]string{"IRN IRQ 190", "IRQMIL IRN 190"}}, // Baghdad's troops, not Iran's
	})
}

// TestOwnedAgents gives a state's arm after "its" the country of the
// subject "its" refers to, and a group's leaders after "their" the
// group's code; other possessions, arms whose "its" refers to no bare
// country, and arms a country acts on, keep what the dictionaries found.
func TestOwnedAgents(t *testing.T) {
	c := Default()
	tests := []struct{ text, name, want string }{ // name: the mention's last word
		{"Iraq said its troops killed 300 Iranian Revolutionary Guards.", "troops", "IRQMIL"},
		{"Iraq said it had repelled an attack on positions held by its army.", "army", "IRQMIL"},
		{"The Philippines will offer its commercial bank creditors a new plan.", "bank", "---BUS"},
		{"Iranian officials said its troops advanced.", "troops", "---MIL"},
		{"Taiwan put its forces on high alert.", "forces", "---MIL"}, // its own, acted on
		{"Spanish farmers blocked roads before their leaders announced a truce.", "leaders", "ESPAGR"},
		{"Spanish farmers blocked roads before the leaders announced a truce.", "leaders", "---GOV"},
	}
	for _, tt := range tests {
		toks := nlp.Default().Parse(tt.text).Sentences[0].Tokens
		found := c.actors.Find(toks, time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC))
		checkDerivedMention(t, tt.text, toks, found, ownedAgents, tt.name, tt.want, func(m actor.Mention) bool { return toks[m.End-1].Form == tt.name })
	}
}
