package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/fonts"
	"publish/internal/pdf"
)

func pdfCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "pdf", Usage: "build the PDF edition", ArgsUsage: "[MANUSCRIPT]",
		Description:  "MANUSCRIPT is a directory holding manuscript.md, or the .md file. Without it, the bundled sample is built.",
		Flags:        append([]cli.Flag{outFlag(), strictFlag()}, pdfFlags()...),
		OnUsageError: onUsage,
		Action:       func(c *cli.Context) error { return single(c, pdfEdition(c)) },
	}
}

// pdfFlags are the PDF options, shared by the pdf and build commands.
func pdfFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name: "page-size", Value: "a4", Usage: "PDF page size: " + strings.Join(pdf.PageSizes, ", "),
			Action: func(c *cli.Context, v string) error {
				if !pdf.ValidPageSize(v) {
					return usagef("--page-size %q: choose one of %s", v, strings.Join(pdf.PageSizes, ", "))
				}
				return nil
			},
		},
		&cli.StringFlag{
			Name: "links", Value: "notes", Usage: "how the PDF prints a link's address: " + strings.Join(pdf.LinkModes, ", ") + " (a footnote, after the text, or not at all)",
			Action: func(c *cli.Context, v string) error {
				if !pdf.ValidLinks(v) {
					return usagef("--links %q: choose one of %s", v, strings.Join(pdf.LinkModes, ", "))
				}
				return nil
			},
		},
		&cli.BoolFlag{Name: "duplex", Usage: "PDF for double-sided printing: mirrored margins, chapters on right-hand pages"},
		&cli.BoolFlag{Name: "archival", Usage: "PDF with PDF/A-2b structures (sRGB output intent, pdfaid metadata)"},
		&cli.StringSliceFlag{Name: "font-dir", Usage: "a `DIR` of fonts searched before the system's for characters the embedded fonts lack (repeatable; also PUBLISH_FONT_PATH)"},
	}
}

// pdfOptions reads pdfFlags; build fills in the generator and the time.
func pdfOptions(c *cli.Context) pdf.Options {
	o := pdf.Options{PageSize: strings.ToLower(c.String("page-size")), Duplex: c.Bool("duplex"), Archival: c.Bool("archival"), Links: strings.ToLower(c.String("links")), Context: c.Context}
	if dirs := c.StringSlice("font-dir"); len(dirs) > 0 {
		o.Fonts = fonts.NewLibrary(fonts.Options{Dirs: append(dirs, fonts.EnvDirs()...)})
	}
	return o
}

func pdfEdition(c *cli.Context) edition { return edition{".pdf", build.PDF} }
