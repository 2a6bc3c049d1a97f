package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"publish/internal/testkit"
	"publish/manuscript"
)

// The bad-input cases of issue 6, each through the command line: the
// exit code, and the text of the message, are what is tested.

const tinyFront = "---\ntitle: A small article\ndate: \"2022-10\"\npublisher: Test Press\nlang: en\n---\n\n"

// mkTree writes files (name -> content) under a new directory and returns it.
func mkTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func pngBytes(t *testing.T, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func jpegBytes(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 16, 16))
	img.Set(3, 3, color.White)
	var b bytes.Buffer
	jpeg.Encode(&b, img, nil)
	return b.Bytes()
}

// hugePNG is a valid PNG whose header declares w×h pixels: the header is
// rewritten, with its checksum, so only decoding would find the lie.
func hugePNG(t *testing.T, w, h uint32) []byte {
	b := pngBytes(t, 2, 2)
	// 8-byte signature, then the IHDR chunk: length, "IHDR", width, height...
	binary.BigEndian.PutUint32(b[16:], w)
	binary.BigEndian.PutUint32(b[20:], h)
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(b[12:29]))
	return b
}

// webp1x1 is a 1×1 lossless WebP (golang.org/x/image has no encoder).
var webp1x1, _ = base64.StdEncoding.DecodeString("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")

func figure(src, attrs string) string {
	return tinyFront + "A first paragraph.\n\n![A caption.](" + src + "){" + attrs + "}\n\nA last paragraph.\n"
}

const goodAttrs = `alt="What it shows" credit="A. Photographer"`

