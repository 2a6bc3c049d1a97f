package pdf

import (
	"fmt"

	"publish/internal/document"
)

// PageFill is what the page-fill tests measure of a page.
type PageFill struct {
	N       int
	Gap     float64 // from the bottom of what the text block draws, notes included, to its foot
	Leading float64 // the body's
	Last    bool    // ends a chapter or the document
	Opener  bool    // opens a chapter
	Text    bool    // holds text, not only figures
	Figures []FigureAt
}

// FigureAt is a figure set on a page.
type FigureAt struct {
	Seq    int     // 1-based, in the order of the manuscript
	Anchor int     // the page where it falls in the text
	Y      float64 // its top
	Scale  float64 // of its image's height, when it was shrunk to fit
}

// Pages lays doc out as Write does and measures its pages.
func Pages(doc *document.Document, opt *Options) ([]PageFill, error) {
	l, pages, err := compose(doc, opt)
	if err != nil {
		return nil, err
	}
	seq := map[*item]int{}
	for _, it := range l.items {
		if it.float {
			seq[it] = len(seq) + 1
		}
	}
	var out []PageFill
	for _, p := range pages {
		f := PageFill{N: p.n, Leading: l.g.leading, Last: p.last, Opener: p.opener, Gap: l.g.textHeight()}
		end := 0.0
		for _, pl := range p.items {
			if pl.it.float {
				it := pl.it
				if it.orig != nil {
					it = it.orig
				}
				f.Figures = append(f.Figures, FigureAt{Seq: seq[it], Anchor: pl.it.anchor, Y: pl.y, Scale: pl.it.imgH / it.imgH})
			} else if pl.it.h > 0 && !pl.it.glue {
				f.Text = true
			}
			if !pl.it.glue && pl.it.h > 0 {
				end = max(end, pl.y+pl.it.h)
			}
		}
		for _, pl := range p.notes {
			end = max(end, pl.y+pl.it.h)
		}
		if end > 0 {
			f.Gap = l.g.bottomY() - end
		}
		out = append(out, f)
	}
	return out, nil
}

// Debug lists the items of page n.
func Debug(doc *document.Document, opt *Options, n int) []string {
	_, pages, _ := compose(doc, opt)
	var out []string
	for _, pl := range pages[n-1].items {
		out = append(out, fmt.Sprintf("y=%.1f h=%.1f glue=%v float=%v newPage=%v mark=%v noBreak=%v", pl.y, pl.it.h, pl.it.glue, pl.it.float, pl.it.newPage, pl.it.mark != nil, pl.it.noBreak))
	}
	return out
}
