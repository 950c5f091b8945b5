package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/annalist/annalist/event"
)

// hub fans newly stored events out to the live streams. A subscriber
// that does not keep up loses events rather than slowing ingest down;
// the loss is counted in the metrics.
type hub struct {
	mu      sync.Mutex
	subs    map[chan []byte]struct{}
	closed  bool
	dropped func()
}

const subscriberBuffer = 256

func newHub() *hub { return &hub{subs: map[chan []byte]struct{}{}} }

func (h *hub) subscribe() (chan []byte, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, false
	}
	ch := make(chan []byte, subscriberBuffer)
	h.subs[ch] = struct{}{}
	return ch, true
}

func (h *hub) unsubscribe(ch chan []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.subs[ch]; ok {
		delete(h.subs, ch)
		close(ch)
	}
}

// publish sends e, as one server-sent event, to every subscriber.
func (h *hub) publish(e *event.Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.subs) == 0 {
		return
	}
	data, err := json.Marshal(e)
	if err != nil {
		return
	}
	msg := fmt.Appendf(nil, "id: %s\nevent: event\ndata: %s\n\n", e.ID, data)
	for ch := range h.subs {
		select {
		case ch <- msg:
		default:
			if h.dropped != nil {
				h.dropped()
			}
		}
	}
}

// close ends every stream, and refuses new ones.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.subs {
		delete(h.subs, ch)
		close(ch)
	}
}

func (s *Server) subscribers() int {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	return len(s.hub.subs)
}

// keepAlive is how often an idle stream gets a comment line, so that
// proxies and clients see the connection is alive.
var keepAlive = 15 * time.Second

// stream serves server-sent events: one "event" per newly stored event,
// its data the event's JSON record.
func (s *Server) stream(w http.ResponseWriter, r *http.Request) {
	ch, ok := s.hub.subscribe()
	if !ok {
		writeError(w, http.StatusServiceUnavailable, ErrShuttingDown.Error())
		return
	}
	defer s.hub.unsubscribe(ch)
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{}) // a stream outlives the server's write timeout
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, ": annalist event stream\n\n")
	if rc.Flush() != nil {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		var msg []byte
		select {
		case <-r.Context().Done():
			return
		case m, ok := <-ch:
			if !ok {
				return // server shutting down
			}
			msg = m
		case <-tick.C:
			msg = []byte(": keep-alive\n\n")
		}
		if _, err := w.Write(msg); err != nil {
			return
		}
		if rc.Flush() != nil {
			return
		}
	}
}
