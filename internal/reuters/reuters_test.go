package reuters

import (
	"strings"
	"testing"
	"time"
)

// sample is written for the test in the collection's format (it is not
// Reuters text).
const sample = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="7">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D><D>trade</D></TOPICS>
<TEXT>&#2;
<TITLE>PORT &lt;CITY&gt; REVIEW</TITLE>
<BODY>Rain fell in the caf` + "\xe9" + ` district &amp; the port.&#3;
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="8">
<DATE> 2-MAR-1987 09:10:11.00</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
<TITLE>SHORT ONE</TITLE></TEXT>
</REUTERS>
`

func TestParse(t *testing.T) {
	got, err := Parse("x.sgm", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d stories, want 2", len(got))
	}
	s := got[0]
	if s.ID != "7" || s.Title != "PORT <CITY> REVIEW" || strings.Join(s.Topics, ",") != "cocoa,trade" {
		t.Errorf("story %+v", s)
	}
	if s.Body != "Rain fell in the café district & the port." {
		t.Errorf("body %q", s.Body)
	}
	if !s.Date.Equal(time.Date(1987, 2, 26, 15, 1, 1, 0, time.UTC)) {
		t.Errorf("date %v", s.Date)
	}
	if s.Origin != "x.sgm:2" {
		t.Errorf("origin %q", s.Origin)
	}
	if got[1].Body != "" || got[1].Title != "SHORT ONE" || got[1].Date.Day() != 2 || len(got[1].Topics) != 0 {
		t.Errorf("second story %+v", got[1])
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\n<REUTERS NEWID=\"1\">", "x.sgm:2: <REUTERS> without </REUTERS>"},
		{"<REUTERS OLDID=\"1\"></REUTERS>", "x.sgm:1: <REUTERS> without NEWID"},
		{"<REUTERS NEWID=\"3\"><DATE>yesterday</DATE></REUTERS>", "story 3: date"},
	} {
		_, err := Parse("x.sgm", []byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestArticlesReadsRecordsAsCodeDoes(t *testing.T) {
	stories := []Story{
		{ID: "7", Title: "IRAN WARNS", Body: "Iran warned Iraq on Monday.", Date: time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC)},
		{ID: "8", Title: "TITLE ONLY", Body: "  "},
		{ID: "9", Title: "TALKS", Body: "Japan and the U.S. held talks."},
	}
	if got := stories[0].Record(); got["id"] != "reuters-7" || got["published"] != "1987-03-02" || got["source"] != "Reuters" {
		t.Errorf("Record: %v", got)
	}
	if _, dated := stories[2].Record()["published"]; dated {
		t.Errorf("an undated story's record has a published day")
	}
	arts, err := Articles(stories, func(id string) bool { return id != "reuters-9" })
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "reuters-7" || arts[0].Text != "Iran warned Iraq on Monday." || arts[0].Title != "IRAN WARNS" ||
		arts[0].Published.Format("2006-01-02") != "1987-03-02" {
		t.Fatalf("Articles: %d articles, first %+v", len(arts), arts)
	}
}
