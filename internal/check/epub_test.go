package check_test

import (
	"archive/zip"
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"publish/internal/build"
	"publish/internal/check"
	"publish/internal/testkit"
	"publish/manuscript"
)

// entry is one file of an EPUB being rewritten by a test.
type entry struct {
	name   string
	data   []byte
	method uint16
	extra  []byte
}

var (
	goodOnce sync.Once
	goodData []byte
	goodErr  error
)

// goodEPUB builds the bundled sample with internal/build, with real JPEG
// photos in place of the missing ones, so the book has images too.
func goodEPUB(t testing.TB) []byte {
	t.Helper()
	goodOnce.Do(func() {
		dir, err := os.MkdirTemp("", "check-good-")
		if err != nil {
			goodErr = err
			return
		}
		defer os.RemoveAll(dir)
		src, err := fs.ReadFile(manuscript.Sample(), "manuscript.md")
		if err != nil {
			goodErr = err
			return
		}
		os.WriteFile(filepath.Join(dir, "manuscript.md"), src, 0o644)
		os.Mkdir(filepath.Join(dir, "images"), 0o755)
		for i := 1; i <= 3; i++ {
			img := image.NewRGBA(image.Rect(0, 0, 40, 30))
			for x := 0; x < 40; x++ {
				img.Set(x, x%30, color.RGBA{uint8(60 * i), 80, 120, 255})
			}
			var b bytes.Buffer
			jpeg.Encode(&b, img, nil)
			os.WriteFile(filepath.Join(dir, "images", "figure-"+string(rune('0'+i))+".jpg"), b.Bytes(), 0o644)
		}
		m, err := build.Load(dir)
		if err != nil {
			goodErr = err
			return
		}
		var out bytes.Buffer
		if goodErr = build.EPUB(&out, m, build.Options{}); goodErr == nil {
			goodData = out.Bytes()
		}
	})
	if goodErr != nil {
		t.Fatal(goodErr)
	}
	return goodData
}

func unzipEntries(t testing.TB, data []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		out = append(out, entry{name: f.Name, data: b.Bytes(), method: f.Method})
	}
	return out
}

func zipEntries(t testing.TB, es []entry) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range es {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: e.method, Extra: e.extra})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// edit returns a mutation that replaces the first match of the regular
// expression old, in the first entry whose name matches name and whose
// text matches old, with new ($1 expands). It fails when nothing matches,
// so a case cannot silently stop breaking the book.
func edit(name, old, new string) func(testing.TB, []entry) []entry {
	nameRE, oldRE := regexp.MustCompile(name), regexp.MustCompile(old)
	return func(t testing.TB, es []entry) []entry {
		for i := range es {
			if !nameRE.MatchString(es[i].name) {
				continue
			}
			if loc := oldRE.FindSubmatchIndex(es[i].data); loc != nil {
				var out []byte
				out = append(out, es[i].data[:loc[0]]...)
				out = oldRE.Expand(out, []byte(new), es[i].data, loc)
				es[i].data = append(out, es[i].data[loc[1]:]...)
				return es
			}
		}
		t.Fatalf("no entry matching %s holds %s", name, old)
		return nil
	}
}

func remove(name string) func(testing.TB, []entry) []entry {
	nameRE := regexp.MustCompile(name)
	return func(t testing.TB, es []entry) []entry {
		for i := range es {
			if nameRE.MatchString(es[i].name) {
				return append(es[:i:i], es[i+1:]...)
			}
		}
		t.Fatalf("no entry matching %s", name)
		return nil
	}
}

func both(a, b func(testing.TB, []entry) []entry) func(testing.TB, []entry) []entry {
	return func(t testing.TB, es []entry) []entry { return b(t, a(t, es)) }
}

// Entries by pattern, so the corpus follows the writer's layout.
const (
	opf     = `\.opf$`
	content = `^EPUB/xhtml/.*\.xhtml$`
	nav     = `nav\.xhtml$`
)

