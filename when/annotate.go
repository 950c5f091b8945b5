package when

import (
	"strings"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Annotate sets Date, DatePrecision and Evidence[0].DateText of each
// event coded from doc. The date is the time expression attached to the
// event's verb in the dependency parse (an obl, obl:tmod, nmod:tmod or
// advmod under it), else the nearest one in the verb's clause, else one
// in a clause under it that tells when the act was done or said ("When
// announcing the shutdown on Monday, he called …", "charged the suspect,
// they said Sunday"), else one in a clause the verb's clause hangs from
// ("attacked the town on Monday and killed five": "killed" takes
// "Monday"), unless the event is in the future tense and that clause is
// not — except for the events that are voiced (see voiced), which happen
// when they are said. An act told as done takes no date after the
// reference day ("has declared tomorrow a day of mourning"). "The same
// day", "the next day" and the like count from the last day the article
// named before them, and so do "today" or "tonight" within a quotation.
// Failing all, an event takes the date of the same event or an event of
// the same actors told before, or of the sentence before it tells the
// happening of (inherit.go), else it keeps the reference day with
// precision "day" and DateText "". ref is the publication date (or the
// dateline's date); when it is zero, only dates written out in full are
// used and other events are left as they are.
func Annotate(doc *nlp.Doc, evs []event.Event, ref time.Time) {
	r := reading{doc: doc, ref: ref, found: map[int][]expr{}}
	undated := make([]bool, len(evs))
	ahead := make([]bool, len(evs)) // dated after the reference day
	for k := range evs {
		e := &evs[k]
		if len(e.Evidence) == 0 {
			continue
		}
		ev := &e.Evidence[0]
		if ev.Sentence < 0 || ev.Sentence >= len(doc.Sentences) {
			setDefault(e, ref)
			continue
		}
		d, ok := r.dateOf(ev.Sentence, verbToken(doc.Sentences[ev.Sentence].Tokens, ev.Verb), voiced(e.EventRootCode))
		if !ok {
			setDefault(e, ref)
			undated[k] = !ref.IsZero()
			continue
		}
		ahead[k] = d.Future
		e.Date = d.Day.Format(time.DateOnly)
		e.DatePrecision = d.Precision
		ev.DateText = d.Text
	}
	inherit(&r, evs, undated, ahead, ref)
}

// reading is the time expressions of one document, scanned on demand.
type reading struct {
	doc   *nlp.Doc
	ref   time.Time
	found map[int][]expr // sentence index → its expressions
	acts  []datedAct     // the acts time expressions date, listed on demand (namesake)
}

// dateOf is the date of the event whose verb is token v of sentence si:
// the expression pick chooses, resolved. A verb told as done ("declared",
// "has declared") cannot take a date after the reference day: "has
// declared tomorrow a day of mourning" dates the mourning, not the
// declaration, so such an expression is passed over for the next pick.
func (r *reading) dateOf(si, v int, voicedEvent bool) (Date, bool) {
	toks := r.doc.Sentences[si].Tokens
	xs := r.exprs(si)
	done := !r.ref.IsZero() && v >= 0 && toldAsDone(toks, v)
	for len(xs) > 0 {
		x, future, ok := pick(toks, xs, v, voicedEvent)
		if !ok {
			return Date{}, false
		}
		d, ok := r.place(si, x, future)
		if !ok {
			return Date{}, false
		}
		if !done || !d.Future {
			return d, true
		}
		xs = without(xs, x)
	}
	return Date{}, false
}

// without is xs less x, in a new slice (xs is the reading's cache).
func without(xs []expr, x expr) []expr {
	out := make([]expr, 0, len(xs))
	for _, y := range xs {
		if y.i != x.i {
			out = append(out, y)
		}
	}
	return out
}

func (r *reading) exprs(si int) []expr {
	xs, ok := r.found[si]
	if !ok {
		xs = scan(r.doc.Text, r.doc.Sentences[si].Tokens, nil)
		r.found[si] = xs
	}
	return xs
}

// place resolves expression x of sentence si. An anaphoric one ("the
// same day", "the next day") counts from the day of the last expression
// before it, in this sentence or the 20 before, that names a day; it
// cannot be placed without one. "Today", "tonight" or "yesterday" within
// a quotation count from the day it was said, not the report's: from
// that same last day named, when there is one and it is not after the
// report ("On Thursday the mayor wrote: 'Paris is mourning this
// afternoon'").
func (r *reading) place(si int, x expr, future bool) (Date, bool) {
	toks := r.doc.Sentences[si].Tokens
	if x.kind == kDeictic && quoted(toks, x.i) {
		if anchor, ok := r.anchor(si, x.i, 4); ok && !anchor.After(r.ref) {
			d, ok := place(r.doc.Text, toks, x, anchor, false)
			if ok {
				d.Future = after(d.Day, d.Precision, r.ref)
			}
			return d, ok
		}
	}
	if x.kind != kAnaphoric {
		return place(r.doc.Text, toks, x, r.ref, future)
	}
	anchor, ok := r.anchor(si, x.i, 4)
	if !ok {
		return Date{}, false
	}
	d, ok := place(r.doc.Text, toks, expr{i: x.i, j: x.j, kind: kDeictic, n: x.n}, anchor, false)
	if ok && !r.ref.IsZero() {
		d.Future = after(d.Day, d.Precision, r.ref)
	}
	return d, ok
}

// anchor is the day of the last expression naming a day before token
// `before` of sentence si (any token of earlier sentences); depth bounds
// a chain of anaphoric expressions ("On Friday … the next day … the
// day after").
func (r *reading) anchor(si, before, depth int) (time.Time, bool) {
	if depth == 0 {
		return time.Time{}, false
	}
	for s := si; s >= 0 && s >= si-20; s-- {
		xs := r.exprs(s)
		for k := len(xs) - 1; k >= 0; k-- {
			x := xs[k]
			if s == si && x.j > before {
				continue
			}
			if x.kind == kAnaphoric {
				if day, ok := r.anchor(s, x.i, depth-1); ok {
					return day.AddDate(0, 0, x.n), true
				}
				continue
			}
			toks := r.doc.Sentences[s].Tokens
			if d, ok := place(r.doc.Text, toks, x, r.ref, futureNear(toks, x.i, x.j)); ok && d.Precision == Day {
				return d.Day, true
			}
		}
	}
	return time.Time{}, false
}

// quoted reports whether token i lies within a quotation opened in its
// sentence: an odd number of quotation marks come before it.
func quoted(toks []nlp.Token, i int) bool {
	n := 0
	for _, t := range toks[:i] {
		switch t.Form {
		case `"`, "“", "”", "``", "''":
			n++
		}
	}
	return n%2 == 1
}

// setDefault dates an event on the reference day.
func setDefault(e *event.Event, ref time.Time) {
	if ref.IsZero() {
		return
	}
	e.Date = ref.Format(time.DateOnly)
	e.DatePrecision = Day
	if len(e.Evidence) > 0 {
		e.Evidence[0].DateText = ""
	}
}

// verbToken is the index of the verb's head token in toks: the token of
// the span whose head lies outside it; -1 without a span.
func verbToken(toks []nlp.Token, span *event.Span) int {
	if span == nil {
		return -1
	}
	first := -1
	for k, t := range toks {
		if t.Start < span.Start || t.End > span.End {
			continue
		}
		if first < 0 {
			first = k
		}
		if h := t.Head - 1; h < 0 || toks[h].Start < span.Start || toks[h].End > span.End {
			return k
		}
	}
	return first
}

// parsed reports whether the sentence carries a dependency tree.
func parsed(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Rel != "" {
			return true
		}
	}
	return false
}

