package main

import (
	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/epub"
)

func epubCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "epub", Usage: "build the EPUB edition", ArgsUsage: "[MANUSCRIPT]",
		Description:  "MANUSCRIPT is a directory holding manuscript.md, or the .md file. Without it, the bundled sample is built.",
		Flags:        append([]cli.Flag{outFlag()}, epubFlags()...),
		OnUsageError: onUsage,
		Action:       func(c *cli.Context) error { return single(c, epubEdition(c)) },
	}
}

func outFlag() cli.Flag {
	return &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write the edition to `FILE` (default dist/<slug>.<ext>)"}
}

// epubFlags are the EPUB options, shared by the epub and build commands.
func epubFlags() []cli.Flag { return nil }

// epubOptions reads epubFlags; build fills in the generator and the time.
func epubOptions(c *cli.Context) epub.Options { return epub.Options{} }

func epubEdition(c *cli.Context) edition { return edition{".epub", build.EPUB} }
