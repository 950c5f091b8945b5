package nlp

import (
	"strings"
	"testing"
)

// benchNews is news-like text written for the benchmarks: datelines,
// quotes, abbreviations, numbers, hyphens, contractions and paragraphs.
var benchNews = strings.Repeat(`WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah el-Sisi in Cairo on Tuesday, the State Department said, as Washington pressed for a ceasefire in Gaza.
"We don't believe there's a military solution," Blinken told reporters after the two-hour meeting. "The parties must get back to the table."
Sisi's office said the talks covered "regional security, humanitarian aid and the $1.3 billion in annual U.S. military assistance" to Egypt.

NAIROBI, Kenya (AP) — Kenyan police fired tear gas at hundreds of protesters in Nairobi on Aug. 5, witnesses said. At least 12 people were injured, according to the Kenya Red Cross.
Opposition leader Raila Odinga, 78, called the crackdown "a disgrace" and said his supporters would return to the streets on Thursday… The government's spokesman, Isaac Mwaura, said the protests were illegal.

MOSCOW, March 3 (AFP) – Russia's Foreign Ministry summoned the French ambassador on Monday after Paris expelled two diplomats, the ministry said in a statement posted at 10:30 a.m. on its website, www.mid.ru.
Prices rose 3.5% in February, while the rouble fell to 92.45 per dollar; analysts at Sberbank CIB expect inflation of 7-8% this year.
Gen. Valery Gerasimov and Dr. Anna Popova weren't available for comment, and Mr. Peskov declined to elaborate.

`, 3)

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchNews)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Tokenize(benchNews))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkSplit(b *testing.B) {
	b.SetBytes(int64(len(benchNews)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Split(benchNews))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
