//go:build eval

package actor

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
)

// TestEvalPetrarchCountries checks the built-in dictionary against the
// country names PETRARCH's Phoenix dictionary codes: each primary name
// ("RUSSIAN_FEDERATION_ [RUS]"), written in title case, must be found
// whole and given the same code.
func TestEvalPetrarchCountries(t *testing.T) {
	path := shared.MustPath(t, "petrarch", "Phoenix.Countries.actors.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := Default()
	total, agree := 0, 0
	var misses []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		open := strings.Index(line, "[")
		if open < 0 || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "+") || strings.HasPrefix(line, "\t") {
			continue
		}
		code := strings.TrimSuffix(strings.TrimSpace(line[open+1:]), "]")
		if len(code) != 3 {
			continue
		}
		name := titleCase(strings.ReplaceAll(strings.TrimSpace(line[:open]), "_", " "))
		total++
		toks := nlp.Tokenize(name)
		ms := d.Find(toks, time.Time{})
		if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(toks) && ms[0].Code == code {
			agree++
		} else {
			misses = append(misses, name+" ["+code+"]")
		}
	}
	rate := float64(agree) / float64(total)
	t.Logf("PETRARCH country names coded alike: %d/%d = %.1f%%", agree, total, 100*rate)
	t.Logf("misses: %s", strings.Join(misses, "; "))
	if rate < 0.90 {
		t.Errorf("agreement with PETRARCH country names %.1f%%, bar 90%%", 100*rate)
	}
}

func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		switch w {
		case "of", "the", "and":
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// TestEvalWikinews runs Find over the 2019 Wikinews articles and reports
// how densely it finds actors; political news nearly always names one.
func TestEvalWikinews(t *testing.T) {
	d := Default()
	articles, withCountry, tokens, mentions := 0, 0, 0, 0
	codes := map[string]int{}
	kinds := map[Kind]int{}
	for _, a := range shared.Wikinews(t) {
		date := a.Published
		articles++
		has := false
		for _, s := range nlp.Split(a.Text) {
			tokens += len(s.Tokens)
			for _, m := range d.Find(s.Tokens, date) {
				mentions++
				codes[m.Code]++
				kinds[m.Kind]++
				if m.Country != "" {
					has = true
				}
			}
		}
		if has {
			withCountry++
		}
	}
	type kv struct {
		k string
		n int
	}
	var top []kv
	for k, n := range codes {
		top = append(top, kv{k, n})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].k < top[j].k })
	if len(top) > 20 {
		top = top[:20]
	}
	share := float64(withCountry) / float64(articles)
	t.Logf("%d articles, %d tokens, %d mentions (%.1f per 1000 tokens); %d articles (%.1f%%) name a country's actor",
		articles, tokens, mentions, 1000*float64(mentions)/float64(tokens), withCountry, 100*share)
	t.Logf("by kind: %v", kinds)
	t.Logf("top codes: %v", top)
	if share < 0.90 {
		t.Errorf("%.1f%% of articles name a country's actor, bar 90%%", 100*share)
	}
}
