package html_test

import (
	"fmt"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/testkit"
)

func tableOf(t *testing.T, doc *document.Document) *document.Table {
	t.Helper()
	var tb *document.Table
	document.Walk(doc.Blocks, func(b document.Block) {
		if x, ok := b.(*document.Table); ok && tb == nil {
			tb = x
		}
	})
	if tb == nil {
		t.Fatal("no table in the model")
	}
	return tb
}

func cells(r document.Row) string {
	var out []string
	for _, c := range r {
		var text []string
		for _, b := range c.Blocks {
			if p, ok := b.(*document.Paragraph); ok {
				text = append(text, document.PlainText(p.Text))
			}
		}
		out = append(out, strings.Join(text, " "))
	}
	return strings.Join(out, "|")
}

// A data table becomes the model's table: caption, header, alignment,
// and cells spanning columns and rows laid on the grid.
func TestTable(t *testing.T) {
	src := wrap("", story+`<table><caption>Sailings <em>this</em> winter</caption>
<thead><tr><th>Route</th><th colspan="2">Sailings and cancelled</th></tr></thead>
<tbody><tr><td rowspan="2">North</td><td align="right">4,212</td><td style="text-align: right">9</td></tr>
<tr><td align="right">2,870</td><td align="right">14</td></tr>
<tr><td>South</td><td align="right">1,001</td></tr></tbody></table>`+story)
	doc, _, md := read(t, []byte(src), nil)
	tb := tableOf(t, doc)
	if got := document.PlainText(tb.Caption); got != "Sailings this winter" {
		t.Errorf("caption %q", got)
	}
	if len(tb.Columns) != 3 || tb.Columns[1].Align != document.AlignRight || tb.Columns[2].Align != document.AlignRight || tb.Columns[0].Align != document.AlignDefault {
		t.Errorf("columns %+v", tb.Columns)
	}
	var rows []string
	for _, r := range tb.Head {
		rows = append(rows, "H:"+cells(r))
	}
	for _, r := range tb.Body {
		rows = append(rows, cells(r))
	}
	want := []string{"H:Route|Sailings and cancelled|", "North|4,212|9", "|2,870|14", "South|1,001|"}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("rows\n%q\nwant\n%q", rows, want)
	}
	if !strings.Contains(md, "Table: Sailings *this* winter") {
		t.Errorf("the Markdown lacks the caption:\n%s", md)
	}
	// Without <thead>, a first row of <th> is the header.
	doc, _, _ = read(t, []byte(wrap("", story+`<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>`)), nil)
	if tb := tableOf(t, doc); len(tb.Head) != 1 || len(tb.Body) != 1 {
		t.Errorf("head %d rows, body %d", len(tb.Head), len(tb.Body))
	}
}

// Spans as wide and as tall as HTML allows, on every cell of a long table,
// keep the grid linear: columns are capped and a row span stops at the
// last row.
func TestTableSpansBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table>")
	for i := range 5000 {
		fmt.Fprintf(&b, `<tr><td rowspan="65534" colspan="1000">%d</td><td>x</td></tr>`, i)
	}
	b.WriteString("</table>")
	src := []byte(wrap("", story+b.String()))
	var doc *document.Document
	testkit.WithinCPU(t, len(src), func() { doc, _, _ = read(t, src, nil) })
	tb := tableOf(t, doc)
	if len(tb.Columns) > 64 {
		t.Errorf("%d columns", len(tb.Columns))
	}
	for i, r := range tb.Body {
		if len(r) != len(tb.Columns) {
			t.Fatalf("row %d has %d cells, the table %d columns", i, len(r), len(tb.Columns))
		}
	}
}
