package main

import (
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/epub"
)

func epubCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "epub", Usage: "build the EPUB edition", ArgsUsage: "[MANUSCRIPT]",
		Description:  "MANUSCRIPT is a directory holding manuscript.md, or the .md file. Without it, the bundled sample is built.",
		Flags:        append([]cli.Flag{outFlag(), strictFlag()}, epubFlags()...),
		OnUsageError: onUsage,
		Action: func(c *cli.Context) error {
			if _, err := epubTarget(c); err != nil {
				return err
			}
			return single(c, epubEdition(c))
		},
	}
}

func outFlag() cli.Flag {
	return &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write the edition to `FILE` (default dist/<slug>.<ext>)"}
}

// epubFlags are the EPUB options, shared by the epub and build commands.
func epubFlags() []cli.Flag {
	var names []string
	for _, t := range epub.Targets {
		names = append(names, string(t))
	}
	return []cli.Flag{
		&cli.StringFlag{Name: "target", Value: string(epub.Generic),
			Usage: "make the EPUB for `READER`: " + strings.Join(names, ", ") + " (kobo writes <slug>.kepub.epub)"},
		maxImagePxFlag(),
	}
}

// epubTarget reads --target; an unknown one is a usage error.
func epubTarget(c *cli.Context) (epub.Target, error) {
	v := c.String("target")
	for _, t := range epub.Targets {
		if string(t) == v {
			return t, nil
		}
	}
	var names []string
	for _, t := range epub.Targets {
		names = append(names, string(t))
	}
	return "", usagef("--target %q is not one of %s", v, strings.Join(names, ", "))
}

// epubOptions reads epubFlags; build fills in the generator and the time.
func epubOptions(c *cli.Context) epub.Options {
	t, _ := epubTarget(c)  // checked by the command before it builds
	px, _ := maxImagePx(c) // likewise
	return epub.Options{Target: t, MaxImagePx: px}
}

func epubEdition(c *cli.Context) edition {
	t, err := epubTarget(c)
	if err == nil {
		_, err = maxImagePx(c)
	}
	if err != nil {
		return edition{".epub", func(io.Writer, *build.Manuscript, build.Options) error { return err }}
	}
	return edition{t.Ext(), build.EPUB}
}
