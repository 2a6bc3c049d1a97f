package pdf

// page is one page of the edition, as the flow filled it.
type page struct {
	n       int // 1-based
	items   []placed
	opener  bool   // starts a chapter or the contents: no running head
	section string // the section running head
}

type placed struct {
	it *item
	y  float64 // from the top of the page
}

// flow cuts the vertical list into pages. A page ends at the last item
// after which a break is allowed (so headings stay with what follows, and
// paragraphs keep two lines on each side of a break), and at every item
// that starts a new page. In duplex, such items start on a recto page.
func flow(items []*item, g geometry) []*page {
	var pages []*page
	avail := g.textHeight()
	i := 0
	for i < len(items) {
		p := &page{n: len(pages) + 1}
		if items[i].newPage && g.duplex && p.n%2 == 0 && len(pages) > 0 {
			pages = append(pages, p) // a blank verso
			continue
		}
		p.opener = items[i].newPage
		start := i
		for i < len(items) && items[i].glue && !items[i].newPage && items[i].mark == nil {
			i++ // spaces vanish at the top of a page
		}
		if i > start && i < len(items) && items[i].newPage {
			continue
		}
		y := 0.0
		lastBreak := -1
		j := i
		for ; j < len(items); j++ {
			it := items[j]
			if it.newPage && j > i {
				lastBreak = j - 1
				break
			}
			if y+it.h > avail+0.01 && j > i {
				if lastBreak < i {
					lastBreak = j - 1 // nothing fits by the rules: break anyway
				}
				break
			}
			y += it.h
			if !it.noBreak {
				lastBreak = j
			}
		}
		if j == len(items) {
			lastBreak = j - 1
		}
		y = g.top
		for _, it := range items[i : lastBreak+1] {
			p.items = append(p.items, placed{it, y})
			if it.mark != nil {
				it.mark.page, it.mark.y = p.n, y
			}
			y += it.h
		}
		pages = append(pages, p)
		i = lastBreak + 1
	}
	return pages
}

// sections sets the section running head of each page: the first heading
// of level lvl on the page, else the one in force at its top.
func sections(pages []*page, lvl int) {
	cur := ""
	for _, p := range pages {
		first := ""
		for _, pl := range p.items {
			if mk := pl.it.mark; mk != nil && mk.level == lvl && first == "" {
				first = mk.title
			}
		}
		if first != "" {
			p.section = first
		} else {
			p.section = cur
		}
		for _, pl := range p.items {
			if mk := pl.it.mark; mk != nil && mk.level == lvl {
				cur = mk.title
			}
		}
	}
}