// voiced reports whether events of a CAMEO root code are acts of speech
// about something yet to come: appeals (02), intents (03), demands (10)
// and threats (13). "Yesterday the Queen announced she will comply"
// expresses the intent yesterday, though "comply" is in the future tense,
// so such an event takes the date of the clause that voices it.
func voiced(root string) bool {
	switch root {
	case "02", "03", "10", "13":
		return true
	}
	return false
}

// pick chooses the expression that dates the event whose verb is token
// v, and the tense to read it in. A voiced event (see voiced) may take
// the date of a clause above it in another tense.
func pick(toks []nlp.Token, xs []expr, v int, voicedEvent bool) (expr, bool, bool) {
	if len(xs) == 0 {
		return expr{}, false, false
	}
	if v < 0 || !parsed(toks) {
		// No tree: the nearest expression, with the guessed tense.
		best := nearest(xs, func(expr) bool { return true }, v)
		if best < 0 {
			return expr{}, false, false
		}
		return xs[best], futureNear(toks, xs[best].i, xs[best].j), true
	}
	future := futureVerb(toks, v)
	// 1. Attached to the verb with a temporal relation.
	for _, x := range xs {
		h := exprHead(toks, x)
		if toks[h].Head-1 == v && temporalRel(toks[h].Rel) {
			return x, future, true
		}
	}
	// 2. The nearest in the verb's clause.
	if b := nearest(xs, func(x expr) bool { return clauseOf(toks, exprHead(toks, x)) == v }, v); b >= 0 {
		return xs[b], future, true
	}
	// 3. A clause below that tells when the act was done or said: "When
	// announcing the shutdown on Monday, he called on …", "prosecutors
	// charged the suspect, they said Sunday" (charged by the day it was
	// said).
	if b := nearest(xs, func(x expr) bool { return concurrentClause(toks, clauseOf(toks, exprHead(toks, x)), v, future) }, v); b >= 0 {
		return xs[b], future, true
	}
	// 4. A clause above: coordinated, complement or adverbial clauses, and
	// a participle modifying a noun ("signed a decree banning the
	// niqab"), take the date of the clause they hang from, unless the
	// tenses differ. A relative clause does so only under a root the
	// parser left without a verb ("According to the mayor, during the
	// weekend, police were investigating" parsed as a noun phrase).
	for c, steps := v, 0; steps < 4; steps++ {
		p := toks[c].Head - 1
		if p < 0 || !clausalRel(toks[c].Rel) && toks[c].Rel != "acl" && !(toks[c].Rel == "acl:relcl" && verblessRoot(toks, p)) {
			break
		}
		p = clauseOf(toks, p)
		if p < 0 {
			break
		}
		above := futureVerb(toks, p)
		if above != future && !voicedEvent {
			break
		}
		if b := nearest(xs, func(x expr) bool { return clauseOf(toks, exprHead(toks, x)) == p }, p); b >= 0 {
			return xs[b], above, true
		}
		c = p
	}
	return expr{}, false, false
}

