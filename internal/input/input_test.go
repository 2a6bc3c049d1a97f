package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadRefusesBeforeOpening(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip(err)
	}
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o644)
	big := filepath.Join(dir, "big")
	os.WriteFile(big, make([]byte, 2048), 0o644)
	for _, c := range []struct {
		name, want string
	}{
		{pipe, "pipe is not a regular file (a named pipe)"}, // would block in open
		{dir, "is not a regular file (a directory)"},
		{empty, "empty is empty"},
		{big, "big is larger than the limit of 1 KiB"},
		{filepath.Join(dir, "none"), "none: no such file or directory"},
	} {
		_, err := Read(c.name, 1024)
		if err == nil || !strings.HasSuffix(Describe(c.name, err), c.want) {
			t.Errorf("Read(%s): %v; want ...%s", c.name, err, c.want)
		}
	}
	if _, err := Read(empty, 10); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
	if b, err := ReadFS(os.DirFS(dir), "big", 4096); err != nil || len(b) != 2048 {
		t.Errorf("ReadFS: %d bytes, %v", len(b), err)
	}
}

func TestBinary(t *testing.T) {
	for _, c := range []struct {
		data, want string
	}{
		{"---\ntitle: A\n---\n\nText.\n", ""},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
		{"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"},
		{"%PDF-1.7\n", "a PDF"},
		{"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (an EPUB?)"},
		{"\xfe\xff\x00-\x00-\x00-", "UTF-16 text (save it as UTF-8)"},
		{"\x00\x01\x02\x03\x04\xff\xfe\xfd\x80\x81", "a binary file"},
		{"Text with a few\x01\x02 stray controls, and more text around them to read.", ""},
		{"\x01\x02\x03\x04\x05\x06 all controls, but UTF-8 text", ""},
		{"caf\xe9 in Latin-1", ""},
	} {
		if got := Binary([]byte(c.data)); got != c.want {
			t.Errorf("Binary(%q) = %q, want %q", c.data, got, c.want)
		}
	}
}
