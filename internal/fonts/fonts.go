// Package fonts finds the faces an edition draws with and embeds them.
//
// Latin, Greek and Cyrillic are drawn with the Noto faces embedded in the
// binary (package assets), so most manuscripts need nothing else. Other
// characters fall back, by script and language, to faces found in
// directories named with --font-dir or PUBLISH_FONT_PATH, then to the
// system's (fontscan's index of the usual font directories and
// fontconfig's); a manuscript may name faces with pandoc's front matter
// keys (mainfont, sansfont, monofont, CJKmainfont), by path or family.
//
// Only TrueType-flavoured faces are used, because a PDF embeds them as a
// CIDFontType2 font program (FontFile2), subset to the glyphs drawn
// (Subset); CFF-flavoured OpenType faces and bitmap-only colour emoji
// faces are skipped.
package fonts

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
	xsfnt "golang.org/x/image/font/sfnt"

	"publish/assets"
)

// Face is one font face, parsed once and shared: safe for concurrent use.
type Face struct {
	Name   string // PostScript name, as the PDF names the font
	Family string // family name, as the face gives it
	Bold   bool
	Italic bool
	Source string     // "embedded", or the file (with "#N" for a face of a collection)
	Font   *font.Font // for shaping; make a font.Face per goroutine
	Upem   int        // units per em
	sfnt   *sfnt

	outlinesOnce sync.Once
	outlines     *xsfnt.Font
	outlinesErr  error
}

func (f *Face) String() string { return f.Name + " (" + f.Source + ")" }

// Has tells whether the face maps r to a glyph.
func (f *Face) Has(r rune) bool {
	_, ok := f.Font.NominalGlyph(r)
	return ok
}

// Embeddable is "" when the face can be embedded in a PDF, else why not.
func (f *Face) Embeddable() string { return f.sfnt.outlines() }

// Family is a kind of face an edition asks for.
type Family uint8

const (
	Serif Family = iota // text, headings, captions
	Sans                // furniture
	Mono                // code
	Math                // formulas: the text's serif, then a face made for mathematics for the symbols it lacks
)

// Style is the face an edition asks for. SmallCaps asks the shaper for
// the face's small capitals (OpenType smcp); it does not choose the face.
type Style struct {
	Family    Family
	Bold      bool
	Italic    bool
	SmallCaps bool
	// Lang is the text's language (BCP 47) when it is not the
	// document's: it picks the language's forms of the face's glyphs
	// (OpenType locl), as Serbian б and Bulgarian д differ from Russian.
	Lang string
}

// loadFile parses every face of a font file or collection.
func loadFile(data []byte, source string) ([]*Face, error) {
	n := faceCount(data)
	ss := make([]*sfnt, n)
	r := &hiding{Reader: bytes.NewReader(data)}
	for i := range ss {
		s, err := parseSfnt(data, i)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", source, err)
		}
		ss[i] = s
		r.hide(s, "post")
		if s.tables["GPOS"] != nil && s.tables["fvar"] == nil {
			r.hide(s, "glyf", "loca")
		}
	}
	lds, err := ot.NewLoaders(r)
	if err == nil && len(lds) != n {
		err = fmt.Errorf("%d faces, not %d", len(lds), n)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	out := make([]*Face, 0, n)
	for i, ld := range lds {
		ft, err := font.NewFont(ld)
		if err != nil {
			return nil, fmt.Errorf("%s: face %d: %w", source, i, err)
		}
		s, src := ss[i], source
		if n > 1 {
			src = fmt.Sprintf("%s#%d", source, i)
		}
		d := ft.Describe()
		f := &Face{Name: s.postScriptName(), Family: d.Family, Source: src, Font: ft, Upem: s.upem(), sfnt: s,
			Bold: d.Aspect.Weight >= font.WeightSemibold, Italic: d.Aspect.Style != font.StyleNormal && d.Aspect.Style != 0}
		if f.Name == "" {
			f.Name = strings.ReplaceAll(f.Family, " ", "")
		}
		out = append(out, f)
	}
	return out, nil
}