func TestBadInput(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret.png"), pngBytes(t, 4, 4), 0o644)
	cases := []struct {
		name   string
		files  map[string]string
		args   []string // before the manuscript
		arg    string   // the manuscript, relative to the tree; "" is the directory
		setup  func(t *testing.T, dir string)
		code   int
		stderr []string // each must appear
		not    []string // none may appear
	}{
		// Front matter.
		{name: "yaml syntax error", files: map[string]string{"manuscript.md": "---\ntitle: A\ndate: [2022\n---\nText.\n"},
			code: 1, stderr: []string{"manuscript.md:3:7: front matter: sequence end token ']' not found"}},
		{name: "unknown key", files: map[string]string{"manuscript.md": tinyFront[:4] + "auther: Ana\n" + tinyFront[4:] + "Text.\n"},
			code: 0, stderr: []string{`manuscript.md:2:1: unknown front matter key "auther" (did you mean "author"?)`, "manuscript.md: 1 warning"}},
		{name: "wrong type", files: map[string]string{"manuscript.md": "---\ntitle: [A, B]\n---\nText.\n"},
			code: 1, stderr: []string{`manuscript.md:2:8: front matter key "title" must be a single text value`}},
		{name: "no title", files: map[string]string{"manuscript.md": "---\ndate: \"2022\"\n---\nText.\n"},
			code: 1, stderr: []string{"manuscript.md:1: front matter has no title"}},
		{name: "bad lang", files: map[string]string{"manuscript.md": "---\ntitle: A\nlang: english!\n---\nText.\n"},
			code: 1, stderr: []string{`manuscript.md:3:7: lang "english!" is not a BCP 47 language tag`}},
		{name: "bad date", files: map[string]string{"manuscript.md": "---\ntitle: A\ndate: \"2022-13-45\"\n---\nText.\n"},
			code: 1, stderr: []string{`manuscript.md:3:7: date "2022-13-45" is not a W3CDTF date`}},

		// Figures.
		{name: "missing image", files: map[string]string{"manuscript.md": figure("images/gone.jpg", goodAttrs)},
			code: 0, stderr: []string{"manuscript.md:10: image images/gone.jpg not found; a placeholder stands in until the photo is supplied", "manuscript.md: 1 warning"}},
		{name: "missing image strict", files: map[string]string{"manuscript.md": figure("images/gone.jpg", goodAttrs)}, args: []string{"--strict"},
			code: 1, stderr: []string{"manuscript.md:10: image images/gone.jpg is not found, and --strict refuses placeholders"}},
		{name: "corrupt image", files: map[string]string{"manuscript.md": figure("images/bad.jpg", goodAttrs), "images/bad.jpg": "\xff\xd8\xff\xe0 this is not a JPEG"},
			code: 1, stderr: []string{"manuscript.md:10: image images/bad.jpg is corrupt"}},
		{name: "truncated image", files: map[string]string{"manuscript.md": figure("images/cut.png", goodAttrs)},
			setup: func(t *testing.T, dir string) {
				b := pngBytes(t, 64, 64)
				os.WriteFile(filepath.Join(dir, "images", "cut.png"), b[:len(b)/2], 0o644)
			},
			code: 1, stderr: []string{"manuscript.md:10: image images/cut.png is corrupt: png: truncated inside chunk IDAT"}},
		{name: "unsupported format", files: map[string]string{"manuscript.md": figure("images/x.heic", goodAttrs), "images/x.heic": "\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"},
			code: 1, stderr: []string{"manuscript.md:10: image images/x.heic is HEIC, which cannot be embedded (JPEG and PNG are embedded as they are; WebP, GIF, BMP and TIFF are converted)"}},
		{name: "unknown format", files: map[string]string{"manuscript.md": figure("images/x.jpg", goodAttrs), "images/x.jpg": "hello, I am text"},
			code: 1, stderr: []string{"manuscript.md:10: image images/x.jpg is in a format that cannot be embedded (JPEG and PNG"}},
		{name: "webp converted", files: map[string]string{"manuscript.md": figure("images/x.webp", goodAttrs), "images/x.webp": string(webp1x1)},
			code: 0, stderr: []string{"manuscript.md: 0 warnings"}},
		{name: "huge declared size", files: map[string]string{"manuscript.md": figure("images/huge.png", goodAttrs)},
			setup: func(t *testing.T, dir string) {
				os.WriteFile(filepath.Join(dir, "images", "huge.png"), hugePNG(t, 100000, 100000), 0o644)
			},
			code: 1, stderr: []string{"manuscript.md:10: image images/huge.png declares 100000×100000 pixels, over the limit of 40 megapixels; it was not decoded"}},
		{name: "path with dot-dot", files: map[string]string{"manuscript.md": figure("../secret.png", goodAttrs)},
			code: 1, stderr: []string{"manuscript.md:10: image path ../secret.png leaves the manuscript directory; images must sit inside it"}},
		{name: "dot-dot inside path", files: map[string]string{"manuscript.md": figure("images/../../secret.png", goodAttrs)},
			code: 1, stderr: []string{"image path images/../../secret.png leaves the manuscript directory"}},
		{name: "absolute path", files: map[string]string{"manuscript.md": figure(filepath.Join(outside, "secret.png"), goodAttrs)},
			code: 1, stderr: []string{"image path " + filepath.Join(outside, "secret.png") + " leaves the manuscript directory"}},
		{name: "file URL", files: map[string]string{"manuscript.md": figure("file:///etc/passwd", goodAttrs)},
			code: 1, stderr: []string{"image path file:///etc/passwd leaves the manuscript directory"}},
		{name: "symlink out", files: map[string]string{"manuscript.md": figure("images/link.png", goodAttrs)},
			setup: func(t *testing.T, dir string) {
				if err := os.Symlink(filepath.Join(outside, "secret.png"), filepath.Join(dir, "images", "link.png")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
			},
			code: 1, stderr: []string{"manuscript.md:10: image images/link.png leaves the manuscript directory (through a symbolic link)"}},
		{name: "symlinked directory out", files: map[string]string{"manuscript.md": figure("photos/secret.png", goodAttrs)},
			setup: func(t *testing.T, dir string) {
				if err := os.Symlink(outside, filepath.Join(dir, "photos")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
			},
			code: 1, stderr: []string{"image photos/secret.png leaves the manuscript directory (through a symbolic link)"}},
		{name: "symlink inside is fine", files: map[string]string{"manuscript.md": figure("images/alias.jpg", goodAttrs)},
			setup: func(t *testing.T, dir string) {
				os.WriteFile(filepath.Join(dir, "images", "real.jpg"), jpegBytes(t), 0o644)
				if err := os.Symlink("real.jpg", filepath.Join(dir, "images", "alias.jpg")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
			},
			code: 0, stderr: []string{"manuscript.md: 0 warnings"}},
		{name: "remote image", files: map[string]string{"manuscript.md": figure("https://example.org/photo.jpg", goodAttrs)},
			code: 0, stderr: []string{"manuscript.md:10: image https://example.org/photo.jpg is remote and is never fetched (the tool works offline); a placeholder stands in"}},
		{name: "remote image strict", files: map[string]string{"manuscript.md": figure("https://example.org/photo.jpg", goodAttrs)}, args: []string{"--strict"},
			code: 1, stderr: []string{"image https://example.org/photo.jpg is remote (never fetched), and --strict refuses placeholders"}},
		{name: "data URL", files: map[string]string{"manuscript.md": figure("data:image/png;base64,iVBORw0KGgo=", goodAttrs)},
			code: 0, stderr: []string{"image data:image/png;base64,iVBORw0KGgo= is a URL, not a file in the manuscript directory; a placeholder stands in"}},

		// Raw articles, through the .txt input.
		{name: "empty article", files: map[string]string{"a.txt": ""}, arg: "a.txt",
			code: 1, stderr: []string{"a.txt: is empty"}},
		{name: "binary article", files: map[string]string{"a.txt": "GIF89a\x01\x00\x01\x00\x00\x00\x00;"}, arg: "a.txt",
			code: 1, stderr: []string{"a.txt:1:", "is not text: it contains a NUL byte"}},
		{name: "windows-1252 article", files: map[string]string{"a.txt": "Caf\xe9 con le\xf1a\n\nEl caf\xe9 de la esquina abri\xf3 sus puertas en 1990 y desde entonces sirve a los vecinos del barrio.\n"}, arg: "a.txt",
			code: 0, stderr: []string{"is not UTF-8; decoded as Windows-1252 (Latin-1)"}},
		{name: "huge article", arg: "a.txt",
			setup: func(t *testing.T, dir string) {
				os.WriteFile(filepath.Join(dir, "a.txt"), bytes.Repeat([]byte("Words words words.\n"), (17<<20)/19), 0o644)
			},
			code: 1, stderr: []string{"a.txt: is larger than 16 MiB, the limit for one article"}},

		// The manuscript itself.
		{name: "not a manuscript directory", files: map[string]string{"notes.md~": "x"},
			code: 1, stderr: []string{"manuscript.md: no such file (a manuscript directory must hold manuscript.md)"}},
		{name: "huge manuscript", files: map[string]string{"manuscript.md": tinyFront + strings.Repeat("Words words words.\n", (17<<20)/19)},
			code: 1, stderr: []string{"manuscript.md: is larger than the limit of 16 MiB"}},
		{name: "no front matter", files: map[string]string{"manuscript.md": "Just text.\n"},
			code: 1, stderr: []string{"manuscript.md:1: no front matter"}},
		{name: "binary manuscript", files: map[string]string{"manuscript.md": "\x89PNG\r\n\x1a\n\x00\x00"},
			code: 1, stderr: []string{"manuscript.md: not a manuscript: a PNG image"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := mkTree(t, c.files)
			os.MkdirAll(filepath.Join(dir, "images"), 0o755)
			if c.setup != nil {
				c.setup(t, dir)
			}
			out := filepath.Join(t.TempDir(), "out.epub")
			args := append([]string{"epub", "--out", out}, c.args...)
			code, stdout, stderr := publish(t, append(args, filepath.Join(dir, c.arg))...)
			if code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, stdout, stderr)
			}
			for _, w := range c.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stdout, "publish:") {
				t.Errorf("panic, or an error on stdout:\nstdout: %s\nstderr: %s", stdout, stderr)
			}
			_, err := os.Stat(out)
			if c.code == 0 {
				if err != nil || !strings.Contains(stdout, "wrote "+out) {
					t.Errorf("no edition written: %v; stdout %q", err, stdout)
				}
			} else if err == nil || stdout != "" {
				t.Errorf("a failed build wrote something: stdout %q", stdout)
			}
			if tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*.tmp")); len(tmps) > 0 {
				t.Errorf("temporary files left: %v", tmps)
			}
		})
	}
}

