package actor

import (
	"github.com/annalist/annalist/nlp"
)

// Ministries and departments are named by their portfolio after "of"
// ("the Ministry of Foreign Affairs", "the United States Department of
// Justice", "the Florida Department of Transportation"). The portfolio is
// part of the body's name, not an actor of its own ("Justice" is no
// judge), and it says the body's role as the same words before the head
// do: "Ministry of Defence" is the defence ministry, MIL; "Department of
// Justice" is a department, GOV. A country named after the portfolio is
// the body's ("the Ministry of Foreign Affairs of Ukraine" is UKRGOV) and
// stays a mention of its own, as after a titled name.

// bureauHeads are the role words whose "of" phrase names a portfolio.
var bureauHeads = map[string]bool{"ministry": true, "department": true}

// namedBureau reads, at token j, capitalised words of a portfolio ended
// by a ministry's or a department's head ("Oil Ministry", "Social Affairs
// Ministry", "Trade and Industry Ministry") and returns the agent they
// name and the index after the head; nil when there is none. The
// portfolio looked up with the head gives the role ("Defence Ministry" is
// MIL), else the head does (GOV).
func (d *Dict) namedBureau(toks []nlp.Token, j int, buf *[]byte) (*entry, int) {
	var words []nlp.Token
	for k := j; k < len(toks) && k < j+maxPortfolio+1; k++ {
		f := toks[k].Form
		w := string(appendFold((*buf)[:0], f))
		switch {
		case bureauHeads[w] && capitalised(f):
			hp, hend := d.longest(toks, k, agentKind, buf)
			if len(words) == 0 || hp == nil {
				return nil, j
			}
			words = append(words, nlp.Token{Form: f})
			if ap, aend := d.longest(words, 0, agentKind, buf); ap != nil && aend == len(words) {
				return ap.entries[0], hend
			}
			return hp.entries[0], hend
		case capitalised(f) && !notNames[w]:
			words = append(words, nlp.Token{Form: f})
		case (isWord(f, "and") || f == "&") && len(words) > 0:
		default:
			return nil, j
		}
	}
	return nil, j
}

// maxPortfolio bounds the words of a portfolio before its head ("Housing,
// Communities and Local Government" is the longest the news writes).
const maxPortfolio = 5

// portfolio extends the agent mention m, whose role phrase p ends at
// m.End, over an "of" phrase of capitalised words naming its portfolio;
// ok is false when there is none.
func (d *Dict) portfolio(m Mention, p *phrase, toks []nlp.Token, buf *[]byte) (_ Mention, ok bool) {
	head := p.words[len(p.words)-1]
	if !bureauHeads[head] || m.End+1 >= len(toks) || !isWord(toks[m.End].Form, "of") {
		return m, false
	}
	start := skipThe(toks, m.End+1)
	end := start
	for j := start; j < len(toks); j++ {
		f := toks[j].Form
		if capitalised(f) && !notNames[string(appendFold((*buf)[:0], f))] {
			if cp, _ := d.longest(toks, j, maskOf(Country), buf); cp != nil && !cp.entries[0].adjective {
				break // "the Ministry of Ukraine": a country, not a portfolio
			}
			end = j + 1
			continue
		}
		// Portfolios joined ("Health and Human Services", "Housing,
		// Communities and Local Government").
		if (isWord(f, "and") || f == "," || f == "&") && j+1 < len(toks) && capitalised(toks[j+1].Form) {
			continue
		}
		break
	}
	if end == start {
		return m, false
	}
	// The portfolio before the head names the same body: look the words up
	// as "defence ministry" to learn the role.
	words := make([]nlp.Token, 0, end-start+1)
	for _, t := range toks[start:end] {
		if t.Form != "," && !isWord(t.Form, "and") && t.Form != "&" {
			words = append(words, nlp.Token{Form: t.Form})
		}
	}
	words = append(words, nlp.Token{Form: head})
	if ap, aend := d.longest(words, 0, agentKind, buf); ap != nil && aend == len(words) {
		e := ap.entries[0]
		m.Roles = e.roles
		m.Code = m.Code[:3] + e.code
	}
	m.End = end
	return d.withCountryOf(m, toks, buf), true
}