// hiding reads a font file with the tags of some tables changed in their
// face's table directory, so that go-text does not see those tables.
// It hides glyf and loca from a face that has GPOS and is not variable:
// go-text parses every glyph's outline when it loads a face (two thirds
// of the time it takes: 3 ms for each embedded Noto face, more for a
// large fallback face), and shaping reads outlines only to place marks
// in a face without GPOS, or to vary the advances of a variable face.
// The PDF subsets the glyphs from the file itself, and the cover reads
// outlines through Face.Outlines. It hides post from every face: its
// glyph names were the largest allocation of loading an embedded face
// (180 KB of strings each), and only GlyphName, IsMonospace and
// LineMetric's underline read it, none of which we call.
type hiding struct {
	*bytes.Reader
	at []int // offsets of hidden tags
}

func (h *hiding) hide(s *sfnt, tables ...string) {
	for _, t := range tables {
		if at := s.tagOffset(t); at >= 0 {
			h.at = append(h.at, at)
		}
	}
}

func (h *hiding) Read(p []byte) (int, error) {
	off, _ := h.Reader.Seek(0, io.SeekCurrent)
	n, err := h.Reader.Read(p)
	h.patch(p[:n], off)
	return n, err
}

func (h *hiding) ReadAt(p []byte, off int64) (int, error) {
	n, err := h.Reader.ReadAt(p, off)
	h.patch(p[:n], off)
	return n, err
}

// patch changes the first letter of each hidden tag read into p, which
// was read from off: "glyf" becomes "-lyf".
func (h *hiding) patch(p []byte, off int64) {
	for _, at := range h.at {
		if i := int64(at) - off; i >= 0 && i < int64(len(p)) {
			p[i] = '-'
		}
	}
}

// Outlines is the face read for its glyphs' outlines, parsed on first
// use (go-text's Font may lack them: see hiding). It reads each glyph
// only when asked for it.
func (f *Face) Outlines() (*xsfnt.Font, error) {
	f.outlinesOnce.Do(func() {
		c, err := xsfnt.ParseCollection(f.sfnt.data)
		if err == nil {
			f.outlines, err = c.Font(f.sfnt.index)
		}
		f.outlinesErr = err
	})
	return f.outlines, f.outlinesErr
}

// embedded is a face bundled in the binary, parsed on first use.
type embedded struct {
	file assets.Font
	once sync.Once
	face *Face
}

func (e *embedded) get() *Face {
	e.once.Do(func() {
		fs, err := loadFile(assets.FontBytes(e.file), "embedded")
		if err != nil {
			panic("fonts: embedded face " + e.file.File + ": " + err.Error()) // a build defect
		}
		e.face = fs[0]
	})
	return e.face
}

// embeddedFaces holds each bundled face by the style it serves.
var embeddedFaces = sync.OnceValue(func() map[Style]*embedded {
	m := map[Style]*embedded{}
	for _, a := range assets.Fonts {
		fam := Serif
		switch a.Family {
		case "NotoSans":
			fam = Sans
		case "NotoSansMono":
			fam = Mono
		}
		m[Style{Family: fam, Bold: strings.Contains(a.Style, "B"), Italic: strings.Contains(a.Style, "I")}] = &embedded{file: a}
	}
	return m
})

// Embedded is the face bundled for st; the sans and the monospaced face
// have no italic.
func Embedded(st Style) *Face {
	st.SmallCaps, st.Lang = false, ""
	if st.Family == Math {
		st.Family = Serif
	}
	m := embeddedFaces()
	for _, k := range []Style{st, {Family: st.Family, Bold: st.Bold}, {Family: st.Family}} {
		if e := m[k]; e != nil {
			return e.get()
		}
	}
	return nil
}

// Options say where a Library looks for faces besides the embedded ones.
type Options struct {
	Dirs     []string // searched before the system's, in order (--font-dir, PUBLISH_FONT_PATH)
	NoSystem bool     // do not look at the system's faces
	CacheDir string   // for fontscan's index of the system's faces; "" picks one
}

