package pdf

import (
	"fmt"
	"slices"
	"strings"
)

// outlineEntry is one bookmark: a heading, at depth 0 for the top level.
type outlineEntry struct {
	title string
	depth int
	page  int     // 1-based
	y     float64 // from the top of the page, in points
}

// outline turns the marks into bookmarks, nesting heading levels by rank
// (levels 2 and 3 alone nest as 0 and 1); the title sits at the top level.
func outline(marks []*mark) []outlineEntry {
	var levels []int
	for _, mk := range marks {
		if mk.level > 0 && !slices.Contains(levels, mk.level) {
			levels = append(levels, mk.level)
		}
	}
	slices.Sort(levels)
	var out []outlineEntry
	for _, mk := range marks {
		if mk.page == 0 {
			continue
		}
		depth := 0
		if mk.level > 0 {
			depth = slices.Index(levels, mk.level)
		}
		out = append(out, outlineEntry{mk.title, depth, mk.page, mk.y})
	}
	// A depth may only grow by one from one entry to the next.
	for i := range out {
		if i == 0 {
			out[i].depth = 0
		} else if out[i].depth > out[i-1].depth+1 {
			out[i].depth = out[i-1].depth + 1
		}
	}
	return out
}

// writeOutline adds the outline tree and returns its root object, 0 when
// there is nothing to list. Every item that has children is open, and its
// /Count is the number of its descendants.
func (d *objects) writeOutline(entries []outlineEntry, pages []int, pageHeight float64) int {
	if len(entries) == 0 {
		return 0
	}
	type node struct {
		e                              outlineEntry
		n, parent                      int
		first, last, prev, next, count int
	}
	nodes := make([]*node, len(entries))
	base := d.max + 1
	root := base + len(entries)
	var stack []int         // indexes of the open ancestors
	lastAt := map[int]int{} // depth -> last node index at that depth under the current parent
	for i, e := range entries {
		nd := &node{e: e, n: base + i, parent: root, prev: -1, next: -1, first: -1, last: -1}
		nodes[i] = nd
		for len(stack) > e.depth {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			delete(lastAt, nodes[top].e.depth+1)
		}
		if len(stack) > 0 {
			p := nodes[stack[len(stack)-1]]
			nd.parent = p.n
			if p.first < 0 {
				p.first = i
			}
			p.last = i
		}
		if prev, ok := lastAt[e.depth]; ok {
			nodes[prev].next = i
			nd.prev = prev
		}
		lastAt[e.depth] = i
		for _, a := range stack {
			nodes[a].count++
		}
		stack = append(stack, i)
	}
	ref := func(i int) int { return base + i }
	for i, nd := range nodes {
		var b strings.Builder
		fmt.Fprintf(&b, "<< /Title %s\n/Parent %d 0 R\n", pdfString(nd.e.title), nd.parent)
		if nd.prev >= 0 {
			fmt.Fprintf(&b, "/Prev %d 0 R\n", ref(nd.prev))
		}
		if nd.next >= 0 {
			fmt.Fprintf(&b, "/Next %d 0 R\n", ref(nd.next))
		}
		if nd.first >= 0 {
			fmt.Fprintf(&b, "/First %d 0 R\n/Last %d 0 R\n/Count %d\n", ref(nd.first), ref(nd.last), nd.count)
		}
		page := pages[min(max(nd.e.page, 1), len(pages))-1]
		fmt.Fprintf(&b, "/Dest [%d 0 R /XYZ 0 %.2f null] >>\n", page, pageHeight-nd.e.y)
		if got := d.add(b.String()); got != ref(i) {
			panic("pdf: outline numbering") // add numbers objects in sequence
		}
	}
	var first, last int = -1, -1
	for i, nd := range nodes {
		if nd.parent == root {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	d.add(fmt.Sprintf("<< /Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>\n", ref(first), ref(last), len(nodes)))
	return root
}
