package coder

// Someone "in talks" holds them: "The United States is in talks with
// Mexico over the tariffs", "Iran and the European Union are in
// negotiations". The talks noun is the predicate of its clause, with a
// copula, and its subject holds them with the partner its "with" phrase
// names, or, named together, with each other.

// inTalksWith returns who holds the talks (code under 04) at i that are
// the predicate of a subject ("is in talks with"), and the partners the
// noun names; nil when the noun is no such predicate, the subject names
// no actor, or no partner is named and the subject is one actor.
func (s *sentence) inTalksWith(i int, code string) (holders, partners []int) {
	if !codeUnder(code, "04") || s.caseOf(i) != "in" || s.child(i, "cop") < 0 || s.negatedAt(i) {
		return nil, nil
	}
	subj := s.child(i, "nsubj")
	if subj < 0 {
		return nil, nil
	}
	holders = append(s.actorsOf(subj), s.joinedSubjects(i, subj)...)
	partners = s.withPartner(i)
	if len(holders) == 0 || len(partners) == 0 && len(holders) < 2 {
		return nil, nil
	}
	return holders, partners
}
