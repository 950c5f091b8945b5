package actor

import "testing"

// TestCapitalAsPlace checks that a capital before a lower-case noun of a
// building or quarter places it, and names no government.
func TestCapitalAsPlace(t *testing.T) {
	d := loadBuiltin(t)
	checkFoundOn(t, d, []datedCase{
		{"met in an elegant Moscow mansion", "1987-04-13", ""},
		{"a Paris suburb", "2019-05-01", ""},
		{"Paris said", "2019-05-01", "Paris=FRAGOV"},
	})
}

// TestCapitalisedNameFirst checks that a name written with its capitals
// wins over a role phrase of the same words matched in any case.
func TestCapitalisedNameFirst(t *testing.T) {
	d := loadBuiltin(t)
	checkFound(t, d, day("1987-04-01"), []foundCase{
		{"vetoed a Security Council resolution", "Security Council=IGOUNO"},
		{"the security council of the party met", "security council=---GOV"},
	})
}
