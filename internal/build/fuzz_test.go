package build_test

import (
	"bytes"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"publish/internal/build"
	"publish/internal/hostile"
	"publish/internal/testkit"
	"publish/manuscript"
)

// The fuzz targets of the build, one per reader: Markdown with front
// matter, and the raw article. Any input either fails to load with an
// error, or gives two editions that pass our own check; and no input takes
// more than a second of CPU per megabyte. `make fuzz` runs them.

func FuzzBuildMarkdown(f *testing.F) {
	sample, err := fs.ReadFile(manuscript.Sample(), "manuscript.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sample)
	for _, s := range corpusSeeds(f, "../markdown/testdata/fuzz/FuzzParse") {
		f.Add(s)
	}
	for _, s := range hostileSeeds(f, "manuscript.md") {
		f.Add(s)
	}
	f.Add([]byte("---\ntitle: A\ncover-image: images/a.png\n---\n# One\n\n![c [l](https://x.example/)](images/a.png){alt=\"a\" credit=\"c\"}\n\n> > - [r](#x) `c` **b *e***\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		buildBoth(t, "manuscript.md", src)
	})
}

func FuzzBuildArticle(f *testing.F) {
	seeds, _ := filepath.Glob("../importer/testdata/golden/*.txt")
	seeds = append(seeds, "../../manuscript/who-was-leandro-norero-the-patron/source.txt")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range hostileSeeds(f, "a.txt") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		buildBoth(t, "a.txt", src)
	})
}

// buildBoth loads src as name, in a directory that also holds two small
// images, and checks both editions.
func buildBoth(t *testing.T, name string, src []byte) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "images"), 0o755)
	os.WriteFile(filepath.Join(dir, "images", "a.png"), tinyPNG, 0o644)
	os.WriteFile(filepath.Join(dir, name), src, 0o644)
	testkit.WithinCPU(t, len(src), func() {
		m, err := build.Load(filepath.Join(dir, name))
		if err != nil {
			return // refused, with a message: fine
		}
		var epub, pdf bytes.Buffer
		if err := build.EPUB(&epub, m, build.Options{}); err != nil {
			t.Fatalf("EPUB of a loaded manuscript: %v", err)
		}
		if err := build.PDF(&pdf, m, build.Options{}); err != nil {
			t.Fatalf("PDF of a loaded manuscript: %v", err)
		}
		testkit.CheckBytes(t, "f.epub", epub.Bytes())
		testkit.CheckBytes(t, "f.pdf", pdf.Bytes())
	})
}

var tinyPNG = func() []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 3, 2)))
	return b.Bytes()
}()

// corpusSeeds reads the inputs of a Go fuzz corpus directory (files of
// "go test fuzz v1" and one []byte line).
func corpusSeeds(f *testing.F, dir string) [][]byte {
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	var out [][]byte
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		_, line, _ := strings.Cut(string(b), "\n")
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "[]byte(") {
			continue
		}
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(line, "[]byte("), ")"))
		if err == nil {
			out = append(out, []byte(s))
		}
	}
	return out
}

// hostileSeeds are the files named name that the small cases of the
// hostile corpus make.
func hostileSeeds(f *testing.F, name string) [][]byte {
	var out [][]byte
	for _, c := range hostile.All() {
		dir := f.TempDir()
		if err := c.Setup(dir); err != nil {
			continue
		}
		fi, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || !fi.Mode().IsRegular() || fi.Size() > 4<<10 {
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, name))
		out = append(out, b)
	}
	return out
}