// TestConvertedImages reads converted images back from the EPUB.
func TestConvertedImages(t *testing.T) {
	var g bytes.Buffer
	gif.Encode(&g, image.NewPaletted(image.Rect(0, 0, 3, 3), color.Palette{color.Black, color.White}), nil)
	for name, data := range map[string][]byte{"x.webp": webp1x1, "x.gif": g.Bytes()} {
		t.Run(name, func(t *testing.T) { converted(t, name, data) })
	}
}

func converted(t *testing.T, name string, data []byte) {
	dir := mkTree(t, map[string]string{"manuscript.md": figure("images/"+name, goodAttrs), "images/" + name: string(data)})
	out := filepath.Join(t.TempDir(), "x.epub")
	if code, _, stderr := publish(t, "epub", "--out", out, dir); code != 0 {
		t.Fatal(stderr)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	found := false
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "EPUB/images/") && !strings.Contains(f.Name, "cover") {
			if strings.HasSuffix(f.Name, filepath.Ext(name)) {
				t.Errorf("%s: left as it was", f.Name)
			}
			rc, _ := f.Open()
			_, format, err := image.DecodeConfig(rc)
			rc.Close()
			if err != nil || (format != "png" && format != "jpeg") {
				t.Errorf("%s: %s, %v", f.Name, format, err)
			}
			found = true
		}
	}
	if !found {
		t.Error("no image in the EPUB")
	}
}

