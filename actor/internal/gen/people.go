package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

const peopleHeader = `# people-petrarch.tsv: people with their dated offices, one term per line, tab-separated:
#
#   CODE	FROM	TO	NAMES
#
# the format of people-a.tsv without the OFFICE column. CODE is the CAMEO actor code of the
# term (country + roles, "ARMGOV", "ARMELI"; "IGOUNO" for an organisation's officer). FROM and TO
# are YYYY-MM-DD; 1900-01-01 stands for a term with no known start. NAMES ('|'-separated, full
# name first) are given on a person's first line only; their other lines repeat the full name.
#
# Derived by actor/internal/gen from the Phoenix actor dictionaries of PETRARCH2
# (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
# Phoenix.MilNonState.actors.txt; Copyright (c) 2014 Open Event Data Alliance, MIT License;
# CountryInfo by the Computational Event Data System Project, NSF SES-1004414, SES-1259190).
# Only people are kept, with their dated codes: organisations, groups and undated entries are
# left out, and so are names with a title in them ("President Putin"), names that are an actor
# of our own lists, one-word names that are common English words or shared by several people,
# and anyone our hand-written people files list (they win). Elite terms (ELI) are dropped
# from people who held an office, as annalist makes them elite out of office anyway. The
# lists were last revised in 2014: a term still open there is closed on 2015-01-01, after
# which the person is their country's elite. Names are rewritten in our tokenization
# (capitalised words, "al-Assad").
# Regenerate rather than editing by hand.
`

// openTermsEnd closes the terms PETRARCH leaves open: the lists were last
// revised in 2014, and claiming an office years later would code a former
// minister as the government.
var openTermsEnd = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// oldest is the start given to terms PETRARCH dates only by their end.
var oldest = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// since drops people whose every term ended before it: the news annalist
// codes starts in the late 1970s (CAMEO's own data sets start in 1979).
var since = time.Date(1979, 1, 1, 0, 0, 0, 0, time.UTC)

// orgWords mark a primary phrase as an organisation's, not a person's.
var orgWords = map[string]bool{
	"party": true, "army": true, "council": true, "ministry": true, "front": true, "union": true,
	"assembly": true, "government": true, "committee": true, "movement": true, "state": true,
	"republic": true, "soviet": true, "coalition": true, "national": true, "liberation": true,
	"brigade": true, "brigades": true, "forces": true, "force": true, "group": true, "organization": true,
	"organisation": true, "association": true, "agency": true, "corp": true, "inc": true, "ltd": true,
	"company": true, "bank": true, "foundation": true, "institute": true, "university": true,
	"court": true, "congress": true, "parliament": true, "senate": true, "office": true,
	"department": true, "secretariat": true, "commission": true, "league": true, "alliance": true,
	"center": true, "centre": true, "network": true, "fund": true, "society": true, "times": true,
	"news": true, "post": true, "security": true, "police": true, "and": true, "of": true, "the": true,
	"for": true, "in": true, "to": true, "islamic": true, "democratic": true, "people's": true,
}

// titleWords are words of a name written with a title ("MR._OBAMA_"),
// besides the dictionary's one-word role words.
var titleWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "gen": true, "lt": true, "col": true,
	"sgt": true, "rep": true, "gov": true, "sec": true, "min": true, "pres": true, "maj": true,
	"capt": true, "adm": true, "prof": true, "sir": true, "lord": true, "lady": true, "dame": true,
	"his": true, "her": true, "excellency": true, "former": true, "ex": true, "new": true,
}

// particles are written in lower case inside names ("Bashar al-Assad").
var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "de": true, "da": true,
	"do": true, "dos": true, "das": true, "del": true, "della": true, "der": true, "den": true, "van": true,
	"von": true, "la": true, "le": true, "du": true}

// romans stay in capitals ("Philip A. Z. Banks III").
var romans = map[string]bool{"II": true, "III": true, "IV": true}

// person is one person to write: their names, full name first, and terms.
type person struct {
	names []string
	terms []personTerm
}

type personTerm struct {
	code     string
	from, to time.Time
}

// people reads the PETRARCH actor files under data, keeps the people,
// cleans their names against our own dictionaries (own, and the people
// files in out) and the common words, and returns the lines of
// people-petrarch.tsv.
func people(data, out string, own *ownDicts, common map[string]bool) ([]string, error) {
	var blocks []petrarchActor
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		bs, err := readPetrarchActors(filepath.Join(data, "petrarch", f))
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, bs...)
	}
	var ps []*person
	for _, b := range blocks {
		if p := own.person(b); p != nil {
			ps = append(ps, p)
		}
	}
	owners, err := nameOwners(blocks, out)
	if err != nil {
		return nil, err
	}
	dropSharedSingles(ps, owners, common, own)
	ps = slices.DeleteFunc(ps, func(p *person) bool { return len(p.names) == 0 })
	// Stable: of two PETRARCH entries for one person the first in the files
	// is kept below, whatever else the lists hold.
	slices.SortStableFunc(ps, func(a, b *person) int {
		if c := strings.Compare(a.terms[0].code[:3], b.terms[0].code[:3]); c != 0 {
			return c
		}
		return strings.Compare(a.names[0], b.names[0])
	})
	var lines []string
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.names[0]] {
			continue // two PETRARCH entries for one person: the first is kept
		}
		seen[p.names[0]] = true
		for i, t := range p.terms {
			names := p.names[0]
			if i == 0 {
				names = strings.Join(p.names, "|")
			}
			to := ""
			if !t.to.IsZero() {
				to = t.to.Format(time.DateOnly)
			}
			lines = append(lines, fmt.Sprintf("%s\t%s\t%s\t%s", t.code, t.from.Format(time.DateOnly), to, names))
		}
	}
	return lines, nil
}

