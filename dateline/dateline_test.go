package dateline

import (
	"testing"
	"time"

	"github.com/annalist/annalist/article"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// published is a Thursday.
var published = day(2024, time.February, 15)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		text                 string
		agency, city, region string
		date                 time.Time
		span                 string // text[Start:End]
	}{
		{"NEW DELHI (PTI) — The government said", "PTI", "New Delhi", "", time.Time{}, "NEW DELHI (PTI) —"},
		{"WASHINGTON (Reuters) - The U.S. Senate", "Reuters", "Washington", "", time.Time{}, "WASHINGTON (Reuters) -"},
		{"AFP, Nairobi : Kenyan police fired", "AFP", "Nairobi", "", time.Time{}, "AFP, Nairobi :"},
		{"MOSCOW, Sept 3 (Reuters) - Russia said", "Reuters", "Moscow", "", day(2023, 9, 3), "MOSCOW, Sept 3 (Reuters) -"},
		{"MOSCOW, Feb 3 (Reuters) - Russia said", "Reuters", "Moscow", "", day(2024, 2, 3), "MOSCOW, Feb 3 (Reuters) -"},
		{"(AP) — Police in Ohio", "AP", "", "", time.Time{}, "(AP) —"},
		{"LONDON, March 5, 2024 (AFP) -- Britain", "AFP", "London", "", day(2024, 3, 5), "LONDON, March 5, 2024 (AFP) --"},
		{"BEIRUT, Lebanon (AP) — Israeli jets", "AP", "Beirut", "Lebanon", time.Time{}, "BEIRUT, Lebanon (AP) —"},
		{"By John Smith\nPARIS (Reuters) - France", "Reuters", "Paris", "", time.Time{}, "PARIS (Reuters) -"},
		{"  \n\nKABUL, Afghanistan (AP) _ Taliban", "AP", "Kabul", "Afghanistan", time.Time{}, "KABUL, Afghanistan (AP) _"},
		{"UNITED NATIONS — The Security Council", "", "United Nations", "", time.Time{}, "UNITED NATIONS —"},
		{"ISLAMABAD: Pakistan's prime minister", "", "Islamabad", "", time.Time{}, "ISLAMABAD:"},
		{"New Delhi, Sep 3 (IANS) The Congress", "IANS", "New Delhi", "", day(2023, 9, 3), "New Delhi, Sep 3 (IANS)"},
		{"DUBAI, 3rd February, 2024 (WAM) -- The UAE", "WAM", "Dubai", "", day(2024, 2, 3), "DUBAI, 3rd February, 2024 (WAM) --"},
		{"PORT-AU-PRINCE, Haiti (AP) — Gangs", "AP", "Port-au-Prince", "Haiti", time.Time{}, "PORT-AU-PRINCE, Haiti (AP) —"},
		{"ST. PETERSBURG (Reuters) - Putin", "Reuters", "St. Petersburg", "", time.Time{}, "ST. PETERSBURG (Reuters) -"},
		{"RIO DE JANEIRO (Reuters) - Brazil", "Reuters", "Rio de Janeiro", "", time.Time{}, "RIO DE JANEIRO (Reuters) -"},
		{"Nairobi (AFP) - Kenya's president", "AFP", "Nairobi", "", time.Time{}, "Nairobi (AFP) -"},
		{"ANKARA (Anadolu Agency) - Turkey", "Anadolu", "Ankara", "", time.Time{}, "ANKARA (Anadolu Agency) -"},
		{"SEOUL, Feb. 14 (Yonhap) -- North Korea", "Yonhap", "Seoul", "", day(2024, 2, 14), "SEOUL, Feb. 14 (Yonhap) --"},
		{"WASHINGTON (AP/Reuters) - Congress", "AP", "Washington", "", time.Time{}, "WASHINGTON (AP/Reuters) -"},
		{"Reuters, LONDON, Feb 12 - Britain", "Reuters", "London", "", day(2024, 2, 12), "Reuters, LONDON, Feb 12 -"},
		{"(CNN) President Biden", "CNN", "", "", time.Time{}, "(CNN)"},
		{"Toronto, Feb 12 - Canada's", "", "Toronto", "", day(2024, 2, 12), "Toronto, Feb 12 -"},
		{"WILMINGTON, Del, Feb 12 - DuPont", "", "Wilmington", "Del", day(2024, 2, 12), "WILMINGTON, Del, Feb 12 -"},
		{"COLUMBIA, Md. Feb 12 -\n  The", "", "Columbia", "Md.", day(2024, 2, 12), "COLUMBIA, Md. Feb 12 -"},
		{"DALLAS/FORT WORTH, Texas (Reuters) - American", "Reuters", "Dallas/Fort Worth", "Texas", time.Time{}, "DALLAS/FORT WORTH, Texas (Reuters) -"},
	} {
		d, ok := Parse(c.text, published)
		if !ok {
			t.Errorf("Parse(%q): no dateline", c.text)
			continue
		}
		if d.Agency != c.agency || d.City != c.city || d.Region != c.region || !d.Date.Equal(c.date) {
			t.Errorf("Parse(%q) = agency %q city %q region %q date %v, want %q %q %q %v",
				c.text, d.Agency, d.City, d.Region, d.Date, c.agency, c.city, c.region, c.date)
		}
		if got := c.text[d.Start:d.End]; got != c.span {
			t.Errorf("Parse(%q) span = %q, want %q", c.text, got, c.span)
		}
	}
}