// TestRawArticleText checks what the .txt cases decode to.
func TestRawArticleText(t *testing.T) {
	cases := []struct{ name, src, want, not string }{
		{"windows-1252", "Caf\xe9 con le\xf1a\n\nEl caf\xe9 de la esquina abri\xf3 sus puertas en 1990 y desde entonces sirve a los vecinos del barrio.\n", "abrió sus puertas", "\ufffd"},
		{"bom and crlf", "\ufeffA headline here\r\n\r\nThe first paragraph of the story, long enough to be a paragraph of the article.\r\rA second paragraph after an old Mac line end, also long enough.\r\n", "A second paragraph after an old Mac line end", "\ufeff"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := mkTree(t, map[string]string{"a.txt": c.src})
			out := filepath.Join(t.TempDir(), "a.epub")
			code, _, stderr := publish(t, "epub", "--out", out, filepath.Join(dir, "a.txt"))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			text := epubAll(t, out)
			if !strings.Contains(text, c.want) {
				t.Errorf("EPUB lacks %q", c.want)
			}
			if strings.Contains(text, c.not) || strings.Contains(text, "\r") {
				t.Errorf("EPUB holds %q or a CR", c.not)
			}
		})
	}
}

// epubAll is the text of every XHTML file in an EPUB, concatenated.
func epubAll(t *testing.T, file string) string {
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var b strings.Builder
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".xhtml") {
			rc, _ := f.Open()
			io.Copy(&b, rc)
			rc.Close()
		}
	}
	return b.String()
}

