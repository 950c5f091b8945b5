// Package dateline reads the datelines that open news reports
// ("MOSCOW, Sept 3 (Reuters) -", "NEW DELHI (PTI) —", "AFP, Nairobi :"):
// the agency that filed the report, the city it was filed from and the
// filing date. It also splits a page that reprints several reports into
// the reports, and names an article's source.
//
// A dateline is recognised only in the shapes wire services write, never
// from an ordinary sentence start: an all-caps city must be followed by
// an agency in parentheses or by a dash or colon ("THE PRESIDENT said"
// is no dateline), a city in ordinary capitals needs a known agency in
// parentheses or a date and a dash after it ("Toronto, Feb 26 -"), and
// an agency first ("AFP, Nairobi :") must be a known agency.
package dateline

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/when"
)

// Dateline is a parsed dateline.
type Dateline struct {
	Agency string    // canonical agency name ("Reuters", "AP"), "" if none
	City   string    // in title case ("New Delhi"), "" if none
	Region string    // as written ("Lebanon", "Calif."), "" if none
	Date   time.Time // the filing date (midnight UTC); zero if none
	// Start and End are the byte span of the dateline in the text, from
	// the city (or agency) to the end of the dash or colon after it.
	Start, End int
}

// Parse reads the dateline at the start of text, after blank space and a
// byline ("By John Smith"). A date without a year is the latest such
// date on or before published.
func Parse(text string, published time.Time) (Dateline, bool) {
	return parseAt(text, 0, published)
}

// maxDateline bounds the bytes a dateline may take, so that a long
// sentence is never searched for one.
const maxDateline = 120

// parseAt reads a dateline starting at byte p of text (after blank space
// and a byline line); offsets are into text.
func parseAt(text string, p int, published time.Time) (Dateline, bool) {
	p = skipSpace(text, p)
	if q, ok := skipByline(text, p); ok {
		p = skipSpace(text, q)
	}
	if p >= len(text) {
		return Dateline{}, false
	}
	if text[p] == '(' {
		return agencyOnly(text, p)
	}
	if d, ok := agencyFirst(text, p, published); ok {
		return d, true
	}
	return cityFirst(text, p, published)
}

// skipSpace skips spaces, tabs and line breaks.
func skipSpace(text string, p int) int {
	for p < len(text) && (text[p] == ' ' || text[p] == '\t' || text[p] == '\n' || text[p] == '\r') {
		p++
	}
	return p
}

// skipByline returns the start of the line after a byline ("By John
// Smith", "By JOHN SMITH, Reuters").
func skipByline(text string, p int) (int, bool) {
	if !strings.HasPrefix(text[p:], "By ") && !strings.HasPrefix(text[p:], "BY ") {
		return p, false
	}
	end := strings.IndexByte(text[p:], '\n')
	if end < 0 || end > 100 {
		return p, false
	}
	line := text[p+3 : p+end]
	if !startsUpper(line) {
		return p, false
	}
	return p + end + 1, true
}

// agencyOnly reads "(AP) —" and "(CNN)".
func agencyOnly(text string, p int) (Dateline, bool) {
	name, q, ok := parenthesis(text, p)
	if !ok {
		return Dateline{}, false
	}
	a, known := Agency(name)
	if !known {
		return Dateline{}, false
	}
	end, _ := separator(text, q)
	return Dateline{Agency: a, Start: p, End: end}, true
}

// agencyFirst reads "AFP, Nairobi :" and "Reuters, LONDON, Sept 3 -": a
// known agency, a comma, a city, optionally a date, and a colon or dash.
func agencyFirst(text string, p int, published time.Time) (Dateline, bool) {
	comma := strings.IndexByte(text[p:min(len(text), p+40)], ',')
	if comma <= 0 {
		return Dateline{}, false
	}
	a, known := agencies[strings.ToLower(text[p:p+comma])]
	if !known {
		return Dateline{}, false
	}
	q := skipBlank(text, p+comma+1)
	city, q, ok := cityName(text, q)
	if !ok {
		return Dateline{}, false
	}
	d := Dateline{Agency: a, City: titleCase(city), Start: p}
	q, _ = d.extras(text, q, published)
	end, ok := separator(text, skipBlank(text, q))
	if !ok {
		return Dateline{}, false
	}
	d.End = end
	return d, true
}

