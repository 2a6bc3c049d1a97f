package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"publish/internal/hostile"
	"publish/internal/testkit"
)

// The hostile corpus of issue #16 (internal/hostile), one test per
// category. Each case runs as its own publish process (this test binary,
// through TestHelperPublish), in its own directory, with a time limit: a
// hang fails the case instead of the whole run.
func TestHostileLinks(t *testing.T)    { hostileCategory(t, "links") }
func TestHostileOutputs(t *testing.T)  { hostileCategory(t, "outputs") }
func TestHostileTime(t *testing.T)     { hostileCategory(t, "time") }
func TestHostileMemory(t *testing.T)   { hostileCategory(t, "memory") }
func TestHostileEditions(t *testing.T) { hostileCategory(t, "editions") }
func TestHostileWords(t *testing.T)    { hostileCategory(t, "words") }

// heavy cases take many seconds; -short skips them.
var heavy = map[string]bool{"memory/article-16MiB-one-line": true, "editions/headings-10000": true}

func hostileCategory(t *testing.T, category string) {
	n := 0
	for _, c := range hostile.All() {
		if c.Category != category {
			continue
		}
		n++
		t.Run(c.Name, func(t *testing.T) {
			if testing.Short() && heavy[c.ID()] {
				t.Skip("heavy; run without -short")
			}
			runHostile(t, c)
		})
	}
	if n == 0 {
		t.Fatalf("no case in category %s", category)
	}
}

// snapshot is what an input was before the run: its bytes and its type.
type snapshot struct {
	data []byte
	mode fs.FileMode
}

func runHostile(t *testing.T, c *hostile.Case) {
	dir := t.TempDir()
	if err := c.Setup(dir); err != nil {
		if errors.Is(err, hostile.ErrSkip) {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	before := map[string]snapshot{}
	for _, p := range c.Want.Same {
		before[p] = snap(t, filepath.Join(dir, p))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperPublish$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append(c.Env, "PUBLISH_HELPER=1", "PUBLISH_ARGS="+strings.Join(c.Expand(dir), "\x1f"))...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	limit := hostile.Timeout
	if heavy[c.ID()] {
		limit *= 5 // seconds of CPU, and more of waiting on a loaded machine
	}
	select {
	case <-done:
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("publish %s hung: killed after %v", strings.Join(c.Args, " "), limit)
	}
	expand := func(s string) string { return strings.ReplaceAll(s, "{dir}", dir) }
	w := c.Want
	if code := cmd.ProcessState.ExitCode(); code != w.Exit {
		t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, w.Exit, tail(stdout.String()), tail(stderr.String()))
	}
	for _, s := range w.Stderr {
		if !strings.Contains(stderr.String(), expand(s)) {
			t.Errorf("stderr lacks %q:\n%s", expand(s), tail(stderr.String()))
		}
	}
	for _, s := range w.Stdout {
		if !strings.Contains(stdout.String(), expand(s)) {
			t.Errorf("stdout lacks %q:\n%s", expand(s), tail(stdout.String()))
		}
	}
	for _, s := range w.NoStderr {
		if strings.Contains(stderr.String(), s) {
			t.Errorf("stderr has %q:\n%s", s, tail(stderr.String()))
		}
	}
	for _, p := range w.Valid {
		file := filepath.Join(dir, p)
		if _, err := os.Stat(file); err != nil {
			t.Errorf("edition %s not written: %v", p, err)
			continue
		}
		testkit.Check(t, file)
		text := editionText(t, file)
		for _, s := range w.Text {
			if !strings.Contains(text, squeeze(s)) {
				t.Errorf("%s lacks the text %.60q", p, s)
			}
		}
	}
	for p, b := range before {
		if after := snap(t, filepath.Join(dir, p)); after.mode != b.mode || !bytes.Equal(after.data, b.data) {
			t.Errorf("input %s changed (%v, %d bytes -> %v, %d bytes)", p, b.mode, len(b.data), after.mode, len(after.data))
		}
	}
	for _, p := range w.Absent {
		if _, err := os.Lstat(filepath.Join(dir, p)); err == nil {
			t.Errorf("%s exists; it should not", p)
		}
	}
	for _, p := range w.Exists {
		if _, err := os.Lstat(filepath.Join(dir, p)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if len(w.Forbidden) > 0 {
		forbidden(t, dir, w.Forbidden, before)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

func snap(t *testing.T, p string) snapshot {
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	s := snapshot{mode: fi.Mode()}
	if fi.Mode().IsRegular() {
		s.data, _ = os.ReadFile(p)
	} else if fi.Mode()&fs.ModeSymlink != 0 {
		l, _ := os.Readlink(p)
		s.data = []byte(l)
	}
	return s
}

// editionText is the text of an EPUB (its blocks, along the spine) or a
// PDF (pdftotext), without spaces, line breaks and the hyphens that end
// lines: what was set, whatever the line breaks.
func editionText(t *testing.T, file string) string {
	var s string
	if strings.HasSuffix(file, ".pdf") {
		s = testkit.PDFText(t, file)
	} else {
		s = strings.Join(testkit.EPUBText(t, file), "\n")
	}
	return squeeze(strings.ReplaceAll(s, "-\n", ""))
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// forbidden fails when a file the command wrote holds one of the strings,
// in any letter case: EPUBs entry by entry, PDFs as they are and with
// their streams uncompressed (qpdf --qdf).
func forbidden(t *testing.T, dir string, bad []string, inputs map[string]snapshot) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if _, ok := inputs[rel]; ok || rel == "manuscript.md" {
			return nil
		}
		var parts [][]byte
		switch {
		case strings.HasSuffix(p, ".epub"):
			zr, err := zip.OpenReader(p)
			if err != nil {
				t.Errorf("%s: %v", rel, err)
				return nil
			}
			for _, f := range zr.File {
				rc, _ := f.Open()
				b, _ := io.ReadAll(rc)
				rc.Close()
				parts = append(parts, b)
			}
			zr.Close()
		case strings.HasSuffix(p, ".pdf"):
			b, _ := os.ReadFile(p)
			parts = append(parts, b)
			qdf := filepath.Join(t.TempDir(), "qdf.pdf")
			testkit.Need(t, "qpdf")
			exec.Command("qpdf", "--qdf", "--object-streams=disable", p, qdf).Run()
			if b, err := os.ReadFile(qdf); err == nil {
				parts = append(parts, b)
			}
		default:
			return nil
		}
		for _, b := range parts {
			low := bytes.ToLower(b)
			for _, s := range bad {
				if bytes.Contains(low, []byte(strings.ToLower(s))) {
					t.Errorf("%s holds %q", rel, s)
				}
			}
		}
		return nil
	})
}

func tail(s string) string {
	if len(s) > 1500 {
		return "…" + s[len(s)-1500:]
	}
	return s
}
