package shape

import (
	"os"
	"strings"
	"testing"

	"publish/internal/fonts"
)

func shaper(t *testing.T, lang string) (*Shaper, *[]Missing) {
	t.Helper()
	c, errs := fonts.Default().Chooser(lang, fonts.Named{}, "")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	s := New(c, lang)
	var missing []Missing
	s.OnMissing = func(m Missing) { missing = append(missing, m) }
	return s, &missing
}

// needFaces stops a test that needs the system's faces for other scripts
// when they are not installed, and fails it in CI, which installs them.
func needFaces(t *testing.T, missing []Missing) {
	t.Helper()
	if len(missing) == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("no face for %v: CI installs fonts-noto-core fonts-droid-fallback fonts-symbola", missing)
	}
	t.Skipf("no face for %v on this machine", missing)
}

func TestShapeScripts(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		rtl        bool
		check      func(t *testing.T, s *Shaper, runs []Run)
	}{
		{"en", "office", false, func(t *testing.T, s *Shaper, runs []Run) {
			if n := len(runs[0].Glyphs); n != 4 { // o ffi c e: a ligature
				t.Errorf("office: %d glyphs, want 4 with the ffi ligature", n)
			}
		}},
		{"ar", "يولد جميع الناس", true, func(t *testing.T, s *Shaper, runs []Run) {
			// Joined: the letters of a word take contextual forms, not the
			// isolated forms the cmap gives.
			r := runs[0]
			nominal, _ := r.Face.Font.NominalGlyph('ي')
			last := r.Glyphs[len(r.Glyphs)-1] // visual order: the first letter is on the right
			if last.Start != 0 || last.ID == uint16(nominal) {
				t.Errorf("Arabic ي at the start of a word: glyph %d (isolated %d), cluster %d", last.ID, nominal, last.Start)
			}
		}},
		{"hi", "कि", false, func(t *testing.T, s *Shaper, runs []Run) {
			// The vowel sign i is drawn before its consonant.
			g := runs[0].Glyphs
			ka, _ := runs[0].Face.Font.NominalGlyph('क')
			if len(g) != 2 || g[1].ID != uint16(ka) {
				t.Errorf("कि: glyphs %+v, want the matra first, then क (%d)", g, ka)
			}
		}},
		{"he", "שלום", true, nil},
		{"bn", "স্বাধীনভাবে", false, nil},
		{"th", "มนุษย์ทั้งหลาย", false, nil},
		{"zh", "人人生而自由", false, nil},
		{"ja", "すべての人間は", false, nil},
		{"ko", "모든 인간은", false, nil},
		{"vi", "Tiê\u0302\u0301ng", false, func(t *testing.T, s *Shaper, runs []Run) {
			// The decomposed marks are positioned, or composed to ế.
			for _, g := range runs[0].Glyphs {
				if g.Advance == 0 && g.YOffset == 0 && g.XOffset == 0 && g.Start > 2 {
					t.Logf("mark glyph %+v unmoved", g)
				}
			}
		}},
		{"en", "→ ✓ 𝔸 🎉 😀", false, nil},
	} {
		t.Run(c.lang+"/"+c.text, func(t *testing.T) {
			s, missing := shaper(t, c.lang)
			runs := s.Shape(c.text, fonts.Style{}, Auto)
			needFaces(t, *missing)
			for _, r := range runs {
				if r.Face == nil || len(r.Glyphs) == 0 {
					t.Fatalf("run %q has no face or glyphs", c.text[r.Start:r.End])
				}
				if strings.TrimSpace(c.text[r.Start:r.End]) != "" && r.RTL() != c.rtl {
					t.Errorf("run %q: level %d", c.text[r.Start:r.End], r.Level)
				}
				for _, g := range r.Glyphs {
					if g.ID == 0 {
						t.Errorf("run %q draws .notdef", c.text[r.Start:r.End])
					}
				}
			}
			if c.check != nil {
				c.check(t, s, runs)
			}
		})
	}
}

