package fonts

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	xsfnt "golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"publish/assets"
	"publish/internal/testkit"
)

func TestEmbedded(t *testing.T) {
	for _, c := range []struct {
		st   Style
		name string
	}{
		{Style{}, "NotoSerif-Regular"}, {Style{Family: Serif, Bold: true, Italic: true}, "NotoSerif-BoldItalic"},
		{Style{Family: Sans, Italic: true}, "NotoSans-Regular"}, {Style{Family: Mono, Bold: true}, "NotoSansMono-Bold"}, {Style{Family: Mono, Italic: true}, "NotoSansMono-Regular"},
		{Style{Italic: true, SmallCaps: true}, "NotoSerif-Italic"},
	} {
		f := Embedded(c.st)
		if f.Name != c.name || !f.Has('Ж') || !f.Has('ά') || f.Embeddable() != "" {
			t.Errorf("%+v: %s (has Ж %v, ά %v; %q)", c.st, f.Name, f.Has('Ж'), f.Has('ά'), f.Embeddable())
		}
	}
}

// subsetOf subsets face f to the glyphs of text and parses the result
// with another parser.
func subsetOf(t *testing.T, f *Face, text string) (*xsfnt.Font, []byte, []int) {
	t.Helper()
	var gids []int
	for _, r := range text {
		g, ok := f.Font.NominalGlyph(r)
		if !ok {
			t.Fatalf("%s lacks %q", f, r)
		}
		gids = append(gids, int(g))
	}
	prog, n, err := subsetFont(f.sfnt, gids)
	if err != nil {
		t.Fatal(err)
	}
	if checksum(prog) != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x", checksum(prog))
	}
	parsed, err := xsfnt.Parse(prog)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	if parsed.NumGlyphs() != n {
		t.Errorf("%d glyphs, want %d", parsed.NumGlyphs(), n)
	}
	return parsed, prog, gids
}

func TestSubset(t *testing.T) {
	f := Embedded(Style{})
	text := "Tiếng Việt ﬁ Ωμέγα Жизнь"
	parsed, prog, gids := subsetOf(t, f, text)
	var buf xsfnt.Buffer
	// Glyph i of the subset is gids[i-1], with its advance and outline.
	seen := map[int]int{}
	for _, g := range gids {
		if _, ok := seen[g]; !ok {
			seen[g] = len(seen) + 1
		}
	}
	for g, id := range seen {
		want, _ := f.sfnt.hmetric(g)
		adv, err := parsed.GlyphAdvance(&buf, xsfnt.GlyphIndex(id), fixed.Int26_6(fixedUpem(f)<<6), 0)
		if err != nil || int(adv>>6) != want {
			t.Errorf("glyph %d (was %d): advance %d, want %d (%v)", id, g, adv>>6, want, err)
		}
		if _, err := parsed.LoadGlyph(&buf, xsfnt.GlyphIndex(id), fixed.Int26_6(fixedUpem(f)<<6), nil); err != nil {
			t.Errorf("glyph %d (was %d): %v", id, g, err)
		}
	}
	for i := seen[gids[len(gids)-1]] + 1; i < parsed.NumGlyphs(); i++ {
		if _, err := parsed.LoadGlyph(&buf, xsfnt.GlyphIndex(i), fixed.Int26_6(fixedUpem(f)<<6), nil); err != nil {
			t.Errorf("component glyph %d: %v", i, err)
		}
	}
	if len(prog) > 40<<10 {
		t.Errorf("subset of %d glyphs is %d bytes", len(seen), len(prog))
	}
}

func fixedUpem(f *Face) int32 { return int32(f.Upem) }

// TestComposite subsets a glyph made of components and checks that the
// components came along, renumbered.
func TestComposite(t *testing.T) {
	f := Embedded(Style{})
	var comp rune
	for _, r := range "ǺǻǼǽǾǿȀȁȂȃẤấẦầẨẩẪẫẬậ" {
		g, _ := f.Font.NominalGlyph(r)
		if d := f.sfnt.glyph(int(g)); len(d) > 10 && int16(binary.BigEndian.Uint16(d)) < 0 {
			comp = r
			break
		}
	}
	if comp == 0 {
		t.Skip("no composite glyph found")
	}
	parsed, _, _ := subsetOf(t, f, string(comp))
	if parsed.NumGlyphs() < 3 {
		t.Errorf("composite %q kept %d glyphs: its components are missing", comp, parsed.NumGlyphs())
	}
	var buf xsfnt.Buffer
	segs, err := parsed.LoadGlyph(&buf, 1, fixed.Int26_6(fixedUpem(f)<<6), nil)
	if err != nil || len(segs) == 0 {
		t.Errorf("composite %q: %d segments, %v", comp, len(segs), err)
	}
}