func TestParseRejectsSentenceStarts(t *testing.T) {
	for _, text := range []string{
		"THE PRESIDENT said on Monday that",
		"The President said on Monday that",
		"President Biden (pictured) said",
		"BREAKING: Earthquake hits Turkey",
		"Kenya - a country in East Africa - held",
		"US President Joe Biden - who met",
		"Police (in riot gear) fired",
		"Paris, the French capital, is",
		"NATO allies met in Brussels",
		"A - B testing",
		"Reuters reported that the talks",
		"AFP, citing sources, said",
		"",
		"WASHINGTON",
		"Q: Why did you go?",
		"NG: This study started in 1982",
		"Toronto - the city",
	} {
		if d, ok := Parse(text, published); ok {
			t.Errorf("Parse(%q) = %+v, want no dateline", text, d)
		}
	}
}

func TestParseWithoutPublicationDate(t *testing.T) {
	d, ok := Parse("MOSCOW, Sept 3 (Reuters) - Russia", time.Time{})
	if !ok || d.Agency != "Reuters" || !d.Date.IsZero() || d.City != "Moscow" {
		t.Errorf("no year, no publication date: got %+v %v, want Moscow/Reuters with zero date", d, ok)
	}
	d, ok = Parse("LONDON, March 5, 2024 (AFP) -- Britain", time.Time{})
	if !ok || !d.Date.Equal(day(2024, 3, 5)) {
		t.Errorf("full date, no publication date: got %+v %v, want 2024-03-05", d, ok)
	}
}

func TestAgency(t *testing.T) {
	for in, want := range map[string]string{
		"The Associated Press": "AP", "Agence France-Presse": "AFP", "AFP-JIJI": "AFP",
		"Press Trust of India": "PTI", "ITAR-TASS": "TASS", "Xinhua News Agency": "Xinhua",
		"dpa": "dpa", "DPA": "dpa", "Reuters/AP": "Reuters", "Kyodo News": "Kyodo",
	} {
		if got, ok := Agency(in); !ok || got != want {
			t.Errorf("Agency(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := Agency("The Herald"); ok {
		t.Errorf("Agency(The Herald) = %q, want unknown", got)
	}
}

func TestReports(t *testing.T) {
	afp := "NAIROBI, Feb 14 (AFP) - Kenyan police fired tear gas on Wednesday.\nProtesters fled.\n\n"
	reu := "By Jane Doe\nKAMPALA (Reuters) - Uganda's president spoke on Tuesday.\n"
	lead := "World news roundup\n\n"
	text := lead + afp + reu
	got := Reports(text, published)
	if len(got) != 3 {
		t.Fatalf("Reports: %d reports, want 3: %+v", len(got), got)
	}
	want := []struct {
		start, end int
		agency     string
		dated      bool
	}{
		{0, len(lead), "", false},
		{len(lead), len(lead + afp), "AFP", true},
		{len(lead + afp), len(text), "Reuters", true},
	}
	for i, w := range want {
		r := got[i]
		if r.Start != w.start || r.End != w.end || r.HasDateline != w.dated || r.Dateline.Agency != w.agency {
			t.Errorf("report %d = [%d,%d) %q dated=%v, want [%d,%d) %q dated=%v",
				i, r.Start, r.End, r.Dateline.Agency, r.HasDateline, w.start, w.end, w.agency, w.dated)
		}
	}
	if d := got[1].Dateline; !d.Date.Equal(day(2024, 2, 14)) || text[d.Start:d.End] != "NAIROBI, Feb 14 (AFP) -" {
		t.Errorf("AFP dateline = %+v (%q)", d, text[d.Start:d.End])
	}
	if d := got[2].Dateline; text[d.Start:d.End] != "KAMPALA (Reuters) -" {
		t.Errorf("Reuters dateline span = %q", text[d.Start:d.End])
	}

	if got := Reports("Just a story.\nWith two lines.", published); len(got) != 1 || got[0].HasDateline || got[0].End != 29 {
		t.Errorf("Reports without datelines = %+v, want one undated report over the text", got)
	}
	if got := Reports(" \n ", published); got != nil {
		t.Errorf("Reports of blank text = %+v, want none", got)
	}
}

func TestSource(t *testing.T) {
	for _, c := range []struct {
		a    article.Article
		want string
	}{
		{article.Article{Text: "WASHINGTON (AP) — Congress", Source: "Yahoo News"}, "AP"},
		{article.Article{Text: "Congress voted.", Source: "Yahoo News", URL: "https://news.yahoo.com/x"}, "Yahoo News"},
		{article.Article{Text: "Congress voted.", URL: "https://www.bbc.co.uk/news/1"}, "bbc.co.uk"},
		{article.Article{Text: "Congress voted."}, ""},
	} {
		if got := Source(&c.a); got != c.want {
			t.Errorf("Source(%q) = %q, want %q", c.a.Text, got, c.want)
		}
	}
}

func TestMonthLike(t *testing.T) {
	for w, want := range map[string]bool{
		"Sept": true, "MARCH": true, "Dec.": true, "may": true, "Jan": true,
		"Ma": false, "Marrakesh": true, "Lebanon": false, "Calif.": false, "": false, "Ñoño": false,
	} {
		if got := monthLike(w); got != want {
			t.Errorf("monthLike(%q) = %v, want %v", w, got, want)
		}
	}
}
