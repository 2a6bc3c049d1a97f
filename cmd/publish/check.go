package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/check"
)

func checkCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "check", Usage: "lint manuscripts and check EPUB and PDF files, with no Java", ArgsUsage: "[MANUSCRIPT|FILE.epub|FILE.pdf...]",
		Description: "A manuscript is linted (figures without alt text or credit, missing images, unknown keys,\n" +
			"skipped heading levels, empty sections, no date or publisher). An EPUB gets structural checks\n" +
			"(OCF, container, package, manifest, spine, nav, well-formed XHTML, ids and links). A PDF gets\n" +
			"pdfcpu's strict validation and checks that fonts are embedded and metadata present.\n" +
			"Findings go to stdout. Exit 0 when clean, 1 when something is wrong; with --strict,\n" +
			"warnings count as wrong. Without an argument, the bundled sample is linted.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "strict", Usage: "count warnings as problems"},
		},
		OnUsageError: onUsage,
		Action:       checkFiles,
	}
}

func checkFiles(c *cli.Context) error {
	args, err := manuscriptArgs(c, 0)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{""}
	}
	strict, quiet := c.Bool("strict"), quiet(c)
	out := c.App.Writer
	bad := 0
	for _, p := range args {
		rep, err := checkOne(c.Context, p)
		if c.Context.Err() != nil {
			return fmt.Errorf("check of %s stopped: %w", p, c.Context.Err())
		}
		if err != nil {
			fmt.Fprintf(c.App.ErrWriter, "publish: %v\n", err)
			bad++
			continue
		}
		name := rep.File
		if p == "" {
			name = build.SampleName
		}
		for _, f := range rep.Findings {
			if quiet && f.Severity == check.Warning {
				continue
			}
			fmt.Fprintln(out, f)
		}
		ok := rep.OK(strict)
		if !ok {
			bad++
		}
		if !quiet || !ok {
			fmt.Fprintf(out, "%s: %s, %s\n", name, rep.Kind, summary(rep, ok))
		}
	}
	if bad > 0 {
		what := "has problems"
		if len(args) > 1 {
			what = fmt.Sprintf("%d of %d have problems", bad, len(args))
		}
		if strict {
			what += " (--strict: warnings count)"
		}
		return fmt.Errorf("check: %s", what)
	}
	return nil
}

// checkOne checks an edition, or lints a manuscript loaded as a build
// loads it.
func checkOne(ctx context.Context, p string) (*check.Report, error) {
	if check.IsEdition(p) {
		return check.FileContext(ctx, p)
	}
	m, err := build.Load(p)
	if err != nil {
		return check.Unloadable(p, err), nil
	}
	return check.Manuscript(m.File, m.Doc, m.Warnings), nil
}

func summary(rep *check.Report, ok bool) string {
	e, w := rep.Count(check.Error), rep.Count(check.Warning)
	var parts []string
	if e > 0 {
		parts = append(parts, fmt.Sprintf("%d error%s", e, plural(e)))
	}
	parts = append(parts, fmt.Sprintf("%d warning%s", w, plural(w)))
	verdict := "ok"
	if !ok {
		verdict = "FAILED"
	}
	return strings.Join(parts, ", ") + ": " + verdict
}