func TestCollection(t *testing.T) {
	const file = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
	testkit.Need(t, file) // fonts-wqy-microhei
	l := NewLibrary(Options{NoSystem: true})
	faces, err := l.load(file)
	if err != nil || len(faces) != 2 {
		t.Fatalf("%d faces, %v", len(faces), err)
	}
	if !strings.HasSuffix(faces[1].Source, "#1") || faces[0].Embeddable() != "" {
		t.Errorf("face 1 is %s; face 0: %q", faces[1].Source, faces[0].Embeddable())
	}
	subsetOf(t, faces[0], "人人生而自由모든")
}

// TestFallback finds a face for each script of issue 13's corpus among
// the system's faces, which CI installs (the README's Debian packages).
func TestFallback(t *testing.T) {
	l := NewLibrary(Options{CacheDir: t.TempDir()})
	for _, c := range []struct {
		r    rune
		lang string
	}{{'ש', "he"}, {'ع', "ar"}, {'क', "hi"}, {'ক', "bn"}, {'ก', "th"}, {'人', "zh"}, {'す', "ja"}, {'한', "ko"}, {'→', "en"}, {'✓', "en"}, {0x1d538, "en"}, {0x1f389, "en"}, {0x1f600, "en"}} {
		f := l.Fallback(c.r, Style{}, c.lang)
		if f == nil {
			if os.Getenv("CI") == "true" {
				t.Errorf("no face for %U; CI installs fonts-noto-core fonts-droid-fallback fonts-wqy-microhei fonts-symbola", c.r)
			} else {
				t.Logf("no face for %U on this machine", c.r)
			}
			continue
		}
		if !f.Has(c.r) || f.Embeddable() != "" {
			t.Errorf("%q: %s has it %v, embeddable %q", c.r, f, f.Has(c.r), f.Embeddable())
		}
	}
	if f := l.Fallback('ש', Style{}, "en"); f != nil && !strings.HasPrefix(f.Name, "NotoSerifHebrew") && strings.Contains(f.Source, "noto") {
		t.Errorf("Hebrew in a serif text: %s, want Noto Serif Hebrew", f)
	}
	// CJK punctuation from a face that has the ideographs around it:
	// Noto Sans Mongolian has "。" and would win as a Noto face.
	for _, r := range []rune{'。', '，', '：'} {
		if f := l.Fallback(r, Style{}, "zh"); f != nil && !f.Has('中') {
			t.Errorf("%q in Chinese: %s, which has no ideographs", r, f)
		}
	}
	if f := l.Fallback(0xE000, Style{}, "en"); f != nil && !f.Has(0xE000) {
		t.Errorf("private use: %s", f)
	}
	// A bold file that declares the regular weight is bold by its name.
	regular := candidate{loc: fontscan.Location{File: "/f/NotoSerifMyanmar-Regular.ttf"}, family: "notoserifmyanmar", aspect: font.Aspect{Weight: font.WeightNormal}}
	bold := candidate{loc: fontscan.Location{File: "/f/NotoSerifMyanmar-Bold.ttf"}, family: "notoserifmyanmar", aspect: font.Aspect{Weight: font.WeightNormal}}
	if score(&regular, Style{Family: Serif}, false, 0) <= score(&bold, Style{Family: Serif}, false, 0) ||
		score(&bold, Style{Family: Serif, Bold: true}, false, 0) <= score(&regular, Style{Family: Serif, Bold: true}, false, 0) {
		t.Error("a file named Bold whose weight says regular: want it for bold text only")
	}
	if f := l.Fallback('က', Style{Family: Serif}, "my"); f != nil && strings.Contains(f.Source, "Bold") {
		t.Errorf("Burmese body text in %s", f.Source)
	}
}

func TestNamed(t *testing.T) {
	dir := t.TempDir()
	src := Embedded(Style{Family: Sans, Bold: true})
	if err := os.WriteFile(dir+"/My.ttf", src.sfnt.data, 0o644); err != nil {
		t.Fatal(err)
	}
	l := NewLibrary(Options{Dirs: []string{dir}, NoSystem: true})
	for _, name := range []string{"My.ttf", dir + "/My.ttf", "Noto Sans", "notosans"} {
		f, err := l.Named(name, dir, true, false)
		if err != nil || f.Name != "NotoSans-Bold" {
			t.Errorf("%s: %v, %v", name, f, err)
		}
	}
	if _, err := l.Named("No Such Family", dir, false, false); err == nil || !strings.Contains(err.Error(), "No Such Family") {
		t.Errorf("unknown family: %v", err)
	}
	if _, err := l.Named("missing.ttf", dir, false, false); err == nil {
		t.Error("missing file: no error")
	}
	c, errs := l.Chooser("en", Named{Main: "My.ttf", CJK: "nothing.ttf"}, dir)
	if len(errs) != 1 {
		t.Errorf("errors %v, want one for CJKmainfont", errs)
	}
	if f := c.Face([]rune{'a'}, Style{}); f.Name != "NotoSans-Bold" {
		t.Errorf("mainfont: %s", f)
	}
	if f := c.Face([]rune{'a'}, Style{Family: Sans}); f.Name != "NotoSans-Regular" {
		t.Errorf("sans: %s", f)
	}
}

