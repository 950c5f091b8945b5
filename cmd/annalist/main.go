// Command annalist turns news into political event data in the CAMEO
// scheme: who did what to whom, when and where, with the evidence for
// every record.
//
// Each subcommand lives in its own file and registers itself in init.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// env is what a subcommand may touch: its arguments and standard streams.
// Subcommands take it instead of using os directly so tests can run them.
type env struct {
	Args   []string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// command is one subcommand. run returns the process exit status:
// 0 success, 1 some input was skipped or failed, 2 usage error.
type command struct {
	summary string
	run     func(e *env) int
}

var commands = map[string]command{}

func register(name, summary string, run func(e *env) int) {
	commands[name] = command{summary, run}
}

func main() {
	stop, err := startProfiles()
	if err != nil {
		fmt.Fprintln(os.Stderr, "annalist:", err)
		os.Exit(1)
	}
	code := runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if err := stop(); err != nil {
		fmt.Fprintln(os.Stderr, "annalist:", err)
	}
	os.Exit(code)
}

func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "annalist: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(&env{Args: args[1:], Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "annalist turns news into CAMEO event data.\n\nUsage: annalist COMMAND [flags] [INPUT...]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'annalist COMMAND -h' for a command's flags.")
}