// ownDicts is what the project's own lists know, to keep PETRARCH's
// names from shadowing them.
type ownDicts struct {
	dict  *actor.Dict
	roles map[string]bool // one-word role words, folded
	stops map[string]bool // stop phrases, folded
}

// stopKind is what known returns for a stop phrase ("George Washington"),
// which Find matches without a mention.
const stopKind actor.Kind = 255

// ownPeople are the hand-written people files: whoever they list, PETRARCH's
// entry for the same name is left out.
var ownPeople = []string{"people-a.tsv", "people-b.tsv", "people-c.tsv"}

// filters loads what generated names are checked against: our own
// dictionaries in out, and the common English words of the EWT treebank
// under data.
func filters(data, out string) (*ownDicts, map[string]bool, error) {
	own, err := ownDict(out)
	if err != nil {
		return nil, nil, err
	}
	common, err := commonWords(filepath.Join(data, "ud-english-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return nil, nil, err
	}
	return own, common, nil
}

// ownDict loads the project's own actor files in dir, against which
// generated names are checked.
func ownDict(dir string) (*ownDicts, error) {
	d := actor.New()
	type load struct {
		file string
		fn   func(*actor.Dict, io.Reader, string) error
	}
	loads := []load{
		{"countries.txt", (*actor.Dict).LoadCountries},
		{"agents.txt", (*actor.Dict).LoadAgents},
		{"orgs.txt", (*actor.Dict).LoadActors},
		{"stop.txt", (*actor.Dict).LoadStops},
	}
	for _, name := range ownPeople {
		loads = append(loads, load{name, (*actor.Dict).LoadPeople})
	}
	for _, l := range loads {
		f, err := os.Open(filepath.Join(dir, l.file))
		if err != nil {
			return nil, err
		}
		err = l.fn(d, f, l.file)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	stops := map[string]bool{}
	sf, err := os.ReadFile(filepath.Join(dir, "stop.txt"))
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(string(sf), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			stops[strings.ToLower(l)] = true
		}
	}
	roles := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, "agents.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code, phrases, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(code, "#") {
			continue
		}
		for _, p := range strings.Split(phrases, "|") {
			if !strings.Contains(p, " ") {
				roles[strings.ToLower(p)] = true
			}
		}
	}
	return &ownDicts{dict: d, roles: roles, stops: stops}, sc.Err()
}

// person returns the person block b records, or nil when it is not a
// person, has no dated code we can use, or is one of our own people.
func (o *ownDicts) person(b petrarchActor) *person {
	for _, w := range strings.Split(strings.ToLower(strings.Trim(b.names[0], "_ ")), "_") {
		if orgWords[w] || o.roles[w] {
			return nil
		}
	}
	p := &person{}
	latest := time.Time{}
	for _, c := range b.codes {
		if _, ok := o.dict.Country(c.code); ok {
			return nil // a country or territory, with its names in other languages
		}
	}
	for _, c := range b.codes {
		if !c.dated || c.bad || !o.usable(c.code) {
			continue
		}
		t := personTerm{code: c.code, from: c.from, to: c.to}
		if t.from.IsZero() {
			t.from = oldest
		}
		if t.to.IsZero() && t.from.Before(openTermsEnd) {
			t.to = openTermsEnd
		}
		if t.to.After(latest) || t.to.IsZero() {
			latest = t.to
		}
		if !slices.Contains(p.terms, t) {
			p.terms = append(p.terms, t)
		}
	}
	if len(p.terms) == 0 || !latest.IsZero() && latest.Before(since) {
		return nil
	}
	// PETRARCH gives most people a long elite term ("[USAELI >19480101]")
	// around their offices. Out of office we make them elite anyway; kept,
	// it would cover the offices it does not list (James Baker's years at
	// the Treasury) and hide the title the text gives them.
	offices := slices.DeleteFunc(slices.Clone(p.terms), func(t personTerm) bool { return strings.HasSuffix(t.code, "ELI") })
	if len(offices) > 0 {
		p.terms = offices
	}
	slices.SortStableFunc(p.terms, func(a, b personTerm) int { return a.from.Compare(b.from) })
	for _, raw := range b.names {
		n, ok := o.cleanName(raw)
		if !ok {
			continue
		}
		switch o.known(n) {
		case actor.Person:
			return nil // our own files list this person: they win
		case 0:
			if !slices.Contains(p.names, n) {
				p.names = append(p.names, n)
			}
		}
	}
	if len(p.names) == 0 {
		return nil
	}
	return p
}

