package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEPUBTargets(t *testing.T) {
	t.Chdir(t.TempDir())
	cases := []struct {
		args []string
		file string
	}{
		{[]string{"epub"}, slug + ".epub"},
		{[]string{"epub", "--target", "generic"}, slug + ".epub"},
		{[]string{"epub", "--target", "kobo"}, slug + ".kepub.epub"},
		{[]string{"epub", "--target", "kindle", "--out", "kindle/book.epub"}, "kindle/book.epub"},
	}
	for _, c := range cases {
		code, stdout, stderr := publish(t, append([]string{"--quiet"}, c.args...)...)
		want := c.file
		if !strings.Contains(want, "/") {
			want = filepath.Join("dist", want)
		}
		if code != 0 || !strings.Contains(stdout, "wrote "+want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, stdout, stderr)
		}
		if _, err := os.Stat(want); err != nil {
			t.Errorf("%v: %v", c.args, err)
		}
	}
	code, _, stderr := publish(t, "epub", "--target", "nook")
	if code != 2 || !strings.Contains(stderr, `--target "nook" is not one of generic, kobo, kindle`) {
		t.Errorf("unknown target: exit %d, %q", code, stderr)
	}
}
