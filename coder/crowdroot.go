package coder

// A bare count before a verb of protest is often parsed as the root,
// the verb its participle: "Thousands rallied in Moscow on Saturday"
// reads "rallied" as "thousands (who were) rallied". Verbs of protest
// take no object, so no such passive is meant: the count is the verb's
// subject, and the verb the clause's (crowd.go then reads the crowd).

// crowdVerbs are the verbs of protest a bare count does.
var crowdVerbs = map[string]bool{"rally": true, "march": true, "protest": true, "demonstrate": true, "gather": true, "riot": true}

// countAsRoot hangs the root count from the protest verb the parse hung
// from it, as that verb's subject.
func (s *sentence) countAsRoot() {
	for r := range s.toks {
		if s.head[r] >= 0 || !crowdWords[s.lower[r]] {
			continue
		}
		for v := r + 1; v < len(s.toks); v++ {
			if s.head[v] != r || s.toks[v].Rel != "acl" {
				continue
			}
			if s.toks[v].UPOS != "VERB" || !crowdVerbs[s.toks[v].Lemma] || s.hasSubject(v) || s.child(v, "aux:pass") >= 0 {
				break
			}
			s.setArc(v, -1, "root")
			s.setArc(r, v, "nsubj")
			for j := v + 1; j < len(s.toks); j++ {
				if s.head[j] == r && s.toks[j].Rel == "punct" {
					s.setArc(j, v, "punct") // the punctuation after the verb is its clause's
				}
			}
			break
		}
	}
}
