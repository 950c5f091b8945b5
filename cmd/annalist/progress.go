package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress draws a one-line status (articles, events, rate) on a terminal,
// at most five times a second. On anything else it draws nothing.
type progress struct {
	w        io.Writer
	on       bool
	start    time.Time
	last     time.Time
	articles int
	events   int
	mu       sync.Mutex
}

func newProgress(w io.Writer) *progress {
	return &progress{w: w, on: isTerminal(w), start: time.Now()}
}

func (p *progress) add(articles, events int) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.articles += articles
	p.events += events
	if now := time.Now(); now.Sub(p.last) > 200*time.Millisecond {
		p.last = now
		p.draw()
	}
}

func (p *progress) draw() {
	secs := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\033[K%d articles  %d events  %.0f articles/s", p.articles, p.events, float64(p.articles)/max(secs, 1e-9))
}

func (p *progress) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	fmt.Fprintln(p.w)
}
