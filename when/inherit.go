package when

import (
	"slices"
	"strings"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// inheritWindow is how many sentences back an undated event may take the
// date of an earlier event of the same actors.
const inheritWindow = 5

// sequelWindow is how many sentences back an undated happening may take
// the date of the clause that tells the happening before it.
const sequelWindow = 2

// inherit dates the events that no words of their own sentence date
// (undated[k] true), in the order of their sentences, by the first of:
//
//   - an earlier event of the same actors and code, however far back,
//     dated by its words or by this rule: it is the same happening told
//     again ("a judge sentenced the doctor on Wednesday … Judge Jones
//     handed down the sentence");
//   - the nearest earlier event, at most inheritWindow sentences back,
//     that its sentence dates and that shares an actor with them: news
//     tells one happening over several sentences and dates it once
//     ("Yesterday the House voted … Democrats supported the resolution");
//   - for a material act told in the narrative past (see sequel), the
//     date of the main clause of one of the sequelWindow sentences before
//     ("On Thursday an IT worker went on a stabbing spree … The attacker
//     was shot dead by police"), unless that clause tells a saying
//     ("Newspapers reported at the weekend …"); so too for any act told in the past in
//     a sentence that names that clause's act as its subject ("Late on
//     Sunday, Trump announced … The announcement was made after Trump had
//     a phone conversation with Erdoğan").
//
// The date must not lie after the reference day (a plan is no date for
// what is told as done). An event told in the present or future tense
// keeps the reference day, and so does one whose sentence has time
// words of its own that do not date it ("later banned children"). The
// inherited event keeps the words that gave the date.
func inherit(r *reading, evs []event.Event, undated, ahead []bool, ref time.Time) {
	order := make([]int, 0, len(evs))
	for k := range evs {
		if len(evs[k].Evidence) > 0 {
			order = append(order, k)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return evs[a].Evidence[0].Sentence - evs[b].Evidence[0].Sentence })
	given := make([]bool, len(evs)) // dated by inheritance, in this pass
	for n, k := range order {
		if !undated[k] {
			continue
		}
		e := &evs[k]
		si := e.Evidence[0].Sentence
		toks := r.doc.Sentences[si].Tokens
		v := verbToken(toks, e.Evidence[0].Verb)
		tensed := v >= 0 && parsed(toks) // the tree tells the verb's tense
		if tensed {
			v = predicate(toks, v)
		}
		if tensed && (futureVerb(toks, v) || presentVerb(toks, v)) || len(r.exprs(si)) > 0 {
			continue
		}
		past := tensed && toldInPast(toks, v)
		give := func(date, precision, text string) {
			e.Date, e.DatePrecision, e.Evidence[0].DateText = date, precision, text
			given[k] = true
		}
		var from *event.Event
		for _, j := range slices.Backward(order[:n]) {
			d := &evs[j]
			if (given[j] || !undated[j]) && !ahead[j] && d.Evidence[0].Sentence < si && sameEvent(e, d) && onOrBefore(d.Date, ref) {
				from = d
				break
			}
		}
		if from == nil {
			from = sameActors(evs, order[:n], undated, ahead, e, si, ref)
		}
		// A happening's sequel told in the sentence right after a date
		// is nearer than an event of the same actors further back.
		if past && (from == nil || !sameEvent(e, from) && from.Evidence[0].Sentence < si-1) {
			if d, s, spoken, ok := r.sequel(si); ok && (from == nil || s > from.Evidence[0].Sentence) &&
				(material(e.EventRootCode) && !spoken || restates(toks, r.doc.Sentences[s].Tokens)) {
				give(d.Day.Format(time.DateOnly), d.Precision, d.Text)
				continue
			}
		}
		if from != nil {
			give(from.Date, from.DatePrecision, from.Evidence[0].DateText)
			continue
		}
		if past && material(e.EventRootCode) {
			if d, ok := r.namesake(si, toks[v].Lemma); ok {
				give(d.Day.Format(time.DateOnly), d.Precision, d.Text)
			}
		}
	}
}

// datedAct is a word of the article whose act a time expression dates:
// the predicate of the expression's clause ("raped … in 2014"), or the
// noun it modifies ("the 2014 rape").
type datedAct struct {
	sentence int
	stem     string
	date     Date
}

// namesake is the date of the latest act before sentence si named by the
// same word as lemma ("the 2014 rape" … "the officers raped her"), told
// as done: the same happening named again, however far back. Verbs of
// saying and light verbs ("said", "made") name no happening of their own.
// The article's dated acts are listed once, on the first call.
func (r *reading) namesake(si int, lemma string) (Date, bool) {
	stem := stemOf(lemma)
	if len(stem) < 3 || speechVerb(lemma) || lightVerb(lemma) {
		return Date{}, false
	}
	if r.acts == nil {
		r.acts = r.datedActs()
	}
	for _, a := range slices.Backward(r.acts) {
		if a.sentence < si && sameWord(a.stem, stem) {
			return a.date, true
		}
	}
	return Date{}, false
}

// datedActs lists the acts of the parsed sentences that a time expression
// dates on or before the reference day, in the order of the text.
func (r *reading) datedActs() []datedAct {
	acts := []datedAct{}
	for s := range r.doc.Sentences {
		toks := r.doc.Sentences[s].Tokens
		if !parsed(toks) {
			continue
		}
		for _, x := range r.exprs(s) {
			h := exprHead(toks, x)
			p := clauseOf(toks, h)
			if p < 0 {
				continue
			}
			d, ok := r.place(s, x, futureVerb(toks, p))
			if !ok || d.Future {
				continue
			}
			if toks[p].UPOS == "VERB" && !lightVerb(toks[p].Lemma) && !speechVerb(toks[p].Lemma) {
				acts = append(acts, datedAct{s, stemOf(toks[p].Lemma), d})
			}
			if n := toks[h].Head - 1; n >= 0 && toks[n].UPOS == "NOUN" {
				acts = append(acts, datedAct{s, stemOf(toks[n].Lemma), d})
			}
		}
	}
	return acts
}

// stemOf is a lemma lowercased without a final "e", so that a verb and
// the nouns made from it share it ("announce", "announcement").
func stemOf(lemma string) string {
	return strings.TrimSuffix(strings.ToLower(lemma), "e")
}

// sameWord reports whether two stems name the same act: equal, or one
// of at least four letters begins the other ("announc", "announcement").
func sameWord(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a)
}

