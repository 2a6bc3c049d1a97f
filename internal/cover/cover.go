// Package cover draws the cover that an edition carries when the
// manuscript supplies none: the headline, publisher and date on a
// 1600×2560 PNG, shaped and set in any script as the PDF sets them (the
// embedded Noto faces, and the same fallback for other scripts; see
// text.go). The same metadata always gives the same bytes.
//
// The design is monochrome: the cover is painted in 8-bit gray, a band
// of rows at a time, into a gray PNG with unfiltered rows (png.go). The
// flat paper deflates to almost nothing, so it encodes in a fraction of
// the time of a gray JPEG, at half the size, with sharp type. A generated
// cover is built in every build without a supplied one, so its cost is
// most of the cost of the sample's EPUB.
package cover

import (
	"image"
	"strings"

	"publish/internal/document"
	"publish/internal/fonts"
)

// Size of the generated cover, the portrait ratio (1:1.6) that e-book
// stores ask for.
const (
	Width  = 1600
	Height = 2560
)

// MediaType and Ext are those of a generated cover.
const (
	MediaType = "image/png"
	Ext       = ".png"
)

// Gray levels of the design.
const (
	paper  = 0xf3
	ink    = 0x1a
	accent = 0x3a // publisher, bars
	muted  = 0x50 // subtitle
)

const margin = 140

// maxRunes is more text than the cover can show of any one line of it,
// even at its smallest size: longer text is cut before it is measured,
// so that a headline of any length costs the same.
const maxRunes = 2000

// clip cuts s to maxRunes runes; the cover then ends what it shows with
// an ellipsis.
func clip(s string) string {
	if len(s) <= maxRunes {
		return s
	}
	if r := []rune(s); len(r) > maxRunes {
		return string(r[:maxRunes])
	}
	return s
}

// Generate returns the PNG of a cover for m.
func Generate(m *document.Meta) ([]byte, error) {
	short := *m
	short.Title, short.Subtitle, short.Publisher = clip(m.Title), clip(m.Subtitle), clip(m.Publisher)
	if m.Source != nil {
		src := *m.Source
		src.Name = clip(src.Name)
		short.Source = &src
	}
	m = &short
	cv := &canvas{}
	cv.fill(image.Rect(0, 0, Width, Height), paper)
	cv.fill(image.Rect(0, 0, Width, 36), accent)
	cv.fill(image.Rect(0, Height-36, Width, Height), accent)

	c := newSetter(cv, m.Lang)
	width := Width - 2*margin
	publisher := fonts.Style{Family: fonts.Sans, Bold: true}
	headline := fonts.Style{Bold: true}
	y := 300
	if p := strings.TrimSpace(m.Publisher); p != "" {
		y = c.lines(c.wrap(strings.ToUpper(p), publisher, 64, width), publisher, 64, accent, y, 80)
		y += 20
	}
	cv.fill(image.Rect(margin, y, Width-margin, y+8), ink)
	y += 130

	// The headline: the largest size at which it fits its box.
	headBottom := Height - 520
	title := strings.TrimSpace(m.Title)
	if title == "" {
		title = "Untitled"
	}
	var headLines []string
	size := 150.0
	for ; size >= 48; size -= 6 {
		ls := c.wrap(title, headline, size, width)
		if y+int(float64(len(ls))*size*1.18) <= headBottom-subtitleRoom(m) {
			headLines = ls
			break
		}
	}
	if headLines == nil { // too long even at the smallest size: cut it
		size = 48
		headLines = c.wrap(title, headline, size, width)
		max := max(1, (headBottom-subtitleRoom(m)-y)/56)
		if len(headLines) > max {
			headLines = append(headLines[:max-1], headLines[max-1]+" …")
		}
	}
	y = c.lines(headLines, headline, size, ink, y+int(size), int(size*1.18))

	if s := strings.TrimSpace(m.Subtitle); s != "" {
		st := fonts.Style{Italic: true}
		c.lines(c.wrap(s, st, 64, width), st, 64, muted, y+40, 82)
	}

	// Foot: the date, and the source when the text comes from one.
	var foot []string
	if d := document.FormatDate(m.Date); d != "" {
		foot = append(foot, d)
	}
	if s := m.Source; s != nil && s.Name != "" && s.Name != m.Publisher {
		foot = append(foot, "From "+s.Name)
	}
	fy := Height - 300
	cv.fill(image.Rect(margin, fy-110, margin+240, fy-102), accent)
	sans := fonts.Style{Family: fonts.Sans}
	for _, line := range foot {
		c.lines(c.wrap(line, sans, 60, width), sans, 60, ink, fy, 76)
		fy += 80
	}

	return cv.png(Width, Height), nil
}

// Alt is the text alternative of the generated cover: what it says.
func Alt(m *document.Meta) string {
	parts := []string{"Cover: " + strings.TrimSpace(m.Title)}
	if m.Subtitle != "" {
		parts = append(parts, m.Subtitle)
	}
	if m.Publisher != "" {
		parts = append(parts, m.Publisher)
	}
	if d := document.FormatDate(m.Date); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, ". ")
}

func subtitleRoom(m *document.Meta) int {
	if m.Subtitle == "" {
		return 0
	}
	return 260
}
