package build

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileKeepsOld: a write that fails, panics or is interrupted
// leaves the existing file byte for byte, and no temporary file.
func TestWriteFileKeepsOld(t *testing.T) {
	cases := []struct {
		name  string
		write func(ctx context.Context, cancel func()) func(io.Writer) error
		want  string // in the error
	}{
		{"writer fails", func(context.Context, func()) func(io.Writer) error {
			return func(w io.Writer) error {
				io.WriteString(w, "half")
				return errors.New("disk on fire")
			}
		}, "disk on fire"},
		{"interrupted while writing", func(_ context.Context, cancel func()) func(io.Writer) error {
			return func(w io.Writer) error {
				if _, err := io.WriteString(w, "half"); err != nil {
					return err
				}
				cancel() // Ctrl-C
				_, err := io.WriteString(w, "the other half")
				return err
			}
		}, "x.epub: not written: context canceled"},
		{"interrupted after writing", func(_ context.Context, cancel func()) func(io.Writer) error {
			return func(w io.Writer) error {
				io.WriteString(w, "all of it")
				cancel()
				return nil
			}
		}, "x.epub: not written: context canceled"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, "x.epub")
			os.WriteFile(name, []byte("old edition"), 0o644)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			err := WriteFileContext(ctx, name, c.write(ctx, cancel))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
			if strings.Contains(c.name, "interrupted") && !errors.Is(err, context.Canceled) {
				t.Errorf("%v does not wrap context.Canceled", err)
			}
			assertDir(t, dir, name)
		})
	}
	t.Run("writer panics", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "x.epub")
		os.WriteFile(name, []byte("old edition"), 0o644)
		func() {
			defer func() { recover() }()
			WriteFile(name, func(w io.Writer) error {
				io.WriteString(w, "half")
				panic("bug")
			})
		}()
		assertDir(t, dir, name)
	})
}

func assertDir(t *testing.T, dir, name string) {
	t.Helper()
	if b, _ := os.ReadFile(name); string(b) != "old edition" {
		t.Errorf("old file is now %q", b)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		t.Errorf("left in the directory: %v", names)
	}
}
