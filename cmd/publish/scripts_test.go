package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSafely: a panic while building one manuscript is that manuscript's
// error, not the end of the batch.
func TestSafely(t *testing.T) {
	err := safely(func() error { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "boom") {
		t.Errorf("got %v", err)
	}
	want := errors.New("plain")
	if err := safely(func() error { return want }); err != want {
		t.Errorf("got %v", err)
	}
}

// TestBuildScripts builds issue 13's twenty-language manuscript (with
// characters beyond the Basic Multilingual Plane in its title, headings,
// body, caption, credit and code) in a batch with the sample: both
// editions of both, and no panic.
func TestBuildScripts(t *testing.T) {
	dir := t.TempDir()
	var out, errw bytes.Buffer
	code := run([]string{"publish", "build", "--out-dir", dir, "../../internal/shape/testdata/scripts", "../../manuscript/who-was-leandro-norero-the-patron"}, &out, &errw)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out.String(), errw.String())
	}
	pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	epubs, _ := filepath.Glob(filepath.Join(dir, "*.epub"))
	if len(pdfs) != 2 || len(epubs) != 2 {
		t.Errorf("wrote %v %v", pdfs, epubs)
	}
	for _, p := range pdfs {
		if fi, err := os.Stat(p); err != nil || fi.Size() < 10000 {
			t.Errorf("%s: %v", p, err)
		}
	}
}