// lightVerb reports whether a verb says too little to name a happening.
func lightVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "be", "have", "do", "make", "take", "give", "get", "go", "come", "put", "begin", "start", "continue", "become":
		return true
	}
	return false
}

// sameActors is the nearest event among earlier (indices into evs), at
// most inheritWindow sentences before si, that its own sentence dates,
// that shares an actor with e and is dated on or before ref (not ahead);
// nil if none.
func sameActors(evs []event.Event, earlier []int, undated, ahead []bool, e *event.Event, si int, ref time.Time) *event.Event {
	for _, j := range slices.Backward(earlier) {
		d := &evs[j]
		dj := d.Evidence[0].Sentence
		if dj < si-inheritWindow {
			break
		}
		if undated[j] || ahead[j] || d.Evidence[0].DateText == "" || dj >= si || !sharesActor(e, d) || !onOrBefore(d.Date, ref) {
			continue
		}
		return d
	}
	return nil
}

// sequel is the date of the nearest of the sequelWindow sentences
// before si that has time words, that sentence's index, and whether its
// main verb is one of saying: the one date its main clauses tell — the
// expressions attached to its root verb or a verb coordinated with it
// ("Thunberg then led the largest demonstration ever held, on September
// 20"), all agreeing — if it lies on or before the reference day. The
// time words of a noun ("followed celebrations yesterday") date no
// happening of the sentence.
func (r *reading) sequel(si int) (d Date, s int, spoken, ok bool) {
	for s = si - 1; s >= 0 && s >= si-sequelWindow; s-- {
		xs := r.exprs(s)
		if len(xs) == 0 {
			continue
		}
		toks := r.doc.Sentences[s].Tokens
		root := rootToken(toks)
		if root < 0 || !parsed(toks) {
			return Date{}, 0, false, false
		}
		var main []expr
		for _, x := range xs {
			h := exprHead(toks, x)
			p := toks[h].Head - 1
			if p >= 0 && toks[p].UPOS == "VERB" && temporalRel(toks[h].Rel) &&
				(p == root || toks[p].Rel == "conj" && toks[p].Head-1 == root) {
				main = append(main, x)
			}
		}
		d, ok = r.agreed(s, main, futureVerb(toks, root))
		if !ok || d.Future {
			return Date{}, 0, false, false
		}
		return d, s, speechVerb(toks[root].Lemma), true
	}
	return Date{}, 0, false, false
}

