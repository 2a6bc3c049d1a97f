package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
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

// run is the whole command; main only exits with its result.
func run(args []string, stdout, stderr io.Writer) int {
	var notFound string
	app := newApp(stdout, stderr)
	app.CommandNotFound = func(c *cli.Context, name string) { notFound = name }
	err := app.Run(args)
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
		fmt.Fprintln(stderr, "Run 'publish --help' for usage.")
		return exitUsage
	}
	fmt.Fprintf(stderr, "publish: %v\n", err)
	return exitBuild
}

func newApp(stdout, stderr io.Writer) *cli.App {
	onUsage := func(c *cli.Context, err error, isSubcommand bool) error {
		return usagef("%v", err)
	}
	outFlag := &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write the edition to `FILE` (default dist/<slug>.<ext>)"}
	return &cli.App{
		Name:    "publish",
		Usage:   "build EPUB and PDF editions of an article, with full metadata and credits",
		Version: build.Version,
		Writer:  stdout, ErrWriter: stderr,
		HideHelpCommand: true,
		OnUsageError:    onUsage,
		ExitErrHandler:  func(*cli.Context, error) {}, // run maps errors to exit codes
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "do not print warnings"},
		},
		Commands: []*cli.Command{
			{
				Name: "epub", Usage: "build the EPUB edition", ArgsUsage: "[MANUSCRIPT]",
				Description:  "MANUSCRIPT is a directory holding manuscript.md, or the .md file. Without it, the bundled sample is built.",
				Flags:        []cli.Flag{outFlag},
				OnUsageError: onUsage,
				Action:       func(c *cli.Context) error { return single(c, "epub") },
			},
			{
				Name: "pdf", Usage: "build the PDF edition", ArgsUsage: "[MANUSCRIPT]",
				Description:  "MANUSCRIPT is a directory holding manuscript.md, or the .md file. Without it, the bundled sample is built.",
				Flags:        []cli.Flag{outFlag},
				OnUsageError: onUsage,
				Action:       func(c *cli.Context) error { return single(c, "pdf") },
			},
			{
				Name: "build", Usage: "build both editions", ArgsUsage: "[MANUSCRIPT...]",
				Description: "Builds the EPUB and the PDF of each MANUSCRIPT into DIR. Without one, the bundled sample is built.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "out-dir", Aliases: []string{"d"}, Value: "dist", Usage: "write editions into `DIR`"},
				},
				OnUsageError: onUsage,
				Action:       buildAll,
			},
		},
	}
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

type edition struct {
	ext   string
	write func(io.Writer, *build.Manuscript, build.Options) error
}

var editions = map[string]edition{
	"epub": {".epub", build.EPUB},
	"pdf":  {".pdf", build.PDF},
}

func single(c *cli.Context, kind string) error {
	args, err := manuscriptArgs(c, 1)
	if err != nil {
		return err
	}
	src := ""
	if len(args) == 1 {
		src = args[0]
	}
	opt, err := options()
	if err != nil {
		return err
	}
	m, err := load(c, src)
	if err != nil {
		return err
	}
	out := c.String("out")
	if out == "" {
		out = filepath.Join("dist", m.Slug()+editions[kind].ext)
	}
	return writeEdition(c, m, kind, out, opt)
}

func buildAll(c *cli.Context) error {
	args, err := manuscriptArgs(c, 0)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{""}
	}
	opt, err := options()
	if err != nil {
		return err
	}
	dir := c.String("out-dir")
	for _, src := range args {
		m, err := load(c, src)
		if err != nil {
			return err
		}
		for _, kind := range []string{"epub", "pdf"} {
			out := filepath.Join(dir, m.Slug()+editions[kind].ext)
			if err := writeEdition(c, m, kind, out, opt); err != nil {
				return err
			}
		}
	}
	return nil
}

func options() (build.Options, error) {
	t, err := build.SourceDate()
	return build.Options{Time: t}, err
}

func load(c *cli.Context, src string) (*build.Manuscript, error) {
	m, err := build.Load(src)
	if err != nil {
		return nil, err
	}
	if !c.Bool("quiet") {
		w := c.App.ErrWriter
		for _, wn := range m.Warnings {
			fmt.Fprintf(w, "warning: %v\n", wn)
		}
		fmt.Fprintf(w, "%s: %d warning%s\n", m.File, len(m.Warnings), plural(len(m.Warnings)))
	}
	return m, nil
}

func writeEdition(c *cli.Context, m *build.Manuscript, kind, out string, opt build.Options) error {
	abs, _ := filepath.Abs(out)
	for _, in := range m.Inputs {
		if in == abs {
			return usagef("--out %s names an input file; choose another name", out)
		}
	}
	ed := editions[kind]
	if err := build.WriteFile(out, func(w io.Writer) error { return ed.write(w, m, opt) }); err != nil {
		return err
	}
	size := int64(0)
	if fi, err := os.Stat(out); err == nil {
		size = fi.Size()
	}
	fmt.Fprintf(c.App.Writer, "wrote %s (%d KB)\n", out, (size+512)/1024)
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
