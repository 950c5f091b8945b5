package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// TestBatchWithAFailingArticle posts many articles at once (they are
// stored together) where one cannot be stored: it alone fails, with its
// reason, and the others are stored.
func TestBatchWithAFailingArticle(t *testing.T) {
	ts := newTestServer(t, nil)
	var arts []map[string]string
	for i := range 50 {
		text := fmt.Sprintf("FRAGOV 042 DEUGOV 2024-02-%02d\nArticle %d.", 1+i%28, i)
		if i == 17 {
			text = "FRAGOV 042 DEUGOV 2024-02-xx\nA date the store refuses."
		}
		arts = append(arts, map[string]string{"id": fmt.Sprintf("b%d", i), "text": text})
	}
	body, _ := json.Marshal(arts)
	code, resp := ts.do(t, "POST", "/api/articles", "application/json", string(body), token)
	if code != http.StatusInternalServerError {
		t.Errorf("status %d, want 500 for a batch with an article that could not be stored", code)
	}
	var ans postAnswer
	if err := json.Unmarshal([]byte(resp), &ans); err != nil {
		t.Fatal(err)
	}
	if len(ans.Articles) != 50 {
		t.Fatalf("%d results, want 50", len(ans.Articles))
	}
	for i, a := range ans.Articles {
		if failed := a.Error != ""; failed != (i == 17) || a.Stored == failed {
			t.Errorf("article %d: stored %v, error %q", i, a.Stored, a.Error)
		}
	}
	if !strings.Contains(ans.Articles[17].Error, `"b17"`) {
		t.Errorf("the error %q does not name the article", ans.Articles[17].Error)
	}
	if a, e := ts.counts(t); a != 49 || e != 49 {
		t.Errorf("store holds %d articles, %d events; want 49, 49", a, e)
	}
}