// Library finds faces in the directories of its Options and on the
// system. It reads them only when first asked for a character the
// embedded faces lack, or for a named face. Safe for concurrent use:
// one serves every manuscript of a batch.
type Library struct {
	opt Options

	once     sync.Once
	cands    []candidate // every face found, in order of preference of their sources
	scanErrs []error

	mu    sync.Mutex
	files map[string][]*Face // parsed files, by location

	sel    sync.Mutex // over the candidates' faces and picked
	picked map[pickKey]*Face
}

// candidate is a face that fallback may choose, before it is parsed.
type candidate struct {
	loc    fontscan.Location
	family string // normalised
	aspect font.Aspect
	runes  fontscan.RuneSet
	langs  fontscan.LangSet
	user   bool // from Options.Dirs
	face   *Face
}

// NewLibrary returns a Library over opt.
func NewLibrary(opt Options) *Library {
	return &Library{opt: opt, files: map[string][]*Face{}, picked: map[pickKey]*Face{}}
}

// EnvDirs are the directories of PUBLISH_FONT_PATH (a list like PATH's).
func EnvDirs() []string {
	var out []string
	for _, d := range filepath.SplitList(os.Getenv("PUBLISH_FONT_PATH")) {
		if d != "" {
			out = append(out, d)
		}
	}
	return out
}

var (
	defaultOnce sync.Once
	defaultLib  *Library
)

// Default is the library over PUBLISH_FONT_PATH and the system's faces.
func Default() *Library {
	defaultOnce.Do(func() { defaultLib = NewLibrary(Options{Dirs: EnvDirs()}) })
	return defaultLib
}

// scan lists the candidates: the faces of the option directories, then
// the system's from fontscan's index.
func (l *Library) scan() {
	l.once.Do(func() {
		for _, dir := range l.opt.Dirs {
			l.scanDir(dir)
		}
		if l.opt.NoSystem {
			return
		}
		fps, err := fontscan.SystemFonts(quiet, cacheDir(l.opt.CacheDir))
		if err != nil {
			l.scanErrs = append(l.scanErrs, fmt.Errorf("system fonts: %w", err))
			return
		}
		for _, fp := range fps {
			l.cands = append(l.cands, candidate{loc: fp.Location, family: fp.Family, aspect: fp.Aspect, runes: fp.Runes, langs: fp.Langs})
		}
	})
}

// scanDir adds the faces of the font files under dir.
func (l *Library) scanDir(dir string) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".ttf", ".otf", ".ttc", ".otc":
			if !d.IsDir() {
				files = append(files, p)
			}
		}
		return nil
	})
	if err != nil {
		l.scanErrs = append(l.scanErrs, fmt.Errorf("font directory %s: %w", dir, err))
	}
	slices.Sort(files)
	for _, p := range files {
		faces, err := l.load(p)
		if err != nil {
			l.scanErrs = append(l.scanErrs, err)
			continue
		}
		for i, f := range faces {
			l.cands = append(l.cands, candidate{loc: fontscan.Location{File: p, Index: uint16(i)}, family: font.NormalizeFamily(f.Family),
				aspect: f.Font.Describe().Aspect, user: true, face: f})
		}
	}
}

// ScanErrors are the problems met while looking for faces (an unreadable
// font directory or file); fallback goes on without them.
func (l *Library) ScanErrors() []error {
	l.scan()
	return l.scanErrs
}

var quiet = log.New(io.Discard, "", 0)

// cacheDir is where fontscan keeps its index: it refuses to work without
// a writable one, so a temporary directory stands in for the user's.
func cacheDir(dir string) string {
	if dir != "" {
		return dir
	}
	if d, err := os.UserCacheDir(); err == nil {
		d = filepath.Join(d, "publish", "fonts")
		if os.MkdirAll(d, 0o755) == nil && writable(d) {
			return d
		}
	}
	d := filepath.Join(os.TempDir(), fmt.Sprintf("publish-fonts-%d", os.Getuid()))
	os.MkdirAll(d, 0o700)
	return d
}

