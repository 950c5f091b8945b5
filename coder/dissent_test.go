package coder

import (
	"testing"
	"time"
)

// TestDissentStructure codes the parses of testdata/dissent.conllu and
// checks the events of demand, criticism, rejection and protest that
// their structures give: a demand asked of no one, criticism from those
// under whose fire someone came, protesters who clash with police, acts
// done in protest against someone, workers called striking or who strike
// a firm, demands rejected to whoever made them, and a protest whose
// "against" phrase the parse hung from its day or whose count of people
// it took for the root, a demand for release made of who holds them,
// outrage at what was done to one's own people aimed at the doer,
// criticism of one's record that one rejects; beside
// sentences of
// the same shapes that are none of these (fire from gunboats, troops who
// clash, a boycott in protest at no one, accusations of nothing named).
func TestDissentStructure(t *testing.T) {
	checkParsedCases(t, "testdata/dissent.conllu", time.Date(2019, 6, 12, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"a demand asked of no one", nil, nil},
		{"a government under fire from a country", nil, []string{"DEU FRAGOV 111"}},
		{"a boat under fire from gunboats", nil, nil},
		{"protesters clashing with police", nil, []string{"HKGOPP HKGCOP 145"}},
		{"troops clashing", nil, []string{"INDMIL PAKMIL 190", "PAKMIL INDMIL 190"}},
		{"roads blocked in protest against a government's plans", nil, []string{"GRCAGR - 144", "GRCAGR GRCGOV 141"}},
		{"a boycott in protest at no one", nil, []string{"LBNEDU - 143"}},
		{"striking workers read as the object of striking", nil, []string{"FRALAB - 143"}},
		{"workers striking a firm's plant", nil, []string{"DEULAB DEUBUS 143"}},
		{"demands of a country rejected", nil, []string{"IRN USA 120"}},
		{"an against phrase read as the day's", []string{"Nicolas obl protested"}, []string{"VENOPP VENGOV 141"}},
		{"a bare count read as the root of the verb of protest", []string{"rallied root -", "Thousands nsubj rallied"}, []string{"RUSCVL - 141"}},
		{"a demand for release made of who holds the people", nil, []string{"UKR RUS 1053"}},
		{"outrage at what was done to one's own people, aimed at the doer", nil, []string{"RUS CZE 110"}},
		{"criticism of one's record rejected was made", nil, []string{"CHNGOV USA 016", "USA CHNGOV 111"}},
		{"accusations rejected that name no one", nil, []string{"CHN USA 016"}},
	})
}
