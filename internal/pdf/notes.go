package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"publish/internal/shape"
	"publish/internal/typeset"
)

// linkMode is how a link's address is printed (Options.Links).
type linkMode int

const (
	linksNotes  linkMode = iota // in a footnote
	linksInline                 // after the link's text, smaller
	linksHidden                 // not at all; the link stays live
)

// LinkModes lists the values Options.Links accepts; "" means notes.
var LinkModes = []string{"notes", "inline", "hidden"}

func parseLinks(s string) (linkMode, error) {
	switch strings.ToLower(s) {
	case "", "notes":
		return linksNotes, nil
	case "inline":
		return linksInline, nil
	case "hidden":
		return linksHidden, nil
	}
	return 0, fmt.Errorf("pdf: unknown way to print links %q (choose %s)", s, strings.Join(LinkModes, ", "))
}

// ValidLinks reports whether s is one of LinkModes.
func ValidLinks(s string) bool {
	_, err := parseLinks(s)
	return err == nil
}

// addNote adds a footnote, numbered in its chapter, whose lines fill
// sets (the first indented by indent, where its number goes), and
// returns its number as the reference prints it.
func (l *layout) addNote(fill func(indent float64)) string {
	l.noteNum++
	num := strconv.Itoa(l.noteNum)
	n := &note{}
	l.notes = append(l.notes, n)
	ts := l.footnote()
	box := ts.size * 1.8 // LaTeX's: the number flush right in a box 1.8 em wide
	inNote, measure, cell, anywhere := l.inNote, l.measure, l.cell, l.anywhere
	l.inNote, l.measure, l.cell, l.anywhere = true, 0, nil, false
	n.lines = l.capture(func() { fill(box) })
	l.inNote, l.measure, l.cell, l.anywhere = inNote, measure, cell, anywhere
	if ln := firstLine(n.lines); ln != nil {
		mark := frag{text: num, st: serif, scale: scaleOf(stSuper), rise: riseOf(stSuper) * ts.size}
		mark.w = l.t.width(num, serif, ts.size*mark.scale)
		mark.x = box - ts.size*0.3 - mark.w
		draw := ln.draw
		ln.draw = func(d *drawer, x, y float64) {
			d.line([]frag{mark}, ts, x, y, mark.x, mark.w, shape.LTR)
			draw(d, x, y)
		}
	}
	return num
}

// printedAddress is a link's address as print gives it: an e-mail
// address without "mailto:".
func printedAddress(url string) string {
	if len(url) > 7 && strings.EqualFold(url[:7], "mailto:") {
		return url[7:]
	}
	return url
}

// sameAddress tells whether a link's text says its address already,
// scheme, "www." and a final slash aside: "example.org/report" for
// "https://www.example.org/report/".
func sameAddress(text, address string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, p := range []string{"https://", "http://", "mailto:", "www."} {
			s = strings.TrimPrefix(s, p)
		}
		return strings.TrimSuffix(s, "/")
	}
	return norm(text) != "" && norm(text) == norm(address)
}

// isAddress tells whether a word is a web or e-mail address.
func isAddress(word string) bool {
	return strings.Contains(word, "://") || strings.HasPrefix(word, "www.") || strings.Contains(word, "@") && strings.Contains(word, ".")
}

// addressBreaks appends the places where an address may break, as the
// Chicago Manual of Style has them: after "//" or a colon, before a
// slash, tilde, dot, comma, hyphen, underscore, question mark, number
// sign or percent sign, before an equals sign or ampersand. None of them
// adds a hyphen.
func addressBreaks(word string, brks []typeset.Break) []typeset.Break {
	for i := 1; i < len(word); i++ {
		c, prev := word[i], word[i-1]
		var at bool
		switch {
		case prev == '/' && c == '/', prev == ':' && c == '/':
			at = false // inside "://"
		case prev == '/' && i >= 2 && word[i-2] == '/', prev == ':':
			at = true // after "//" or a colon
		case strings.IndexByte("/~.,-_?#%=&@", c) >= 0:
			at = true
		}
		if at && i < len(word)-1 {
			brks = append(brks, typeset.Break{Off: i})
		}
	}
	return brks
}
