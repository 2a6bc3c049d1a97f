package html

import (
	"strconv"

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
// the blocks that survive. The model is built from the original tree, so
// nothing the library rewrites (lazy images, classes, relative URLs)
// reaches it.
func extract(body *html.Node) (map[int]bool, error) {
	doc := &html.Node{Type: html.DocumentNode}
	root := &html.Node{Type: html.ElementNode, Data: "html"}
	doc.AppendChild(root)
	c := clone(body)
	var drop []*html.Node
	walk(c, func(n *html.Node) bool {
		if n.Type == html.ElementNode && attr(n, "data-publish-furniture") != "" {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	root.AppendChild(c)
	p := readability.NewParser()
	p.KeepClasses = true
	p.CharThresholds = 300 // a short news item is still an article
	art, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return nil, err
	}
	kept := map[int]bool{}
	if art.Node == nil {
		return kept, nil
	}
	walk(art.Node, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			if v := attr(n, markAttr); v != "" {
				if i, err := strconv.Atoi(v); err == nil {
					kept[i] = true
				}
			}
		}
		return true
	})
	return kept, nil
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
