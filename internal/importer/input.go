package importer

import (
	"bytes"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"publish/internal/diag"
	"publish/internal/document"
)

// MaxInput is the largest article Import reads. A news article is a few
// tens of kilobytes; anything near this is not an article.
const MaxInput = 16 << 20

// undefined1252 are the bytes that Windows-1252 leaves undefined; text that
// contains them is neither UTF-8 nor Windows-1252.
var undefined1252 = [256]bool{0x81: true, 0x8D: true, 0x8F: true, 0x90: true, 0x9D: true}

// readLines reads at most MaxInput bytes and returns the article as lines of
// normalised text: UTF-8, no BOM, no line terminators, every run of white
// space one ASCII space, no leading or trailing space. Fatal problems come
// back as positioned errors; recoverable ones as warnings.
//
// rows holds the cells of the lines that were rows of a table, set apart
// by tabs ("Ebitda\t905\t827\t9,4%"), before the tabs became spaces.
func readLines(r io.Reader, name string, warns *diag.Warnings) (lines []string, rows map[int][]string, err error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "cannot read: %v", err)
	}
	if len(src) > MaxInput {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "is larger than %d MiB, the limit for one article; is it the right file?", MaxInput>>20)
	}
	src = bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))
	if len(src) == 0 {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "is empty: there is no article to import")
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, nil, diag.Errorf(bytePos(name, src, i), "is not text: it contains a NUL byte (is it a binary file, or UTF-16?)")
	}
	if !utf8.Valid(src) {
		bad := firstInvalidUTF8(src)
		for i, b := range src {
			if undefined1252[b] {
				return nil, nil, diag.Errorf(bytePos(name, src, i), "is not text: byte 0x%02X is neither UTF-8 nor Windows-1252", b)
			}
		}
		dec, err := charmap.Windows1252.NewDecoder().Bytes(src)
		if err != nil {
			return nil, nil, diag.Errorf(bytePos(name, src, bad), "is not text: %v", err)
		}
		warns.Addf(bytePos(name, src, bad), "is not UTF-8; decoded as Windows-1252 (Latin-1); check accented letters and save the file as UTF-8")
		src = dec
	}
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines = strings.Split(text, "\n")
	if len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1] // the final newline ends the last line
	}
	dropped, first := 0, 0
	for i, l := range lines {
		if row := strings.Trim(l, "\t "); strings.Count(row, "\t") >= 2 {
			if rows == nil {
				rows = map[int][]string{}
			}
			cells := strings.Split(row, "\t")
			for k, c := range cells {
				cells[k], _ = normalise(c)
			}
			rows[i] = cells
		}
		var n int
		lines[i], n = normalise(l)
		if n > 0 && dropped == 0 {
			first = i + 1
		}
		dropped += n
	}
	if dropped > 0 {
		warns.Addf(diag.Position{File: name, Line: first}, "removed %d control character(s) or noncharacter(s) that have no place in text", dropped)
	}
	return lines, rows, nil
}

// normalise turns every run of white space into one space, trims the ends,
// and removes control and format characters that print as nothing (keeping
// the joiners that some scripts need) and the noncharacters XML forbids. It
// reports how many characters of either kind it removed, so that the caller
// can warn.
func normalise(s string) (string, int) {
	var b strings.Builder
	b.Grow(len(s))
	space, removed := false, 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\uFEFF' || r == '\u200B':
			continue // a stray BOM or zero-width space is not content
		case unicode.IsControl(r) || !document.IsXMLChar(r):
			removed++ // U+FFFE and U+FFFF too: no edition can carry them
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String(), removed
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}

// bytePos gives the line and column (in bytes, 1-based) of offset i.
func bytePos(name string, src []byte, i int) diag.Position {
	line := 1 + bytes.Count(src[:i], []byte("\n"))
	col := i - bytes.LastIndexByte(src[:i], '\n')
	return diag.Position{File: name, Line: line, Col: col}
}
