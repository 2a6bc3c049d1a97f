// Package testkit runs the validators that tests judge editions by: our
// own publish check (Check), and EPUBCheck, qpdf and poppler. Where an
// external validator is missing a test is skipped, except under CI=true,
// where it fails.
package testkit

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"publish/internal/check"
)

// Check runs our own publish check on an edition written to file, an
// EPUB or a PDF by its extension, and fails the test on every error it
// reports: every edition the build writes must pass it.
func Check(t testing.TB, file string) {
	t.Helper()
	rep, err := check.File(file)
	if err != nil {
		t.Fatalf("publish check: %v", err)
	}
	report(t, rep)
}

// CheckBytes is Check on an edition in memory; name ends in .epub or .pdf.
func CheckBytes(t testing.TB, name string, data []byte) {
	t.Helper()
	if strings.HasSuffix(name, ".pdf") {
		report(t, check.PDF(bytes.NewReader(data), name))
		return
	}
	report(t, check.EPUB(bytes.NewReader(data), int64(len(data)), name))
}

func report(t testing.TB, rep *check.Report) {
	t.Helper()
	for _, f := range rep.Findings {
		if f.Severity == check.Error {
			t.Errorf("publish check: %s", f)
		}
	}
}

// EPUBCheckJar is where Debian's epubcheck package installs the checker.
const EPUBCheckJar = "/usr/share/java/epubcheck.jar"

// Need returns the path of an external tool, or stops the test: a skip
// normally, a failure when CI=true, since CI must run every validator.
func Need(t testing.TB, tool string) string {
	t.Helper()
	p := tool
	var err error
	if strings.HasPrefix(tool, "/") {
		_, err = os.Stat(tool)
	} else {
		p, err = exec.LookPath(tool)
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("validator %s is missing (CI=true requires it): %v", tool, err)
		}
		t.Skipf("validator %s is not installed: %v", tool, err)
	}
	return p
}

// EPUBCheckMessage is one finding of EPUBCheck.
type EPUBCheckMessage struct {
	ID        string `json:"ID"`
	Severity  string `json:"severity"`
	Message   string `json:"message"`
	Locations []struct {
		Path   string `json:"path"`
		Line   int    `json:"line"`
		Column int    `json:"column"`
	} `json:"locations"`
}

// EPUBCheckReport is EPUBCheck's JSON report, reduced to what tests use.
type EPUBCheckReport struct {
	Messages []EPUBCheckMessage `json:"messages"`
	Checker  struct {
		NFatal   int `json:"nFatal"`
		NError   int `json:"nError"`
		NWarning int `json:"nWarning"`
		NUsage   int `json:"nUsage"`
	} `json:"checker"`
}

// EPUBCheck runs W3C EPUBCheck on file, with usage messages when usage is
// true, and returns its report.
func EPUBCheck(t testing.TB, file string, usage bool) *EPUBCheckReport {
	t.Helper()
	java := Need(t, "java")
	Need(t, EPUBCheckJar)
	out := filepath.Join(t.TempDir(), "epubcheck.json")
	args := []string{"-jar", EPUBCheckJar, file, "--json", out}
	if usage {
		args = append(args, "-u")
	}
	cmd := exec.Command(java, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	_ = cmd.Run() // exit status 1 means findings; the report says which
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("epubcheck wrote no report: %v\n%s", err, stderr.String())
	}
	var r EPUBCheckReport
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("epubcheck report: %v", err)
	}
	return &r
}

// Run runs a tool and returns its standard output; it fails the test on a
// non-zero exit.
func Run(t testing.TB, tool string, args ...string) string {
	t.Helper()
	p := Need(t, tool)
	cmd := exec.Command(p, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", tool, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// PDFFont is one row of pdffonts.
type PDFFont struct {
	Name, Type       string
	Embedded, Subset bool
}

// PDFFonts lists the fonts of a PDF with poppler's pdffonts.
func PDFFonts(t testing.TB, file string) []PDFFont {
	t.Helper()
	out := Run(t, "pdffonts", file)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var fonts []PDFFont
	for _, l := range lines[2:] {
		// name type... encoding emb sub uni object ID: read from the right.
		f := strings.Fields(l)
		if len(f) < 7 {
			continue
		}
		n := len(f)
		fonts = append(fonts, PDFFont{Name: f[0], Type: strings.Join(f[1:n-6], " "), Embedded: f[n-5] == "yes", Subset: f[n-4] == "yes"})
	}
	return fonts
}

// PDFText extracts the text of a PDF with pdftotext, in reading order.
func PDFText(t testing.TB, file string) string {
	t.Helper()
	return Run(t, "pdftotext", "-enc", "UTF-8", file, "-")
}

// EPUBText follows an EPUB's spine and returns the text of each block-level
// element (headings, paragraphs, captions, list items, credits entries) in
// reading order. It parses the container, the OPF and every XHTML document
// as XML, so a malformed book fails the test.
func EPUBText(t testing.TB, file string) []string {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	defer zr.Close()
	read := func(name string) []byte {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatalf("%s: %s: %v", file, name, err)
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			t.Fatalf("%s: %s: %v", file, name, err)
		}
		return b
	}
	var container struct {
		Rootfiles []struct {
			Path string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(read("META-INF/container.xml"), &container); err != nil || len(container.Rootfiles) == 0 {
		t.Fatalf("%s: container.xml: %v", file, err)
	}
	opfPath := container.Rootfiles[0].Path
	var opf struct {
		Items []struct {
			ID   string `xml:"id,attr"`
			Href string `xml:"href,attr"`
		} `xml:"manifest>item"`
		Spine []struct {
			IDRef string `xml:"idref,attr"`
		} `xml:"spine>itemref"`
	}
	if err := xml.Unmarshal(read(opfPath), &opf); err != nil {
		t.Fatalf("%s: %s: %v", file, opfPath, err)
	}
	hrefs := map[string]string{}
	for _, it := range opf.Items {
		hrefs[it.ID] = path.Join(path.Dir(opfPath), it.Href)
	}
	var out []string
	for _, ref := range opf.Spine {
		out = append(out, xhtmlBlocks(t, hrefs[ref.IDRef], read(hrefs[ref.IDRef]))...)
	}
	return out
}

var blockTags = map[string]bool{"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "li": true, "figcaption": true, "dt": true, "dd": true, "div": true}

func xhtmlBlocks(t testing.TB, name string, data []byte) []string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	var out []string
	var stack []*strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if blockTags[tok.Name.Local] {
				stack = append(stack, &strings.Builder{})
			}
		case xml.EndElement:
			if blockTags[tok.Name.Local] && len(stack) > 0 {
				s := strings.Join(strings.Fields(stack[len(stack)-1].String()), " ")
				stack = stack[:len(stack)-1]
				if s != "" {
					out = append(out, s)
				}
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].Write(tok)
			}
		}
	}
	return out
}

// WithinCPU runs fn and fails the test when it took more CPU time than a
// second per megabyte of input, and at least a second: no input may take
// longer than that (issue #16). CPU time, not the clock, so that a loaded
// machine does not fail it; fuzz workers run one input at a time, so the
// process's time is the input's.
func WithinCPU(t testing.TB, inputBytes int, fn func()) {
	t.Helper()
	before := cpuTime()
	fn()
	took := cpuTime() - before
	budget := max(time.Second, time.Duration(inputBytes)*time.Second/(1<<20))
	if took > budget {
		t.Errorf("took %v of CPU for %d bytes of input, over the budget of %v", took.Round(time.Millisecond), inputBytes, budget)
	}
}

// cpuTime is the user and system time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
