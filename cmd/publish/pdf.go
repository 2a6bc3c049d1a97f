package main

import (
	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/pdf"
)

func pdfCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "pdf", Usage: "build the PDF edition", ArgsUsage: "[MANUSCRIPT]",
		Description:  "MANUSCRIPT is a directory holding manuscript.md, or the .md file. Without it, the bundled sample is built.",
		Flags:        append([]cli.Flag{outFlag()}, pdfFlags()...),
		OnUsageError: onUsage,
		Action:       func(c *cli.Context) error { return single(c, pdfEdition(c)) },
	}
}

// pdfFlags are the PDF options, shared by the pdf and build commands.
func pdfFlags() []cli.Flag { return nil }

// pdfOptions reads pdfFlags; build fills in the generator and the time.
func pdfOptions(c *cli.Context) pdf.Options { return pdf.Options{} }

func pdfEdition(c *cli.Context) edition { return edition{".pdf", build.PDF} }
