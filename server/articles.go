package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
)

// articleResult is what became of one posted article.
type articleResult struct {
	ID     string        `json:"id"`
	Stored bool          `json:"stored"` // false: already stored (same id or same text), nothing added
	Events []event.Event `json:"events"` // the events coded from it
	Error  string        `json:"error,omitempty"`
}

type postAnswer struct {
	Articles []articleResult `json:"articles"`
	Events   int             `json:"events"` // events coded, over all articles
}

// itemError names a bad item of a posted batch.
type itemError struct {
	Item  int    `json:"item"` // from 1, in the order posted
	Error string `json:"error"`
}

func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" && mt != "application/x-ndjson" {
		writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf(
			"Content-Type %q not accepted: send application/json (an article or an array) or application/x-ndjson (one article per line)",
			r.Header.Get("Content-Type")))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body exceeds the %d-byte limit; post fewer articles per request", s.cfg.MaxBody))
		return
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "reading the request body: "+err.Error())
		return
	}
	lines := body
	if mt == "application/json" {
		if lines, err = jsonToLines(body); err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
	}
	arts, bad := readArticles(lines)
	if len(bad) > 0 {
		writeJSON(w, http.StatusBadRequest, apiError{
			Error: fmt.Sprintf("%d of the posted items are not valid articles; nothing was stored", len(bad)),
			Items: bad,
		})
		return
	}
	if len(arts) == 0 {
		writeError(w, http.StatusBadRequest, "no articles in the request body")
		return
	}
	if len(arts) > MaxArticlesPerRequest {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%d articles in one request; at most %d", len(arts), MaxArticlesPerRequest))
		return
	}
	s.code(w, r, arts)
}

// code queues the articles and answers with what became of them. Once
// queued, an article is coded and stored even if the client goes away.
func (s *Server) code(w http.ResponseWriter, r *http.Request, arts []*article.Article) {
	waits := make([]<-chan outcome, 0, len(arts))
	for _, a := range arts {
		ch, err := s.ingest.submit(r.Context(), a, true)
		if err != nil {
			if errors.Is(err, ErrShuttingDown) {
				writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("%v (%d of %d articles were accepted before)", err, len(waits), len(arts)))
			}
			// Accepted articles still get stored; a client that went away reads nothing.
			return
		}
		waits = append(waits, ch)
	}
	ans := postAnswer{Articles: make([]articleResult, len(arts))}
	status := http.StatusOK
	for i, ch := range waits {
		o := <-ch
		res := articleResult{ID: arts[i].ID, Stored: o.Stored, Events: o.Events}
		if res.Events == nil {
			res.Events = []event.Event{}
		}
		if o.Err != nil {
			res.Error = o.Err.Error()
			status = http.StatusInternalServerError
		}
		ans.Events += len(o.Events)
		ans.Articles[i] = res
	}
	writeJSON(w, status, ans)
}

// jsonToLines turns a JSON article or array of articles into JSON Lines,
// the form the article reader takes.
func jsonToLines(body []byte) ([]byte, error) {
	t := bytes.TrimLeft(body, " \t\r\n")
	if len(t) == 0 {
		return nil, errors.New("empty request body")
	}
	var items []json.RawMessage
	if t[0] == '[' {
		if err := json.Unmarshal(t, &items); err != nil {
			return nil, fmt.Errorf("malformed JSON: %s", jsonErr(err))
		}
	} else {
		var one json.RawMessage
		if err := json.Unmarshal(t, &one); err != nil {
			return nil, fmt.Errorf("malformed JSON: %s", jsonErr(err))
		}
		items = []json.RawMessage{one}
	}
	var out bytes.Buffer
	for i, it := range items {
		if len(it) == 0 || it[0] != '{' {
			return nil, fmt.Errorf("item %d: want a JSON object (an article), got %.20s", i+1, it)
		}
		if err := json.Compact(&out, it); err != nil {
			return nil, fmt.Errorf("item %d: %v", i+1, err)
		}
		out.WriteByte('\n')
	}
	return out.Bytes(), nil
}

func jsonErr(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	return err.Error()
}

// readArticles reads JSON Lines articles with the article package's
// reader, so posted articles obey the same rules as files: "text"
// required, valid UTF-8, dates in the common forms (today when absent).
// Blank lines are skipped without counting as items.
func readArticles(lines []byte) ([]*article.Article, []itemError) {
	var arts []*article.Article
	var bad []itemError
	if len(bytes.TrimSpace(lines)) == 0 {
		return nil, nil
	}
	// The reader guesses the format from the first byte; anything but an
	// object there would be read as plain text.
	if first, _, _ := bytes.Cut(bytes.TrimLeft(lines, " \t\r\n"), []byte("\n")); first[0] != '{' {
		return nil, []itemError{{Item: 1, Error: fmt.Sprintf("want a JSON object (an article), got %.20q", first)}}
	}
	today := time.Now().UTC().Truncate(24 * time.Hour)
	opt := article.Options{Date: today}
	item := 0
	for a, err := range article.Read([]string{"-"}, bytes.NewReader(lines), opt) {
		item++
		if err != nil {
			bad = append(bad, itemError{Item: lineOf(err, item), Error: reason(err)})
			continue
		}
		a.Origin = "POST /api/articles item " + strconv.Itoa(lineOf(&article.Error{Origin: a.Origin}, item))
		arts = append(arts, a)
	}
	return arts, bad
}

// lineOf recovers the line number from a reader error's origin ("-:3").
func lineOf(err error, def int) int {
	var ae *article.Error
	if errors.As(err, &ae) {
		if _, n, ok := strings.Cut(ae.Origin, ":"); ok {
			if k, err := strconv.Atoi(n); err == nil {
				return k
			}
		}
	}
	return def
}

func reason(err error) string {
	var ae *article.Error
	if errors.As(err, &ae) {
		return ae.Err.Error()
	}
	return err.Error()
}
