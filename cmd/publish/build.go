package main

import (
	"path/filepath"

	"github.com/urfave/cli/v2"
)

func buildCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "build", Usage: "build both editions", ArgsUsage: "[MANUSCRIPT...]",
		Description: "Builds the EPUB and the PDF of each MANUSCRIPT into DIR. Without one, the bundled sample is built.",
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "out-dir", Aliases: []string{"d"}, Value: "dist", Usage: "write editions into `DIR`"},
		}, epubFlags()...), pdfFlags()...),
		OnUsageError: onUsage,
		Action:       buildAll,
	}
}

func buildAll(c *cli.Context) error {
	args, err := manuscriptArgs(c, 0)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{""}
	}
	opt, err := options(c)
	if err != nil {
		return err
	}
	dir := c.String("out-dir")
	for _, src := range args {
		m, err := load(c, src)
		if err != nil {
			return err
		}
		for _, ed := range []edition{epubEdition(c), pdfEdition(c)} {
			if err := writeEdition(c, m, ed, filepath.Join(dir, m.Slug()+ed.ext), opt); err != nil {
				return err
			}
		}
	}
	return nil
}
