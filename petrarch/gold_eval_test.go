//go:build eval

package petrarch

import (
	"testing"

	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
)

// TestWikinewsGoldProduction scores the held-out Wikinews gold set
// (eval/gold/wikinews_2019.tsv, the coder's bars are measured on it with
// the built-in dictionaries: coder's TestWikinewsGold) with PETRARCH2's
// production dictionaries instead (verbs, actors, agents and discards,
// replacing the built-in ones, as a PETRARCH2 validation environment
// does), coded by annalist's own parser and coder. Reported, no bar: it
// shows what the community's dictionaries give on the same sentences.
func TestWikinewsGoldProduction(t *testing.T) {
	gold, err := goldset.Read("../eval/gold/wikinews_2019.tsv")
	if err != nil {
		t.Fatal(err)
	}
	set, errs := Load(productionFiles(t)...)
	if len(errs) != len(knownReadErrors()) {
		t.Errorf("loading the production dictionaries: %d errors, want the %d known ones", len(errs), len(knownReadErrors()))
	}
	c, _, _ := set.Coder(Replace)
	coding := set.WithDiscards(c)
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	annotated := map[string]bool{}
	for k := range gold {
		annotated[k.URL] = true
	}
	predicted := map[goldset.Key][]string{}
	articles := 0
	for _, a := range shared.Wikinews(t) {
		if !annotated[a.ID] {
			continue
		}
		articles++
		for _, e := range coding.Code(a, p.Parse(a.Text)) {
			k := goldset.Key{URL: a.ID, Sentence: e.Evidence[0].Sentence}
			predicted[k] = append(predicted[k], goldset.Triple(e))
		}
	}
	if articles != len(annotated) {
		t.Errorf("%d annotated articles, %d found in the Wikinews CSV", len(annotated), articles)
	}
	country, full := goldset.ScoreSets(gold, predicted, nil)
	cp, cr, cf := country.PRF()
	fp, fr, ff := full.PRF()
	t.Logf("gold with the PETRARCH2 production dictionaries: %d sentences of %d articles; %d gold events, %d coded", len(gold), articles, country.Gold, country.Pred)
	t.Logf("(source country, target country, root): precision %.3f recall %.3f F1 %.3f", cp, cr, cf)
	t.Logf("(source, target, code):                 precision %.3f recall %.3f F1 %.3f", fp, fr, ff)
	if country.Pred == 0 {
		t.Errorf("the production dictionaries coded no event in the gold sentences")
	}
}
