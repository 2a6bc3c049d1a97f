package check_test

import (
	"bytes"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"publish/internal/check"
)

// TestEPUBUnsafeLinks: a link to a script, a data or file URL, or another
// host without a scheme is an error, in every spelling the link policy
// knows; http, https, mailto and relative links are not.
func TestEPUBUnsafeLinks(t *testing.T) {
	good := unzipEntries(t, goodEPUB(t))
	for _, c := range []struct {
		href string
		bad  bool
	}{
		{"javascript:alert(1)", true},
		{"JavaScript:alert(1)", true},
		{"java&#9;script:alert(1)", true},
		{"&#106;avascript:alert(1)", true},
		{"vbscript:msgbox(1)", true},
		{"data:text/html;base64,PHNjcmlwdD4=", true},
		{"file:///etc/passwd", true},
		{"//evil.example/", true},
		{"https://example.com/", false},
		{"mailto:desk@example.com", false},
	} {
		es := edit(content, "<p>", `<p><a href="`+c.href+`">x</a>`)(t, append([]entry(nil), good...))
		data := zipEntries(t, es)
		rep := check.EPUB(bytes.NewReader(data), int64(len(data)), "book.epub")
		found := false
		for _, f := range rep.Findings {
			found = found || strings.Contains(f.Msg, "a link may only be")
		}
		if found != c.bad {
			t.Errorf("href %q: reported %v, want %v: %v", c.href, found, c.bad, rep.Findings)
		}
	}
}

// TestPDFActions: a PDF that runs JavaScript or links to a script fails,
// and a plain web link does not.
func TestPDFActions(t *testing.T) {
	doc := func(uri, js string) []byte {
		p := fpdf.New("P", "mm", "A4", "")
		p.SetTitle("T", true)
		p.AddPage()
		p.SetFont("Helvetica", "", 12)
		p.Cell(40, 10, "Hello")
		p.LinkString(10, 10, 30, 10, uri)
		if js != "" {
			p.SetJavascript(js)
		}
		var b bytes.Buffer
		if err := p.Output(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, c := range []struct {
		name string
		data []byte
		want string // "" for no finding about actions
	}{
		{"web link", doc("https://example.com/", ""), ""},
		{"javascript link", doc("javascript:app.alert(1)", ""), `a link to "javascript:app.alert(1)"`},
		{"file link", doc("file:///etc/passwd", ""), `a link to "file:///etc/passwd"`},
		{"relative link", doc("notes.pdf", ""), "not an absolute URL"},
		{"document JavaScript", doc("https://example.com/", "app.alert(1);"), "/JavaScript action"},
	} {
		rep := check.PDF(bytes.NewReader(c.data), "x.pdf")
		var got []string
		for _, f := range rep.Findings {
			if strings.Contains(f.Msg, "action") || strings.Contains(f.Msg, "link") || strings.Contains(f.Msg, "JavaScript") {
				got = append(got, f.Msg)
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !strings.Contains(strings.Join(got, "\n"), c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
