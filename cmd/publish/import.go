package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/diag"
	"publish/internal/document"
)

func importCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "import", Usage: "turn a raw article (text copied from a news page) or a saved web page into a manuscript", ArgsUsage: "ARTICLE.txt|PAGE.html",
		Description: "Writes DIR/manuscript.md (and, for a saved page, its locally saved photos in DIR/images/).\n" +
			"With --report, prints the decision taken for every input line, or every block of the page, to stderr.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write the manuscript into `DIR` (default: the headline's slug)"},
			&cli.StringFlag{Name: "lang", Usage: "the article's language as a BCP 47 `TAG` (default: detected from the text)"},
			&cli.StringFlag{Name: "meta", Usage: "merge front matter from `FILE.yaml` (date, source URL, original headline, rights)"},
			&cli.StringFlag{Name: "report", Usage: "print every line's decision to stderr as `text` or json"},
		},
		OnUsageError: onUsage,
		Action:       importArticle,
	}
}

func importArticle(c *cli.Context) error {
	args, err := manuscriptArgs(c, 1)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("import needs the article to read: publish import [--out DIR] ARTICLE.txt|PAGE.html")
	}
	format := c.String("report")
	if format != "" && format != "text" && format != "json" {
		return usagef("--report takes text or json, not %q", format)
	}
	iopt := build.ImportOptions{Lang: c.String("lang"), MetaFile: c.String("meta")}
	var (
		doc   *document.Document
		rep   reporter
		warns diag.Warnings
		page  *build.ImportedPage
		file  string
	)
	if build.IsPage(args[0]) {
		page, err = build.ImportPage(args[0], iopt)
		if err != nil {
			return err
		}
		doc, rep, warns, file = page.Doc, page.Report, page.Report.AllWarnings(), page.Report.File
	} else {
		d, r, err := build.Import(args[0], iopt)
		if err != nil {
			return err
		}
		doc, rep, warns, file = d, r, r.Warnings, r.File
	}
	errw := c.App.ErrWriter
	switch format {
	case "text":
		err = rep.WriteText(errw)
	case "json":
		err = rep.WriteJSON(errw)
	}
	if err != nil {
		return err
	}
	dir := c.String("out")
	if dir == "" {
		dir = document.Slug(doc.Meta.Title, 0)
	}
	out := filepath.Join(dir, "manuscript.md")
	if abs, _ := filepath.Abs(out); abs == mustAbs(args[0]) {
		return usagef("--out %s would replace the article being imported; choose another directory", dir)
	}
	if page != nil {
		err = page.Write(c.Context, dir)
	} else {
		err = build.WriteManuscript(c.Context, dir, doc)
	}
	if err != nil {
		return err
	}
	if !quiet(c) {
		for _, w := range warns {
			fmt.Fprintf(errw, "warning: %v\n", w)
		}
		fmt.Fprintf(errw, "%s: %d warning%s\n", file, len(warns), plural(len(warns)))
	}
	var heads, paras, figs int
	document.Walk(doc.Blocks, func(b document.Block) {
		switch b.(type) {
		case *document.Heading:
			heads++
		case *document.Paragraph:
			paras++
		case *document.Figure:
			figs++
		}
	})
	fmt.Fprintf(c.App.Writer, "wrote %s (%d headings, %d paragraphs, %d figures)\n", out, heads, paras, figs)
	return nil
}

// reporter is the report of either importer: lines of text or blocks of a page.
type reporter interface {
	WriteText(io.Writer) error
	WriteJSON(io.Writer) error
}

func mustAbs(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return abs
}
