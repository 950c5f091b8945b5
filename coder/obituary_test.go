package coder

import (
	"slices"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
)

// TestObituaryLifeStory codes the same words under a news title and under
// an obituary's: the life story of the person whose death the title
// reports, what they did and what others did to make it, is no news,
// while what others say of them still is.
func TestObituaryLifeStory(t *testing.T) {
	text := "Mikhail Gorbachev met Ronald Reagan in Geneva. Vladimir Putin praised Mikhail Gorbachev. Ronald Reagan invited Mikhail Gorbachev to Washington."
	code := func(title string) []string {
		return codeArticle(Default(), &article.Article{ID: "t", Title: title, Text: text, Published: time.Date(2022, 8, 31, 0, 0, 0, 0, time.UTC)})
	}
	news := code("Gorbachev and Reagan remembered")
	obit := code("Former Soviet leader Mikhail Gorbachev dies aged 91")
	t.Logf("news title: %v; obituary title: %v", news, obit)
	if len(news) != 3 {
		t.Fatalf("news title: got %v, want the meeting, the praise and the invitation", news)
	}
	if want := news[1:2]; !slices.Equal(obit, want) {
		t.Errorf("obituary title: got %v, want only %v (the praise)", obit, want)
	}
}

// TestObituaryNames tells the titles that report a death.
func TestObituaryNames(t *testing.T) {
	for _, tc := range []struct {
		title string
		name  string
		want  bool
	}{
		{"Radio host Don Imus dies aged 79", "Imus", true},
		{"Singer-songwriter Robert Hunter dies, aged 78", "Hunter", true},
		{"Former president passes away in Lagos", "president", true},
		{"US President Trump announces troop withdrawal from Syria", "Trump", false},
		{"At least seven die as bus overturns", "seven", false},
	} {
		if got := obituaryNames(tc.title)[tc.name]; got != tc.want {
			t.Errorf("obituaryNames(%q)[%q] = %v, want %v", tc.title, tc.name, got, tc.want)
		}
	}
}
