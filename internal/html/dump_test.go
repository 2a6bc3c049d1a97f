package html_test

import (
	"os"
	"testing"

	"publish/internal/html"
	"publish/internal/markdown"
)

// TestDump prints the report and manuscript of the page named by
// $PUBLISH_PAGE, for looking at a page by hand.
func TestDump(t *testing.T) {
	p := os.Getenv("PUBLISH_PAGE")
	if p == "" {
		t.Skip("set PUBLISH_PAGE to a page.html")
	}
	doc, rep, err := html.ReadFile(p, html.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep.WriteText(os.Stdout)
	markdown.Write(os.Stdout, doc)
}