// corpus is one good EPUB and many, each broken in a single way. want is
// part of the message check must give.
var corpus = []struct {
	name   string
	mutate func(testing.TB, []entry) []entry
	want   string
}{
	{"good", nil, ""},
	{"mimetype not first", func(t testing.TB, es []entry) []entry {
		es[0], es[1] = es[1], es[0]
		return es
	}, "mimetype must be the first entry"},
	{"mimetype compressed", func(t testing.TB, es []entry) []entry {
		es[0].method = zip.Deflate
		return es
	}, "mimetype is compressed"},
	{"mimetype wrong content", func(t testing.TB, es []entry) []entry {
		es[0].data = []byte("application/zip")
		return es
	}, `mimetype holds "application/zip"`},
	{"mimetype extra field", func(t testing.TB, es []entry) []entry {
		es[0].extra = []byte{0xfe, 0xca, 4, 0, 1, 2, 3, 4}
		return es
	}, "mimetype has a ZIP extra field"},
	{"no mimetype", remove("^mimetype$"), "no mimetype entry"},
	{"no container", remove("^META-INF/container.xml$"), "no META-INF/container.xml"},
	{"container malformed", edit("container.xml$", "</rootfiles>", "</rootfile>"), "not well-formed"},
	{"rootfile missing", edit("container.xml$", `full-path="[^"]+"`, `full-path="EPUB/content.opf"`), "rootfile EPUB/content.opf is not in the container"},
	{"opf malformed", edit(opf, "</manifest>", "</manifes>"), "not well-formed"},
	{"no dc:title", both(edit(opf, "<dc:title", "<dc:subject"), edit(opf, "</dc:title>", "</dc:subject>")), "metadata has no dc:title"},
	{"no dcterms:modified", edit(opf, `property="dcterms:modified"`, `property="dcterms:created"`), "metadata has 0 dcterms:modified"},
	{"unique-identifier dangling", edit(opf, `unique-identifier="[^"]+"`, `unique-identifier="book-id"`), `unique-identifier "book-id" names no dc:identifier`},
	{"bad language", edit(opf, "<dc:language>[^<]*</dc:language>", "<dc:language>english!</dc:language>"), `dc:language "english!" is not a BCP 47`},
	{"manifest item missing", remove(`\.css$`), "is not in the container"},
	{"file not in manifest", func(t testing.TB, es []entry) []entry {
		return append(es, entry{name: "EPUB/notes.txt", data: []byte("stray"), method: zip.Deflate})
	}, "is in the container but not in the manifest"},
	{"spine idref unknown", edit(opf, `<itemref idref="[^"]+"`, `<itemref idref="colophon.xhtml"`), `spine itemref "colophon.xhtml" names no manifest item`},
	{"xhtml unclosed", edit(content, "</p>", "</span>"), "not well-formed"},
	{"xhtml html entity", edit(content, "<p>", "<p>&nbsp;"), "not well-formed"},
	{"xhtml unbound prefix", edit(content, ` xmlns:epub="http://www.idpf.org/2007/ops"`, ""), "not namespace-well-formed"},
	{"no nav", edit(opf, `properties="nav"`, `properties=""`), `manifest has 0 items with properties="nav"`},
	{"nav without toc", edit(nav, `epub:type="toc"`, `epub:type="index"`), `the navigation document has 0 <nav epub:type="toc">`},
	{"duplicate id", edit(content, `(?s)id="([^"]+)"(.*)</body>`, `id="$1"$2<p id="$1">again</p></body>`), `is already used`},
	{"link to missing file", edit(content, `</body>`, `<p><a href="colophon.xhtml">Colophon</a></p></body>`), `colophon.xhtml is not in the container`},
	{"link to missing id", edit(content, `</body>`, `<p><a href="#s-nowhere">Nowhere</a></p></body>`), `no id "s-nowhere"`},
	{"image media type wrong", edit(opf, `media-type="image/jpeg"`, `media-type="image/png"`), "is declared image/png but"},
	{"ncx uid differs", edit(`\.ncx$`, `name="dtb:uid" content="`, `name="dtb:uid" content="0`), "NCX dtb:uid"},
}

func corpusFile(t testing.TB, i int) []byte {
	good := goodEPUB(t)
	if corpus[i].mutate == nil {
		return good
	}
	return zipEntries(t, corpus[i].mutate(t, unzipEntries(t, good)))
}

// TestEPUBCorpus checks that each broken book gets its own message, and
// the good one none.
func TestEPUBCorpus(t *testing.T) {
	for i, c := range corpus {
		t.Run(c.name, func(t *testing.T) {
			data := corpusFile(t, i)
			rep := check.EPUB(bytes.NewReader(data), int64(len(data)), "book.epub")
			if c.want == "" {
				if len(rep.Findings) != 0 {
					t.Errorf("good book has findings: %v", rep.Findings)
				}
				return
			}
			found := false
			for _, f := range rep.Findings {
				found = found || strings.Contains(f.Msg, c.want)
				if !strings.HasPrefix(f.Pos.File, "book.epub") {
					t.Errorf("finding not positioned in the book: %v", f)
				}
			}
			if !found {
				t.Errorf("no finding starting %q in %v", c.want, rep.Findings)
			}
		})
	}
}

// TestEPUBCheckAgreement runs W3C EPUBCheck over the corpus and shows that
// it and check agree on which books are broken: EPUBCheck reports an
// error or warning exactly when check reports a finding, and an error
// (fatal included) exactly when check reports an error.
func TestEPUBCheckAgreement(t *testing.T) {
	testkit.Need(t, "java")
	testkit.Need(t, testkit.EPUBCheckJar)
	dir := t.TempDir()
	slots := make(chan bool, 4) // a few JVMs at a time
	for i, c := range corpus {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			slots <- true
			defer func() { <-slots }()
			data := corpusFile(t, i)
			file := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".epub")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			ec := testkit.EPUBCheck(t, file, false)
			rep := check.EPUB(bytes.NewReader(data), int64(len(data)), file)
			var ids []string
			for _, m := range ec.Messages {
				ids = append(ids, m.ID+"/"+m.Severity)
			}
			ecBroken := ec.Checker.NFatal+ec.Checker.NError+ec.Checker.NWarning > 0
			ecErr := ec.Checker.NFatal+ec.Checker.NError > 0
			t.Logf("epubcheck %v; check %d errors, %d warnings", ids, rep.Count(check.Error), rep.Count(check.Warning))
			if ecBroken != !rep.OK(true) || ecErr != !rep.OK(false) {
				t.Errorf("disagree: epubcheck %v (broken %v, errors %v); check %v", ids, ecBroken, ecErr, rep.Findings)
			}
			if (c.want != "") != ecBroken {
				t.Errorf("epubcheck broken=%v, corpus says %v", ecBroken, c.want != "")
			}
		})
	}
}
