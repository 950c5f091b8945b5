package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// signalContext is cancelled on the first SIGINT or SIGTERM, so long runs
// stop cleanly: the work in hand is finished and what was written or
// stored stays consistent. Draining can take a while on a big batch, so a
// second signal quits at once, as users of command-line tools expect.
// The returned stop releases the signals; call it when the run is over.
func signalContext() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go watchSignals(signals, done, cancel, os.Stderr, os.Exit)
	var once sync.Once
	return ctx, func() {
		once.Do(func() {
			signal.Stop(signals)
			close(done)
			cancel()
		})
	}
}

// watchSignals cancels the run on the first signal from signals and calls
// exit on the second, with the shell's status for a death by that signal
// (128 + its number). It returns when done is closed.
func watchSignals(signals <-chan os.Signal, done <-chan struct{}, cancel func(), stderr io.Writer, exit func(int)) {
	select {
	case <-signals:
		cancel()
	case <-done:
		return
	}
	fmt.Fprintln(stderr, "annalist: stopping after the work in hand; signal again to quit now")
	select {
	case s := <-signals:
		fmt.Fprintln(stderr, "annalist: quitting at once")
		exit(signalStatus(s))
	case <-done:
	}
}

// signalStatus is the exit status a shell reports for a process killed by
// s: 128 plus the signal's number (130 for SIGINT, 143 for SIGTERM).
func signalStatus(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 1
}
