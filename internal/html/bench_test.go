package html_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/html"
)

// soup is a page of n small link-and-text elements after one paragraph:
// the shape that is dearest to extract.
func soup(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Big page | Site</title></head><body><article><h1>Big page</h1><p>Intro paragraph of the article with enough words to count as one.</p>`)
	for i := range n {
		fmt.Fprintf(&b, `<div class="x"><a href="/a%d">link</a> <span>text %d</span></div>`, i, i)
	}
	b.WriteString(`</article></body></html>`)
	return b.Bytes()
}

// prose is a page of n distinct paragraphs.
func prose(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Long read | Site</title></head><body><article><h1>Long read</h1>`)
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d: the harbour wall was rebuilt over the winter with stone taken from the old customs house, which had stood empty since 1962.</p>\n", i)
	}
	b.WriteString(`</article></body></html>`)
	return b.Bytes()
}

func benchRead(b *testing.B, page []byte) {
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := html.Read(bytes.NewReader(page), "page.html", html.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCorpus(b *testing.B) {
	dirs, _ := filepath.Glob("testdata/pages/*/page.html")
	var pages [][]byte
	for _, d := range dirs {
		p, _ := os.ReadFile(d)
		pages = append(pages, p)
	}
	for b.Loop() {
		for _, p := range pages {
			html.Read(bytes.NewReader(p), "page.html", html.Options{})
		}
	}
}

func BenchmarkReadProse1k(b *testing.B) { benchRead(b, prose(1000)) }
func BenchmarkReadProse4k(b *testing.B) { benchRead(b, prose(4000)) }
func BenchmarkReadSoup4k(b *testing.B)  { benchRead(b, soup(4000)) }
func BenchmarkReadSoup16k(b *testing.B) { benchRead(b, soup(16000)) }

var _ = strings.Repeat
