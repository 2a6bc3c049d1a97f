package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"publish/internal/benchdata"
	"publish/internal/testkit"
)

// archive writes n small manuscripts in the shapes a batch accepts: a
// manuscript directory (with images), a loose .md file and a raw .txt
// article, some in subdirectories. It returns the archive's directory.
func archive(t *testing.T, n int) string {
	t.Helper()
	root := t.TempDir()
	txt, err := os.ReadFile(filepath.Join("..", "..", "internal", "importer", "testdata", "golden", "en-quiet-hour.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		dir := filepath.Join(root, fmt.Sprintf("y%d", i%3))
		switch i % 3 {
		case 0:
			if _, err := benchdata.Write(filepath.Join(dir, fmt.Sprintf("book%02d", i)), benchdata.Options{Words: 300, Seed: uint64(i + 1), FigureEvery: 200}); err != nil {
				t.Fatal(err)
			}
		case 1:
			md := fmt.Sprintf("---\ntitle: Article %d\nlang: en\n---\n\nThe text of article %d.\n", i, i)
			write(t, filepath.Join(dir, fmt.Sprintf("article%02d.md", i)), md)
		case 2:
			write(t, filepath.Join(dir, fmt.Sprintf("raw%02d.txt", i)), strings.Replace(string(txt), "quiet hour", fmt.Sprintf("quiet hour %d", i), 1))
		}
	}
	write(t, filepath.Join(root, ".hidden", "skipped.md"), "not a manuscript")
	return root
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tree reads every file under dir, by relative path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(dir, p)
			files[filepath.ToSlash(rel)] = b
		}
		return nil
	})
	return files
}

