// Command-line faults: interrupts, the strict flag, usage on a usage error.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
)

// exitInterrupted is the shell's code for a command stopped by Ctrl-C.
const exitInterrupted = 130

// interruptible returns a context cancelled by Ctrl-C or SIGTERM, and
// the function that stops listening. Work in progress stops by itself at
// once (every long loop checks the context); if it has not returned
// within grace, or at a second signal, the temporary files being written
// are removed and the process exits 130 there and then. Finished editions
// stay either way.
func interruptible(stderr io.Writer) (context.Context, func()) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
		case <-done:
			return
		}
		cancel()
		select {
		case <-sigs:
		case <-time.After(grace):
		case <-done:
			return // run stopped and reports it
		}
		build.RemoveTemporaryFiles()
		fmt.Fprintln(stderr, "publish: interrupted; the editions being written were removed")
		os.Exit(exitInterrupted)
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
}

// grace is how long work may take to stop by itself after a signal.
const grace = 50 * time.Millisecond

// strictFlag makes a missing or remote image an error (epub, pdf, build).
func strictFlag() cli.Flag {
	return &cli.BoolFlag{Name: "strict", Usage: "refuse placeholders: a missing or remote image is an error"}
}

// printUsage prints the usage of the command named in args (the first
// argument that names one), or points at --help.
func printUsage(w io.Writer, app *cli.App, args []string) {
	for _, a := range args[1:] {
		cmd := app.Command(a)
		if cmd == nil {
			continue
		}
		fmt.Fprintf(w, "usage: publish %s [options] %s\n", cmd.Name, cmd.ArgsUsage)
		for _, f := range cmd.Flags {
			fmt.Fprintf(w, "  %s\n", f)
		}
		return
	}
	fmt.Fprintln(w, "Run 'publish --help' for usage.")
}
