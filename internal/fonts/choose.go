package fonts

import (
	"unicode"
)

// Named are the faces a manuscript names in its front matter, with
// pandoc's keys: a font file or a family name each.
type Named struct {
	Main string // mainfont: the text
	Sans string // sansfont
	Mono string // monofont: code
	CJK  string // CJKmainfont: Chinese, Japanese and Korean text
}

// Chooser picks the face of each character of one document: the face its
// front matter names for the style, CJKmainfont for Chinese, Japanese and
// Korean, the embedded face, then the library's fallback. Not safe for
// concurrent use.
type Chooser struct {
	lib   *Library
	lang  string
	named map[Style]*Face
	cjk   map[Style]*Face
	cache map[pickKey]*Face
}

// Chooser returns the chooser of a document in lang whose front matter
// names the faces n; dir is the manuscript's directory, for font files
// named relative to it. A named face that cannot be found or used is an
// error in the list, and the document is drawn without it.
func (l *Library) Chooser(lang string, n Named, dir string) (*Chooser, []error) {
	c := &Chooser{lib: l, lang: lang, named: map[Style]*Face{}, cjk: map[Style]*Face{}, cache: map[pickKey]*Face{}}
	var errs []error
	for _, fam := range []struct {
		name string
		fam  Family
		into map[Style]*Face
	}{{n.Main, Serif, c.named}, {n.Sans, Sans, c.named}, {n.Mono, Mono, c.named}, {n.CJK, Serif, c.cjk}} {
		if fam.name == "" {
			continue
		}
		for _, st := range []Style{{Family: fam.fam}, {Family: fam.fam, Bold: true}, {Family: fam.fam, Italic: true}, {Family: fam.fam, Bold: true, Italic: true}} {
			f, err := l.Named(fam.name, dir, st.Bold, st.Italic)
			if err != nil {
				errs = append(errs, err)
				break
			}
			fam.into[st] = f
		}
	}
	// CJKmainfont serves every family, as pandoc's LaTeX does.
	for st, f := range c.cjk {
		for _, fam := range []Family{Sans, Mono} {
			c.cjk[Style{Family: fam, Bold: st.Bold, Italic: st.Italic}] = f
		}
	}
	return c, errs
}

// Face is the face to draw cluster (a grapheme cluster: a character and
// its combining marks) in style st: the first face in the order above
// that has every character of it, else the first that has its first
// character; nil when no face has that.
func (c *Chooser) Face(cluster []rune, st Style) *Face {
	if len(cluster) == 0 {
		return nil
	}
	st.SmallCaps = false // a feature of the face, not another face
	r := cluster[0]
	key := pickKey{r: r, style: st}
	lang := c.lang
	if st.Lang != "" {
		lang = st.Lang // a span in another language: its fallback faces
	}
	st.Lang = ""
	if len(cluster) == 1 {
		if f, ok := c.cache[key]; ok {
			return f
		}
	}
	var first *Face
	try := func(f *Face) bool {
		if f == nil || !f.Has(r) {
			return false
		}
		if first == nil {
			first = f
		}
		for _, m := range cluster[1:] {
			if !f.Has(m) && !IsIgnorable(m) {
				return false
			}
		}
		return true
	}
	named := c.named[st]
	if st.Family == Math { // formulas: the named main font first
		named = c.named[Style{Family: Serif, Bold: st.Bold, Italic: st.Italic}]
	}
	var f *Face
	switch {
	case try(named):
		f = named
	case IsCJK(r) && try(c.cjk[st]):
		f = c.cjk[st]
	case try(Embedded(st)):
		f = Embedded(st)
	default:
		if fb := c.lib.Fallback(r, st, lang); try(fb) {
			f = fb
		} else {
			f = first
		}
	}
	if len(cluster) == 1 {
		c.cache[key] = f
	}
	return f
}

// IsIgnorable tells whether r is one of the characters a face need not have: joiners, variation
// selectors and the other default-ignorable code points, which shaping
// removes when the face lacks them.
func IsIgnorable(r rune) bool {
	return r == 0x200c || r == 0x200d || unicode.Is(unicode.Variation_Selector, r) || unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		unicode.Is(unicode.Cf, r)
}
