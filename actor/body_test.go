package actor

import "testing"

// A capitalised name after a role word that ends in a word of a body's or
// a medium's name is that body's or medium's, never a person's, so that
// "he" in the next sentence cannot take it.
func TestFindBodiesAreNoPersons(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"He appeared on the Fox Business Network.", "Business Network=---MED"},
		{"A spokesperson told the Military Times the attack failed", "spokesperson=---GOV; Military Times=---MED"},
		{"an attack on the Police Prefecture in Paris", "Police Prefecture=---COP; Paris=FRAGOV"},
		{"the Navy Information Agency head", "Navy Information Agency=---MIL"},
		{"an Air Force Reserve survey", "Air Force Reserve=---MIL"},
		{"distribution company Funimation Entertainment said", "company Funimation Entertainment=---BUS"},
		// A person after the same role words stays a person.
		{"Judge Miller dismissed the case", "Judge Miller=---JUD"},
	}
	checkFound(t, d, date, tests)
}
