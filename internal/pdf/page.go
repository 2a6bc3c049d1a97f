package pdf

import (
	"fmt"
	"strings"
)

// mm converts millimetres to points, the unit of this package.
func mm(v float64) float64 { return v * 72 / 25.4 }

// PageSizes lists the values Options.PageSize accepts.
var PageSizes = []string{"a4", "letter", "a5", "6x9"}

// pageSpec is a page size with its margins and type size; margins are
// proportioned to the page, as book pages are.
type pageSpec struct {
	name          string
	w, h          float64 // points
	side          float64 // inner plus outer margin, halved
	top, bottom   float64 // to the text block, running head and folio outside it
	size, leading float64 // body type, points
}

var pageSpecs = map[string]pageSpec{
	"a4":     {"a4", mm(210), mm(297), mm(25), mm(24), mm(26), 11, 15},
	"letter": {"letter", 612, 792, mm(25.4), mm(24), mm(26), 11, 15},
	"a5":     {"a5", mm(148), mm(210), mm(16), mm(18), mm(20), 10, 13.4},
	"6x9":    {"6x9", 432, 648, mm(16.5), mm(18), mm(20), 10, 13.4},
}

// spec returns the page specification for name ("" means a4).
func spec(name string) (pageSpec, error) {
	if name == "" {
		name = "a4"
	}
	s, ok := pageSpecs[strings.ToLower(name)]
	if !ok {
		return pageSpec{}, fmt.Errorf("pdf: unknown page size %q (choose %s)", name, strings.Join(PageSizes, ", "))
	}
	return s, nil
}

// ValidPageSize reports whether name is one of PageSizes.
func ValidPageSize(name string) bool {
	_, err := spec(name)
	return err == nil
}

// geometry is the text block of a page.
type geometry struct {
	pageSpec
	duplex bool
}

func (g geometry) width() float64 { return g.w - 2*g.side }

// left is the x of the text block on page n (1-based). Duplex pages
// mirror their margins: the inner one, at the spine, is the narrower.
func (g geometry) left(n int) float64 {
	if !g.duplex {
		return g.side
	}
	inner, outer := g.side*0.85, g.side*1.15
	if n%2 == 1 { // recto: spine on the left
		return inner
	}
	return outer
}

func (g geometry) bottomY() float64    { return g.h - g.bottom }
func (g geometry) textHeight() float64 { return g.h - g.top - g.bottom }
