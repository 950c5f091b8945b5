package nlp

// abbrKind says how an abbreviation behaves around sentence boundaries.
type abbrKind uint8

const (
	// abbrTitle precedes a name and never ends a sentence (Mr., Gen., St.).
	abbrTitle abbrKind = iota + 1
	// abbrNumber precedes a number and keeps its period only then (No. 5).
	abbrNumber
	// abbrOther may end a sentence (Inc., Aug., etc., Calif.).
	abbrOther
)

// abbreviations are the words that keep a following period. Case matters:
// "Gen." is an abbreviation, "gen." is not.
var abbreviations = func() map[string]abbrKind {
	m := map[string]abbrKind{}
	add := func(k abbrKind, words ...string) {
		for _, w := range words {
			m[w] = k
		}
	}
	add(abbrTitle, "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj",
		"Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep",
		"Reps", "Sens", "Rev", "Revd", "Hon", "Pres", "Supt", "Amb", "Atty", "Insp", "Fr", "Sr",
		"Sra", "Srta", "Drs", "Sts", "Mt", "Ft", "St", "Ste", "Gens", "Lieut", "Cmdt", "Det", "Msgr", "Gov't")
	add(abbrNumber, "No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Nr", "nr", "pp", "p", "ext", "Ext", "tel", "Tel")
	add(abbrOther, "Jr", "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Dept", "Univ", "Assn",
		"Ave", "Blvd", "Rd", "Hwy", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
		"vs", "etc", "approx", "cf", "al", "est", "fig", "Fig", "min", "max", "Ala", "Ariz", "Ark",
		"Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
		"Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
		"Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Govt", "Intl", "Natl", "Mfg", "Ph", "Jos",
		"Wm", "Chas", "Geo", "Thos", "a.k.a", "ca", "viz", "Esq", "dept", "Ft", "yr", "yrs", "mos",
		// Legal forms of Hungarian firms ("Magyar Telekom Nyrt.", "Budapest Bank Kft.").
		"Kft", "Zrt", "Nyrt", "Bt")
	return m
}()
