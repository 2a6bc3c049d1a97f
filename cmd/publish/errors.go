// Command-line faults: interrupts, the strict flag, usage on a usage error.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

// exitInterrupted is the shell's code for a command stopped by Ctrl-C.
const exitInterrupted = 130

// interruptible returns a context cancelled by Ctrl-C or SIGTERM. Work in
// progress then stops: finished editions stay, the unfinished ones'
// temporary files are removed. A second Ctrl-C kills at once.
func interruptible() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	return ctx, stop
}

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
