package pdf_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/pdf"
	"publish/internal/testkit"
)

// TestCaptionWidth: a figure's caption is as wide as its image, and at
// least 60% of the measure for a narrow (portrait) image, centred under
// it. Read back from the pages: the images' boxes from mutool trace, the
// captions' words from pdftotext -bbox. (Issue 17, item 9.)
func TestCaptionWidth(t *testing.T) {
	m := photoStory(t, 1) // photographs wider than the measure: the landscape ones are as wide as it
	var captions [][]string
	for _, f := range m.Doc.Figures() {
		captions = append(captions, strings.Fields(document.PlainText(f.Caption)))
	}
	imageRE := regexp.MustCompile(`<fill_image [^>]*transform="([-\d.]+) [-\d.]+ [-\d.]+ ([-\d.]+) ([-\d.]+) ([-\d.]+)"`)
	wordRE := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)
	num := func(s string) float64 {
		var f float64
		fmt.Sscan(s, &f)
		return f
	}
	for _, size := range []string{"a4", "a5", "6x9"} {
		t.Run(size, func(t *testing.T) {
			file := writeDoc(t, m.Doc, pdf.Options{PageSize: size})
			trace := strings.Split(testkit.Run(t, "mutool", "trace", file), "<page ")[1:]
			bbox := strings.Split(testkit.Run(t, "pdftotext", "-bbox", file, "-"), "<page ")[1:]
			type box struct{ x, w, bottom float64 }
			var pages [][]box
			measure := 0.0 // the landscape photographs are as wide as the measure
			for _, p := range trace {
				var boxes []box
				for _, im := range imageRE.FindAllStringSubmatch(p, -1) {
					b := box{num(im[3]), num(im[1]), num(im[4]) + num(im[2])}
					boxes = append(boxes, b)
					measure = max(measure, b.w)
				}
				pages = append(pages, boxes)
			}
			found := 0
			for n, boxes := range pages {
				words := wordRE.FindAllStringSubmatch(bbox[n], -1)
				for _, b := range boxes {
					// The caption's first word, under the image.
					k := -1
					var caption []string
					for i, w := range words {
						if y := num(w[2]); y < b.bottom || y > b.bottom+20 {
							continue
						}
						for _, c := range captions {
							if len(c) > 0 && w[4] == c[0] && i+len(c) <= len(words) {
								k, caption = i, c
							}
						}
						if k >= 0 {
							break
						}
					}
					if k < 0 {
						t.Errorf("page %d: no caption under the image at %.0f pt", n+1, b.bottom)
						continue
					}
					found++
					lo, hi := 1e9, 0.0
					for _, w := range words[k : k+len(caption)] {
						lo, hi = min(lo, num(w[1])), max(hi, num(w[3]))
					}
					want := max(b.w, 0.6*measure)
					centre := b.x + b.w/2
					if lo < centre-want/2-1 || hi > centre+want/2+1 {
						t.Errorf("page %d: the caption %q… runs from %.0f to %.0f pt, outside %.0f–%.0f (its image is %.0f pt wide)",
							n+1, strings.Join(caption[:3], " "), lo, hi, centre-want/2, centre+want/2, b.w)
					}
					if hi-lo < 0.75*want && num(words[k+len(caption)-1][2]) > num(words[k][2]) {
						t.Errorf("page %d: the caption %q… of several lines is %.0f pt wide, its image %.0f", n+1, strings.Join(caption[:3], " "), hi-lo, b.w)
					}
				}
			}
			if found != len(captions) {
				t.Errorf("%d of %d captions found under their images", found, len(captions))
			}
		})
	}
}
