package document_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/document/documenttest"
)

// sealed lists the node types declared in this package: the receivers of
// the block() and inline() marker methods.
func sealed(t *testing.T) (blocks, inlines []string) {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 {
				continue
			}
			star, ok := fn.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			name := star.X.(*ast.Ident).Name
			switch fn.Name.Name {
			case "block":
				blocks = append(blocks, name)
			case "inline":
				inlines = append(inlines, name)
			}
		}
	}
	sort.Strings(blocks)
	sort.Strings(inlines)
	if len(blocks) < 5 || len(inlines) < 6 {
		t.Fatalf("found only blocks %v and inlines %v", blocks, inlines)
	}
	return blocks, inlines
}

func typeName(v any) string {
	s := fmt.Sprintf("%T", v)
	return s[strings.LastIndexByte(s, '.')+1:]
}

// TestEveryHoldsEveryType: documenttest.Every holds each sealed type,
// Walk and WalkInlines reach it, and each type but the two breaks has a
// marker word, which Dump writes.
func TestEveryHoldsEveryType(t *testing.T) {
	blocks, inlines := sealed(t)
	doc := documenttest.Every()
	seen := map[string]bool{}
	document.Walk(doc.Blocks, func(b document.Block) { seen[typeName(b)] = true })
	document.WalkInlines(doc.Blocks, func(in document.Inline) { seen[typeName(in)] = true })
	var dump bytes.Buffer
	document.Dump(&dump, doc)
	for _, name := range append(blocks, inlines...) {
		if !seen[name] {
			t.Errorf("documenttest.Every holds no %s, or Walk/WalkInlines do not reach it", name)
		}
		word, ok := documenttest.Markers[name]
		if name == "LineBreak" || name == "ThematicBreak" {
			if ok {
				t.Errorf("%s has a marker, but carries no text", name)
			}
			continue
		}
		if !ok {
			t.Errorf("documenttest.Markers has no word for %s", name)
			continue
		}
		if !strings.Contains(dump.String(), word) {
			t.Errorf("Dump leaves out %s (%s)", name, word)
		}
		for other, w := range documenttest.Markers {
			if other != name && strings.Contains(w, word) {
				t.Errorf("marker %s of %s is inside %s's %s", word, name, other, w)
			}
		}
	}
	for _, name := range []string{"LineBreak", "ThematicBreak"} {
		if !strings.Contains(dump.String(), name) {
			t.Errorf("Dump leaves out %s", name)
		}
	}
}

func TestIdentifier(t *testing.T) {
	// Cases from pandoc's manual (Extension: auto_identifiers) and its
	// behaviour on duplicates.
	cases := map[string]string{
		"Heading identifiers in HTML":    "heading-identifiers-in-html",
		"Maître d'hôtel":                 "maître-dhôtel",
		"*Dogs*?--in *my* house?":        "dogs--in-my-house",
		"[HTML], [S5], or [RTF]?":        "html-s5-or-rtf",
		"3. Applications":                "applications",
		"33":                             "",
		"Version 1.2_beta (final)":       "version-1.2_beta-final",
		"  Spaces   and\ttabs  ":         "spaces-and-tabs",
		"¿Qué es un río atmosférico?":    "qué-es-un-río-atmosférico",
		"Leandro Norero, the “patron”":   "leandro-norero-the-patron",
		"2022 — the year of the $x^2$ …": "the-year-of-the-x2",
	}
	for in, want := range cases {
		if got := document.Identifier(in); got != want {
			t.Errorf("Identifier(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHeadingIDs(t *testing.T) {
	h := func(id, text string) *document.Heading {
		return &document.Heading{Level: 2, Attr: document.Attr{ID: id}, Text: []document.Inline{&document.Str{Text: text}}}
	}
	hs := []*document.Heading{h("", "Intro"), h("", "Intro"), h("intro-2", "Other"), h("", "Intro"), h("", "33"), h("", "33"), h("", "Intro")}
	note := &document.Heading{Level: 3, Text: []document.Inline{&document.Str{Text: "Intro"}, &document.Note{Blocks: []document.Block{h("", "Inside")}}}}
	var blocks []document.Block
	for _, x := range hs {
		blocks = append(blocks, x)
	}
	blocks = append(blocks, &document.Div{Blocks: []document.Block{note}})
	ids := document.HeadingIDs(blocks)
	var got []string
	for _, x := range append(hs, note) {
		got = append(got, ids[x])
	}
	want := "intro intro-1 intro-2 intro-3 section section-1 intro-4 intro-5"
	if strings.Join(got, " ") != want {
		t.Errorf("ids = %s, want %s", strings.Join(got, " "), want)
	}
}

func TestLanguages(t *testing.T) {
	doc := documenttest.Every()
	if got := strings.Join(doc.Languages(), " "); got != "en fr de" {
		t.Errorf("Languages() = %q", got)
	}
}