// TestObjects writes a subset's PDF objects and reads back the ToUnicode
// CMap and the widths.
func TestObjects(t *testing.T) {
	s := NewSubset(Embedded(Style{}))
	fi, _ := s.Face.Font.NominalGlyph('ﬁ')
	a, _ := s.Face.Font.NominalGlyph('a')
	if c := s.CID(uint16(fi), "fi"); c != 1 {
		t.Errorf("first CID %d", c)
	}
	if c := s.CID(uint16(a), "a"); c != 2 || s.CID(uint16(a), "x") != 2 || s.CID(0, "") != 0 {
		t.Error("CIDs are not stable")
	}
	var objs [][]byte
	top, err := s.Objects(func(b []byte) int { objs = append(objs, b); return len(objs) })
	if err != nil || top != len(objs) || len(objs) != 5 {
		t.Fatalf("%d objects, top %d, %v", len(objs), top, err)
	}
	if !regexp.MustCompile(`/BaseFont /[A-Z]{6}\+NotoSerif-Regular /Encoding /Identity-H`).Match(objs[4]) {
		t.Errorf("Type 0 font: %s", objs[4])
	}
	cmap := inflate(t, objs[3])
	if !bytes.Contains(cmap, []byte("<0001> <00660069>")) || !bytes.Contains(cmap, []byte("<0002> <0061>")) {
		t.Errorf("ToUnicode:\n%s", cmap)
	}
	if !bytes.Contains(objs[2], []byte("/CIDToGIDMap /Identity")) || !regexp.MustCompile(`/W \[0 \[\d+ \d+ \d+\]\]`).Match(objs[2]) {
		t.Errorf("CID font: %s", objs[2])
	}
}

func inflate(t *testing.T, obj []byte) []byte {
	t.Helper()
	_, data, _ := bytes.Cut(obj, []byte("stream\n"))
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(zr)
	return out
}

// TestHiddenOutlines: a face loaded without its outlines (see hiding)
// shapes exactly as the whole face does, marks included, and its
// outlines are still there for the cover.
func TestHiddenOutlines(t *testing.T) {
	const text = "Tiê\u0302\u0301ng q\u0301 x\u0323\u0308 AVATAR office Ἀθῆναι Ѝ й\u0306"
	runes := []rune(text)
	for _, a := range assets.Fonts {
		data := assets.FontBytes(a)
		hidden, err := loadFile(data, a.File)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := font.ParseTTC(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if font.NewFace(hidden[0].Font).GlyphData(36) != nil {
			t.Errorf("%s: outlines not hidden", a.File)
		}
		shape := func(f *font.Font) []shaping.Glyph {
			var h shaping.HarfbuzzShaper
			return h.Shape(shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR,
				Face: font.NewFace(f), Size: fixed.I(1000), Script: language.Latin, Language: "vi"}).Glyphs
		}
		got, want := shape(hidden[0].Font), shape(whole[0].Font)
		if len(got) != len(want) {
			t.Fatalf("%s: %d glyphs, want %d", a.File, len(got), len(want))
		}
		moved := 0
		for i := range got {
			g, w := got[i], want[i]
			if g.GlyphID != w.GlyphID || g.XAdvance != w.XAdvance || g.XOffset != w.XOffset || g.YOffset != w.YOffset {
				t.Errorf("%s: glyph %d is %+v, want %+v", a.File, i, g, w)
			}
			if g.XOffset != 0 || g.YOffset != 0 {
				moved++
			}
		}
		if moved < 3 {
			t.Errorf("%s: %d marks positioned", a.File, moved)
		}
		o, err := hidden[0].Outlines()
		if err != nil {
			t.Fatal(err)
		}
		var buf xsfnt.Buffer
		if segs, err := o.LoadGlyph(&buf, 36, fixed.I(1000), nil); err != nil || len(segs) < 3 {
			t.Errorf("%s: glyph 36 outline: %d segments, %v", a.File, len(segs), err)
		}
	}
}

// TestLangID: fontscan knows Chinese by its written forms only.
func TestLangID(t *testing.T) {
	cn, tw := langID("zh-cn"), langID("zh-tw")
	for tag, want := range map[string]language.LangID{"zh": cn, "zh-Hans": cn, "zh-CN": cn, "zh-Hant": tw, "zh-TW": tw} {
		if got := langID(tag); got != want || got == 0 {
			t.Errorf("langID(%q) = %v, want %v", tag, got, want)
		}
	}
	if langID("ja") == 0 || langID("") != 0 {
		t.Errorf("ja %v, empty %v", langID("ja"), langID(""))
	}
}
