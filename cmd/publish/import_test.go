package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/testkit"
)

const sampleDir = "../../manuscript/" + slug

// TestImportSample regenerates the bundled manuscript from its raw source
// through the command line: the two must not drift apart.
func TestImportSample(t *testing.T) {
	out := t.TempDir()
	src, _ := filepath.Abs(filepath.Join(sampleDir, "source.txt"))
	meta, _ := filepath.Abs(filepath.Join(sampleDir, "meta.yaml"))
	code, stdout, stderr := publish(t, "import", "--meta", meta, "--out", out, src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "(2 headings, 25 paragraphs, 3 figures)") {
		t.Errorf("stdout = %q", stdout)
	}
	got, _ := os.ReadFile(filepath.Join(out, "manuscript.md"))
	want, _ := os.ReadFile(filepath.Join(sampleDir, "manuscript.md"))
	if !bytes.Equal(got, want) {
		t.Errorf("publish import of source.txt differs from the bundled manuscript.md")
	}
}

func TestImportReportJSON(t *testing.T) {
	src, _ := filepath.Abs(filepath.Join(sampleDir, "source.txt"))
	t.Chdir(t.TempDir())
	code, _, stderr := publish(t, "--quiet", "import", "--report", "json", src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Entries []struct {
			Line int    `json:"line"`
			Kind string `json:"kind"`
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(stderr), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, stderr)
	}
	dropped := 0
	for _, e := range rep.Entries {
		if e.Kind == "dropped" {
			dropped++
		}
	}
	if len(rep.Entries) == 0 || dropped == 0 {
		t.Errorf("report has %d entries, %d dropped", len(rep.Entries), dropped)
	}
	if _, err := os.Stat(filepath.Join(slug, "manuscript.md")); err != nil {
		t.Errorf("default output directory: %v", err)
	}
}

// TestArticleOnTheFly builds an edition straight from a raw .txt article.
func TestArticleOnTheFly(t *testing.T) {
	src, _ := filepath.Abs(filepath.Join(sampleDir, "source.txt"))
	out := filepath.Join(t.TempDir(), "a.epub")
	code, _, stderr := publish(t, "epub", "--out", out, src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	text := strings.Join(testkit.EPUBText(t, out), "\n")
	for _, want := range []string{"Who was Leandro Norero?", "GALO PAGUAY / Getty"} {
		if !strings.Contains(text, want) {
			t.Errorf("epub lacks %q", want)
		}
	}
}

func TestImportUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"import"}, "import needs the article"},
		{[]string{"import", "--report", "xml", "a.txt"}, `--report takes text or json, not "xml"`},
	} {
		if code, _, stderr := publish(t, c.args...); code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q", c.args, code, stderr)
		}
	}
}