func keys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestBatchFindsEveryKind(t *testing.T) {
	root := archive(t, 9)
	jobs, err := findManuscripts([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, j := range jobs {
		got = append(got, j.key+" -> "+filepath.ToSlash(j.out))
	}
	want := []string{
		"y0/book00 -> y0/book00", "y0/book03 -> y0/book03", "y0/book06 -> y0/book06",
		"y1/article01.md -> y1/article01", "y1/article04.md -> y1/article04", "y1/article07.md -> y1/article07",
		"y2/raw02.txt -> y2/raw02", "y2/raw05.txt -> y2/raw05", "y2/raw08.txt -> y2/raw08",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("found\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := findManuscripts([]string{t.TempDir()}); err == nil || !strings.Contains(err.Error(), "no manuscripts found") {
		t.Errorf("empty directory: err = %v", err)
	}
}

// TestShardsPartition checks that every manuscript lands in exactly one
// shard, by the hash and by building each shard.
func TestShardsPartition(t *testing.T) {
	var many []job
	for i := 0; i < 1000; i++ {
		many = append(many, job{key: fmt.Sprintf("%d/%02d/article-%d.txt", 2000+i%25, i%12+1, i)})
	}
	for _, n := range []int{1, 2, 3, 5, 16} {
		count := map[string]int{}
		smallest := len(many)
		for k := 0; k < n; k++ {
			shard := inShard(many, k, n)
			smallest = min(smallest, len(shard))
			for _, j := range shard {
				count[j.key]++
			}
		}
		for _, j := range many {
			if count[j.key] != 1 {
				t.Errorf("N=%d: %s is in %d shards", n, j.key, count[j.key])
			}
		}
		if smallest < len(many)/n/2 {
			t.Errorf("N=%d: a shard has %d of %d manuscripts; the hash spreads them badly", n, smallest, len(many))
		}
	}

	t.Setenv("SOURCE_DATE_EPOCH", "1664841600")
	root := archive(t, 6)
	jobs, err := findManuscripts([]string{root})
	if err != nil {
		t.Fatal(err)
	}

	all := t.TempDir()
	if code, _, stderr := publish(t, "-q", "build", "--out-dir", all, root); code != 0 {
		t.Fatalf("whole archive: exit %d\n%s", code, stderr)
	}
	whole := tree(t, all)
	if len(whole) != 2*len(jobs) {
		t.Fatalf("whole archive: %d files for %d manuscripts: %v", len(whole), len(jobs), keys(whole))
	}
	union := map[string][]byte{}
	for k := 0; k < 3; k++ {
		out := t.TempDir()
		code, _, stderr := publish(t, "-q", "build", "--shard", fmt.Sprintf("%d/3", k), "--out-dir", out, root)
		if code != 0 {
			t.Fatalf("shard %d/3: exit %d\n%s", k, code, stderr)
		}
		for name, b := range tree(t, out) {
			if _, dup := union[name]; dup {
				t.Errorf("%s is built by two shards", name)
			}
			union[name] = b
		}
	}
	if strings.Join(keys(union), " ") != strings.Join(keys(whole), " ") {
		t.Errorf("shards built\n%v\nthe whole archive\n%v", keys(union), keys(whole))
	}
	for name, b := range whole {
		if !bytes.Equal(union[name], b) {
			t.Errorf("%s differs between the sharded and the whole build", name)
		}
	}
}

func TestBatchJobsSameBytes(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1664841600")
	root := archive(t, 6)
	var first map[string][]byte
	for _, jobs := range []string{"1", "4"} {
		out := t.TempDir()
		code, stdout, stderr := publish(t, "build", "--jobs", jobs, "--out-dir", out, root)
		if code != 0 {
			t.Fatalf("--jobs %s: exit %d\n%s%s", jobs, code, stdout, stderr)
		}
		if !strings.Contains(stderr, "built 6 of 6 manuscripts") {
			t.Errorf("--jobs %s: no summary in\n%s", jobs, stderr)
		}
		files := tree(t, out)
		if first == nil {
			first = files
			continue
		}
		if strings.Join(keys(files), " ") != strings.Join(keys(first), " ") {
			t.Fatalf("--jobs 1 wrote %v, --jobs 4 wrote %v", keys(first), keys(files))
		}
		for name, b := range files {
			if !bytes.Equal(first[name], b) {
				t.Errorf("%s differs between --jobs 1 and --jobs 4", name)
			}
		}
	}
}

// A symbolic link given as the archive is followed, and its manuscripts'
// editions are named as they are under the directory itself.
func TestBatchFollowsLinkedArchive(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1664841600")
	root := archive(t, 3)
	link := filepath.Join(t.TempDir(), "archive")
	if err := os.Symlink(root, link); err != nil {
		t.Skip(err)
	}
	viaLink, direct := t.TempDir(), t.TempDir()
	for _, c := range [][2]string{{viaLink, link}, {direct, root}} {
		if code, stdout, stderr := publish(t, "build", "--out-dir", c[0], c[1]); code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", c[1], code, stdout, stderr)
		}
	}
	a, b := tree(t, viaLink), tree(t, direct)
	if len(a) != 6 || strings.Join(keys(a), " ") != strings.Join(keys(b), " ") {
		t.Errorf("through the link: %v; directly: %v", keys(a), keys(b))
	}
}

func TestBatchFailureDoesNotStopOthers(t *testing.T) {
	root := archive(t, 6)
	write(t, filepath.Join(root, "y1", "broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n")
	write(t, filepath.Join(root, "y2", "empty.txt"), "\n\n")
	out := t.TempDir()
	code, _, stderr := publish(t, "-q", "build", "--jobs", "3", "--out-dir", out, root)
	if code != exitBuild {
		t.Errorf("exit %d, want %d", code, exitBuild)
	}
	summary := stderr[strings.Index(stderr, "built 6 of 8 manuscripts"):]
	for _, want := range []string{"2 failed:", filepath.Join(root, "y1", "broken.md") + ": ", filepath.Join(root, "y2", "empty.txt") + ": ", "publish: 2 of 8 manuscripts failed"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
	if files := tree(t, out); len(files) != 12 {
		t.Errorf("built %d files, want 12 (6 manuscripts): %v", len(files), keys(files))
	}
}

// TestBatchSameName: two manuscripts named on the command line whose
// editions have the same name. The first in input order wins whatever
// --jobs is, and the second fails, named in the summary.
func TestBatchSameName(t *testing.T) {
	dir := t.TempDir()
	for i, text := range []string{"First", "Second", "Third"} {
		write(t, filepath.Join(dir, fmt.Sprintf("%d.md", i)), "---\ntitle: Same Title\n---\n\n"+text+" text.\n")
	}
	for _, jobs := range []string{"1", "3"} {
		out := t.TempDir()
		code, _, stderr := publish(t, "-q", "build", "--jobs", jobs, "--out-dir", out, filepath.Join(dir, "2.md"), filepath.Join(dir, "0.md"), filepath.Join(dir, "1.md"))
		if code != exitBuild || !strings.Contains(stderr, "2 failed") || !strings.Contains(stderr, "same names as those of "+filepath.Join(dir, "2.md")) {
			t.Errorf("--jobs %s: exit %d\n%s", jobs, code, stderr)
		}
		text := strings.Join(testkit.EPUBText(t, filepath.Join(out, "same-title.epub")), "\n")
		if !strings.Contains(text, "Third text.") {
			t.Errorf("--jobs %s: same-title.epub is not the first manuscript's:\n%s", jobs, text)
		}
	}
}

func TestBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--shard", "3/3"}, {"--shard", "-1/2"}, {"--shard", "a/b"}, {"--shard", "1"}, {"--shard", "0/0"}, {"--jobs", "0"},
	} {
		code, _, stderr := publish(t, append([]string{"build"}, args...)...)
		if code != exitUsage || !strings.Contains(stderr, args[0]) {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// The hash is part of the interface: machines running the same command
// must agree, and so must releases.
func TestShardOfIsStable(t *testing.T) {
	for key, want := range map[string]int{"y0/book00": 5, "": 2, "a": 5, "2022/10/norero.txt": 1} {
		if got := shardOf(key, 7); got != want {
			t.Errorf("shardOf(%q, 7) = %d, want %d", key, got, want)
		}
	}
}

// A directory of saved pages: a page beside its folder, and the one-file
// archives (MHTML) that Chrome and Edge save, are each a manuscript.
func TestBatchFindsSavedPages(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"page.html", "page_files/photo.jpg", "page_files/inner.html", "archive.mhtml", "old.MHT", "notes.pdf"} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	jobs, err := findManuscripts([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, j := range jobs {
		got = append(got, j.key)
	}
	if want := "archive.mhtml old.MHT page.html"; strings.Join(got, " ") != want {
		t.Errorf("found %q, want %q", got, want)
	}
}