// cityFirst reads "WASHINGTON (Reuters) -", "MOSCOW, Sept 3 (Reuters) -",
// "BEIRUT, Lebanon (AP) —", "NAIROBI, Kenya —", "New Delhi, Sep 3 (IANS)".
func cityFirst(text string, p int, published time.Time) (Dateline, bool) {
	city, q, ok := cityName(text, p)
	if !ok {
		return Dateline{}, false
	}
	caps := isAllCaps(city)
	if caps && notCity[strings.ToUpper(city)] {
		return Dateline{}, false
	}
	d := Dateline{City: titleCase(city), Start: p}
	q, dated := d.extras(text, q, published)
	q = skipBlank(text, q)
	if q < len(text) && text[q] == '(' {
		name, r, ok := parenthesis(text, q)
		if !ok {
			return Dateline{}, false
		}
		a, known := Agency(name)
		switch {
		case known:
			d.Agency = a
		case caps && startsUpper(name) && len(name) <= 30:
			d.Agency = name // an outlet not in the table: "HARARE (The Herald) -"
		default:
			return Dateline{}, false
		}
		d.End, _ = separator(text, r)
		return d, true
	}
	// Without an agency, the city must be in capitals ("Q:", "NG:" label
	// speakers, not places) or followed by a date ("Toronto, Feb 26 -").
	if !dated && (!caps || letters(city) < 4) {
		return Dateline{}, false
	}
	end, ok := separator(text, q)
	if !ok {
		return Dateline{}, false
	}
	d.End = end
	return d, true
}

// extras reads the comma-led parts after a city: a region ("Lebanon",
// "Calif.") and a date ("Sept 3", "March 5, 2024"). It returns where they
// end and whether there was a date (which may not resolve to a day).
func (d *Dateline) extras(text string, q int, published time.Time) (int, bool) {
	dated := false
	for range 2 {
		r := skipBlank(text, q)
		if r >= len(text) || text[r] != ',' {
			break
		}
		r = skipBlank(text, r+1)
		if t, end, ok := dateAt(text, r, published); ok && !dated {
			d.Date, q, dated = t, end, true
			continue
		}
		if d.Region != "" || dated {
			break
		}
		name, end, ok := cityName(text, r)
		if !ok {
			break
		}
		d.Region, q = name, end
		// A date may follow a region without its comma: "Md. March 3 -".
		if t, end, ok := dateAt(text, skipBlank(text, q), published); ok && skipBlank(text, q) > q {
			d.Date, q, dated = t, end, true
			break
		}
	}
	return q, dated
}

