package shared

import "github.com/annalist/annalist/article"

// Wikinews reads the 171 Wikinews 2019 articles through annalist's own CSV
// reader, as `annalist code` would, for evaluations and benchmarks. An
// article's ID is its URL (the gold set keys articles by URL). Any read
// error fails the test: the file is known to be clean.
func Wikinews(t TB) []*article.Article {
	t.Helper()
	path := MustPath(t, "news", "wikinews", "wikinews_2019.csv")
	var out []*article.Article
	for a, err := range article.Read([]string{path}, nil, article.Options{}) {
		if err != nil {
			t.Fatalf("%v", err)
		}
		a.ID = a.URL
		out = append(out, a)
	}
	return out
}
