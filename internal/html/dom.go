package html

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walk visits n and its descendants in document order; fn returns false
// to skip a node's children. It uses its own stack, so a deep tree costs
// no goroutine stack.
func walk(n *html.Node, fn func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// findAtom returns the first element a among n's children and their
// children, or nil: two levels, so that a page nested deep is not walked
// once for each of its levels.
func findAtom(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		for g := c.FirstChild; g != nil; g = g.NextSibling {
			if g.Type == html.ElementNode && g.DataAtom == a {
				return g
			}
		}
	}
	return nil
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// textOf is the text of n's descendants, as written.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// shortText is the cleaned text of n, and true, when it is at most max
// bytes long; the walk stops as soon as it is longer.
func shortText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return b.Len() <= 4*max // spaces that clean folds
	})
	t := clean(b.String())
	return t, len(t) <= max
}

// textOutside is the text of n outside its elements of type a.
func textOutside(n *html.Node, a atom.Atom) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return c.DataAtom != a || c == n
	})
	return b.String()
}

// clean collapses every run of white space into one space and trims the
// ends; it drops characters that print as nothing.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF':
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// hasToken reports whether a space-separated attribute holds tok.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// nameWords splits class and id values into lower-case words at
// hyphens, underscores, digits and camelCase humps: "ShareTools-bar2"
// gives share, tools, bar.
func nameWords(n *html.Node) []string {
	var out []string
	for _, key := range []string{"class", "id", "data-component", "data-testid", "data-qa", "data-gu-name", "role", "data-type", "itemprop", "data-area", "data-module"} {
		if v := attr(n, key); v != "" {
			out = valueWords(out, v)
		}
	}
	return out
}

// valueWords appends the words of one attribute value to out, as
// nameWords splits them.
func valueWords(out []string, v string) []string {
	var cur []rune
	prev := ""
	flush := func() {
		if len(cur) == 1 {
			// "sc-6d77a1d1-3": the letters of a hash are no words, and
			// two of them joined ("a", "d": "ad") are none either.
			prev, cur = "", cur[:0]
			return
		}
		if len(cur) > 0 {
			w := strings.ToLower(string(cur))
			// "Newsletterstyled__Title": styled-components glue
			// "styled" to the component's name.
			if c, found := strings.CutSuffix(w, "styled"); found && c != "" {
				w = c
			}
			out = append(out, w)
			if prev != "" {
				out = append(out, prev+w) // "most-read" also gives "mostread"
			}
			prev = w
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range v {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				flush()
			}
			cur = append(cur, r)
			prevLower = false
		case unicode.IsLetter(r):
			cur = append(cur, r)
			prevLower = true
		case unicode.IsSpace(r):
			flush()
			prev = ""
			prevLower = false
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return out
}

// describe names an element for the report: tag, id or first class.
func describe(n *html.Node) string {
	s := n.Data
	if id := attr(n, "id"); id != "" {
		return s + "#" + excerpt(id, 30)
	}
	if c := strings.Fields(attr(n, "class")); len(c) > 0 {
		return s + "." + excerpt(c[0], 30)
	}
	return s
}

// isBlockTag reports the elements that start a block of text.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Figure, atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Caption,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header,
		atom.Footer, atom.Aside, atom.Nav, atom.Pre, atom.Dl, atom.Dt, atom.Dd, atom.Details, atom.Summary,
		atom.Form, atom.Fieldset, atom.Body, atom.Html, atom.Hr, atom.Address, atom.Picture, atom.Center,
		atom.Menu, atom.Dialog, atom.Hgroup, atom.Legend:
		return true
	}
	return false
}

// holdsBlock reports an inline element with a block among its children,
// as CMSs write "<span class=story-text><p>…</p><p>…</p></span>": its
// children are blocks, not one line of text. A link is left whole: "<a
// href=…><h2>Headline</h2></a>" is a card of another story, read as one.
func holdsBlock(n *html.Node) bool {
	if n.DataAtom == atom.A {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if blockChild(c) {
			return true
		}
	}
	return false
}

// blockChild reports a child element that starts a block of its own; a
// <picture> is an image's wrapper, read with it.
func blockChild(c *html.Node) bool {
	return c.Type == html.ElementNode && isBlockTag(c.DataAtom) && c.DataAtom != atom.Picture
}

// isInline reports the elements that flow inside a line of text. Every
// other element, custom elements ("bsp-story-page") and unknown tags
// included, starts a block.
func isInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.U, atom.S, atom.Small, atom.Sub, atom.Sup,
		atom.Code, atom.Kbd, atom.Samp, atom.Var, atom.Time, atom.Abbr, atom.Cite, atom.Q, atom.Mark, atom.Br,
		atom.Img, atom.Picture, atom.Label, atom.Font, atom.Wbr, atom.Bdi, atom.Bdo, atom.Data, atom.Dfn,
		atom.Del, atom.Ins, atom.Tt, atom.Big, atom.Strike, atom.Nobr, atom.Source, atom.Output, atom.Meter, atom.Progress:
		return true
	}
	return false
}

// closeHeadings ends a heading left open at the first block inside it,
// as a parser leaves "<h2>Standfirst</p><p>…" with the rest of the page
// inside the heading: the blocks become the heading's next siblings. A
// heading with no text of its own before its first block ("<h2><div>
// Title</div></h2>") is left whole.
func closeHeadings(body *html.Node) {
	var open []*html.Node
	walk(body, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			open = append(open, n)
			return false
		}
		return true
	})
	for _, h := range open {
		var first *html.Node
		text := false
		for c := h.FirstChild; c != nil && first == nil; c = c.NextSibling {
			switch {
			case blockChild(c):
				first = c
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "", c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "":
				text = true
			}
		}
		if first == nil || !text {
			continue
		}
		at := h.NextSibling
		for c := first; c != nil; {
			next := c.NextSibling
			h.RemoveChild(c)
			h.Parent.InsertBefore(c, at)
			c = next
		}
	}
}