func TestCommandLine(t *testing.T) {
	dir := mkTree(t, map[string]string{"manuscript.md": figure("images/gone.jpg", goodAttrs)})
	out := filepath.Join(t.TempDir(), "x.epub")
	t.Run("usage error prints usage", func(t *testing.T) {
		code, stdout, stderr := publish(t, "epub", "--nope")
		if code != 2 || stdout != "" || !strings.Contains(stderr, "flag provided but not defined: -nope") ||
			!strings.Contains(stderr, "usage: publish epub [options] [MANUSCRIPT]") || !strings.Contains(stderr, "--out FILE") {
			t.Errorf("exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
		}
	})
	t.Run("results to stdout, warnings to stderr", func(t *testing.T) {
		code, stdout, stderr := publish(t, "epub", "--out", out, dir)
		if code != 0 || !strings.HasPrefix(stdout, "wrote "+out) || strings.Contains(stdout, "warning") ||
			!strings.Contains(stderr, "warning: ") || !strings.HasSuffix(stderr, "manuscript.md: 1 warning\n") {
			t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
		}
	})
	t.Run("quiet", func(t *testing.T) {
		code, stdout, stderr := publish(t, "--quiet", "epub", "--out", out, dir)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "wrote ") {
			t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
		}
	})
	t.Run("a writer's warnings come before the count, and count", func(t *testing.T) {
		// No face has a private-use character: the PDF warns as it draws.
		pua := mkTree(t, map[string]string{"manuscript.md": tinyFront + "A private \ue000 character.\n"})
		for _, args := range [][]string{{"pdf", "--out", filepath.Join(t.TempDir(), "x.pdf"), pua}, {"build", "--out-dir", t.TempDir(), pua}} {
			_, _, stderr := publish(t, args...)
			if !strings.Contains(stderr, "no font for U+E000") || !strings.HasSuffix(stderr, "manuscript.md: 1 warning\n") {
				t.Errorf("%s: stderr %q", args[0], stderr)
			}
		}
	})
	t.Run("count printed with no warnings", func(t *testing.T) {
		clean := mkTree(t, map[string]string{"manuscript.md": tinyFront + "Text.\n"})
		_, _, stderr := publish(t, "epub", "--out", out, clean)
		if !strings.HasSuffix(stderr, "manuscript.md: 0 warnings\n") {
			t.Errorf("stderr %q", stderr)
		}
	})
}

// TestNothingLost: a failed build leaves an existing edition as it was,
// and no temporary file; a destination that cannot be written is named.
func TestNothingLost(t *testing.T) {
	bad := mkTree(t, map[string]string{"manuscript.md": figure("images/bad.jpg", goodAttrs), "images/bad.jpg": "\xff\xd8 broken"})
	good := mkTree(t, map[string]string{"manuscript.md": tinyFront + "Text.\n"})
	outDir := t.TempDir()
	out := filepath.Join(outDir, "x.epub")
	old := []byte("the good edition from yesterday")
	os.WriteFile(out, old, 0o644)

	t.Run("failed build keeps the old edition", func(t *testing.T) {
		if code, _, _ := publish(t, "epub", "--out", out, bad); code != 1 {
			t.Errorf("exit %d", code)
		}
		if b, _ := os.ReadFile(out); !bytes.Equal(b, old) {
			t.Error("the existing edition changed")
		}
		assertNoTemp(t, outDir)
	})
	fileInTheWay := filepath.Join(outDir, "plain-file")
	os.WriteFile(fileInTheWay, []byte("x"), 0o644)
	for _, c := range []struct{ name, out, msg string }{
		{"parent is a file", filepath.Join(fileInTheWay, "x.epub"), fileInTheWay + ": cannot create directory: not a directory"},
		{"destination is a directory", outDir, outDir + ": cannot write: is a directory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := publish(t, "epub", "--out", c.out, good)
			if code != 1 || stdout != "" || !strings.Contains(stderr, c.msg) {
				t.Errorf("exit %d\nstdout %q\nstderr %q; want %q", code, stdout, stderr, c.msg)
			}
			assertNoTemp(t, outDir)
		})
	}
	t.Run("read-only directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root writes anywhere")
		}
		ro := t.TempDir()
		os.Chmod(ro, 0o555)
		defer os.Chmod(ro, 0o755)
		dest := filepath.Join(ro, "x.epub")
		code, _, stderr := publish(t, "epub", "--out", dest, good)
		if code != 1 || !strings.Contains(stderr, dest+": cannot write: permission denied") {
			t.Errorf("exit %d: %s", code, stderr)
		}
	})
	t.Run("out names the raw article", func(t *testing.T) {
		art := mkTree(t, map[string]string{"a.txt": "A headline\n\nA first paragraph that is long enough to be the body of an article.\n"})
		in := filepath.Join(art, "a.txt")
		before, _ := os.ReadFile(in)
		code, _, stderr := publish(t, "epub", "--out", in, in)
		if code != 2 || !strings.Contains(stderr, "--out "+in+" names an input file; choose another name") {
			t.Errorf("exit %d: %s", code, stderr)
		}
		if after, _ := os.ReadFile(in); !bytes.Equal(before, after) {
			t.Error("the article changed")
		}
	})
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

