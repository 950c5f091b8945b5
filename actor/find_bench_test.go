package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/nlp"
)

// benchText is news-like prose with the usual density of actors.
const benchText = `French President Emmanuel Macron flew to Berlin on Wednesday for talks with German Chancellor Olaf Scholz, the Elysee said.
Israeli troops clashed with Palestinian protesters near Ramallah, police said, as the UN called for calm.
Chinese state media reported that Beijing would send its foreign minister to Moscow next week for talks with the Kremlin.
Turkey's president said the country would not accept new sanctions from the European Union or the United States.
Rebels attacked a village in the east of DR Congo on Sunday, killing at least twelve civilians, a local official told reporters.
The World Health Organization warned that the outbreak could spread to neighbouring countries unless governments acted quickly.
Lawmakers in the U.K. parliament voted late on Tuesday to approve the bill after a long debate over its cost to taxpayers.`

// BenchmarkFind measures Find on tokenized sentences; tokens/s is the
// figure to watch (the bar is 1,000,000).
func BenchmarkFind(b *testing.B) {
	d := Default()
	var sents [][]nlp.Token
	ntok := 0
	for _, line := range strings.Split(benchText, "\n") {
		toks := nlp.Tokenize(line)
		sents = append(sents, toks)
		ntok += len(toks)
	}
	date := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			d.Find(s, date)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
