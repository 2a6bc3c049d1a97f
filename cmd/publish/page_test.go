package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/testkit"
)

// savedPage copies one page of internal/html's corpus (page.html and its
// page_files/) into a temporary directory and returns that directory.
func savedPage(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("..", "..", "internal", "html", "testdata", "pages", name)
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "expected.yaml"))
	return dir
}

// TestImportPageOffline imports a saved page in a process that has no
// network at all: a new network namespace (unshare -rn) holds only a
// loopback interface that is down, so any attempt to fetch would fail,
// and HTTP(S)_PROXY point at a closed port for good measure. The import
// must succeed and copy the saved photo.
func TestImportPageOffline(t *testing.T) {
	unshare, err := exec.LookPath("unshare")
	if err == nil {
		err = exec.Command(unshare, "-rn", "true").Run()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("unshare -rn is needed to run without a network (CI=true): %v", err)
		}
		t.Skipf("no network namespace here: %v", err)
	}
	dir := savedPage(t, "es-regional-faro")
	out := filepath.Join(t.TempDir(), "faro")
	args := []string{"import", "--out", out, filepath.Join(dir, "page.html")}
	cmd := exec.Command(unshare, "-rn", os.Args[0], "-test.run=^TestHelperPublish$")
	cmd.Env = append(os.Environ(), "PUBLISH_HELPER=1", "PUBLISH_ARGS="+strings.Join(args, "\x1f"),
		"HTTP_PROXY=http://127.0.0.1:9", "HTTPS_PROXY=http://127.0.0.1:9", "http_proxy=http://127.0.0.1:9", "https_proxy=http://127.0.0.1:9")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("import without a network: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "wrote "+filepath.Join(out, "manuscript.md")) {
		t.Errorf("stdout = %q", stdout.String())
	}
	md, err := os.ReadFile(filepath.Join(out, "manuscript.md"))
	if err != nil || !bytes.Contains(md, []byte("](images/faro-punta-garza-1024x683.jpg)")) {
		t.Errorf("manuscript does not name the copied photo (%v):\n%s", err, md)
	}
	got, _ := os.ReadFile(filepath.Join(out, "images", "faro-punta-garza-1024x683.jpg"))
	want, _ := os.ReadFile(filepath.Join(dir, "page_files", "faro-punta-garza-1024x683.jpg"))
	if len(want) == 0 || !bytes.Equal(got, want) {
		t.Errorf("the saved photo was not copied into images/")
	}
}

// TestBuildSavedPage builds both editions from a directory holding a
// saved page (page.html beside page_files/), and from the .html given
// directly; both pass EPUBCheck and publish check, and the EPUB carries
// the locally saved photo.
func TestBuildSavedPage(t *testing.T) {
	dir := savedPage(t, "de-zeitung-faehre")
	out := t.TempDir()
	code, stdout, stderr := publish(t, "build", "--out-dir", out, filepath.Dir(dir))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	epub := filepath.Join(out, "de-zeitung-faehre", "page.epub")
	pdf := filepath.Join(out, "de-zeitung-faehre", "page.pdf")
	for _, f := range []string{epub, pdf} {
		if !strings.Contains(stdout, f) {
			t.Errorf("build of the directory did not write %s:\n%s", f, stdout)
		}
	}
	if code, so, se := publish(t, "check", epub, pdf); code != 0 {
		t.Errorf("publish check: exit %d\n%s%s", code, so, se)
	}
	r := testkit.EPUBCheck(t, epub, false)
	if r.Checker.NFatal+r.Checker.NError+r.Checker.NWarning > 0 {
		t.Errorf("EPUBCheck: %+v", r.Messages)
	}
	zr, err := zip.OpenReader(epub)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	photo := false
	for _, f := range zr.File {
		photo = photo || strings.HasSuffix(f.Name, ".jpg")
	}
	if !photo {
		t.Errorf("the EPUB has no photo")
	}
	text := strings.Join(testkit.EPUBText(t, epub), "\n")
	for _, want := range []string{"Seit Montag pendelt die Fähre", "Ein zweites Boot?"} {
		if !strings.Contains(text, want) {
			t.Errorf("EPUB text lacks %q", want)
		}
	}
	for _, furniture := range []string{"Zustimmen", "Mehr zum Thema", "Kommentare", "Anzeige"} {
		if strings.Contains(text, furniture) {
			t.Errorf("EPUB text holds page furniture %q", furniture)
		}
	}
	// The page named directly, as epub and pdf take it.
	one := filepath.Join(t.TempDir(), "one.epub")
	if code, _, stderr := publish(t, "epub", "--out", one, filepath.Join(dir, "page.html")); code != 0 {
		t.Fatalf("epub page.html: exit %d: %s", code, stderr)
	}
	if code, so, se := publish(t, "check", one); code != 0 {
		t.Errorf("publish check: exit %d\n%s%s", code, so, se)
	}
}

// TestImportPageReport: --report json gives a decision for every block of
// the page and the source of every metadata field.
func TestImportPageReport(t *testing.T) {
	dir := savedPage(t, "en-wordpress-beekeepers")
	t.Chdir(t.TempDir())
	code, stdout, stderr := publish(t, "--quiet", "import", "--report", "json", filepath.Join(dir, "page.html"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "(1 headings, 7 paragraphs, 2 figures)") {
		t.Errorf("stdout = %q", stdout)
	}
	var rep struct {
		Fields []struct {
			Name, From string
		} `json:"fields"`
		Entries []struct {
			Block int
			Kind  string
			Rule  string
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(stderr), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, stderr)
	}
	kinds := map[string]int{}
	for i, e := range rep.Entries {
		if e.Block != i+1 || e.Kind == "" || e.Rule == "" {
			t.Errorf("entry %d: %+v", i, e)
		}
		kinds[e.Kind]++
	}
	if kinds["paragraph"] != 7 || kinds["figure"] != 2 || kinds["dropped"] == 0 || kinds["removed"] == 0 {
		t.Errorf("entries by kind: %v", kinds)
	}
	from := map[string]string{}
	for _, f := range rep.Fields {
		from[f.Name] = f.From
	}
	if from["title"] != "JSON-LD" || from["author"] != "JSON-LD" || from["publisher"] != "OpenGraph" || from["lang"] != "JSON-LD" {
		t.Errorf("fields' sources: %v", from)
	}
}