// dateAt reads a date at byte r: "Sept 3", "March 5, 2024", "3rd
// September, 2021". The time package's finder resolves it against
// published; a date that cannot be resolved (no publication date, no
// year) still counts, with a zero time.
func dateAt(text string, r int, published time.Time) (time.Time, int, bool) {
	end := r
	for end < len(text) && end-r < 30 && text[end] != '(' && text[end] != '\n' && !isSeparatorAt(text, end) {
		end++
	}
	seg := strings.TrimRight(text[r:end], " ,")
	if seg == "" {
		return time.Time{}, r, false
	}
	toks := nlp.Tokenize(seg)
	at := func(ref time.Time) (when.Date, bool) {
		ds := when.Find(seg, toks, ref)
		// The date must be the whole segment ("Sept 3", not "Sept 3 Kenya").
		if len(ds) == 0 || ds[0].Start != 0 || ds[0].Precision != when.Day || strings.TrimSpace(seg[ds[0].End:]) != "" {
			return when.Date{}, false
		}
		return ds[0], true
	}
	if !published.IsZero() {
		d, ok := at(published)
		return d.Day, r + d.End, ok
	}
	// Without a publication date only a date with its year can be placed:
	// it resolves the same way against any reference.
	d1, ok := at(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	if !ok {
		return time.Time{}, r, false
	}
	if d2, _ := at(time.Date(2150, 1, 1, 0, 0, 0, 0, time.UTC)); !d2.Day.Equal(d1.Day) {
		return time.Time{}, r + d1.End, true
	}
	return d1.Day, r + d1.End, true
}

// cityName reads a place name at byte p: up to five words in capitals
// ("NEW DELHI", "ST. PETERSBURG", "PORT-AU-PRINCE") or in title case with
// lower-case particles inside ("Rio de Janeiro"). It stops before a
// comma, parenthesis, dash or colon.
func cityName(text string, p int) (string, int, bool) {
	q, words := p, 0
	for words < 5 {
		w := q
		for w < len(text) {
			r, size := utf8.DecodeRuneInString(text[w:])
			inner := w > q && w+1 < len(text) && text[w+1] != ' '
			if !(unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’' || (r == '-' || r == '/') && inner) {
				break
			}
			w += size
		}
		if w == q {
			break
		}
		word := text[q:w]
		if !startsUpper(word) && !(words > 0 && isParticle(word)) {
			break
		}
		if words > 0 && monthLike(word) {
			if _, _, isDate := dateAt(text, q, time.Time{}); isDate {
				break // "Md. March 3": the region ends where the date starts
			}
		}
		words++
		q = w
		if q < len(text) && text[q] == ' ' && q+1 < len(text) && text[q+1] != ' ' && !isSeparatorAt(text, q+1) && text[q+1] != '(' {
			// Another word may follow.
			if r, _ := utf8.DecodeRuneInString(text[q+1:]); unicode.IsLetter(r) {
				q++
				continue
			}
		}
		break
	}
	name := strings.TrimRight(text[p:q], " ")
	if words == 0 || len(name) > 40 || words > 1 && isParticle(lastWord(name)) {
		return "", p, false
	}
	return name, p + len(name), true
}

// monthLike reports whether a word in capitals or title case may open
// a date: it starts with the first three letters of a month ("Sept",
// "MARCH", "Dec."). Reading a date costs a tokenization, and almost
// every word of a text's line openings is no month.
func monthLike(w string) bool {
	if len(w) < 3 {
		return false
	}
	var b [3]byte
	for i := range b {
		b[i] = w[i] | 0x20 // ASCII lower case; other bytes match no month
	}
	switch string(b[:]) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// parenthesis reads "(name)" at byte p; it returns the name and the byte
// after ")".
func parenthesis(text string, p int) (string, int, bool) {
	close := strings.IndexByte(text[p:min(len(text), p+50)], ')')
	if close < 2 {
		return "", p, false
	}
	name := strings.TrimSpace(text[p+1 : p+close])
	if name == "" || strings.ContainsAny(name, "\n(") {
		return "", p, false
	}
	return name, p + close + 1, true
}

// separators end a dateline, longest first.
var separators = []string{"--", "—", "–", "-", ":", "_"}

func isSeparatorAt(text string, p int) bool {
	for _, s := range separators {
		if strings.HasPrefix(text[p:], s) && (p+len(s) == len(text) || text[p+len(s)] == ' ' || text[p+len(s)] == '\n') {
			return true
		}
	}
	return false
}

// separator reads the dash or colon that ends a dateline at byte q
// (after blank space), followed by a space or line end. It returns the
// byte after it, or q when there is none.
func separator(text string, q int) (int, bool) {
	r := skipBlank(text, q)
	for _, s := range separators {
		if strings.HasPrefix(text[r:], s) && (r+len(s) == len(text) || text[r+len(s)] == ' ' || text[r+len(s)] == '\n') {
			return r + len(s), true
		}
	}
	return q, false
}

// skipBlank skips spaces and tabs (not line breaks).
func skipBlank(text string, p int) int {
	for p < len(text) && (text[p] == ' ' || text[p] == '\t') {
		p++
	}
	return p
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether a name has letters and no lower-case ones
// (particles excepted: "RIO de JANEIRO" is rare, but allowed).
func isAllCaps(s string) bool {
	letters := 0
	for _, w := range strings.Fields(s) {
		if isParticle(w) && strings.ToLower(w) == w {
			continue
		}
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return letters > 1
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isParticle reports whether a word is a place-name particle ("de").
func isParticle(w string) bool {
	switch strings.ToLower(w) {
	case "de", "da", "do", "du", "des", "dos", "das", "del", "la", "le", "les", "el", "al", "au", "of", "es", "sur", "am", "an", "der", "di":
		return true
	}
	return false
}

// titleCase writes an all-caps name in title case ("NEW DELHI" → "New
// Delhi", "PORT-AU-PRINCE" → "Port-au-Prince", "DALLAS/FORT WORTH" →
// "Dallas/Fort Worth"); other names are kept.
func titleCase(s string) string {
	if !isAllCaps(s) {
		return s
	}
	var b strings.Builder
	first := true
	word := func(w string) {
		if w == "" {
			return
		}
		if !first && isParticle(w) {
			b.WriteString(strings.ToLower(w))
			return
		}
		r, size := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		b.WriteString(strings.ToLower(w[size:]))
	}
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		// Parts joined by hyphens or slashes are cased one by one.
		for w != "" {
			end := strings.IndexAny(w, "-/")
			if end < 0 {
				end = len(w)
			}
			word(w[:end])
			first = false
			if end < len(w) {
				b.WriteByte(w[end])
				end++
			}
			w = w[end:]
		}
	}
	return b.String()
}

// notCity lists the all-caps words that open headlines and kickers, not
// datelines ("BREAKING: ...", "UPDATE -").
var notCity = map[string]bool{
	"BREAKING": true, "BREAKING NEWS": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true,
	"ANALYSIS": true, "WATCH": true, "VIDEO": true, "PHOTOS": true, "LIVE": true, "OPINION": true,
	"EDITORIAL": true, "NOTE": true, "CORRECTION": true, "FACTBOX": true, "REFILE": true,
	"INTERVIEW": true, "COMMENT": true, "WARNING": true, "EDITOR'S NOTE": true, "FILE": true,
	"NEWS": true, "REPORT": true, "URGENT": true, "FLASH": true, "ALERT": true, "FEATURE": true,
}