func writable(dir string) bool {
	f, err := os.CreateTemp(dir, ".probe")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// load parses the faces of a font file once per library.
func (l *Library) load(path string) ([]*Face, error) {
	l.mu.Lock()
	fs, ok := l.files[path]
	l.mu.Unlock()
	if ok {
		return fs, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", path, err)
	}
	fs, err = loadFile(data, path)
	if err != nil {
		return nil, fmt.Errorf("font %w", err)
	}
	l.mu.Lock()
	l.files[path] = fs
	l.mu.Unlock()
	return fs, nil
}

// Named finds a face named in front matter: a font file (absolute, or
// relative to dir, the manuscript's directory), or a family name looked
// up in the library. Bold and italic pick the face of the family.
func (l *Library) Named(name, dir string, bold, italic bool) (*Face, error) {
	name = strings.TrimSpace(name)
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".ttf" || ext == ".otf" || ext == ".ttc" || strings.ContainsRune(name, filepath.Separator) {
		p := name
		if !filepath.IsAbs(p) && dir != "" {
			p = filepath.Join(dir, p)
		}
		faces, err := l.load(p)
		if err != nil {
			return nil, err
		}
		return l.usable(bestAspect(faces, bold, italic))
	}
	l.scan()
	l.sel.Lock()
	defer l.sel.Unlock()
	want := font.NormalizeFamily(name)
	var faces []*Face
	for i := range l.cands {
		c := &l.cands[i]
		if c.family != want {
			continue
		}
		if f := l.face(c); f != nil {
			faces = append(faces, f)
		}
	}
	if len(faces) == 0 {
		return nil, fmt.Errorf("no font family %q is installed (name a font file instead, or add its directory with --font-dir)", name)
	}
	return l.usable(bestAspect(faces, bold, italic))
}

func (l *Library) usable(f *Face) (*Face, error) {
	if why := f.Embeddable(); why != "" {
		return nil, fmt.Errorf("font %s cannot be embedded in a PDF (%s); name a TrueType face", f.Source, why)
	}
	return f, nil
}

// bestAspect is the face of faces closest to bold and italic.
func bestAspect(faces []*Face, bold, italic bool) *Face {
	best, score := faces[0], -1
	for _, f := range faces {
		s := 0
		if f.Bold == bold {
			s += 2
		}
		if f.Italic == italic {
			s++
		}
		if s > score {
			best, score = f, s
		}
	}
	return best
}

// face parses a candidate's face, or nil if it cannot be read.
func (l *Library) face(c *candidate) *Face {
	if c.face != nil {
		return c.face
	}
	fs, err := l.load(c.loc.File)
	if err != nil || int(c.loc.Index) >= len(fs) {
		return nil
	}
	c.face = fs[c.loc.Index]
	return c.face
}

type pickKey struct {
	r     rune
	style Style
	lang  language.LangID
}

// Fallback is the face that draws r best in style st for a text in lang
// (a BCP 47 tag), among the faces of the library that have r and can be
// embedded, or nil if none has it. Faces from Options.Dirs come first;
// then a face whose family matches st (a serif for Serif, "Noto Serif
// Hebrew" over "DejaVu Sans"), one that declares lang, Noto over others,
// the nearest weight and slant; last, by file, for the same answer on
// every run.
func (l *Library) Fallback(r rune, st Style, lang string) *Face {
	l.scan()
	id := langID(lang)
	key := pickKey{r, st, id}
	l.sel.Lock()
	defer l.sel.Unlock()
	f, ok := l.picked[key]
	if ok {
		return f
	}
	type ranked struct {
		c     *candidate
		score int
	}
	var rs []ranked
	for i := range l.cands {
		c := &l.cands[i]
		if c.face != nil && !c.face.Has(r) || c.face == nil && !c.runes.Contains(r) {
			continue
		}
		rs = append(rs, ranked{c, score(c, st, IsCJK(r), id)})
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		if a.score != b.score {
			return b.score - a.score
		}
		if c := strings.Compare(a.c.loc.File, b.c.loc.File); c != 0 {
			return c
		}
		return int(a.c.loc.Index) - int(b.c.loc.Index)
	})
	for _, x := range rs {
		if f = l.face(x.c); f != nil && f.Embeddable() == "" && f.Has(r) {
			break
		}
		f = nil
	}
	l.picked[key] = f
	return f
}