// batchOf writes n copies of the bundled sample, each with its own title,
// and returns the directory that holds them.
func batchOf(t *testing.T, n int) string {
	src, err := fs.ReadFile(manuscript.Sample(), "manuscript.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		d := filepath.Join(dir, "m"+string(rune('a'+i/26))+string(rune('a'+i%26)))
		os.MkdirAll(d, 0o755)
		s := strings.Replace(string(src), "title: ", "title: Copy "+filepath.Base(d)+" of ", 1)
		os.WriteFile(filepath.Join(d, "manuscript.md"), []byte(s), 0o644)
	}
	return dir
}

// cancelOn cancels when what it is written contains a line starting with
// prefix, as a user pressing Ctrl-C after seeing it.
type cancelOn struct {
	mu     sync.Mutex
	b      bytes.Buffer
	prefix string
	cancel func()
}

func (c *cancelOn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.b.Write(p)
	if strings.Contains("\n"+c.b.String(), "\n"+c.prefix) {
		c.cancel()
	}
	return len(p), nil
}

// checkEditions: every edition in dir is complete, no temporary file is
// left, and the count is returned.
func checkEditions(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || d.IsDir():
		case strings.HasSuffix(p, ".tmp"):
			t.Errorf("temporary file left: %s", p)
		case strings.HasSuffix(p, ".epub"):
			if _, err := zip.OpenReader(p); err != nil {
				t.Errorf("%s is not a whole EPUB: %v", p, err)
			}
			testkit.Check(t, p)
			n++
		case strings.HasSuffix(p, ".pdf"):
			b, _ := os.ReadFile(p)
			if !bytes.Contains(b[max(0, len(b)-32):], []byte("%%EOF")) {
				t.Errorf("%s is not a whole PDF", p)
			}
			testkit.Check(t, p)
			n++
		}
		return nil
	})
	return n
}

// TestInterruptBatch cancels a batch after its first manuscript, as Ctrl-C
// does through run's context.
func TestInterruptBatch(t *testing.T) {
	src := batchOf(t, 4)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := &cancelOn{prefix: "wrote ", cancel: cancel}
	var stderr bytes.Buffer
	code := runContext(ctx, []string{"publish", "-q", "build", "--jobs", "1", "--out-dir", out, src}, stdout, &stderr)
	if code != exitInterrupted || !strings.Contains(stderr.String(), "publish: interrupted: ") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if n := checkEditions(t, out); n < 1 || n >= 8 {
		t.Errorf("%d editions kept, want at least the first and not all 8", n)
	}
}