// TestBidi: a Hebrew name in an English sentence is a right-to-left run
// inside a left-to-right paragraph; digits in Arabic stay left to right.
func TestBidi(t *testing.T) {
	s, missing := shaper(t, "en")
	text := "The minister דוד בן-גוריון said"
	runs := s.Shape(text, fonts.Style{}, Auto)
	needFaces(t, *missing)
	var rtl []string
	for _, r := range runs {
		if r.RTL() {
			rtl = append(rtl, text[r.Start:r.End])
		}
		if r.Level > 1 {
			t.Errorf("level %d in %q", r.Level, text[r.Start:r.End])
		}
	}
	if got := strings.Join(rtl, ""); got != "דוד בן-גוריון" {
		t.Errorf("right-to-left runs %q", got)
	}
	if BaseOf("«שלום» world") != RTL || BaseOf("123 world") != LTR || BaseOf("") != LTR {
		t.Error("BaseOf")
	}
	// The paragraph's direction sets its level: Latin text in a
	// right-to-left paragraph is at level 2 and its final full stop at
	// the paragraph's level 1 (UAX #9, N2), so the stop is drawn at the
	// left end; and the other way round.
	if lv := s.Levels("This is it.", RTL); lv[0] != 2 || lv[len(lv)-1] != 1 {
		t.Errorf("Latin in a right-to-left paragraph: levels %v", lv)
	}
	if lv := s.Levels("שלום.", LTR); lv[0] != 1 || lv[len(lv)-1] != 0 {
		t.Errorf("Hebrew in a left-to-right paragraph: levels %v", lv)
	}
	runs = s.Shape("سنة 2022 م", fonts.Style{}, Auto)
	for _, r := range runs {
		if strings.Contains("سنة 2022 م"[r.Start:r.End], "2022") && r.Level != 2 {
			t.Errorf("digits in Arabic at level %d, want 2", r.Level)
		}
	}
}

// TestLanguageForms: a style's language picks the face's forms for it
// (OpenType locl): Serbian б differs from Russian, and in italics so do
// г д п т.
func TestLanguageForms(t *testing.T) {
	s, _ := shaper(t, "ru")
	ids := func(st fonts.Style) []uint16 {
		var out []uint16
		for _, r := range s.Shape("бгдпт", st, LTR) {
			for _, g := range r.Glyphs {
				out = append(out, g.ID)
			}
		}
		return out
	}
	ru, sr := ids(fonts.Style{Italic: true}), ids(fonts.Style{Italic: true, Lang: "sr"})
	if len(ru) != 5 || len(sr) != 5 {
		t.Fatalf("glyphs %v and %v", ru, sr)
	}
	for i := range ru {
		if ru[i] == sr[i] {
			t.Errorf("letter %d: the same glyph %d in Russian and Serbian italics", i, ru[i])
		}
	}
	if up := ids(fonts.Style{Lang: "sr"}); up[0] == ids(fonts.Style{})[0] {
		t.Error("upright Serbian б is the Russian one")
	}
}

// TestThaiWords: with the Thai dictionary, a Thai run breaks between its
// words, and only there: not inside ระหว่าง, where the syllable rule
// alone broke after ะ; a mark, ๆ and ฯ stay with the word before them.
// Without it (no hunspell-th), Thai breaks at syllable boundaries.
func TestThaiWords(t *testing.T) {
	s, _ := shaper(t, "th")
	words := func(text string) string {
		var b strings.Builder
		last := 0
		for _, k := range s.Breaks(text, nil) {
			b.WriteString(text[last:k.Off] + "|")
			last = k.Off
		}
		return b.String() + text[last:]
	}
	if thaiWords() == nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no Thai dictionary in %v: install hunspell-th", ThaiDictionaries)
		}
		if got, want := words("มนุษย์ทั้งหลายเกิดมามีอิสระ"), "มนุษย์|ทั้งหลาย|เกิดมามีอิสระ"; got != want {
			t.Errorf("syllable breaks %q, want %q", got, want)
		}
		t.Skipf("no Thai dictionary in %v: install hunspell-th", ThaiDictionaries)
	}
	for text, want := range map[string]string{
		"มนุษย์ทั้งหลายเกิดมามีอิสระและเสมอภาคกันในเกียรติศักดิ์": "มนุษย์|ทั้งหลาย|เกิด|มา|มีอิสระ|และ|เสมอภาค|กัน|ใน|เกียรติศักดิ์",
		"ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ":             "ภาษาไทย|เป็น|ภาษา|ที่|ไม่มี|การ|เว้น|วรรค|ระหว่าง|คำ",
		"กรุงเทพฯ เป็นเมืองหลวง เด็กๆ เล่นกัน":                    "กรุงเทพฯ |เป็น|เมืองหลวง |เด็กๆ |เล่น|กัน",
	} {
		if got := words(text); got != want {
			t.Errorf("words %q, want %q", got, want)
		}
	}
}

