package html

import (
	"log/slog"
	"strconv"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// markAttr numbers the blocks of the page in its tree, so that the blocks
// the extractor keeps can be told from those it drops. readability keeps
// attributes it does not know on the elements it keeps.
const markAttr = "data-publish-block"

// extract is the one step that asks the extraction library which blocks
// are the article: go-readability (Mozilla's Readability.js, ported)
// scores the page's containers by their text and links and returns the
// best one, cleaned. It runs on a copy of the page, from which the
// furniture our rules found is already gone, and reports the numbers of
// the blocks that survive, and the texts of the elements it kept: the
// library rewrites some elements and moves attributes between wrappers
// (Readability.js's simplifyNestedElements), so a block whose whole text
// it kept counts as kept too. The model is built from the original tree,
// so nothing the library rewrites (lazy images, classes, relative URLs)
// reaches it.
func extract(page *html.Node) (kept map[int]bool, texts map[string]bool, err error) {
	doc := clone(page)
	var drop []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && attr(n, "data-publish-furniture") != "" {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	p := readability.NewParser()
	p.KeepClasses = true
	// A short news item is still an article; a low threshold also spares
	// the library's retries, each on a fresh copy of the page.
	p.CharThresholds = 100
	p.Logger = slog.New(slog.DiscardHandler) // its default formats every message, to discard it
	art, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return nil, nil, err
	}
	kept, texts = map[int]bool{}, map[string]bool{}
	if art.Node == nil {
		return kept, texts, nil
	}
	walk(art.Node, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if v := attr(n, markAttr); v != "" {
			if i, err := strconv.Atoi(v); err == nil {
				kept[i] = true
			}
		}
		if ownText(n) {
			texts[clean(textOf(n))] = true
		}
		return true
	})
	return kept, texts, nil
}

// ownText reports an element with text of its own, not only in child
// elements.
func ownText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// clone deep-copies n without recursion.
func clone(n *html.Node) *html.Node {
	type pair struct{ src, dst *html.Node }
	top := copyNode(n)
	stack := []pair{{n, top}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := p.src.FirstChild; c != nil; c = c.NextSibling {
			d := copyNode(c)
			p.dst.AppendChild(d)
			stack = append(stack, pair{c, d})
		}
	}
	return top
}

func copyNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	return c
}