// TestHelperPublish is not a test: TestSigint runs the test binary as the
// publish command through it.
func TestHelperPublish(t *testing.T) {
	if os.Getenv("PUBLISH_HELPER") != "1" {
		t.Skip("helper process for TestSigint")
	}
	args := strings.Split(os.Getenv("PUBLISH_ARGS"), "\x1f")
	os.Exit(runMain(append([]string{"publish"}, args...), os.Stdout, os.Stderr))
}

// TestSigint sends a real SIGINT to a publish process in the middle of a
// batch: it stops with 130, finished editions stay whole, no temporary
// file is left, and the batch is not complete.
func TestSigint(t *testing.T) {
	const n = 30
	src := batchOf(t, n)
	out := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperPublish$")
	cmd.Env = append(os.Environ(), "PUBLISH_HELPER=1", "PUBLISH_ARGS="+strings.Join([]string{"-q", "build", "--jobs", "2", "--out-dir", out, src}, "\x1f"))
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "wrote ") {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	go io.Copy(io.Discard, pipe)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("publish did not stop after SIGINT")
	}
	if code := cmd.ProcessState.ExitCode(); code != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	k := checkEditions(t, out)
	t.Logf("SIGINT after the first edition: %d of %d editions kept, all whole", k, 2*n)
	if k < 1 || k >= 2*n {
		t.Errorf("%d editions kept, want at least one and not all %d", k, 2*n)
	}
}

func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.epub")
	pdf := filepath.Join(dir, "good.pdf")
	clean := mkTree(t, map[string]string{"manuscript.md": tinyFront + "Text.\n"})
	for _, args := range [][]string{{"epub", "--out", good, clean}, {"pdf", "--out", pdf, clean}} {
		if code, _, stderr := publish(t, append([]string{"-q"}, args...)...); code != 0 {
			t.Fatal(stderr)
		}
	}
	// A copy of the good EPUB with its mimetype compressed.
	broken := filepath.Join(dir, "broken.epub")
	zr, err := zip.OpenReader(good)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	zw.Close()
	zr.Close()
	os.WriteFile(broken, b.Bytes(), 0o644)
	warned := mkTree(t, map[string]string{"manuscript.md": figure("images/gone.jpg", `credit="X"`)})
	md := filepath.Join(warned, "manuscript.md")

	cases := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"good epub", []string{"check", good}, 0, []string{good + ": EPUB, 0 warnings: ok"}, nil},
		{"good pdf, no author", []string{"check", pdf}, 0, []string{pdf + ": warning: no Author in the Info dictionary", pdf + ": PDF, 1 warning: ok"}, nil},
		{"broken epub", []string{"check", broken}, 1,
			[]string{broken + "/mimetype: error: mimetype is compressed; it must be stored uncompressed", broken + ": EPUB, 1 error, 0 warnings: FAILED"},
			[]string{"publish: check: has problems"}},
		{"manuscript with warnings", []string{"check", warned}, 0,
			[]string{md + ":10: warning: image images/gone.jpg not found", md + ":10: warning: figure images/gone.jpg has no alt text", md + ": manuscript, 2 warnings: ok"}, nil},
		{"strict", []string{"check", "--strict", warned}, 1,
			[]string{md + ": manuscript, 2 warnings: FAILED"}, []string{"publish: check: has problems (--strict: warnings count)"}},
		{"quiet", []string{"-q", "check", warned, broken}, 1,
			[]string{broken + "/mimetype: error: mimetype is compressed"}, []string{"publish: check: 1 of 2 have problems"}},
		{"several", []string{"check", good, pdf, clean}, 0, []string{good + ": EPUB", pdf + ": PDF", "manuscript.md: manuscript, 0 warnings: ok"}, nil},
		{"missing file", []string{"check", filepath.Join(dir, "none.epub")}, 1, nil, []string{"none.epub: no such file or directory"}},
		{"not an epub", []string{"check", md + ".epub"}, 1, nil, []string{"no such file"}},
		{"usage", []string{"check", "--bogus"}, 2, nil, []string{"usage: publish check [options]"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := publish(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, stdout, stderr)
			}
			for _, w := range c.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range c.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if c.name == "quiet" && strings.Contains(stdout, "warning:") {
				t.Errorf("--quiet printed warnings:\n%s", stdout)
			}
		})
	}
}