// langID is fontscan's language for a BCP 47 tag. It knows Chinese only
// by its written forms: "zh" is read as Simplified Chinese (zh-cn), and
// "zh-Hant" and "zh-TW" as Traditional (zh-tw); fontscan knows "zh-HK".
func langID(tag string) language.LangID {
	if id, ok := language.NewLangID(language.NewLanguage(tag)); ok {
		return id
	}
	if l := strings.ToLower(tag); l == "zh" || strings.HasPrefix(l, "zh-") || strings.HasPrefix(l, "zh_") {
		form := "zh-cn"
		if strings.Contains(l, "hant") || strings.Contains(l, "tw") || strings.Contains(l, "hk") || strings.Contains(l, "mo") {
			form = "zh-tw"
		}
		id, _ := language.NewLangID(language.NewLanguage(form))
		return id
	}
	return 0
}

// score ranks a candidate face for a character in style st; cjk says the
// character is Chinese, Japanese or Korean, lang is the text's language.
func score(c *candidate, st Style, cjk bool, lang language.LangID) int {
	s := 0
	if cjk {
		// The language chooses between the faces of Han characters
		// (Japanese, Chinese and Korean forms differ); elsewhere it would
		// favour a face of the document's script over a better one for
		// the character's.
		if lang != 0 && c.langs.Contains(lang) {
			s += 50
		}
		// CJK punctuation ("。", "，") from a face of the ideographs
		// around it, not from another script's face that has it (Noto
		// Sans Mongolian draws "。" too, and smaller).
		if c.runes.Contains('中') {
			s += 60
		}
	}
	if c.user {
		s += 1000
	}
	fam := c.family
	switch st.Family {
	case Serif:
		if strings.Contains(fam, "serif") && !strings.Contains(fam, "sansserif") || strings.Contains(fam, "naskh") || strings.Contains(fam, "mincho") || strings.Contains(fam, "song") {
			s += 100
		}
	case Sans:
		if strings.Contains(fam, "sans") || strings.Contains(fam, "gothic") || strings.Contains(fam, "hei") || strings.Contains(fam, "kufi") {
			s += 100
		}
	case Mono:
		if strings.Contains(fam, "mono") {
			s += 100
		}
	case Math:
		if strings.Contains(fam, "math") {
			s += 100
		}
	}
	if strings.Contains(fam, "mono") && st.Family != Mono {
		s -= 100
	}
	if strings.HasPrefix(fam, "noto") {
		s += 40
	}
	if strings.Contains(fam, "ui") || strings.Contains(fam, "display") || strings.Contains(fam, "looped") {
		s -= 20 // Noto's UI and display cuts: the text cut reads better
	}
	if boldFace(c) == st.Bold {
		s += 10
	}
	if c.aspect.Weight != 0 && (c.aspect.Weight < font.WeightNormal-50 || c.aspect.Weight > font.WeightBold+50) {
		s -= 10 // thin, light, black
	}
	if italic := c.aspect.Style != font.StyleNormal; italic == st.Italic {
		s += 5
	}
	if c.aspect.Stretch != 0 && c.aspect.Stretch != font.StretchNormal {
		s -= 5 // condensed, expanded
	}
	return s
}

// boldFace reports whether a candidate is a bold face: by its weight, or
// by its file's name when the weight says regular, as Debian's
// NotoSerifMyanmar-Bold.ttf declares the weight 400 and had been chosen
// for Burmese body text over the Regular file, first by name (blind335).
func boldFace(c *candidate) bool {
	if c.aspect.Weight >= font.WeightSemibold {
		return true
	}
	name := strings.ToLower(filepath.Base(c.loc.File))
	return (c.aspect.Weight == 0 || c.aspect.Weight == font.WeightNormal) && (strings.Contains(name, "-bold") || strings.Contains(name, "_bold")) && !strings.Contains(name, "semibold")
}

// IsCJK tells whether r belongs to a script that front matter's
// CJKmainfont covers: Han, kana, Hangul, Bopomofo.
func IsCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo) ||
		r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef // CJK punctuation, full-width forms
}