// agreed is the finest of the expressions xs of sentence si, read in
// the future tense or not, when all the others contain it ("on Monday,
// January 20"): the one date they tell.
func (r *reading) agreed(si int, xs []expr, future bool) (Date, bool) {
	if len(xs) == 0 {
		return Date{}, false
	}
	var ds []Date
	for _, x := range xs {
		d, ok := r.place(si, x, future)
		if !ok {
			return Date{}, false
		}
		ds = append(ds, d)
	}
	best := slices.MinFunc(ds, func(a, b Date) int { return fineness(b.Precision) - fineness(a.Precision) })
	for _, d := range ds {
		if !within(best, d) {
			return Date{}, false
		}
	}
	return best, true
}

// fineness orders precisions: a day is finer than a month, a month than a
// year.
func fineness(precision string) int {
	switch precision {
	case Day:
		return 2
	case Month:
		return 1
	}
	return 0
}

// within reports whether date a lies in the span of date b.
func within(a, b Date) bool {
	switch b.Precision {
	case Year:
		return a.Day.Year() == b.Day.Year()
	case Month:
		return a.Day.Year() == b.Day.Year() && a.Day.Month() == b.Day.Month() && fineness(a.Precision) >= 1
	}
	return a.Day.Equal(b.Day) && a.Precision == Day
}

// predicate is the verb whose tense tells that of the event at token v:
// v itself, or, for an event coded on a noun ("had a phone
// conversation"), the predicate of its clause.
func predicate(toks []nlp.Token, v int) int {
	if toks[v].UPOS == "NOUN" || toks[v].UPOS == "PROPN" {
		if c := clauseOf(toks, v); c >= 0 {
			return c
		}
	}
	return v
}

// rootToken is the index of the root of a parsed sentence, -1 if none.
func rootToken(toks []nlp.Token) int {
	return slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Head == 0 })
}

// restates reports whether the sentence toks is about the act of the
// main verb of the sentence before, named by a noun: its main clause's
// subject is "the" or "this" and a noun made from that verb ("announced"
// … "The announcement", "attacked" … "The attack").
func restates(toks, before []nlp.Token) bool {
	root := rootToken(before)
	if root < 0 || before[root].UPOS != "VERB" {
		return false
	}
	stem := stemOf(before[root].Lemma)
	if len(stem) < 4 {
		return false
	}
	top := rootToken(toks)
	for k, t := range toks {
		if t.Head-1 != top || !strings.HasPrefix(t.Rel, "nsubj") || t.UPOS != "NOUN" {
			continue
		}
		if k > 0 && toks[k-1].Head-1 == k && is(toks[k-1].Form, "the", "this") &&
			strings.HasPrefix(strings.ToLower(t.Lemma), stem) {
			return true
		}
	}
	return false
}

// material reports whether events of a CAMEO root code are material
// acts — aid, yielding, protest, force, violence (06–08, 14–20) — which
// a report tells in sequence as one happening, unlike statements and
// reactions, which are acts of their own.
func material(root string) bool {
	switch root {
	case "06", "07", "08", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// sameEvent reports whether two events have the same code and actors.
func sameEvent(a, b *event.Event) bool {
	code := func(x *event.Actor) string {
		if x == nil {
			return ""
		}
		return x.Code
	}
	return a.EventCode != "" && a.EventCode == b.EventCode && code(a.Actor1) == code(b.Actor1) && code(a.Actor2) == code(b.Actor2)
}

// sharesActor reports whether two events have an actor code in common.
func sharesActor(a, b *event.Event) bool {
	for _, x := range []*event.Actor{a.Actor1, a.Actor2} {
		for _, y := range []*event.Actor{b.Actor1, b.Actor2} {
			if x != nil && y != nil && x.Code != "" && x.Code == y.Code {
				return true
			}
		}
	}
	return false
}

// onOrBefore reports whether the day written as date is not after ref.
func onOrBefore(date string, ref time.Time) bool {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		d, err = time.Parse("2006-01", date[:min(7, len(date))])
	}
	return err == nil && !d.After(ref)
}
