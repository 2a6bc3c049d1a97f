package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/diag"
	"publish/internal/document"
)

func importCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "import", Usage: "turn raw articles (text copied from news pages) or saved web pages into manuscripts", ArgsUsage: "ARTICLE.txt|PAGE.html...",
		Description: "Writes DIR/<slug>/manuscript.md for each article (or --out DIR/manuscript.md for one) and, for a\n" +
			"saved page, its locally saved photos in DIR/images/. An existing manuscript is never replaced without\n" +
			"--force; two articles of one run whose headlines give the same slug get <slug> and <slug>-2.\n" +
			"With --report, prints the decision taken for every input line, or every block of the page, to stderr.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write the one article's manuscript into `DIR` (default: the headline's slug)"},
			&cli.StringFlag{Name: "out-dir", Aliases: []string{"d"}, Value: ".", Usage: "make each article's slug directory in `DIR`"},
			&cli.BoolFlag{Name: "force", Usage: "replace an existing manuscript.md"},
			&cli.StringFlag{Name: "lang", Usage: "the article's language as a BCP 47 `TAG` (default: detected from the text)"},
			&cli.StringFlag{Name: "meta", Usage: "merge front matter from `FILE.yaml` (date, source URL, original headline, rights)"},
			&cli.StringFlag{Name: "report", Usage: "print every line's decision to stderr as `text` or json"},
		},
		OnUsageError: onUsage,
		Action:       importArticles,
	}
}

func importArticles(c *cli.Context) error {
	args, err := manuscriptArgs(c, 0)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return usagef("import needs the article to read: publish import [--out DIR] ARTICLE.txt|PAGE.html...")
	}
	if c.String("out") != "" && len(args) > 1 {
		return usagef("--out names the directory of one manuscript; for %d articles use --out-dir", len(args))
	}
	format := c.String("report")
	if format != "" && format != "text" && format != "json" {
		return usagef("--report takes text or json, not %q", format)
	}
	taken := map[string]bool{} // directories given to earlier articles of this run
	failed := 0
	for _, a := range args {
		err := importArticle(c, a, format, taken)
		if err == nil {
			continue
		}
		var ue *usageError
		if len(args) == 1 || errors.As(err, &ue) {
			return err
		}
		fmt.Fprintf(c.App.ErrWriter, "publish: %v\n", err)
		failed++
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d articles were not imported", failed, len(args))
	}
	return nil
}

// importArticle imports one article or saved page into its own directory.
func importArticle(c *cli.Context, article, format string, taken map[string]bool) error {
	iopt := build.ImportOptions{Lang: c.String("lang"), MetaFile: c.String("meta")}
	var (
		doc   *document.Document
		rep   reporter
		warns diag.Warnings
		page  *build.ImportedPage
		file  string
		err   error
	)
	if build.IsPage(article) {
		page, err = build.ImportPage(article, iopt)
		if err != nil {
			return err
		}
		doc, rep, warns, file = page.Doc, page.Report, page.Report.AllWarnings(), page.Report.File
	} else {
		d, r, err := build.Import(article, iopt)
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
		slug := document.Slug(doc.Meta.Title, 0)
		dir = filepath.Join(c.String("out-dir"), slug)
		for n := 2; taken[dir]; n++ {
			dir = filepath.Join(c.String("out-dir"), slug+"-"+strconv.Itoa(n))
		}
	}
	taken[dir] = true
	out := filepath.Join(dir, "manuscript.md")
	if sameFile(out, article) {
		return usagef("--out %s would replace the article being imported; choose another directory", dir)
	}
	if _, err := os.Lstat(out); err == nil && !c.Bool("force") {
		return fmt.Errorf("%s already exists, and import never replaces a manuscript (it may have been edited by hand): --force replaces it, --out DIR writes elsewhere", out)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", out, err)
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

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
