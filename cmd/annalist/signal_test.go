package main

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWatchSignalsSecondQuits checks the two-stage stop: the first signal
// cancels the run and says how to quit at once; the second exits with the
// status of a death by that signal.
func TestWatchSignalsSecondQuits(t *testing.T) {
	signals := make(chan os.Signal, 2)
	done := make(chan struct{})
	cancelled := make(chan struct{})
	exited := make(chan int, 1)
	var stderr strings.Builder
	finished := make(chan struct{})
	go func() {
		watchSignals(signals, done, func() { close(cancelled) }, &stderr, func(code int) { exited <- code })
		close(finished)
	}()
	signals <- syscall.SIGTERM
	select {
	case <-cancelled:
	case <-time.After(10 * time.Second):
		t.Fatal("first signal did not cancel the run")
	}
	signals <- syscall.SIGINT
	select {
	case code := <-exited:
		if code != 130 {
			t.Errorf("exit status %d after SIGINT, want 130", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second signal did not quit")
	}
	<-finished
	if !strings.Contains(stderr.String(), "signal again to quit now") {
		t.Errorf("stderr %q does not say how to quit at once", stderr.String())
	}
}

// TestWatchSignalsDoneBeforeSignal checks that a run that ends on its own
// releases the watcher without cancelling or exiting.
func TestWatchSignalsDoneBeforeSignal(t *testing.T) {
	signals := make(chan os.Signal, 2)
	done := make(chan struct{})
	var stderr strings.Builder
	finished := make(chan struct{})
	go func() {
		watchSignals(signals, done, func() { t.Error("cancelled without a signal") }, &stderr, func(int) { t.Error("exited without a signal") })
		close(finished)
	}()
	close(done)
	<-finished
	if stderr.Len() != 0 {
		t.Errorf("stderr %q, want nothing", stderr.String())
	}
}

func TestSignalStatus(t *testing.T) {
	if got := signalStatus(syscall.SIGTERM); got != 143 {
		t.Errorf("SIGTERM status %d, want 143", got)
	}
}