// usable reports whether code is a person's code we can resolve: a
// country of ours or an IGO, with whole CAMEO role codes after it.
func (o *ownDicts) usable(code string) bool {
	if len(code) < 6 || len(code)%3 != 0 {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	_, ok := o.dict.Country(code[:3])
	return ok || strings.HasPrefix(code, "IGO")
}

// known returns the kind of actor our lists make of all of name, or 0.
func (o *ownDicts) known(name string) actor.Kind {
	toks := nlp.Tokenize(name)
	ms := o.dict.Find(toks, time.Time{})
	if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(toks) {
		return ms[0].Kind
	}
	if o.stops[strings.ToLower(name)] {
		return stopKind
	}
	return 0
}

// matches reports whether our lists find any mention in the word w
// followed by a lower-case word, as running text would have it.
func (o *ownDicts) matches(w string) bool {
	return len(o.dict.Find(nlp.Tokenize(w+" x"), time.Time{})) > 0
}

// cleanName turns PETRARCH's "BASHAR_AL-ASSAD_" into "Bashar al-Assad";
// ok is false for phrases that are not a plain name (digits, brackets,
// titles, role words).
func (o *ownDicts) cleanName(raw string) (string, bool) {
	ws := strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' })
	if len(ws) == 0 || len(ws) > 6 {
		return "", false
	}
	letters := 0
	for i, w := range ws {
		for _, r := range w {
			switch {
			case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
				letters++
			case r == '.' || r == '-' || r == '\'':
			default:
				return "", false
			}
		}
		low := strings.ToLower(strings.Trim(w, ".'-"))
		if titleWords[low] || o.roles[low] || orgWords[low] {
			return "", false
		}
		ws[i] = nameWord(w, i)
		if !strings.ContainsAny(w, ".'-") && len(nlp.Tokenize(ws[i])) != 1 {
			return "", false // the tokenizer cuts it ("Im" is "I" "m"): it could not match as written
		}
	}
	if letters < 4 {
		return "", false
	}
	return strings.Join(ws, " "), true
}

// nameWord capitalises each letter run of w ("AL-ASSAD" → "al-Assad",
// "O'BRIEN" → "O'Brien"), keeping particles in lower case.
func nameWord(w string, at int) string {
	if romans[w] && at > 0 {
		return w
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '.' })
	var b strings.Builder
	start := true
	part := 0
	for i, r := range w {
		if r == '-' || r == '\'' || r == '.' {
			b.WriteRune(r)
			if !(r == '\'' && i+2 == len(w)) { // "PEOPLE'S"
				start = true
			}
			continue
		}
		if start {
			low := part < len(parts) && particles[strings.ToLower(parts[part])] && (at > 0 || len(parts) > 1)
			part++
			if low {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
			start = false
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// dropSharedSingles removes one-word names that are common English words,
// are too short, or are shared by several people, alone or inside their
// names ("Hussein", "Abdullah"): a bare name is only worth keeping when it
// names one person.
func dropSharedSingles(ps []*person, owners map[string]int, common map[string]bool, own *ownDicts) {
	for _, p := range ps {
		p.names = slices.DeleteFunc(p.names, func(n string) bool {
			if strings.Contains(n, " ") {
				return false
			}
			low := strings.ToLower(n)
			return owners[low] > 1 || common[low] || len(n) < 4 || own.matches(n)
		})
	}
}

// commonWords returns the words the treebank writes in lower case: a name
// that is one of them ("Rice", "Young") is a common word too.
func commonWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		if len(cols) < 2 {
			continue
		}
		if w := cols[1]; w != "" && unicode.IsLower([]rune(w)[0]) {
			words[w] = true
		}
	}
	return words, sc.Err()
}

// nameOwners counts, for each folded word, the entries whose names have
// it: every PETRARCH block, people, organisations or places, and every
// person of our own people files.
func nameOwners(blocks []petrarchActor, dir string) (map[string]int, error) {
	owners := map[string]int{}
	count := func(names []string) {
		words := map[string]bool{}
		for _, n := range names {
			for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == '_' || r == ' ' }) {
				words[w] = true
			}
		}
		for w := range words {
			owners[w]++
		}
	}
	for _, b := range blocks {
		count(b.names)
	}
	for _, f := range ownPeople {
		lines, err := peopleNames(dir, f)
		if err != nil {
			return nil, err
		}
		for _, names := range lines {
			count(strings.Split(names, "|"))
		}
	}
	return owners, nil
}

// peopleNames returns the NAMES column of each term line of the people
// file dir/file ("Jane Doe|Doe").
func peopleNames(dir, file string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if cols := strings.Split(line, "\t"); len(cols) >= 4 && !strings.HasPrefix(line, "#") {
			out = append(out, cols[3])
		}
	}
	return out, nil
}