// longManuscript writes a manuscript that takes seconds to typeset: about
// 4 MB of paragraphs.
func longManuscript(t *testing.T) string {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("---\ntitle: A long book\nlang: en\n---\n\n")
	words := strings.Fields("the archive holds reporting from many countries, and every paragraph of it is set with hyphenation and justified lines")
	for i := 0; b.Len() < 4<<20; i++ {
		b.WriteString(words[i%len(words)])
		switch {
		case i%400 == 399:
			b.WriteString(".\n\n")
		case i%1500 == 1499:
			b.WriteString(".\n\n# A chapter\n\n")
		default:
			b.WriteByte(' ')
		}
	}
	os.WriteFile(filepath.Join(dir, "manuscript.md"), []byte(b.String()), 0o644)
	return dir
}

// TestSigtermDuringTypesetting sends SIGTERM (and, in a second run, two
// SIGINTs) to publish while it sets a long book: it exits 130 at once,
// the edition that was there before is untouched, and nothing else is
// left in the directory.
func TestSigtermDuringTypesetting(t *testing.T) {
	src := longManuscript(t)
	for _, sigs := range [][]os.Signal{{syscall.SIGTERM}, {syscall.SIGINT, syscall.SIGINT}} {
		t.Run(fmt.Sprint(sigs), func(t *testing.T) {
			out := t.TempDir()
			old := filepath.Join(out, "book.pdf")
			os.WriteFile(old, []byte("yesterday's edition"), 0o644)
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperPublish$")
			cmd.Env = append(os.Environ(), "PUBLISH_HELPER=1", "PUBLISH_ARGS="+strings.Join([]string{"pdf", "--out", old, src}, "\x1f"))
			pipe, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var rest bytes.Buffer
			go io.Copy(&rest, pipe)
			// The temporary file is made once the book is loaded, before
			// it is typeset.
			for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				if tmps, _ := filepath.Glob(filepath.Join(out, ".book.pdf.*.tmp")); len(tmps) > 0 {
					break
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("no temporary file: %s", rest.String())
				}
			}
			time.Sleep(300 * time.Millisecond)
			sent := time.Now()
			for _, s := range sigs {
				cmd.Process.Signal(s)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatal("publish did not stop")
			}
			took := time.Since(sent)
			t.Logf("%v: stopped %v after the signal", sigs, took.Round(time.Millisecond))
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
				t.Errorf("exit %d, want %d: %s", code, exitInterrupted, rest.String())
			}
			// 100 ms on an idle machine; a loaded test machine gets ten times that.
			if took > time.Second {
				t.Errorf("took %v to stop", took)
			}
			if b, _ := os.ReadFile(old); string(b) != "yesterday's edition" {
				t.Error("the existing edition changed")
			}
			entries, _ := os.ReadDir(out)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if fmt.Sprint(names) != "[book.pdf]" {
				t.Errorf("directory holds %v, want only book.pdf", names)
			}
		})
	}
}

// TestOutOfMemoryIsAnError runs publish with a memory limit the long book
// cannot be set within: it stops with exit 1 and a message, not with the
// Go runtime's crash (exit 2), and leaves nothing half-written.
func TestOutOfMemoryIsAnError(t *testing.T) {
	src := longManuscript(t)
	out := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperPublish$")
	cmd.Env = append(os.Environ(), "GOMEMLIMIT=48MiB", "PUBLISH_HELPER=1", "PUBLISH_ARGS="+strings.Join([]string{"-q", "pdf", "--out", filepath.Join(out, "book.pdf"), src}, "\x1f"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != exitBuild || !strings.Contains(stderr.String(), "publish: out of memory: the work needed more than 48 MiB") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}
