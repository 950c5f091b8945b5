package nlp

import (
	"os"
	"testing"
)

// keyRelationCases are sentences of the kinds the event coder rests on,
// written for this test, with the arcs it reads from them: who is the
// subject, object or oblique of which verb, passives with "by",
// coordination, relative and complement clauses, quotations, appositions.
// Only arcs whose UD analysis is not in doubt are listed.
var keyRelationCases = []struct {
	text string
	arcs []arc
}{
	{"The president met the prime minister in Paris.", []arc{
		{"president", "met", "nsubj"}, {"minister", "met", "obj"}, {"Paris", "met", "obl"}, {"met", "", "root"}}},
	{"The treaty was signed by the foreign ministers.", []arc{
		{"treaty", "signed", "nsubj:pass"}, {"ministers", "signed", "obl:agent"}, {"was", "signed", "aux:pass"}}},
	{"Protesters marched through the capital and burned flags.", []arc{
		{"Protesters", "marched", "nsubj"}, {"burned", "marched", "conj"}, {"flags", "burned", "obj"}, {"capital", "marched", "obl"}}},
	{"The man who attacked the embassy was arrested.", []arc{
		{"attacked", "man", "acl:relcl"}, {"embassy", "attacked", "obj"}, {"man", "arrested", "nsubj:pass"}}},
	{"Police arrested the men who attacked the embassy.", []arc{
		{"men", "arrested", "obj"}, {"attacked", "men", "acl:relcl"}, {"who", "attacked", "nsubj"}}},
	{"Russia accused Ukraine of shelling the plant.", []arc{
		{"Russia", "accused", "nsubj"}, {"Ukraine", "accused", "obj"}, {"shelling", "accused", "advcl"}, {"plant", "shelling", "obj"}}},
	{"\"We will not back down,\" Iranian President Hassan Rouhani said.", []arc{
		{"said", "", "root"}, {"Hassan", "said", "nsubj"}, {"back", "said", "ccomp"}}},
	{"Turkey's president, Recep Tayyip Erdogan, visited Moscow on Tuesday.", []arc{
		{"president", "visited", "nsubj"}, {"Recep", "president", "appos"}, {"Moscow", "visited", "obj"}, {"Tuesday", "visited", "obl"}}},
	{"Israeli troops killed two Palestinians in the West Bank.", []arc{
		{"troops", "killed", "nsubj"}, {"Palestinians", "killed", "obj"}, {"Israeli", "troops", "amod"}}},
	{"China and Russia signed an agreement on energy cooperation.", []arc{
		{"China", "signed", "nsubj"}, {"Russia", "China", "conj"}, {"agreement", "signed", "obj"}}},
	{"Iran refused to meet the inspectors.", []arc{
		{"Iran", "refused", "nsubj"}, {"meet", "refused", "xcomp"}, {"inspectors", "meet", "obj"}}},
	{"The minister said the government would not negotiate with the rebels.", []arc{
		{"minister", "said", "nsubj"}, {"negotiate", "said", "ccomp"}, {"government", "negotiate", "nsubj"}, {"rebels", "negotiate", "obl"}, {"not", "negotiate", "advmod"}}},
	{"Police fired tear gas at protesters on Sunday.", []arc{
		{"gas", "fired", "obj"}, {"protesters", "fired", "obl"}, {"Sunday", "fired", "obl"}}},
	{"Rebels attacked a military base near the border, killing five soldiers.", []arc{
		{"Rebels", "attacked", "nsubj"}, {"base", "attacked", "obj"}, {"killing", "attacked", "advcl"}, {"soldiers", "killing", "obj"}}},
	{"The talks between Israel and Hamas collapsed.", []arc{
		{"talks", "collapsed", "nsubj"}, {"Israel", "talks", "nmod"}, {"Hamas", "Israel", "conj"}}},
	{"Germany will send more troops to Afghanistan.", []arc{
		{"troops", "send", "obj"}, {"Afghanistan", "send", "obl"}, {"will", "send", "aux"}}},
	{"The court sentenced the former minister to ten years in prison.", []arc{
		{"court", "sentenced", "nsubj"}, {"minister", "sentenced", "obj"}, {"years", "sentenced", "obl"}}},
	{"Venezuela expelled the American ambassador on Monday.", []arc{
		{"Venezuela", "expelled", "nsubj"}, {"ambassador", "expelled", "obj"}, {"Monday", "expelled", "obl"}}},
	{"Hundreds of people were arrested by police after the protests.", []arc{
		{"Hundreds", "arrested", "nsubj:pass"}, {"police", "arrested", "obl:agent"}, {"protests", "arrested", "obl"}}},
	{"North Korea threatened to attack the United States.", []arc{
		{"Korea", "threatened", "nsubj"}, {"attack", "threatened", "xcomp"}, {"States", "attack", "obj"}}},
	{"The European Union imposed sanctions on Russia.", []arc{
		{"Union", "imposed", "nsubj"}, {"sanctions", "imposed", "obj"}, {"Russia", "imposed", "obl"}}},
	{"The president, who arrived in Kabul on Friday, met troops at the base.", []arc{
		{"arrived", "president", "acl:relcl"}, {"president", "met", "nsubj"}, {"troops", "met", "obj"}, {"Kabul", "arrived", "obl"}}},
	{"According to state media, the army shelled rebel positions.", []arc{
		{"shelled", "", "root"}, {"army", "shelled", "nsubj"}, {"positions", "shelled", "obj"}, {"media", "shelled", "obl"}}},
	{"Japan and South Korea agreed to share military intelligence.", []arc{
		{"Japan", "agreed", "nsubj"}, {"Korea", "Japan", "conj"}, {"share", "agreed", "xcomp"}, {"intelligence", "share", "obj"}}},
	{"The prime minister urged Pakistan to release the captured pilot.", []arc{
		{"minister", "urged", "nsubj"}, {"Pakistan", "urged", "obj"}, {"release", "urged", "xcomp"}, {"pilot", "release", "obj"}}},
	{"Protesters in Hong Kong clashed with police for a third day.", []arc{
		{"Protesters", "clashed", "nsubj"}, {"police", "clashed", "obl"}, {"Hong", "Protesters", "nmod"}}},
	{"The foreign minister will visit Beijing next week to discuss trade.", []arc{
		{"minister", "visit", "nsubj"}, {"Beijing", "visit", "obj"}, {"discuss", "visit", "advcl"}, {"trade", "discuss", "obj"}}},
	{"Saudi Arabia condemned the attack on its oil facilities.", []arc{
		{"Arabia", "condemned", "nsubj"}, {"attack", "condemned", "obj"}, {"facilities", "attack", "nmod"}}},
	{"Two soldiers were killed when a bomb exploded near their convoy.", []arc{
		{"soldiers", "killed", "nsubj:pass"}, {"exploded", "killed", "advcl"}, {"bomb", "exploded", "nsubj"}}},
	{"The opposition leader was detained at the airport and later released.", []arc{
		{"leader", "detained", "nsubj:pass"}, {"released", "detained", "conj"}, {"airport", "detained", "obl"}}},
	{"Trump said on Twitter that he had fired his national security adviser.", []arc{
		{"fired", "said", "ccomp"}, {"adviser", "fired", "obj"}, {"Twitter", "said", "obl"}, {"he", "fired", "nsubj"}}},
	{"The United Nations called for an immediate ceasefire in Syria.", []arc{
		{"Nations", "called", "nsubj"}, {"ceasefire", "called", "obl"}}},
	{"Pakistan's army chief met Chinese officials in Beijing.", []arc{
		{"chief", "met", "nsubj"}, {"Pakistan", "chief", "nmod:poss"}, {"officials", "met", "obj"}, {"Beijing", "met", "obl"}}},
	{"Demonstrators threw stones at the police, who responded with tear gas.", []arc{
		{"Demonstrators", "threw", "nsubj"}, {"stones", "threw", "obj"}, {"police", "threw", "obl"}, {"responded", "police", "acl:relcl"}}},
}

