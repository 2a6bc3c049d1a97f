package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"publish/internal/build"
	"publish/internal/epub"
)

// maxImagePxFlag sets the EPUB's image limits (epub.Options.ImageLimits).
func maxImagePxFlag() cli.Flag {
	return &cli.IntFlag{Name: "max-image-px", Value: epub.MaxImageSide,
		Usage: "scale EPUB images whose longer side is over `N` pixels, or that have more than 4 megapixels × (N/3200)²; 0 keeps every image as it is"}
}

// maxImagePx reads --max-image-px as epub.Options.MaxImagePx.
func maxImagePx(c *cli.Context) (int, error) {
	px := c.Int("max-image-px")
	switch {
	case !c.IsSet("max-image-px"):
		return 0, nil
	case px < 0:
		return 0, usagef("--max-image-px %d: want 0 (no limit) or more", px)
	case px == 0:
		return -1, nil
	}
	return px, nil
}

// loadOptions are the options to load a manuscript with for the editions
// eds: the images are prepared for each, from one decode. --strict also
// decodes every image whole.
func loadOptions(c *cli.Context, eds ...edition) build.LoadOptions {
	strict := c.Bool("strict")
	o := build.LoadOptions{Strict: strict, Decode: strict, Deferred: true}
	for _, ed := range eds {
		if strings.HasSuffix(ed.ext, ".epub") {
			eo := epubOptions(c)
			lim := eo.ImageLimits()
			o.Screen = &lim
		} else {
			o.Print = true
		}
	}
	return o
}
