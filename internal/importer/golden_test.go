package importer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"publish/internal/markdown"
)

var update = flag.Bool("update", false, "rewrite golden files and the bundled sample manuscript from the importer")

// importCase imports testdata/golden/NAME.txt with NAME.meta.yaml, when
// there is one, as --meta.
func importCase(t *testing.T, txt string) (manuscript, reportText, reportJSON []byte) {
	t.Helper()
	opt := Options{}
	if meta := strings.TrimSuffix(txt, ".txt") + ".meta.yaml"; fileExists(meta) {
		m, warns, err := ReadMetaFile(meta)
		if err != nil || len(warns) > 0 {
			t.Fatalf("meta: %v %v", err, warns)
		}
		opt.Meta = m
	}
	src, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	doc, rep, err := Import(bytes.NewReader(src), filepath.Base(txt), opt)
	if err != nil {
		t.Fatal(err)
	}
	var md, rt, rj bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteText(&rt); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteJSON(&rj); err != nil {
		t.Fatal(err)
	}
	assertRoundTrip(t, doc, md.Bytes())
	return md.Bytes(), rt.Bytes(), rj.Bytes()
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// checkGolden compares got with the file at path, or rewrites it under -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/importer -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the import (run go test ./internal/importer -update, then review the diff):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return "line " + strconv.Itoa(i+1) + ":\n want " + w + "\n  got " + g
		}
	}
	return "(no line differs)"
}

// TestGolden imports each whole article under testdata/golden and compares
// the manuscript and both reports with the golden files beside it.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		base := strings.TrimSuffix(in, ".txt")
		t.Run(filepath.Base(base), func(t *testing.T) {
			md, rt, rj := importCase(t, in)
			checkGolden(t, base+".md", md)
			checkGolden(t, base+".report", rt)
			checkGolden(t, base+".report.json", rj)
			md2, _, _ := importCase(t, in)
			if !bytes.Equal(md, md2) {
				t.Error("importing twice gave different bytes")
			}
		})
	}
}