// The embedded model parses the arcs of keyRelationCases about as well as
// the models trained so far: the one embedded when they were written got
// 11 of 116 wrong ("on Sunday" and "on Russia" hung from the noun before
// them, a quotation's verb, a sentence opened by "According to", an iobj
// for obj…), eight other models trained with the same recipe at other
// seeds, prunings and feature sets 12 to 14. A greedy parser errs on some
// attachment in any sizeable set of sentences and a new model trades some
// such errors for others, so the test allows the embedded model's count
// and that spread's margin, 13; what it guards against is a model that
// gets the coder's patterns clearly wrong more often. It lists every wrong
// arc it finds. Set $ANNALIST_BENCH_MODEL to check a newly trained model
// before embedding it.
func TestDefaultParsesKeyRelations(t *testing.T) {
	const allowed = 13
	wrong, total := keyRelationErrors(modelUnderTest(t))
	for _, w := range wrong {
		t.Log(w)
	}
	if len(wrong) > allowed {
		t.Errorf("%d of %d key arcs wrong, want at most %d", len(wrong), total, allowed)
	}
	if total < 100 {
		t.Errorf("only %d key arcs checked", total)
	}
}

// keyRelationErrors parses keyRelationCases with p and describes every
// arc it gets wrong; total is the number of arcs checked.
func keyRelationErrors(p *Pipeline) (wrong []string, total int) {
	for _, c := range keyRelationCases {
		d := p.Parse(c.text)
		if len(d.Sentences) != 1 {
			wrong = append(wrong, c.text+": split into several sentences")
			total += len(c.arcs)
			continue
		}
		toks := d.Sentences[0].Tokens
		for _, a := range c.arcs {
			total++
			i := indexOfForm(toks, a.dep)
			if i < 0 {
				wrong = append(wrong, c.text+": no token "+a.dep)
				continue
			}
			head := ""
			if h := toks[i].Head; h > 0 {
				head = toks[h-1].Form
			}
			if head != a.head || toks[i].Rel != a.rel {
				wrong = append(wrong, c.text+": "+a.dep+" ← "+head+" ("+toks[i].Rel+"), want ← "+a.head+" ("+a.rel+")")
			}
		}
	}
	return wrong, total
}

// modelUnderTest returns the pipeline of the model file named by
// $ANNALIST_BENCH_MODEL if set (to test or benchmark a newly trained
// model), else the embedded one.
func modelUnderTest(tb testing.TB) *Pipeline {
	path := os.Getenv("ANNALIST_BENCH_MODEL")
	if path == "" {
		return Default()
	}
	p, err := LoadPipelineFile(path)
	if err != nil {
		tb.Fatalf("model under test: %v", err)
	}
	return p
}
