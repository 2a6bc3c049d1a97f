package main

import (
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/document"
)

func importCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "import", Usage: "turn a raw article (text copied from a news page) into a manuscript", ArgsUsage: "ARTICLE.txt",
		Description: "Writes DIR/manuscript.md. With --report, prints the decision taken for every input line to stderr.",
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
		return usagef("import needs the article to read: publish import [--out DIR] ARTICLE.txt")
	}
	format := c.String("report")
	if format != "" && format != "text" && format != "json" {
		return usagef("--report takes text or json, not %q", format)
	}
	doc, rep, err := build.Import(args[0], build.ImportOptions{Lang: c.String("lang"), MetaFile: c.String("meta")})
	if err != nil {
		return err
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
	if err := build.WriteManuscript(c.Context, dir, doc); err != nil {
		return err
	}
	if !quiet(c) {
		for _, w := range rep.Warnings {
			fmt.Fprintf(errw, "warning: %v\n", w)
		}
		fmt.Fprintf(errw, "%s: %d warning%s\n", rep.File, len(rep.Warnings), plural(len(rep.Warnings)))
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

func mustAbs(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return abs
}
