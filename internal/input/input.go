// Package input reads the files a command is handed, safely: anything
// that is not a regular file (a named pipe, a device, a socket) is refused
// from its metadata before it is opened, since opening a named pipe waits
// for a writer that may never come; an empty file is named as empty; and
// reads stop at a limit.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"unicode/utf8"
)

// Problem is what is wrong with a file, worded to follow its name:
// "is empty", "is not a regular file (a named pipe)".
type Problem struct{ msg string }

func (p *Problem) Error() string { return p.msg }

// ErrEmpty is the error for a file of 0 bytes.
var ErrEmpty error = &Problem{"is empty"}

// NotRegular is the error for a file of mode m that is not a regular file.
func NotRegular(m fs.FileMode) error {
	return &Problem{"is not a regular file (" + Kind(m) + ")"}
}

// Describe words err about the file name for a message: "images/x.jpg is
// empty" for a Problem, "images/x.jpg: permission denied" otherwise.
func Describe(name string, err error) string {
	var p *Problem
	if errors.As(err, &p) {
		return name + " " + p.msg
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return name + ": " + err.Error()
}

// Kind names what a file of mode m is: "a named pipe", "a directory"...
func Kind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "a regular file"
	case m&fs.ModeDir != 0:
		return "a directory"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "not a file that can be read"
}

// Stat returns name's metadata, following symbolic links, and an error
// when it is not a regular file or is empty.
func Stat(name string) (fs.FileInfo, error) {
	fi, err := os.Stat(name)
	return check(fi, err)
}

// StatFS is Stat inside fsys.
func StatFS(fsys fs.FS, name string) (fs.FileInfo, error) {
	fi, err := fs.Stat(fsys, name)
	return check(fi, err)
}

func check(fi fs.FileInfo, err error) (fs.FileInfo, error) {
	switch {
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return fi, NotRegular(fi.Mode())
	case fi.Size() == 0:
		return fi, ErrEmpty
	}
	return fi, nil
}

// ReadFS reads the regular file name of fsys, of at most limit bytes.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	fi, err := StatFS(fsys, name)
	if err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, fi.Size(), limit)
}

// Read reads the regular file name, of at most limit bytes.
func Read(name string, limit int64) ([]byte, error) {
	fi, err := Stat(name)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, fi.Size(), limit)
}

func read(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, TooLarge(limit)
	}
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead) // in one read, not by doubling
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, TooLarge(limit) // it grew while being read
	}
	if buf.Len() == 0 {
		return nil, ErrEmpty
	}
	return buf.Bytes(), nil
}

// TooLarge is the error for a file over a limit of limit bytes.
func TooLarge(limit int64) error {
	return &Problem{"is larger than the limit of " + Size(limit)}
}

// Size writes a byte count for people: "64 MiB", "512 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Binary names what data is when it is not text, from its first bytes:
// "a PNG image", "a ZIP archive", "UTF-16 text"; "" for UTF-8 text.
func Binary(data []byte) string {
	head := data[:min(len(data), 512)]
	t := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(t, "text/plain; charset=utf-16"):
		return "UTF-16 text (save it as UTF-8)"
	case strings.HasPrefix(t, "text/"):
		return ""
	case t == "application/octet-stream" && (!mostlyControls(head) || validUTF8(head)):
		// No signature known, and text with stray control characters,
		// which readers remove with a warning.
		return ""
	}
	if name, ok := kinds[t]; ok {
		return name
	}
	if strings.HasPrefix(t, "image/") {
		return "an image (" + t + ")"
	}
	return "a binary file (" + t + ")"
}

var kinds = map[string]string{
	"image/png": "a PNG image", "image/jpeg": "a JPEG image", "image/gif": "a GIF image",
	"image/webp": "a WebP image", "image/bmp": "a BMP image", "image/x-icon": "an icon",
	"application/pdf": "a PDF", "application/zip": "a ZIP archive (an EPUB?)",
	"application/x-gzip": "a gzip archive", "application/x-rar-compressed": "a RAR archive",
	"application/octet-stream": "a binary file", "application/wasm": "a WebAssembly module",
	"audio/mpeg": "an MP3 file", "video/mp4": "an MP4 video", "font/ttf": "a font", "font/woff": "a font",
	"application/vnd.ms-fontobject": "a font", "font/otf": "a font", "font/woff2": "a font",
}

// mostlyControls reports whether more than one byte in ten of b is a
// control character that text does not use: the mark of a binary file.
func mostlyControls(b []byte) bool {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			n++
		}
	}
	return n*10 > len(b)
}

// validUTF8 reports whether b is UTF-8, but for a character cut at its end.
func validUTF8(b []byte) bool {
	for i := 0; i < 3 && len(b) > 0 && !utf8.Valid(b); i++ {
		b = b[:len(b)-1]
	}
	return utf8.Valid(b)
}
