package hostile

import (
	"os"
	"path/filepath"
	"syscall"
)

// untitled is a raw article whose headline has no letter, only emoji
// (n is one), so that its slug is "untitled", as is any other such
// headline's.
func untitled(n string) string {
	return "📰 " + n + "\n\nΠρώτη παράγραφος του άρθρου, με αρκετό κείμενο για να είναι το σώμα ενός άρθρου.\n\n" +
		"Δεύτερη παράγραφος του άρθρου, επίσης αρκετά μεγάλη για να μετρήσει.\n"
}

// withFigure is a manuscript with one figure and a cover image.
func withFigure(dir string) error {
	return files(dir,
		"manuscript.md", "---\ntitle: Hostile input\nlang: en\ncover-image: images/cover.png\n---\n\n![Caption](images/a.png){alt=\"a\" credit=\"b\"}\n",
		"images/a.png", string(tinyPNG()),
		"images/cover.png", string(tinyPNG()))
}

func outputs() []*Case {
	refused := func(name string, out string, setup func(string) error, same ...string) *Case {
		return &Case{
			Category: "outputs", Name: name, Setup: setup,
			Args: []string{"epub", "--out", out, "{dir}"},
			Want: Want{Exit: 2, Stderr: []string{"names an input file"}, Same: same},
		}
	}
	notRegular := func(name, out, what string, setup func(string) error) *Case {
		return &Case{
			Category: "outputs", Name: name, Setup: setup,
			Args: []string{"epub", "--out", "{dir}/" + out, "{dir}"},
			Want: Want{Exit: 1, Stderr: []string{"{dir}/" + out + ": ", what}, NoStderr: []string{".tmp"}, Same: []string{out}},
		}
	}
	return []*Case{
		refused("out-is-image", "{dir}/images/a.png", withFigure, "images/a.png"),
		refused("out-is-cover", "{dir}/images/cover.png", withFigure, "images/cover.png"),
		refused("out-is-manuscript", "{dir}/manuscript.md", withFigure, "manuscript.md"),
		refused("out-is-image-by-another-path", "{dir}/images/../images/./a.png", withFigure, "images/a.png"),
		refused("out-is-hard-link-to-image", "{dir}/copy.epub", func(dir string) error {
			if err := withFigure(dir); err != nil {
				return err
			}
			return os.Link(filepath.Join(dir, "images/a.png"), filepath.Join(dir, "copy.epub"))
		}, "images/a.png"),
		{
			Category: "outputs", Name: "out-is-article",
			Setup: func(dir string) error { return files(dir, "a.txt", untitled("🌅")) },
			Args:  []string{"epub", "--out", "{dir}/a.txt", "{dir}/a.txt"},
			Want:  Want{Exit: 2, Stderr: []string{"names an input file"}, Same: []string{"a.txt"}},
		},
		notRegular("out-is-character-device", "full", "not a regular file", func(dir string) error {
			if err := withFigure(dir); err != nil {
				return err
			}
			// The same device as /dev/full, made here: the real one is never touched.
			if err := syscall.Mknod(filepath.Join(dir, "full"), syscall.S_IFCHR|0o666, 1<<8|7); err != nil {
				return ErrSkip
			}
			return nil
		}),
		notRegular("out-is-symlink", "latest.epub", "symbolic link", func(dir string) error {
			if err := withFigure(dir); err != nil {
				return err
			}
			if err := files(dir, "book-v1.epub", "an older edition"); err != nil {
				return err
			}
			return os.Symlink("book-v1.epub", filepath.Join(dir, "latest.epub"))
		}),
		notRegular("out-is-stdout-link", "stdout", "symbolic link", func(dir string) error {
			if err := withFigure(dir); err != nil {
				return err
			}
			return os.Symlink("/proc/self/fd/1", filepath.Join(dir, "stdout"))
		}),
		notRegular("out-is-fifo", "pipe.epub", "not a regular file", fifo("pipe.epub", withFigure)),
		{
			Category: "outputs", Name: "import-over-edited-manuscript",
			Setup: func(dir string) error {
				return files(dir, "a.txt", untitled("🌅"), "desk/manuscript.md", "---\ntitle: Edited by hand\n---\n\nDo not lose me.\n")
			},
			Args: []string{"import", "--out", "{dir}/desk", "{dir}/a.txt"},
			Want: Want{Exit: 1, Stderr: []string{"desk/manuscript.md", "already exists", "--force"}, Same: []string{"desk/manuscript.md"}},
		},
		{
			Category: "outputs", Name: "import-force-replaces",
			Setup: func(dir string) error {
				return files(dir, "a.txt", untitled("🌅"), "desk/manuscript.md", "---\ntitle: Edited by hand\n---\n\nReplace me.\n")
			},
			Args: []string{"import", "--force", "--out", "{dir}/desk", "{dir}/a.txt"},
			Want: Want{Stdout: []string{"wrote {dir}/desk/manuscript.md"}},
		},
		{
			Category: "outputs", Name: "import-default-slug-exists",
			Setup: func(dir string) error {
				return files(dir, "a.txt", untitled("🌅"), "untitled/manuscript.md", "---\ntitle: Edited by hand\n---\n\nDo not lose me.\n")
			},
			Args: []string{"import", "{dir}/a.txt"},
			Want: Want{Exit: 1, Stderr: []string{"untitled/manuscript.md", "already exists"}, Same: []string{"untitled/manuscript.md"}},
		},
		{
			Category: "outputs", Name: "import-same-slug-in-one-batch",
			Setup: func(dir string) error {
				return files(dir, "a.txt", untitled("🌅"), "b.txt", untitled("🌄"))
			},
			Args: []string{"import", "--out-dir", "{dir}/lib", "{dir}/a.txt", "{dir}/b.txt"},
			Want: Want{Exists: []string{"lib/untitled/manuscript.md", "lib/untitled-2/manuscript.md"}},
		},
	}
}