func TestBreaks(t *testing.T) {
	s, _ := shaper(t, "zh")
	for _, c := range []struct {
		text string
		want int
	}{
		{"人人生而自由，在尊严", 8}, // not before the comma
		{"Leandro", 0},
		{"すべての人間は", 6},
		{"well-known", 0},
	} {
		got := s.Breaks(c.text, nil)
		if len(got) != c.want {
			t.Errorf("%q: breaks %v, want %d", c.text, got, c.want)
		}
		for _, b := range got {
			if b.Off <= 0 || b.Off >= len(c.text) || b.Stretch != (c.text[0] >= 0xe3 && c.text[0] <= 0xe9) {
				t.Errorf("%q: break %+v", c.text, b)
			}
		}
	}
}

func TestMissing(t *testing.T) {
	s, missing := shaper(t, "en")
	runs := s.Shape("a\U000F0000b", fonts.Style{}, Auto) // private use plane: no face
	if len(*missing) != 1 || (*missing)[0].Rune != 0xF0000 {
		t.Errorf("missing %v", *missing)
	}
	for _, r := range runs {
		for _, g := range r.Glyphs {
			if g.ID == 0 {
				t.Error(".notdef drawn")
			}
		}
	}
	*missing = nil
	for _, r := range s.Shape("\u2067שלום\u2069 a\u200cb\u200e", fonts.Style{}, Auto) {
		for _, g := range r.Glyphs {
			if g.ID == 0 {
				t.Error(".notdef drawn for a control character")
			}
		}
	}
	if len(*missing) != 0 {
		t.Errorf("controls reported missing: %v", *missing)
	}
	if ScriptName(0x1f389) != "emoji" || ScriptName('ع') != "Arabic" || ScriptName('→') != "symbol" {
		t.Errorf("ScriptName: %s %s %s", ScriptName(0x1f389), ScriptName('ع'), ScriptName('→'))
	}
}

func FuzzShape(f *testing.F) {
	for _, s := range []string{"office", "يولد 2022", "कि", "人人", "🎉\u200d", "\u0301", "a\u202eb"} {
		f.Add(s)
	}
	s, _ := shaper(&testing.T{}, "en")
	f.Fuzz(func(t *testing.T, text string) {
		for _, r := range s.Shape(text, fonts.Style{}, Auto) {
			if r.Start > r.End || r.End > len(text) {
				t.Fatalf("run %d..%d of %d bytes", r.Start, r.End, len(text))
			}
		}
		s.Breaks(text, nil)
	})
}

// TestSmallCaps: small capitals are the face's own (smcp): lower-case
// letters get other glyphs, capitals and the face stay the same.
func TestSmallCaps(t *testing.T) {
	s, _ := shaper(t, "en")
	plain := s.Shape("Abc", fonts.Style{}, LTR)
	sc := s.Shape("Abc", fonts.Style{SmallCaps: true}, LTR)
	if len(plain) != 1 || len(sc) != 1 || plain[0].Face != sc[0].Face || len(sc[0].Glyphs) != 3 {
		t.Fatalf("runs %+v and %+v", plain, sc)
	}
	p, c := plain[0].Glyphs, sc[0].Glyphs
	if p[0].ID != c[0].ID || p[1].ID == c[1].ID || p[2].ID == c[2].ID {
		t.Errorf("glyphs %d %d %d, small caps %d %d %d", p[0].ID, p[1].ID, p[2].ID, c[0].ID, c[1].ID, c[2].ID)
	}
}
