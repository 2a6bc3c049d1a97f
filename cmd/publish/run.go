package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/cpus"
	"publish/internal/diag"
)

// Exit codes, documented in the README.
const (
	exitOK    = 0
	exitBuild = 1 // a build or check failed
	exitUsage = 2 // the command line is wrong
)

// usageError marks mistakes in the command line; they exit with exitUsage.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// run is the whole command; main only exits with its result. Ctrl-C
// cancels the context that every write checks.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := interruptible(stderr)
	defer stop()
	return runContext(ctx, args, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var notFound string
	app := newApp(stdout, stderr)
	app.CommandNotFound = func(c *cli.Context, name string) { notFound = name }
	err := app.RunContext(ctx, args)
	if notFound != "" {
		fmt.Fprintf(stderr, "publish: unknown command %q\n\n", notFound)
		cli.ShowAppHelp(cli.NewContext(app, nil, nil))
		return exitUsage
	}
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "publish: %v\n", err)
		printUsage(stderr, app, args)
		return exitUsage
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "publish: interrupted: %v\n", err)
		return exitInterrupted
	}
	fmt.Fprintf(stderr, "publish: %v\n", err)
	return exitBuild
}

func newApp(stdout, stderr io.Writer) *cli.App {
	onUsage := func(c *cli.Context, err error, isSubcommand bool) error {
		return usagef("%v", err)
	}
	app := &cli.App{
		Name:    "publish",
		Usage:   "build EPUB and PDF editions of an article, with full metadata and credits",
		Version: build.Version,
		Writer:  stdout, ErrWriter: stderr,
		HideHelpCommand: true,
		OnUsageError:    onUsage,
		ExitErrHandler:  func(*cli.Context, error) {}, // run maps errors to exit codes
		Flags:           []cli.Flag{quietFlag()},
		Commands: []*cli.Command{
			epubCommand(onUsage),
			pdfCommand(onUsage),
			buildCommand(onUsage),
			checkCommand(onUsage),
			importCommand(onUsage),
		},
	}
	// --quiet works before the command and after it (publish build -q).
	for _, cmd := range app.Commands {
		cmd.Flags = append(cmd.Flags, quietFlag())
	}
	return app
}

func quietFlag() cli.Flag {
	return &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "do not print warnings"}
}

// quiet reports whether --quiet was given before or after the command:
// each level of the command line has its own flag.
func quiet(c *cli.Context) bool {
	for _, x := range c.Lineage() {
		if x.Bool("quiet") {
			return true
		}
	}
	return false
}

// manuscriptArgs returns the positional arguments, refusing flags that
// come after them: urfave/cli stops reading flags at the first argument.
func manuscriptArgs(c *cli.Context, max int) ([]string, error) {
	args := c.Args().Slice()
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		if takesValue(c.Command, a) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(flags) > 0 {
		return nil, usagef("flags go before the manuscript: publish %s %s %s", c.Command.Name, strings.Join(flags, " "), strings.Join(rest, " "))
	}
	if max > 0 && len(args) > max {
		return nil, usagef("%s takes one manuscript, got %d: %s", c.Command.Name, len(args), strings.Join(args, " "))
	}
	return args, nil
}

// takesValue reports whether arg names a flag of cmd that needs a value.
func takesValue(cmd *cli.Command, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			if n == name {
				_, isBool := f.(*cli.BoolFlag)
				return !isBool
			}
		}
	}
	return false
}

// edition is one kind of output: its file extension and its writer.
type edition struct {
	ext   string
	write func(io.Writer, *build.Manuscript, build.Options) error
}

// single builds one edition of at most one manuscript (epub, pdf).
func single(c *cli.Context, ed edition) error {
	args, err := manuscriptArgs(c, 1)
	if err != nil {
		return err
	}
	src := ""
	if len(args) == 1 {
		src = args[0]
	}
	opt, err := options(c)
	if err != nil {
		return err
	}
	cpus.Acquire() // the build's helpers take the other CPUs
	defer cpus.Release()
	m, err := load(c, src, ed)
	if err != nil {
		return err
	}
	out := c.String("out")
	if out == "" {
		out = filepath.Join("dist", m.Slug()+ed.ext)
	}
	return writeEdition(c, m, ed, out, opt)
}

// options gathers what every edition needs from the environment and from
// the flags of the command being run.
func options(c *cli.Context) (build.Options, error) {
	t, err := build.SourceDate()
	if err != nil {
		return build.Options{}, usagef("%v", err)
	}
	return build.Options{Time: t, EPUB: epubOptions(c), PDF: pdfOptions(c)}, nil
}

func load(c *cli.Context, src string, ed edition) (*build.Manuscript, error) {
	return build.LoadWith(src, loadOptions(c, ed))
}

func writeEdition(c *cli.Context, m *build.Manuscript, ed edition, out string, opt build.Options) error {
	if m.IsInput(out) {
		printWarnings(c, c.App.ErrWriter, m)
		return usagef("--out %s names an input file; choose another name", out)
	}
	var ws editionWarnings
	opt.Warn = ws.add
	err := safely(func() error {
		return build.WriteFileContext(c.Context, out, func(w io.Writer) error { return ed.write(w, m, opt) })
	})
	printWarnings(c, c.App.ErrWriter, m, &ws)
	if err != nil {
		return err
	}
	wrote(c.App.Writer, out)
	return nil
}

// editionWarnings gathers what one edition's writer warns about, so that
// it prints with the manuscript's warnings and is counted with them.
type editionWarnings struct {
	mu    sync.Mutex
	diags []*diag.Diagnostic
}

func (e *editionWarnings) add(d *diag.Diagnostic) {
	e.mu.Lock()
	e.diags = append(e.diags, d)
	e.mu.Unlock()
}

// printWarnings prints a manuscript's warnings, then its editions' in the
// order given (not the order they were written in), then their count,
// unless --quiet.
func printWarnings(c *cli.Context, w io.Writer, m *build.Manuscript, eds ...*editionWarnings) {
	if quiet(c) {
		return
	}
	n := len(m.Warnings)
	for _, wn := range m.Warnings {
		fmt.Fprintf(w, "warning: %v\n", wn)
	}
	for _, e := range eds {
		for _, d := range e.diags {
			fmt.Fprintf(w, "warning: %v\n", d)
		}
		n += len(e.diags)
	}
	fmt.Fprintf(w, "%s: %d warning%s\n", m.File, n, plural(n))
}

// wrote reports a finished edition on stdout, with its size.
func wrote(w io.Writer, out string) {
	size := int64(0)
	if fi, err := os.Stat(out); err == nil {
		size = fi.Size()
	}
	fmt.Fprintf(w, "wrote %s (%d KB)\n", out, (size+512)/1024)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