// nearest is the index of the expression closest to token v among those
// that keep says yes to (-1 if none).
func nearest(xs []expr, keep func(expr) bool, v int) int {
	best, bestDist := -1, 1<<30
	for k, x := range xs {
		if !keep(x) {
			continue
		}
		d := 0
		switch {
		case v < x.i:
			d = x.i - v
		case v >= x.j:
			d = v - x.j + 1
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// exprHead is the token of x whose head lies outside x.
func exprHead(toks []nlp.Token, x expr) int {
	for k := x.i; k < x.j; k++ {
		if h := toks[k].Head - 1; h < x.i || h >= x.j {
			return k
		}
	}
	return x.j - 1
}

// temporalRel reports whether a relation can attach a time to a verb.
func temporalRel(rel string) bool {
	return rel == "obl" || strings.HasPrefix(rel, "obl:") || rel == "nmod:tmod" || rel == "advmod" ||
		rel == "nmod" || rel == "nmod:npmod"
}

// clausalRel reports whether a relation links a clause to the one above.
func clausalRel(rel string) bool {
	switch rel {
	case "conj", "ccomp", "xcomp", "advcl", "parataxis":
		return true
	}
	return false
}

// clauseOf is the predicate of the clause token k belongs to: the first
// token, from k up the tree, that heads a clause (the root or a token
// attached by a clausal relation, a verb, or the predicate of a copula:
// "who was envoy until December" is a clause of its own even where the
// parser makes it an apposition). -1 if the tree is broken.
func clauseOf(toks []nlp.Token, k int) int {
	for steps := 0; k >= 0 && steps < len(toks); steps++ {
		t := toks[k]
		if t.Head == 0 || clausalRel(t.Rel) || t.Rel == "acl" || t.Rel == "acl:relcl" || t.Rel == "csubj" ||
			t.UPOS == "VERB" && !strings.HasPrefix(t.Rel, "amod") || hasCopula(toks, k) {
			return k
		}
		k = t.Head - 1
	}
	return -1
}

// hasCopula reports whether token k has a copula ("was" in "was
// envoy").
func hasCopula(toks []nlp.Token, k int) bool {
	for _, t := range toks {
		if t.Head-1 == k && t.Rel == "cop" {
			return true
		}
	}
	return false
}

// futureVerb reads the tense of the verb at token v from its dependents:
// an auxiliary "will", "shall", "'ll", "would" or "going to", or an
// infinitive ("to visit") under a verb of planning or "be" ("is to
// visit").
func futureVerb(toks []nlp.Token, v int) bool {
	infinitive := false
	for k, t := range toks {
		if t.Head-1 != v {
			continue
		}
		switch {
		case t.Rel == "aux" && is(t.Form, "will", "shall", "'ll", "’ll", "would", "wo"):
			return true
		case t.Rel == "mark" && is(t.Form, "to") && k < v:
			infinitive = true
		case t.Rel == "aux" && is(t.Form, "is", "are", "was", "were") && k+1 < len(toks) && is(toks[k+1].Form, "to"):
			return true
		}
	}
	if !infinitive || toks[v].Rel != "xcomp" {
		return false
	}
	h := toks[v].Head - 1
	if h < 0 {
		return false
	}
	switch strings.ToLower(toks[h].Lemma) {
	case "plan", "expect", "schedule", "set", "due", "intend", "agree", "decide", "prepare", "aim", "hope",
		"vow", "pledge", "promise", "threaten", "want", "seek", "go", "be":
		return true
	}
	return futureVerb(toks, h)
}
