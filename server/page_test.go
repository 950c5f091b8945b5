package server

import (
	"reflect"
	"testing"

	"github.com/annalist/annalist/event"
)

// TestPageHoldsTheStoredEvents checks that a page, written from the stored
// records without decoding them, holds the same events as the event
// endpoint, with and without a bounding box.
func TestPageHoldsTheStoredEvents(t *testing.T) {
	ts := newTestServer(t, nil)
	postCorpus(t, ts)
	for _, path := range []string{"/api/events", "/api/events?bbox=-180,-90,180,90&limit=1"} {
		var page eventPage
		ts.getJSON(t, path, &page)
		if len(page.Events) == 0 {
			t.Fatalf("%s: no events", path)
		}
		for _, e := range page.Events {
			var one event.Event
			ts.getJSON(t, "/api/events/"+e.ID, &one)
			if !reflect.DeepEqual(e, &one) {
				t.Errorf("%s: event %s differs from /api/events/%s:\n%+v\n%+v", path, e.ID, e.ID, e, &one)
			}
		}
		if want := path != "/api/events"; (page.Next != nil) != want {
			t.Errorf("%s: next %v, want a next page: %v", path, page.Next, want)
		}
	}
}
