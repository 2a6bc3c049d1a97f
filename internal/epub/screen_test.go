package epub_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/epub"
	"publish/internal/testkit"
)

// pageStyle lays a document out as reading systems page reflowable text
// (Readium, Apple Books): columns one screen wide, 24 px page margins.
const pageStyle = `html { height: 100vh; box-sizing: border-box; margin: 0; padding: 24px 0; column-width: 100vw; column-gap: 0; column-fill: auto; overflow: hidden; }`

// pageScript measures, once the page has loaded, the screen, the number
// of pages and, for each figure and the cover image, the boxes that the
// tests judge; it writes them as JSON into the document for --dump-dom.
const pageScript = `window.addEventListener('load', function () {
  var W = window.innerWidth, H = window.innerHeight, out = {w: W, h: H, figures: []};
  out.pages = Math.round(document.documentElement.scrollWidth / W);
  var box = function (e) { if (!e) return null; var r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height}; };
  var els = document.querySelectorAll('figure, section.cover');
  for (var i = 0; i < els.length; i++) {
    var e = els[i];
    out.figures.push({id: e.id || 'cover', fragments: e.getClientRects().length, box: box(e),
      image: box(e.querySelector('img, div[role=img]')), caption: box(e.querySelector('figcaption'))});
  }
  var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');
  pre.id = 'measure'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
});`

type rect struct{ Top, Bottom, Left, Width, Height float64 }

type screenMeasure struct {
	W, H    float64
	Pages   int
	Figures []struct {
		ID             string
		Fragments      int
		Box            rect
		Image, Caption *rect
	}
}

var measureRE = regexp.MustCompile(`(?s)<pre id="measure">(.*?)</pre>`)

// chromeHeight is how much taller than its screen --dump-dom's window is,
// once a run has shown it.
var chromeHeight = 0

// measure opens file, an XHTML document of an unpacked EPUB, in headless
// Chromium with a w×h screen, paged as a reading system pages it.
func measure(t *testing.T, chromium, file string, w, h int) screenMeasure {
	t.Helper()
	src, err := os.ReadFile(file)
	must(t, err)
	paged := filepath.Join(filepath.Dir(file), "paged-"+filepath.Base(file))
	inject := "<style>" + pageStyle + "</style>\n<script>//<![CDATA[\n" + pageScript + "\n//]]></script>\n</head>"
	must(t, os.WriteFile(paged, []byte(strings.Replace(string(src), "</head>", inject, 1)), 0o644))
	window := h + chromeHeight
	for range 2 { // --dump-dom's screen is shorter than its window: a second run corrects for it
		cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--hide-scrollbars", fmt.Sprintf("--window-size=%d,%d", w, window), "--virtual-time-budget=5000", "--dump-dom", paged)
		out, err := cmd.Output()
		m := measureRE.FindSubmatch(out)
		if err != nil || m == nil {
			t.Fatalf("chromium measured nothing in %s: %v", file, err)
		}
		var s screenMeasure
		if err := json.Unmarshal([]byte(strings.ReplaceAll(string(m[1]), "&quot;", `"`)), &s); err != nil {
			t.Fatalf("measurement %s: %v", m[1], err)
		}
		if int(s.H) == h {
			chromeHeight = window - h
			return s
		}
		window += h - int(s.H)
	}
	t.Fatalf("chromium would not give a %dx%d screen", w, h)
	return screenMeasure{}
}

// TestFiguresFitTheScreen pages a photo story in Chromium at two e-reader
// sizes: every figure (image, caption and credit) must sit whole on one
// page, its caption as wide as its image (wider only for a narrow image),
// and the cover must fit its one page.
func TestFiguresFitTheScreen(t *testing.T) {
	chromium := testkit.Need(t, "chromium")
	photo := func(w, h int, caption string) *document.Figure {
		return &document.Figure{Src: "p.jpg", Alt: "A photograph", Credit: "Erik Berg / Northern Press",
			Caption: []document.Inline{&document.Str{Text: caption}},
			Image:   &document.Image{Name: "p.jpg", MediaType: "image/jpeg", Data: jpegImage(t, w, h), Width: w, Height: h}}
	}
	long := "The lower town seen from the church tower on Tuesday morning, after the water had begun to fall and the first families were allowed back to their streets to see what was left of their houses."
	para := &document.Paragraph{Text: []document.Inline{&document.Str{Text: strings.Repeat("The river rose in the night and the town woke to water in its streets. ", 6)}}}
	doc := &document.Document{Meta: document.Meta{Title: "After the flood", Lang: "en"}, Blocks: []document.Block{
		para, photo(1200, 1800, "Volunteers carry sandbags."), para, photo(1800, 1200, long), para,
		photo(1200, 1800, long), para, photo(300, 900, "A narrow lane."), para,
		&document.Figure{Src: "missing.jpg", Alt: "The pumping station", Credit: "Town archive", Caption: []document.Inline{&document.Str{Text: "The pumping station."}}},
		para,
	}}
	_, data := writeEPUB(t, doc, epub.Generic)
	dir := t.TempDir()
	for name, b := range unzip(t, data) {
		must(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755))
		must(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	for _, size := range [][2]int{{600, 800}, {1072, 1448}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			s := measure(t, chromium, filepath.Join(dir, "EPUB/xhtml/article.xhtml"), size[0], size[1])
			if len(s.Figures) != 5 {
				t.Fatalf("%d figures measured, want 5", len(s.Figures))
			}
			for _, f := range s.Figures {
				if f.Fragments != 1 || f.Box.Top < 23 || f.Box.Bottom > s.H-23 {
					t.Errorf("%s does not fit one page: %d fragments, from %.0f to %.0f on a %.0f px page", f.ID, f.Fragments, f.Box.Top, f.Box.Bottom, s.H)
				}
				img, capt := f.Image, f.Caption
				if img == nil || capt == nil {
					t.Errorf("%s: image or caption not found", f.ID)
					continue
				}
				if text := s.W * 0.9; img.Width >= text*0.6 && (capt.Width < img.Width-1 || capt.Width > img.Width+1) {
					t.Errorf("%s: caption %.0f px wide under an image %.0f px wide", f.ID, capt.Width, img.Width)
				} else if capt.Width < text*0.6-1 || capt.Width > text+1 {
					t.Errorf("%s: caption %.0f px wide, want from 60%% to 100%% of the %.0f px text", f.ID, capt.Width, text)
				}
			}
			c := measure(t, chromium, filepath.Join(dir, "EPUB/xhtml/cover.xhtml"), size[0], size[1])
			if len(c.Figures) != 1 || c.Pages != 1 || c.Figures[0].Image == nil || c.Figures[0].Image.Bottom > c.H-23 {
				t.Errorf("the cover does not fit its page: %+v", c)
			}
		})
	}
}
