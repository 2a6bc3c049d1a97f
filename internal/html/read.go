package html

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"

	"publish/internal/diag"
	"publish/internal/document"
	"publish/internal/importer"
)

// Options adjust a read. The zero value reads everything from the page and
// looks for no local image.
type Options struct {
	// Lang, when set, is the BCP 47 language of the article and overrides
	// the page's and the detected one.
	Lang string
	// Meta is merged over what the page gives (importer.MergeMeta).
	Meta *document.Meta
	// Files is the directory the page was saved in, holding its _files
	// folder: images are looked for there and nowhere else. Nil looks for
	// none, and every image becomes remote or missing.
	Files fs.FS
	// Resources are the files of a single-file archive (ReadMHTML), by
	// their absolute address; an image found here is read from it, as
	// from Files.
	Resources map[string][]byte
	// Location is the page's own address, which its relative links are
	// resolved against before its canonical URL.
	Location string
}

// Read reads a saved web page and returns the article as a model, with a
// report of every decision. name is the file name used in messages.
// Figures with a local image name it by its path relative to the page's
// directory (Figure.Src "page_files/x.jpg"); remote ones by their URL,
// which no one fetches. Errors are *diag.Diagnostic values naming the file.
func Read(r io.Reader, name string, opt Options) (*document.Document, *Report, error) {
	if opt.Lang != "" {
		if _, err := language.Parse(opt.Lang); err != nil {
			return nil, nil, fmt.Errorf("language %q is not a BCP 47 tag (for example en, es, en-GB)", opt.Lang)
		}
	}
	rep := &Report{File: name}
	text, enc, err := decode(r, name, &rep.Warnings)
	if err != nil {
		return nil, nil, err
	}
	rep.Encoding = enc
	root, err := parse(text, name)
	if err != nil {
		return nil, nil, err
	}
	rd := &reader{name: name, opt: opt, rep: rep, doc: &document.Document{}, num: map[*html.Node]int{}, plain: map[string]bool{}, furn: map[*html.Node][2]string{},
		origin: map[document.Block]*html.Node{}, beforeTitle: map[document.Block]bool{}, standfirst: map[*html.Node]bool{}}
	pm := readMeta(root)
	rd.base = baseURL(pm)
	rd.desc = clean(pm.desc.value)
	body := findBody(root)
	rd.body = body
	closeHeadings(body)
	rd.removeUnsafe(body)
	rd.findHeadline(body, pm)
	rd.totalPara = rd.paraText(body)
	rd.number(body)
	rd.markFurniture(body)
	rd.sectionLine()
	rd.creditsBoxes(body)
	kept, texts, err := extract(root)
	if err != nil {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "cannot extract the article: %v", err)
	}
	for n, i := range rd.num {
		if !kept[i] && rd.rep.Entries[i-1].Kind == "" && texts[clean(textOf(n))] {
			kept[i] = true
		}
	}
	rd.fallBack(body, kept)
	rd.kept = kept
	rd.rescue()
	rd.doc.Blocks = rd.captions(rd.blocksOf(body))
	rd.header(pm)
	rd.dropBoxes()
	rd.tidy()
	rd.learned()
	rd.pageTail()
	rd.dropBio()
	rd.closingByline(pm)
	rd.metadata(pm)
	rd.datelineAgency()
	rd.tailAgency()
	rd.sourcesBesideTitle()
	rd.firstHome()
	rd.copyrightAgency()
	// "Written by X" under the article of X's: an author is no
	// contributor too.
	m := &rd.doc.Meta
	m.Contributors = slices.DeleteFunc(m.Contributors, func(c document.Contributor) bool {
		return slices.ContainsFunc(m.Authors, func(a string) bool { return strings.EqualFold(a, c.Text) })
	})
	rd.language()
	if opt.Meta != nil {
		importer.MergeMeta(&rd.doc.Meta, opt.Meta)
	}
	if opt.Lang != "" {
		rd.doc.Meta.Lang = opt.Lang
		rd.field("lang", opt.Lang, "set by option")
	}
	for i := range rep.Entries {
		if rep.Entries[i].Kind == "" {
			rep.Entries[i].Kind, rep.Entries[i].Rule, rep.Entries[i].Why = KindDropped, RuleExtractor, "not part of the article the extractor found"
		}
	}
	if len(rd.doc.Blocks) == 0 {
		rep.Warnings.Addf(diag.Position{File: name}, "no article text was found in the page")
	}
	if rd.doc.Meta.Title == "" {
		return nil, nil, diag.Errorf(diag.Position{File: name}, "has no headline: no <h1>, <title>, og:title or JSON-LD headline")
	}
	return rd.doc, rep, nil
}

// ReadFile reads the page at path; images are looked for in its directory
// (through os.Root, so nothing outside it is opened).
func ReadFile(path string, opt Options) (*document.Document, *Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if opt.Files == nil {
		root, err := os.OpenRoot(filepath.Dir(path))
		if err != nil {
			return nil, nil, err
		}
		defer root.Close()
		opt.Files = root.FS()
	}
	return Read(f, filepath.Clean(path), opt)
}

type reader struct {
	body      *html.Node
	questions map[*html.Node]bool // the interview questions of the page, found once
	boxed     map[*html.Node]bool // the elements inside the article's own boxes, found once
	name      string
	opt       Options
	rep       *Report
	doc       *document.Document
	base      *url.URL

	h1        *html.Node
	h1Text    string // the headline's text, cleaned
	totalPara int
	num       map[*html.Node]int       // block numbers, 1-based
	furn      map[*html.Node][2]string // furniture elements: rule, why
	kept      map[int]bool             // blocks the extractor kept

	byline      []string // the visible byline's parts
	tags        []string // the links of the visible tag lists
	section     string   // the section a visible line files the story in ("Publicado em Sociedade")
	helpers     bool     // the visible byline credits contributors beside its authors
	roles       []string // the role and place lines under it
	nfig        int
	seen        map[string]bool
	plain       map[string]bool               // texts the furniture table passed, which tidy need not try again
	origin      map[document.Block]*html.Node // the block element each model block came from
	beforeTitle map[document.Block]bool       // blocks met before the headline
	pastTitle   bool
	bodyStarted bool                // a paragraph was made after the headline
	rescued     []int               // blocks kept against the extractor by rescue
	standfirst  map[*html.Node]bool // rescued standfirsts: a paragraph whatever their element
	desc        string              // the page's description, cleaned
}

// redecide replaces the decision for block n: a later rule overrules.
func (rd *reader) redecide(n *html.Node, kind, rule, why string) {
	if e := rd.entry(n); e != nil {
		e.Kind, e.Rule, e.Why, e.Derived = kind, rule, why, nil
	}
}

// dropBlocks redecides every block of blocks that came from the page,
// and the blocks inside them, as dropped by rule.
func (rd *reader) dropBlocks(blocks []document.Block, rule, why string) {
	document.Walk(blocks, func(b document.Block) {
		if n := rd.origin[b]; n != nil {
			rd.redecide(n, KindDropped, rule, why)
		}
	})
}

// made records where model block b came from.
func (rd *reader) made(b document.Block, n *html.Node) document.Block {
	rd.origin[b] = n
	if !rd.pastTitle {
		rd.beforeTitle[b] = true
	}
	return b
}

func (rd *reader) entry(n *html.Node) *Entry {
	i, ok := rd.num[n]
	if !ok {
		return nil
	}
	return &rd.rep.Entries[i-1]
}

// decide records the decision for block n, unless one is recorded.
func (rd *reader) decide(n *html.Node, kind, rule, why string, derived ...string) {
	if e := rd.entry(n); e != nil && e.Kind == "" {
		e.Kind, e.Rule, e.Why, e.Derived = kind, rule, why, derived
	}
}

func findBody(root *html.Node) *html.Node {
	var body *html.Node
	walk(root, func(n *html.Node) bool {
		if body == nil && n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
		}
		return body == nil
	})
	if body == nil {
		return root
	}
	return body
}

// resourceBase is what an archive's image addresses are resolved
// against: the page's own address, else its canonical URL.
func (rd *reader) resourceBase() *url.URL {
	if u, err := url.Parse(rd.opt.Location); err == nil && rd.opt.Location != "" && u.IsAbs() {
		return u
	}
	return rd.base
}

func baseURL(pm *pageMeta) *url.URL {
	if pm.url.value == "" {
		return nil
	}
	u, err := url.Parse(pm.url.value)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	return u
}

// unsafeTags are removed before anything reads the page: they run code,
// load other pages, or draw nothing an edition can print.
var unsafeTags = map[atom.Atom]string{
	atom.Script: "a script", atom.Style: "a style sheet", atom.Iframe: "a frame", atom.Frame: "a frame",
	atom.Frameset: "a frame set", atom.Object: "an embedded object", atom.Embed: "an embedded object",
	atom.Applet: "an applet", atom.Template: "a template", atom.Svg: "an SVG drawing", atom.Math: "a formula",
	atom.Canvas: "a canvas", atom.Video: "a video player", atom.Audio: "an audio player", atom.Link: "a link element",
	atom.Meta: "a meta element", atom.Base: "a base element", atom.Noscript: "a noscript fallback", atom.Input: "a form control",
	atom.Select: "a form control", atom.Textarea: "a form control", atom.Button: "a button",
}

// removeUnsafe removes unsafe elements (after taking a lazy image's
// <noscript> fallback) and every event handler attribute.
func (rd *reader) removeUnsafe(body *html.Node) {
	var drop []*html.Node
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			drop = append(drop, n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		if n.DataAtom == atom.Noscript {
			rd.noscriptImage(n)
		}
		if what, ok := unsafeTags[n.DataAtom]; ok || n.Namespace != "" {
			if !ok {
				what = "foreign content"
			}
			drop = append(drop, n)
			if n.DataAtom != atom.Link && n.DataAtom != atom.Meta {
				rd.rep.Entries = append(rd.rep.Entries, Entry{Element: describe(n), Kind: KindRemoved, Rule: RuleUnsafe, Why: what + ": never read"})
			}
			return false
		}
		keep := n.Attr[:0]
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			if strings.HasPrefix(k, "on") || k == "style" && strings.Contains(strings.ToLower(a.Val), "expression(") {
				continue
			}
			keep = append(keep, a)
		}
		n.Attr = keep
		return true
	})
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// noscriptImage puts the <img> of a lazy image's <noscript> fallback in
// its place, when the element before it has no usable image of its own.
func (rd *reader) noscriptImage(ns *html.Node) {
	raw := textOf(ns)
	if !strings.Contains(strings.ToLower(raw), "<img") {
		return
	}
	nodes, err := html.ParseFragment(strings.NewReader(raw), &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"})
	if err != nil {
		return
	}
	var img *html.Node
	for _, n := range nodes {
		walk(n, func(c *html.Node) bool {
			if img == nil && c.Type == html.ElementNode && c.DataAtom == atom.Img {
				img = c
			}
			return img == nil
		})
	}
	if img == nil {
		return
	}
	prev := ns.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev != nil && prev.Type == html.ElementNode && (prev.DataAtom == atom.Img || prev.DataAtom == atom.Picture) {
		if len(candidates(prev)) > 0 && !placeholderOnly(prev) {
			return // the lazy image names its photograph itself
		}
		prev.Parent.RemoveChild(prev)
	}
	if img.Parent != nil {
		img.Parent.RemoveChild(img)
	}
	ns.Parent.InsertBefore(img, ns)
}

// placeholderOnly reports an image whose only source is an SVG or GIF
// placeholder that a script would have replaced.
func placeholderOnly(n *html.Node) bool {
	for _, c := range candidates(n) {
		l := strings.ToLower(c.url)
		if !strings.HasSuffix(l, ".svg") && !strings.HasSuffix(l, ".gif") {
			return false
		}
	}
	return true
}

// findHeadline finds the article's headline element: the <h1> whose
// text is the metadata's headline; else an <h2> or <h3> with exactly
// that text, as pages that keep their <h1> for the logo print it ("<h2
// class="story__title">", Blogger's "<h3 class="post-title">"); else the
// first <h1>.
func (rd *reader) findHeadline(body *html.Node, pm *pageMeta) {
	var first, h2 *html.Node
	want := strings.ToLower(clean(pm.title.value))
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.H1 && n.DataAtom != atom.H2 && n.DataAtom != atom.H3 {
			return true
		}
		t := strings.ToLower(clean(textOf(n)))
		switch {
		case t == "":
		case n.DataAtom == atom.H3:
			// Blogger's "<h3 class="post-title">" under the blog's name
			// in the <h1>.
			if h2 == nil && want != "" && t == want {
				h2 = n
			}
		case n.DataAtom == atom.H2:
			// The headline in an <h2>, with its kicker before it in the
			// same element ("Abrechnungsbetrug BGH bestätigt …").
			if h2 == nil && want != "" && (t == want || strings.HasSuffix(t, " "+want)) {
				h2 = n
			}
		default:
			if first == nil {
				first = n
			}
			if rd.h1 == nil && want != "" && (t == want || strings.Contains(want, t) || strings.Contains(t, want)) {
				rd.h1 = n
			}
		}
		return false
	})
	if rd.h1 == nil {
		rd.h1 = cmp.Or(h2, first)
	}
	if rd.h1 != nil {
		rd.h1Text = clean(textOf(rd.h1))
	}
}

// soleInline reports whether ins is one inline of type T, around
// blank text at most.
func soleInline[T document.Inline](ins []document.Inline) (T, bool) {
	var zero, found T
	n := 0
	for _, in := range ins {
		if s, ok := in.(*document.Str); ok && strings.TrimSpace(s.Text) == "" {
			continue
		}
		t, ok := in.(T)
		if !ok {
			return zero, false
		}
		found = t
		n++
	}
	return found, n == 1
}

// embeddedPost reports whether n is a figure that holds an embedded
// post whose script never ran ("<figure class="kg-embed-card"><blockquote
// class="twitter-tweet">"): a quotation and no image.
func embeddedPost(n *html.Node) bool {
	return n.DataAtom == atom.Figure && findAtom(n, atom.Blockquote) != nil && len(candidates(n)) == 0
}

// number gives every block of the page its number, in document order: an
// element that holds text of its own (the nearest block element above a
// text), a figure, and an image outside one.
func (rd *reader) number(body *html.Node) {
	blocks := map[*html.Node]bool{}
	var walkIn func(n *html.Node, block *html.Node)
	walkIn = func(n *html.Node, block *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if block != nil && strings.TrimSpace(c.Data) != "" {
					blocks[block] = true
				}
			case html.ElementNode:
				switch {
				case embeddedPost(c):
					walkIn(c, c) // its quotation's paragraphs are blocks
				case c.DataAtom == atom.Figure || c.DataAtom == atom.Picture || c.DataAtom == atom.Img || figureLike(c):
					blocks[c] = true // a figure is one block, caption and all
				case c.DataAtom == atom.Table && !layoutTable(c) || ariaTable(c):
					blocks[c] = true
				case !isInline(c):
					walkIn(c, c)
				default:
					walkIn(c, block)
				}
			}
		}
	}
	walkIn(body, body)
	walk(body, func(n *html.Node) bool {
		if blocks[n] {
			rd.rep.Entries = append(rd.rep.Entries, Entry{Element: describe(n), Text: excerpt(clean(textOf(n)), 200)})
			i := len(rd.rep.Entries)
			rd.num[n] = i
			setAttr(n, markAttr, strconv.Itoa(i))
		}
		return true
	})
	// Removed elements were recorded first; renumber all in order.
	for i := range rd.rep.Entries {
		rd.rep.Entries[i].Block = i + 1
	}
}

// captions gives a figure without a caption the paragraph right after it
// when that paragraph reads as a photo caption by the importer's credit
// rules (it ends with a credit, or carries a "FILE - " prefix): carousels
// and old layouts put the caption in an element of its own.
func (rd *reader) captions(blocks []document.Block) []document.Block {
	var out []document.Block
	for i := 0; i < len(blocks); i++ {
		f, ok := blocks[i].(*document.Figure)
		// "<span class="img-source">图片来源：视觉中国</span><img …>": a
		// labelled photo credit, a block of its own right before the image.
		if ok && f.Credit == "" && len(out) > 0 {
			if p, isP := out[len(out)-1].(*document.Paragraph); isP {
				t := clean(document.PlainText(p.Text))
				if c, cok := importer.CreditLine(t); cok && strings.ContainsAny(t, ":：") && len(strings.Fields(t)) <= 12 {
					f.Credit = trimCredit(c)
					rd.redecide(rd.origin[p], KindCaption, RuleCaption, "a labelled photo credit right before the image")
					out = out[:len(out)-1]
				}
			}
		}
		// "Grafik: Planungsbüro Lindner" in the figure's caption and
		// again in a paragraph right under it: said once.
		if ok && f.Credit != "" && i+1 < len(blocks) {
			if p, ok := blocks[i+1].(*document.Paragraph); ok && strings.EqualFold(trimCredit(clean(document.PlainText(p.Text))), f.Credit) {
				rd.redecide(rd.origin[p], KindDropped, RuleDuplicate, "the credit of the figure above, again")
				out = append(out, f)
				i++
				continue
			}
		}
		// "<img alt="Passengers take …">" over "<h2 class="imgtxt">Passengers
		// take …</h2>" and "<h3 class="imgauthor">Photo: CNA</h3>": the
		// block that repeats the image's alt is its caption, and a credit
		// line may follow it.
		if ok && len(f.Caption) == 0 && f.Alt != "" && i+1 < len(blocks) && strings.EqualFold(blockText(blocks[i+1]), clean(f.Alt)) {
			f.Caption = str(clean(f.Alt))
			rd.redecide(rd.origin[blocks[i+1]], KindCaption, RuleCaption, "the block right after an image that repeats its text alternative reads as its caption")
			out = append(out, f)
			i++
			if i+1 < len(blocks) && f.Credit == "" {
				if c, ok := importer.CreditLine(blockText(blocks[i+1])); ok {
					f.Credit = trimCredit(c)
					rd.redecide(rd.origin[blocks[i+1]], KindCaption, RuleCaption, "the credit line under the caption of an image")
					i++
				}
			}
			continue
		}
		if ok && len(f.Caption) == 0 && i+1 < len(blocks) {
			if p, ok := blocks[i+1].(*document.Paragraph); ok {
				text := clean(document.PlainText(p.Text))
				c, file := importer.FilePrefix(text)
				why := ""
				if cap, credit, ok := importer.CaptionCredit(c); (ok && cap != "" || file) && len(strings.Fields(text)) <= 80 {
					if ok && cap != "" {
						c = cap
						if f.Credit == "" {
							f.Credit, _ = importer.ArchiveCredit(trimCredit(credit))
						}
					}
					why = "the paragraph right after a figure without a caption reads as its caption"
				} else if n := rd.origin[p]; n != nil && captionElement(n) && len(strings.Fields(text)) <= 80 {
					// "<p class="image-desc">一家县城商业街上的咖啡馆。</p>": named a
					// caption by its class.
					why = "the paragraph right after a figure without a caption, named a caption by its class, is its caption"
				} else if _, em := soleInline[*document.Emph](p.Text); em && len(strings.Fields(text)) <= 40 {
					// "<p><img></p><p><em>Stations accepting rentals,
					// …</em></p>": a paragraph all in italics right under
					// the image, as Hashnode and Markdown blogs set a caption.
					why = "the paragraph all in italics right after a figure without a caption is its caption"
				}
				if why != "" {
					f.Caption = str(c)
					if f.Alt == "" {
						f.Alt = importer.AltFromCaption(c)
					}
					rd.redecide(rd.origin[p], KindCaption, RuleCaption, why)
					out = append(out, f)
					i++
					continue
				}
			}
		}
		out = append(out, blocks[i])
	}
	return out
}

// rescue keeps what the extractor drops from the article's own header:
// a figure between the headline and the last block it kept (the lead
// photo sits outside the body on most pages), and the standfirst, a
// sentence or more between the headline and the first block it kept, or
// a shorter line that is the page's description.
// Blocks that a furniture rule dropped stay dropped.
func (rd *reader) rescue() {
	if rd.h1 == nil || len(rd.kept) == 0 {
		return
	}
	start := rd.num[rd.h1]
	first, last := 0, 0
	for i := range rd.kept {
		if i > start && (first == 0 || i < first) {
			first = i
		}
		last = max(last, i)
	}
	if start == 0 || first == 0 {
		return
	}
	for n, i := range rd.num {
		e := &rd.rep.Entries[i-1]
		if i <= start || i >= last && !rd.inFactBox(n) || rd.kept[i] || e.Kind != "" {
			continue
		}
		if rd.inFactBox(n) {
			// The story's box of facts after its last paragraph, which
			// the extractor takes for a sidebar.
			rd.kept[i] = true
			rd.rescued = append(rd.rescued, i)
			continue
		}
		isFig := n.DataAtom == atom.Figure || n.DataAtom == atom.Picture || n.DataAtom == atom.Img || figureLike(n)
		if n.DataAtom == atom.Img && hasAttr(n, "alt") && strings.TrimSpace(attr(n, "alt")) == "" {
			// alt="" is the page's word that the image is decoration (a
			// signature, a logo in a promotion): not rescued.
			continue
		}
		words := len(strings.Fields(e.Text))
		standfirst := i < first && (words >= 8 || words >= 3 && clean(e.Text) == rd.desc) && !isFig && !headerLine(e.Text)
		// A section heading the extractor cleaned away for its class
		// name, between kept blocks and over kept text.
		heading := i > first && (n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.H4) && rd.kept[i+1] && len(strings.Fields(e.Text)) <= 15
		// The details of the book under review, one block a line
		// ("Anagrama, 2026", "296 páginas. 19,90 euros"), beside the
		// header: the block with its pages and its sibling blocks.
		if !isFig && importer.BookDetail(e.Text) && len(strings.Fields(e.Text)) <= 12 && n.Parent != nil {
			for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
				if k, ok := rd.num[c]; ok && !rd.kept[k] && rd.rep.Entries[k-1].Kind == "" {
					rd.kept[k] = true
					rd.rescued = append(rd.rescued, k)
				}
			}
			continue
		}
		if isFig || standfirst || heading {
			rd.kept[i] = true
			rd.rescued = append(rd.rescued, i)
			if standfirst {
				rd.standfirst[n] = true
			}
		}
	}
	rd.rescueSources(last)
}

// rescueSources keeps the list of the story's sources after its last
// block, which the extractor takes for a sidebar: a heading ("Our
// Sources", "Referências") over two or more short citations.
func (rd *reader) rescueSources(last int) {
	for n, i := range rd.num {
		e := &rd.rep.Entries[i-1]
		if i <= last || rd.kept[i] || e.Kind != "" || !importer.SourcesHeading(e.Text) {
			continue
		}
		switch n.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.P, atom.Strong, atom.B:
		default:
			continue
		}
		var items []int
		for k := i + 1; k <= len(rd.rep.Entries) && !rd.kept[k] && rd.rep.Entries[k-1].Kind == "" && importer.Citation(rd.rep.Entries[k-1].Text); k++ {
			items = append(items, k)
		}
		if len(items) < 2 {
			continue
		}
		for _, k := range append([]int{i}, items...) {
			rd.kept[k] = true
			rd.rescued = append(rd.rescued, k)
		}
	}
}

// inFactBox reports whether n is a block inside the article's own box of
// facts, an <aside> that its name calls one ("park-infobox"), or inside
// its summary ("<div class="Summary_root">" with "En bref:" and three
// points). The boxes are found once, in one walk of the page.
func (rd *reader) inFactBox(n *html.Node) bool {
	if rd.boxed == nil {
		rd.boxed = map[*html.Node]bool{}
		var mark func(n *html.Node, inArticle, inBox bool)
		mark = func(n *html.Node, inArticle, inBox bool) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if inBox {
					rd.boxed[c] = true
				}
				box := inBox
				switch {
				case c.DataAtom == atom.Aside:
					box = factBox(c) // the nearest <aside> decides
				case inArticle && summaryNamed(c):
					box = true
				}
				mark(c, inArticle || c.DataAtom == atom.Article, box)
			}
		}
		mark(rd.body, false, false)
	}
	return rd.boxed[n]
}

// summaryNamed reports whether n's name calls it the article's summary.
func summaryNamed(n *html.Node) bool {
	return slices.ContainsFunc(nameWords(n), func(w string) bool { return summaryWords[w] })
}

// summaryWords name the summary of an article in points.
var summaryWords = map[string]bool{"summary": true, "keypoints": true, "highlights": true, "takeaways": true, "essentiel": true, "enbref": true, "resumen": true, "sintesi": true}

// headerLine reports a byline, date line or furniture phrase by the
// importer's rules: never a standfirst.
func headerLine(text string) bool {
	if _, _, ok := importer.Byline(text, false); ok {
		return true
	}
	if _, _, ok := importer.DateLine(text); ok {
		return true
	}
	_, _, ok := importer.Furniture(text)
	return ok
}

// figureLike reports a container that works as a figure without being a
// <figure>: one image and an element named as its caption, and little
// text besides ("field--name-field-image" with its caption field).
func figureLike(n *html.Node) bool {
	if n.Type != html.ElementNode || !isBlockTag(n.DataAtom) || n.DataAtom == atom.Figure || n.DataAtom == atom.Body {
		return false
	}
	imgs, caption, credit, paras := 0, false, false, 0
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return true
		}
		switch c.DataAtom {
		case atom.Img:
			imgs++
		case atom.Figure:
			// A real figure, unless it has no caption of its own and its
			// caption is beside it in n ("<figure><img></figure><div
			// class=caption>…</div>").
			if c != n && hasCaption(c) {
				paras += 100
			}
		case atom.Article, atom.Section, atom.Main:
			if c != n {
				paras += 100 // holds a real figure or more: not one itself
			}
		case atom.P:
			if !captionElement(c) && !isCreditElement(c) && (c.Parent == nil || !captionElement(c.Parent)) {
				paras++ // not the caption's or the credit's own paragraph
			}
		}
		if c != n && captionElement(c) {
			caption = true
		}
		credit = credit || c != n && slices.ContainsFunc(nameWords(c), func(w string) bool { return photoCreditWords[w] })
		return true
	})
	small := paras <= 1 && len(clean(textOf(n))) < 600
	if n.DataAtom == atom.Table {
		// Old layouts set a photo and its caption in a table of their own.
		return imgs == 1 && small
	}
	// A photo with a caption, or with a credit (tagesschau's
	// "absatzbild__info__copyright"): the rest of its text is the caption.
	// A container that its name calls a photo ("opener-foto", "art-photo")
	// is one too, its "text" the caption and its "author" the credit.
	return imgs == 1 && (caption || credit || imgBesideText(n) || photoNamed(n)) && small
}

// photoNamed reports whether n's name calls it a photo.
func photoNamed(n *html.Node) bool {
	return slices.ContainsFunc(nameWords(n), func(w string) bool { return photoBoxWords[w] })
}

// photoBoxWords name a photo's container.
var photoBoxWords = map[string]bool{"foto": true, "photo": true, "fotka": true, "zdjecie": true, "picture": true, "pic": true, "imagen": true, "immagine": true, "bild": true}

// imgBesideText reports an element of two children, an image alone in
// one and a short text in the other, whatever their (hashed) names say:
// "<div><div><img></div><div>Commuters wait for a bus …</div></div>".
func imgBesideText(n *html.Node) bool {
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type == html.ElementNode:
			kids = append(kids, c)
		}
	}
	if len(kids) != 2 {
		return false
	}
	img, text := kids[0], kids[1]
	if clean(textOf(img)) != "" {
		img, text = text, img
	}
	if clean(textOf(img)) != "" || !holdsImage(img) || holdsImage(text) {
		return false
	}
	inlineOnly := true
	walk(text, func(c *html.Node) bool {
		inlineOnly = inlineOnly && (c == text || c.Type != html.ElementNode || isInline(c) && c.DataAtom != atom.A)
		return inlineOnly
	})
	words := len(strings.Fields(clean(textOf(text))))
	return inlineOnly && words >= 4 && words <= 60
}

// holdsImage reports whether n is or holds an <img> or <picture>.
func holdsImage(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		found = found || c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture)
		return !found
	})
	return found
}

// captionWords name the element that holds a caption.
var captionWords = map[string]bool{"caption": true, "figcaption": true, "legend": true, "legende": true, "pie": true, "piefoto": true, "bildunterschrift": true, "cutline": true,
	"epigrafe": true, "peu": true, "didascalia": true, "legenda": true, "bijschrift": true, "onderschrift": true, "bildtext": true}

// hasCaption reports whether n holds a caption element.
func hasCaption(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		found = found || c != n && c.Type == html.ElementNode && captionElement(c)
		return !found
	})
	return found
}

func captionElement(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	ws := nameWords(n)
	for _, w := range ws {
		if captionWords[w] {
			return true
		}
	}
	// "<td class="image_desc">", "<p class="pic-note">", "<div
	// class="img-descr">": a photo's description or note.
	return slices.ContainsFunc(ws, func(w string) bool { return w == "desc" || w == "descr" || w == "description" || w == "note" }) && slices.ContainsFunc(ws, func(w string) bool { return w == "image" || w == "img" || w == "photo" || w == "foto" || w == "pic" })
}

// sectionLineRE is a line that names the section the story is filed in,
// a link after a label: "Publicado em Sociedade", "Published in Business".
var sectionLineRE = regexp.MustCompile(`^(?i:publicado em|publicado en|published in|filed (?:in|under)|publié dans|veröffentlicht in|pubblicato in|gepubliceerd in|publicat a)\s+(\S.{1,40})$`)

// sectionLine reads the first block that is a section line with the
// section's link, for the section when the metadata names none. Only a
// block of a few words is read, so no text is read twice however deep
// the blocks nest.
func (rd *reader) sectionLine() {
	var best *html.Node
	section := ""
	for n, i := range rd.num {
		if best != nil && rd.num[best] < i || rd.rep.Entries[i-1].Kind != "" {
			continue
		}
		t, short := shortText(n, 80)
		m := sectionLineRE.FindStringSubmatch(t)
		if !short || m == nil {
			continue
		}
		var links []string
		walk(n, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				links = append(links, clean(textOf(c)))
			}
			return true
		})
		if len(links) == 1 && links[0] == m[1] {
			best, section = n, m[1]
		}
	}
	if best != nil {
		rd.section = section
		rd.decide(best, KindMeta, RuleSection, "the section the page files the story in, as the page shows it")
	}
}

// creditsBoxes reads the boxes named for the story's credits
// ("<div class=story-credits><h3>Credits</h3><ul><li>X, reporter</li>…"):
// the people and their jobs are metadata, the box no body text.
func (rd *reader) creditsBoxes(body *html.Node) {
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !slices.Contains(nameWords(n), "credits") {
			return true
		}
		var entries []*html.Node
		walk(n, func(c *html.Node) bool {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Li || c.DataAtom == atom.P) {
				entries = append(entries, c)
				return false
			}
			return true
		})
		found := false
		for _, e := range entries {
			c, author, ok := importer.CreditsEntry(clean(textOf(e)))
			switch {
			case !ok:
				continue
			case author && !slices.Contains(rd.byline, c.Text):
				rd.byline = append(rd.byline, c.Text)
			case !author:
				rd.doc.Meta.Contributors = append(rd.doc.Meta.Contributors, c)
			}
			found = true
		}
		if found {
			why := "the story's credits: its people and their jobs"
			rd.furn[n] = [2]string{"signoff", why}
			setAttr(n, "data-publish-furniture", "signoff")
			walk(n, func(c *html.Node) bool {
				if i := rd.num[c]; i > 0 && rd.rep.Entries[i-1].Kind == "" {
					rd.decide(c, KindMeta, RuleSignoff, why)
				}
				return true
			})
		}
		return !found
	})
}

// markFurniture applies the structural furniture rules from the top down;
// every block inside a furniture element is decided by its rule.
func (rd *reader) markFurniture(body *html.Node) {
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == body {
			return true
		}
		rule, why := rd.furnitureRule(n)
		if rule == "" {
			return true
		}
		rd.furn[n] = [2]string{rule, why}
		setAttr(n, "data-publish-furniture", rule)
		kind := KindDropped
		if metaRules[rule] {
			kind = KindMeta
			if rule == "byline" {
				rd.visibleByline(n)
			}
		}
		if rule == "tags" || rule == "footer" {
			rd.tagLinks(n, rule == "tags")
		}
		walk(n, func(c *html.Node) bool {
			// "<div class="asset-content subscriber-premium"><p>News
			// Staff Reporter X contributed to this report.</p>": a
			// sign-off in furniture still credits its people.
			if rd.num[c] > 0 && !metaRules[rule] {
				if cs, ok := importer.Signoff(clean(textOf(c))); ok {
					importer.CreditSignoff(&rd.doc.Meta, cs)
					rd.decide(c, KindMeta, RuleSignoff, "a sign-off in an element whose name says "+rule+": the people it names are contributors")
					return true
				}
			}
			rd.decide(c, kind, "furniture/"+rule, why)
			return true
		})
		return false
	})
	// The extractor must not see what the rules dropped.
	_ = body
}

// fallBack keeps the blocks of the page's own <article> or <main> when
// the extractor kept under a third of the page's paragraph text.
// Readability scores a container by the paragraphs right inside it: on a
// page that wraps every paragraph in a container of its own, it can pick
// one caption and miss the article.
func (rd *reader) fallBack(body *html.Node, kept map[int]bool) {
	keptText := 0
	for n, i := range rd.num {
		if kept[i] && n.DataAtom == atom.P {
			keptText += len(clean(textOf(n)))
		}
	}
	if keptText*3 >= rd.totalPara {
		return
	}
	var best *html.Node
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || n.DataAtom == atom.Main) && rd.paraText(n)*2 > rd.totalPara {
			best = n // the innermost that holds most of the text
		}
		return true
	})
	if best == nil {
		return
	}
	walk(best, func(n *html.Node) bool {
		if i := rd.num[n]; i > 0 && rd.rep.Entries[i-1].Kind == "" {
			kept[i] = true
		}
		return true
	})
}

// signoffIn credits the sign-offs in n and its elements down to depth
// levels ("<div class=byline-wrap>…<div>Fact Checked by X</div>"), and
// reports whether n is one. The depth bounds the text read.
func (rd *reader) signoffIn(n *html.Node, depth int) bool {
	if cs, ok := importer.Signoff(clean(textOf(n))); ok {
		importer.CreditSignoff(&rd.doc.Meta, cs)
		return true
	}
	if depth > 0 {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				rd.signoffIn(c, depth-1)
			}
		}
	}
	return false
}

// sourceLinesIn credits the sources that an element of the header's
// metadata names: "<time>…</time><span>Quelle: ZEIT ONLINE, dpa,
// lbr</span>".
func (rd *reader) sourceLinesIn(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || hasBlockChild(c) && c != n {
			return true
		}
		if names, _, ok := importer.SourceLine(clean(textOf(c))); ok {
			importer.CreditSources(&rd.doc.Meta, names)
			return false
		}
		return c == n || hasBlockChild(c)
	})
}

// tagLinks reads the links of a tag list ("<ul class=td-tags><li><span>TAGS
// </span></li><li><a>Coimbra</a></li>…"), n or one in n's footer: the
// page's tags when its head names none.
func (rd *reader) tagLinks(n *html.Node, isList bool) {
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return true
		}
		if !isList {
			if slices.ContainsFunc(nameWords(c), func(w string) bool { return furnitureWords[w] == "tags" }) {
				rd.tagLinks(c, true)
				return false
			}
			return true
		}
		if c.DataAtom != atom.A {
			return true
		}
		if t := clean(textOf(c)); t != "" && len(strings.Fields(t)) <= 5 {
			rd.tags = append(rd.tags, t)
		}
		return false
	})
}

// tagAnchorRE is the path of a tag's page on a blogging platform:
// "/tag/public-transit", WordPress's "/tag/travaux/", Blogger's
// "/search/label/Sport".
var tagAnchorRE = regexp.MustCompile(`/(?:tag|tags|search/label)/[^/?#]+/?$`)

// tagAnchors are the texts of the links to the page's tags, rel="tag"
// or by their path, as a blog that names no tags in its head prints
// them ("Etichette: <a rel="tag">Sport</a>", Medium's tag pills).
func tagAnchors(body *html.Node) []string {
	var tags []string
	walk(body, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c.DataAtom != atom.A {
			return true
		}
		rel := strings.Fields(strings.ToLower(attr(c, "rel")))
		if slices.Contains(rel, "tag") || tagAnchorRE.MatchString(attr(c, "href")) {
			if t := strings.TrimPrefix(clean(textOf(c)), "#"); t != "" && len(strings.Fields(t)) <= 5 && !slices.Contains(tags, t) {
				tags = append(tags, t)
			}
		}
		return false
	})
	return tags
}

// visibleByline reads the names of a byline element.
func (rd *reader) visibleByline(n *html.Node) {
	// "<p class="editor">Editor: X</p><p class="source">Source: 'Aktuaalne
	// kaamera'</p>": a source line among the byline's paragraphs.
	var ps []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			ps = append(ps, c)
		}
	}
	for _, p := range ps {
		if names, _, ok := importer.SourceLine(clean(textOf(p))); ok && len(ps) >= 2 {
			importer.CreditSources(&rd.doc.Meta, names)
		}
	}
	// "Edited By X", "Fact Checked by X", "Ha collaborato X": a sign-off
	// in a byline's or signature's element credits its people.
	if rd.signoffIn(n, 3) {
		return
	}
	// "<p class="assinatura-agencia">Com Inforpress</p>" under the
	// story: the agency it was written with is the source.
	if names, _, ok := importer.SourceLine(clean(textOf(n))); ok && len(rd.byline) > 0 {
		importer.CreditSources(&rd.doc.Meta, names)
		return
	}
	// The byline's own paragraphs or items first: "<p>Door X</p><p
	// class=role>verslaggever</p>" runs together in the element's text.
	var parts []string
	walk(n, func(c *html.Node) bool {
		if c != n && c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.Li || c.DataAtom == atom.Td || c.DataAtom == atom.Div && !hasBlockChild(c)) {
			parts = append(parts, clean(textOf(c)))
			return false
		}
		return true
	})
	// "<b>Marta Puig Casals</b><br>Vic | 14.11.2024 | 06.00 h": lines
	// that breaks set apart.
	if len(parts) == 0 {
		parts = brLines(n)
	}
	// "<p>Tahlia Burgess</p><ul><li>NCA NewsWire</li></ul>": an agency
	// after the names is the source.
	for i := 1; i < len(parts); i++ {
		if agency, ok := importer.Agency(parts[i]); ok {
			importer.CreditSources(&rd.doc.Meta, []string{agency})
		}
	}
	t := clean(textOf(n))
	if len(rd.byline) > 0 || t == "" {
		return
	}
	// "Von <a>X</a> <time>14. 8. 2024, 18:02 Uhr</time>": the names
	// without the date beside them.
	if u := clean(textOutside(n, atom.Time)); u != "" {
		t = u
	}
	// "Par X, sur base d'un reportage de Y": Y is a contributor.
	if head, cs, ok := importer.BylineHelpers(t); ok {
		importer.CreditSignoff(&rd.doc.Meta, cs)
		rd.helpers = true
		t = head
		if len(parts) == 1 {
			parts[0] = head
		}
	}
	// "REDACCIÓ / ACN | LLEIDA": the newsroom's unsigned credit and its
	// agency; "CNN Portugal , com Lusa", "Mathilde Ferrand avec AFP".
	if names, _, ok := importer.SourceLine(t); ok {
		importer.CreditSources(&rd.doc.Meta, names)
		return
	}
	if person, sources, ok := importer.AgencyCredit(t); ok {
		if person != "" {
			rd.byline = []string{person}
		}
		importer.CreditSources(&rd.doc.Meta, sources)
		return
	}
	if len(parts) > 1 {
		// "<div>ACN</div><div>Sant Fruitós de Bages</div>": an agency's
		// credit, then the place its copy was filed from.
		if agency, ok := importer.Agency(parts[0]); ok {
			importer.CreditSources(&rd.doc.Meta, []string{agency})
			return
		}
		for k, p := range parts {
			if names, _, ok := importer.Byline(p, true); ok {
				rd.byline = names
				// "<div class=article-author__role>Local Democracy
				// Reporting Service</div>": the role under the name.
				for _, r := range parts[k+1:] {
					if _, _, furniture := importer.Furniture(r); importer.BylineRole(r) && !furniture && !importer.IsPerson(r) {
						rd.roles = append(rd.roles, r)
					}
				}
				return
			}
		}
	}
	if names, role, ok := importer.Byline(t, true); ok {
		rd.byline = names
		// "By X | State House News Service": the role or the outlet goes
		// in the byline, as the text importer puts it.
		if role != "" {
			rd.roles = append(rd.roles, role)
		}
		return
	}
	// Names in links or their own elements: "<a rel=author>Name</a>".
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A || hasToken(attr(c, "rel"), "author") || attr(c, "itemprop") == "name") {
			if s := clean(textOf(c)); s != "" && len(strings.Fields(s)) <= 5 {
				rd.byline = append(rd.byline, s)
			}
			return false
		}
		return true
	})
}

// brLines is the text of n cut at its <br> elements, each line cleaned;
// nil when n has no break.
func brLines(n *html.Node) []string {
	var lines []string
	var b strings.Builder
	breaks := false
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			breaks = true
			if t := clean(b.String()); t != "" {
				lines = append(lines, t)
			}
			b.Reset()
		}
		return true
	})
	if !breaks {
		return nil
	}
	if t := clean(b.String()); t != "" {
		lines = append(lines, t)
	}
	return lines
}

// datelineAgency credits the agency that the dateline of one of the
// first three paragraphs names ("MORELIA, Mich. (apro).- …"), as the text
// importer does.
func (rd *reader) datelineAgency() {
	rd.datelineOnly()
	n := 0
	for _, b := range rd.doc.Blocks {
		p, ok := b.(*document.Paragraph)
		if !ok {
			continue
		}
		if n++; n > 3 {
			return
		}
		text := document.PlainText(p.Text)
		if a, ok := importer.DatelineAgency(text[:min(len(text), 160)]); ok {
			importer.CreditSources(&rd.doc.Meta, []string{a})
			return
		}
	}
}

// tailAgency credits the agency whose name, after a dash, ends the last
// paragraph ("… sent to China. — Bernama"), when nothing else named a
// source, as the text importer does.
func (rd *reader) tailAgency() {
	if !rd.noSource() {
		return
	}
	for k := len(rd.doc.Blocks) - 1; k >= 0; k-- {
		if p, ok := rd.doc.Blocks[k].(*document.Paragraph); ok {
			if _, a, ok := importer.DashAgency(document.PlainText(p.Text)); ok {
				importer.CreditSources(&rd.doc.Meta, []string{a})
			}
			return
		}
	}
}

// datelineOnly drops a block that is only a dateline, over the story's
// first or second paragraph ("<h6><strong>ATHENS</strong></h6>", "<p><strong>HUELVA,
// 12 Mar. (EUROPA PRESS) -</strong></p>"), and credits its agency, as
// the text importer does.
func (rd *reader) datelineOnly() {
	paras := 0
	for k := 0; k+1 < len(rd.doc.Blocks) && k < 6 && paras < 2; k++ {
		var text string
		switch b := rd.doc.Blocks[k].(type) {
		case *document.Heading:
			text = document.PlainText(b.Text)
		case *document.Paragraph:
			text = document.PlainText(b.Text)
			paras++
		default:
			continue
		}
		next, ok := rd.doc.Blocks[k+1].(*document.Paragraph)
		if !ok || len(strings.Fields(document.PlainText(next.Text))) < 15 {
			continue
		}
		agency, ok := importer.DatelineOnly(text)
		if !ok {
			continue
		}
		why := "the place the story was filed from, on its own over the first paragraph"
		if agency != "" && rd.noSource() {
			importer.CreditSources(&rd.doc.Meta, []string{agency})
			why = "a wire dateline on its own over the first paragraph: " + agency + " credited as the source"
		}
		rd.redecide(rd.origin[rd.doc.Blocks[k]], KindDropped, RuleDate, why)
		rd.doc.Blocks = slices.Delete(rd.doc.Blocks, k, k+1)
		return
	}
}

// sourcesBesideTitle credits the sources that a short element beside
// the <h1> names, which the extractor may have left out: "<div
// class=storyTop><div>среда, 12. мар 2025</div><div>Извор: РТС,
// Танјуг</div></div><h1>…".
func (rd *reader) sourcesBesideTitle() {
	if rd.h1 == nil || rd.h1.Parent == nil {
		return
	}
	for c := rd.h1.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c != rd.h1 && len(strings.Fields(textOf(c))) <= 12 {
			rd.sourceLinesIn(c)
		}
	}
}

// firstHome credits the outlet that the story's own last paragraphs
// name as its first home ("Este artículo apareció originalmente en
// inglés en NBC Los Angeles."), when nothing but the page itself is the
// source.
func (rd *reader) firstHome() {
	if !rd.noSource() {
		return
	}
	n := 0
	for _, b := range slices.Backward(rd.doc.Blocks) {
		p, ok := b.(*document.Paragraph)
		if !ok {
			continue
		}
		if n++; n > 3 {
			return
		}
		if text := document.PlainText(p.Text); len(strings.Fields(text)) <= 20 {
			if name, ok := importer.FirstHome(text, true); ok {
				importer.CreditSources(&rd.doc.Meta, []string{name})
				return
			}
		}
	}
}

// noSource reports that no source is credited but the page's own
// publisher.
func (rd *reader) noSource() bool {
	s := rd.doc.Meta.Source
	return s == nil || s.Name == "" || s.Name == rd.doc.Meta.Publisher
}

// copyrightAgency credits the news agency whose copyright line, with its
// year, closes the page, when nothing else named a source: on the
// agency's own site, the story is its copy ("© Anadolu Agency 2025").
func (rd *reader) copyrightAgency() {
	if !rd.noSource() {
		return
	}
	for _, e := range rd.rep.Entries {
		if a, ok := importer.CopyrightAgency(e.Text); ok {
			importer.CreditSources(&rd.doc.Meta, []string{a})
			rd.field("source", a, fmt.Sprintf("the copyright line %q", e.Text))
			return
		}
	}
}

// brSignoffs reads a paragraph's lines, cut at its <br>s (brLines), when
// there are two or more and each is a sign-off.
func brSignoffs(lines []string) ([]document.Contributor, bool) {
	if len(lines) < 2 || len(lines) > 12 {
		return nil, false
	}
	var all []document.Contributor
	for _, l := range lines {
		cs, ok := importer.Signoff(l)
		if !ok {
			return nil, false
		}
		all = append(all, cs...)
	}
	return all, true
}

// hasBlockChild reports whether n holds a paragraph, item or division.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.Li || c.DataAtom == atom.Div) {
			return true
		}
	}
	return false
}

// layoutTable reports a table used for layout rather than data: one that
// holds other tables or block elements with paragraphs in its cells.
func layoutTable(t *html.Node) bool {
	layout := false
	walk(t, func(n *html.Node) bool {
		if n == t || n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Table, atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.Ul, atom.Ol, atom.Figure, atom.Article:
			layout = true
		}
		return !layout
	})
	return layout || strings.EqualFold(attr(t, "role"), "presentation")
}

// isFurniture reports whether n was dropped as furniture.
func (rd *reader) isFurniture(n *html.Node) bool {
	_, ok := rd.furn[n]
	return ok
}

// keptBlock reports whether the extractor kept block n.
func (rd *reader) keptBlock(n *html.Node) bool {
	i, ok := rd.num[n]
	return ok && rd.kept[i]
}

// blocksOf maps the children of a container into model blocks.
func (rd *reader) blocksOf(n *html.Node) []document.Block {
	var out []document.Block
	var run []*html.Node
	flush := func() {
		if len(run) == 0 {
			return
		}
		for _, seg := range proseLines(run) {
			out = append(out, rd.paragraph(n, seg)...)
		}
		run = nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			run = append(run, c)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		if rd.isFurniture(c) {
			if isInline(c) {
				run = append(run, c) // inlines skips it; furnitureIn sees it
			}
			continue
		}
		switch {
		case c.DataAtom == atom.Br:
			if len(run) > 0 && run[len(run)-1].Type == html.ElementNode && run[len(run)-1].DataAtom == atom.Br {
				run = run[:len(run)-1]
				flush()
				continue
			}
			run = append(run, c)
			continue
		case isInline(c) && c.DataAtom != atom.Img && c.DataAtom != atom.Picture && !holdsBlock(c):
			run = append(run, c)
			continue
		}
		flush()
		out = append(out, rd.element(c)...)
	}
	flush()
	return out
}

// proseLines cuts a run of inline nodes at its <br> elements when every
// line it gives is prose (proseLine), an item set off by a dash
// (dashLine) or a numbered one: the paragraphs of a CMS that ends each with one break, not
// two ("text<br />text<br />"). Otherwise, as in an address or a verse,
// the run is one paragraph with its breaks.
func proseLines(run []*html.Node) [][]*html.Node {
	var segs [][]*html.Node
	start := 0
	for i, c := range run {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			segs = append(segs, run[start:i])
			start = i + 1
		}
	}
	segs = append(segs, run[start:])
	var lines [][]*html.Node
	for _, seg := range segs {
		var b strings.Builder
		for _, c := range seg {
			b.WriteString(textOf(c))
		}
		switch t := clean(b.String()); {
		case t == "":
		case !proseLine(t) && !dashLine(t) && !numberedLineRE.MatchString(t):
			return [][]*html.Node{run}
		default:
			lines = append(lines, seg)
		}
	}
	if len(lines) < 2 {
		return [][]*html.Node{run}
	}
	return lines
}

// numberedLineRE is an item of a numbered list, one to a line: "1.
// Facebook (arquivo)".
var numberedLineRE = regexp.MustCompile(`^\d{1,3}\. \S`)

// dashLine is an item set off by a dash, one to a line: "– Inicio de
// obras: junio, si no hay crecida."
func dashLine(t string) bool {
	for _, d := range []string{"– ", "- ", "— ", "• "} {
		if strings.HasPrefix(t, d) {
			return len(strings.Fields(t)) >= 3 && endsSentence(t)
		}
	}
	return false
}

// proseLine is a line of running text: a sentence or more, of at least
// twelve words.
func proseLine(t string) bool {
	return len(strings.Fields(t)) >= 12 && endsSentence(t)
}

// element maps one block element.
func (rd *reader) element(c *html.Node) []document.Block {
	if figureLike(c) {
		if f := rd.figure(c); f != nil {
			return []document.Block{rd.made(f, c)}
		}
		return nil
	}
	switch c.DataAtom {
	case atom.Figure, atom.Picture, atom.Img:
		if embeddedPost(c) {
			return rd.blocksOf(c)
		}
		if f := rd.figure(c); f != nil {
			return []document.Block{rd.made(f, c)}
		}
		return nil
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return rd.heading(c)
	case atom.Ul, atom.Ol:
		return rd.list(c)
	case atom.Blockquote:
		inner := rd.blocksOf(c)
		if len(inner) == 0 {
			return nil
		}
		return []document.Block{&document.Quote{Blocks: inner}}
	case atom.Table:
		if layoutTable(c) {
			return rd.blocksOf(c)
		}
		return rd.table(c)
	case atom.Div, atom.Section:
		if ariaTable(c) {
			return rd.table(c)
		}
	case atom.Pre:
		if !rd.keptBlock(c) {
			return nil
		}
		t := strings.Trim(textOf(c), "\n")
		if strings.TrimSpace(t) == "" {
			return nil
		}
		rd.decide(c, KindParagraph, RuleParagraph, "preformatted text, set as code")
		return []document.Block{&document.Paragraph{Text: []document.Inline{&document.Code{Text: clean(t)}}}}
	case atom.Hr:
		return nil
	}
	return rd.blocksOf(c)
}

// paragraph maps a run of inline nodes of block owner into paragraphs;
// images inside the run become figures of their own.
func (rd *reader) paragraph(owner *html.Node, run []*html.Node) []document.Block {
	var out []document.Block
	var figs []document.Block
	var textNodes []*html.Node
	for _, n := range run {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Img || n.DataAtom == atom.Picture) {
			if f := rd.figure(n); f != nil {
				figs = append(figs, rd.made(f, n))
			}
			continue
		}
		textNodes = append(textNodes, n)
	}
	ins := normalize(rd.inlines(textNodes))
	text := clean(document.PlainText(ins))
	if text != "" {
		if f, ok := rd.furnitureIn(run); ok && len(strings.Fields(text)) <= 8 && !endsSentence(text) {
			// "<span class=author>Name</span> (City, envoyée spéciale)":
			// what is left of a byline or date line is part of it, and
			// may name the sources.
			for _, n := range run {
				if n.Type == html.ElementNode {
					rd.sourceLinesIn(n)
				}
			}
			rd.decide(owner, KindMeta, "furniture/"+f[0], "the rest of a line whose main part is furniture: "+f[1])
			return append(out, figs...)
		}
		if !rd.keptBlock(owner) {
			if cs, ok := importer.Signoff(text); ok && rd.pastTitle {
				// "Conteúdo editado por: X" beside the article: its
				// people are credited all the same.
				importer.CreditSignoff(&rd.doc.Meta, cs)
				rd.decide(owner, KindMeta, RuleSignoff, "a sign-off outside the article the extractor found: the people it names are contributors")
				return append(out, figs...)
			}
			// "<p class="article__source">Bron: Belga</p>" under the
			// article: a labelled source line is credited all the same.
			if names, why, ok := importer.SourceLine(text); ok && rd.pastTitle && strings.Contains(text, ":") && len(strings.Fields(text)) <= 6 {
				importer.CreditSources(&rd.doc.Meta, names)
				rd.decide(owner, KindMeta, RuleSignoff, why+", outside the article the extractor found: "+strings.Join(names, ", ")+" credited as the source")
				return append(out, figs...)
			}
			rd.decide(owner, KindDropped, RuleExtractor, "not part of the article the extractor found")
		} else if b := rd.textBlock(owner, ins, text); b != nil {
			out = append(out, b)
		}
	}
	return append(out, figs...)
}

// timesOnly reports a block made of <time> elements with at most two
// words around them ("March 12, 2024 | Updated 5:14 p.m. ET").
func timesOnly(owner *html.Node, text string) bool {
	rest, times := text, 0
	walk(owner, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Time {
			if t := clean(textOf(n)); t != "" {
				rest = strings.Replace(rest, t, " ", 1)
				times++
			}
			return false
		}
		return true
	})
	return times > 0 && len(strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) <= 2
}

// allLinks reports inlines whose every letter is inside a link: the
// teasers and lists of other stories that sit in an article's body. Link
// text alone, with separators between links, is never the article's.
func allLinks(ins []document.Inline) bool {
	links, ok := countLinks(ins)
	return ok && links > 0
}

// countLinks counts the links of inlines whose every letter is inside
// one, through bold and italics ("<strong><a>2024 Election Guide: …</a>
// </strong>"); ok is false when a letter is outside.
func countLinks(ins []document.Inline) (links int, ok bool) {
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Link:
			links++
		case *document.Str:
			if strings.ContainsFunc(n.Text, unicode.IsLetter) {
				return 0, false
			}
		case *document.Strong, *document.Emph:
			k, ok := countLinks(document.Children(n))
			if !ok {
				return 0, false
			}
			links += k
		case *document.LineBreak:
		default:
			return 0, false
		}
	}
	return links, true
}

// labelledLinks reports a paragraph of a label that the importer's
// table calls furniture and links to other pages after it, in bold or
// not: "<strong>Read more from Sky News:<br><a>…</a><br><a>…</a></strong>".
func labelledLinks(ins []document.Inline) (string, bool) {
	if len(ins) == 1 {
		switch n := ins[0].(type) {
		case *document.Strong:
			ins = n.Children
		case *document.Emph:
			ins = n.Children
		}
	}
	if len(ins) < 2 {
		return "", false
	}
	var label string
	switch n := ins[0].(type) {
	case *document.Str:
		label = strings.TrimSpace(n.Text)
	case *document.Strong:
		label = strings.TrimSpace(document.PlainText(n.Children))
	default:
		return "", false
	}
	if _, _, ok := importer.Furniture(label); !ok {
		if _, _, ok = importer.Furniture(strings.TrimSuffix(label, ":")); !ok {
			return "", false
		}
	}
	return label, allLinks(ins[1:])
}

// inPageLink reports a block whose whole text is one link to a place in
// the same page: "Skip past newsletter promotion", "Back to top".
func inPageLink(owner *html.Node, text string) bool {
	found := false
	walk(owner, func(n *html.Node) bool {
		if !found && n.Type == html.ElementNode && n.DataAtom == atom.A && strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#") && clean(textOf(n)) == text {
			found = true
		}
		return !found
	})
	return found
}

// furnitureIn returns the rule of a metadata furniture element (byline,
// date) among the nodes of a run, if there is one.
func (rd *reader) furnitureIn(run []*html.Node) ([2]string, bool) {
	for _, n := range run {
		if f, ok := rd.furn[n]; ok && metaRules[f[0]] {
			return f, true
		}
	}
	return [2]string{}, false
}

// loneInitialsRE is a paragraph of an editor's or author's initials
// alone, "aarl", or in capitals in brackets, "(BVN)", as Flemish papers
// close a story: no word of a story is a paragraph of its own.
var loneInitialsRE = regexp.MustCompile(`^(?:\p{Ll}{2,5}|\(\p{Lu}{2,4}\))$`)

// repeatsByline reports a line that is a byline naming only people whom
// the visible byline named ("Beitrag von Jonas Wendland" under the story
// whose byline named him).
func (rd *reader) repeatsByline(text string) bool {
	if len(rd.byline) == 0 {
		return false
	}
	names, _, ok := importer.Byline(text, false)
	return ok && len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool {
		return !slices.ContainsFunc(rd.byline, func(b string) bool { return strings.Contains(strings.ToLower(b), strings.ToLower(n)) })
	})
}

// textBlock applies the text rules to a paragraph: the importer's
// furniture table, then the strong-heading rule.
func (rd *reader) textBlock(owner *html.Node, ins []document.Inline, text string) document.Block {
	if rule, why, ok := importer.Furniture(text); ok {
		if cs, ok := importer.NoticeSignoff(rule, text); ok {
			importer.CreditSignoff(&rd.doc.Meta, cs) // the translator, after a republication notice
		}
		rd.decide(owner, KindDropped, rule, why)
		return nil
	}
	// "a", "a", "a" (Corriere di Arezzo's text-size buttons): no
	// paragraph is one letter alone.
	if utf8.RuneCountInString(text) == 1 {
		rd.decide(owner, KindDropped, RuleDecor, "one letter alone: a button's label, such as the text-size buttons")
		return nil
	}
	rd.plain[text] = true
	if importer.Plea(text) {
		rd.decide(owner, KindDropped, RuleAppeal, "the outlet's plea for support or subscribers")
		return nil
	}
	if inPageLink(owner, text) {
		rd.decide(owner, KindDropped, RuleSkipLink, "a link within the page (skip, jump or back-to-top link)")
		return nil
	}
	if timesOnly(owner, text) {
		rd.decide(owner, KindMeta, RuleDate, "nothing but <time> elements and their labels: the publication and update times")
		return nil
	}
	// "<p><a href="…/autor/ane-etxebarria-1234.html">Ane Etxebarria</a></p>":
	// a name linked to the author's page is the byline.
	if href := soleLink(owner); authorPathRE.MatchString(href) && importer.IsPerson(text) {
		if len(rd.byline) == 0 {
			rd.byline = []string{text}
		}
		rd.decide(owner, KindMeta, RuleByline, "a name linked to the author's page: the visible byline")
		return nil
	}
	if allLinks(ins) {
		rd.decide(owner, KindDropped, RuleLinkOnly, "nothing but links to other pages: a teaser, tag or service list")
		return nil
	}
	if label, ok := labelledLinks(ins); ok {
		rd.decide(owner, KindDropped, RuleLinkOnly, fmt.Sprintf("a label of page furniture (%q) and links to other pages", label))
		return nil
	}
	if name, ok := importer.Correspondent(text); ok {
		if !slices.Contains(rd.byline, name) {
			rd.byline = append(rd.byline, name)
		}
		rd.decide(owner, KindMeta, RuleByline, "the correspondent's byline over the story")
		return nil
	}
	if names, ok := importer.BracketNames(text); ok && rd.bodyStarted {
		for _, name := range names {
			if !slices.Contains(rd.byline, name) {
				rd.byline = append(rd.byline, name)
			}
		}
		rd.decide(owner, KindMeta, RuleByline, "the reporters named in brackets where the story ends")
		return nil
	}
	if names, why, ok := importer.SourceLine(text); ok {
		importer.CreditSources(&rd.doc.Meta, names)
		rd.decide(owner, KindMeta, RuleSignoff, why+": "+strings.Join(names, ", ")+" credited as the source")
		return nil
	}
	if names := importer.SlashedOutlets(text); names != nil {
		importer.CreditSources(&rd.doc.Meta, names)
		rd.decide(owner, KindMeta, RuleSignoff, "the outlets the story is from: "+strings.Join(names, ", ")+" credited as the source")
		return nil
	}
	// "<p><a href="mailto:…">x@paper.com</a><br>Source: Lusa</p>": the
	// author's address and the source line, under the story.
	lines := brLines(owner)
	if len(lines) >= 2 && !slices.ContainsFunc(lines, func(l string) bool {
		_, _, source := importer.SourceLine(l)
		return !source && !importer.Address(l)
	}) {
		for _, l := range lines {
			if names, _, ok := importer.SourceLine(l); ok {
				importer.CreditSources(&rd.doc.Meta, names)
			}
		}
		rd.decide(owner, KindMeta, RuleSignoff, "the author's address and the source line, under the story")
		return nil
	}
	if importer.DeskInitials(text) || loneInitialsRE.MatchString(text) {
		rd.decide(owner, KindDropped, RuleSignoff, "the editors' initials that close the story")
		return nil
	}
	if importer.Signature(text) {
		rd.decide(owner, KindDropped, RuleSignoff, "the author's signature and the date, in brackets, that close the story")
		return nil
	}
	if rd.repeatsByline(text) {
		rd.decide(owner, KindDropped, RuleByline, "the byline again, under the story")
		return nil
	}
	if cs, ok := importer.Signoff(text); ok {
		importer.CreditSignoff(&rd.doc.Meta, cs)
		rd.decide(owner, KindMeta, RuleSignoff, "a sign-off: the people it names are contributors")
		return nil
	}
	// "Mitarbeit: X<br>Redigat: Y<br>Faktencheck: Z": a sign-off on
	// each line.
	if cs, ok := brSignoffs(lines); ok {
		importer.CreditSignoff(&rd.doc.Meta, cs)
		rd.decide(owner, KindMeta, RuleSignoff, "sign-offs, one a line: the people they name are contributors")
		return nil
	}
	if rd.strongHeading(ins, text) && owner.DataAtom != atom.Li && !rd.interviewQuestion(owner) {
		rd.decide(owner, KindHeading, RuleStrong, "a paragraph that is all strong text, short and not a sentence")
		return rd.made(&document.Heading{Level: 2, Text: stripStrong(ins)}, owner)
	}
	why := "a paragraph of the article"
	if owner.DataAtom != atom.P {
		why = "text of a <" + owner.Data + "> in the article"
	}
	rd.decide(owner, KindParagraph, RuleParagraph, why)
	if rd.pastTitle {
		rd.bodyStarted = true
	}
	return rd.made(&document.Paragraph{Text: ins}, owner)
}

// strongHeading is the rule for the <p><strong>Heading</strong></p> that
// some CMSs write: all of the paragraph strong, at most 14 words, and not
// ending like a sentence, or a label of one or two words ("In short:").
func (rd *reader) strongHeading(ins []document.Inline, text string) bool {
	if len(ins) != 1 {
		return false
	}
	if _, ok := ins[0].(*document.Strong); !ok {
		return false
	}
	n := len(strings.Fields(text))
	if n == 0 || n > 14 || clean(text) == rd.desc {
		return false // the page's description in bold: its standfirst
	}
	last, _ := lastRune(strings.TrimRight(text, `"”’»)`))
	return last != '.' && last != ':' && last != ',' && last != ';' || importer.LabelHeading(text)
}

// interviewQuestion reports whether p is one of two or more bold
// questions in the page that a quotation answers in the next paragraph:
// an interview's, no headings.
func (rd *reader) interviewQuestion(p *html.Node) bool {
	if rd.questions == nil {
		rd.questions = map[*html.Node]bool{}
		// An introduction that says the questions and answers follow
		// (among the first paragraphs) lets a plain paragraph answer.
		interview, paras := false, 0
		walk(rd.body, func(n *html.Node) bool {
			if n.Type == html.ElementNode && n.DataAtom == atom.P && paras < 12 {
				paras++
				interview = interview || importer.InterviewNote(clean(textOf(n)))
			}
			return !interview && paras < 12
		})
		var found []*html.Node
		walk(rd.body, func(n *html.Node) bool {
			if n.Type == html.ElementNode && n.DataAtom == atom.P && answeredQuestion(n, interview) {
				found = append(found, n)
			}
			return true
		})
		for _, n := range found {
			rd.questions[n] = len(found) >= 2
		}
	}
	return rd.questions[p]
}

// answeredQuestion: a paragraph in bold that ends with a question mark,
// over one that opens with a quotation mark, or in an interview over a
// paragraph of fifteen words or more.
func answeredQuestion(p *html.Node, interview bool) bool {
	q := clean(textOf(p))
	if !strings.HasSuffix(q, "?") || p.FirstChild == nil || p.FirstChild != p.LastChild || p.FirstChild.DataAtom != atom.Strong && p.FirstChild.DataAtom != atom.B {
		return false
	}
	next := p.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil || next.DataAtom != atom.P {
		return false
	}
	answer := clean(textOf(next))
	r, _ := utf8.DecodeRuneInString(answer)
	return strings.ContainsRune("«“\"„‘‹", r) || interview && len(strings.Fields(answer)) >= 15
}

func stripStrong(ins []document.Inline) []document.Inline {
	if s, ok := ins[0].(*document.Strong); ok {
		return s.Children
	}
	return ins
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

// heading maps h1-h6: the headline is the title, not a body block; h2 and
// below are section headings, h2 at level 2.
func (rd *reader) heading(c *html.Node) []document.Block {
	ins := normalize(rd.inlines(childNodes(c)))
	text := clean(document.PlainText(ins))
	if text == "" {
		return nil
	}
	if c == rd.h1 {
		rd.pastTitle = true
		rd.decide(c, KindTitle, RuleHeadline, "the page's headline")
		return nil
	}
	if !rd.keptBlock(c) {
		rd.decide(c, KindDropped, RuleExtractor, "not part of the article the extractor found")
		return nil
	}
	// <h2 class="partner-title"> under the portal's <h1>: the partner's
	// copy of the same headline.
	if rd.pastTitle && !rd.bodyStarted && rd.h1 != nil && strings.EqualFold(text, rd.h1Text) {
		rd.decide(c, KindDropped, RuleDuplicate, "the headline again, under the headline")
		return nil
	}
	if rd.standfirst[c] || rd.pastTitle && !rd.bodyStarted && len(strings.Fields(text)) >= 8 {
		rd.decide(c, KindParagraph, RuleStandfirst, "the standfirst: text between the headline and the article, kept as its first paragraph")
		return []document.Block{rd.made(&document.Paragraph{Text: ins}, c)}
	}
	if rule, why, ok := importer.Furniture(text); ok {
		rd.decide(c, KindDropped, rule, why)
		return nil
	}
	if href := soleLink(c); href != "" && !strings.HasPrefix(href, "#") {
		// "<h3><a href="…/casco-viejo-pierde-14-comercios…">El Casco
		// Viejo pierde 14 comercios…</a></h3>": a card's headline.
		rd.decide(c, KindDropped, "furniture/related", "a heading that is all one link to another page: a link to another story")
		return nil
	}
	level := 2
	switch c.DataAtom {
	case atom.H3:
		level = 3
	case atom.H4, atom.H5, atom.H6:
		level = 4
	}
	rd.decide(c, KindHeading, RuleHeading, fmt.Sprintf("an <%s>", c.Data))
	return []document.Block{rd.made(&document.Heading{Level: level, Text: ins}, c)}
}

func (rd *reader) list(c *html.Node) []document.Block {
	l := &document.List{Ordered: c.DataAtom == atom.Ol, Start: 1}
	if l.Ordered {
		if s, err := strconv.Atoi(attr(c, "start")); err == nil && s > 0 {
			l.Start = s
		}
	}
	for li := c.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || rd.isFurniture(li) {
			continue
		}
		if li.DataAtom != atom.Li {
			continue
		}
		item := rd.blocksOf(li)
		if len(item) == 0 {
			continue
		}
		rd.decide(li, KindListItem, RuleList, fmt.Sprintf("item %d of a list", len(l.Items)+1))
		l.Items = append(l.Items, document.ListItem{Blocks: item})
	}
	if len(l.Items) == 0 {
		return nil
	}
	return []document.Block{l}
}

// table maps a data table to the model's table: its caption, header rows
// (those in <thead>, else a first row of <th> cells) and body rows, one
// model cell per grid cell. A cell spanning columns or rows keeps its text
// in its first grid cell and leaves the others empty, so that every row
// has as many cells as the table has columns.
func (rd *reader) table(t *html.Node) []document.Block {
	if !rd.keptBlock(t) {
		rd.decide(t, KindDropped, RuleExtractor, "not part of the article the extractor found")
		return nil
	}
	tb := &document.Table{}
	aria := t.DataAtom != atom.Table // a table of <div role="row">s
	var notes []*html.Node           // an ARIA table's other lines: its source
	type htmlRow struct {
		cells []*html.Node
		head  bool
	}
	var rows []htmlRow
	walk(t, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == t {
			return true
		}
		role := attr(n, "role")
		switch {
		case n.DataAtom == atom.Table:
			return false // a table inside is a layout's, which layoutTable kept out
		case n.DataAtom == atom.Caption || aria && role == "caption":
			tb.Caption = normalize(rd.inlines(childNodes(n)))
			return false
		case n.DataAtom == atom.Tr:
			r := htmlRow{head: n.Parent != nil && n.Parent.DataAtom == atom.Thead}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
					r.cells = append(r.cells, c)
				}
			}
			if len(r.cells) > 0 {
				rows = append(rows, r)
			}
			return false
		case aria && role == "row":
			// "<div role="row"><span role="columnheader">…": the cells
			// are the row's children that say so.
			r := htmlRow{head: true}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				switch attr(c, "role") {
				case "cell", "gridcell", "rowheader":
					r.head = false
					r.cells = append(r.cells, c)
				case "columnheader":
					r.cells = append(r.cells, c)
				}
			}
			if len(r.cells) > 0 {
				rows = append(rows, r)
			}
			return false
		case aria && n.Parent == t && role != "rowgroup" && clean(textOf(n)) != "":
			notes = append(notes, n) // "Fuente: Olmeda Energía." under the rows
			return false
		}
		return true
	})
	if len(rows) == 0 {
		rd.decide(t, KindDropped, RuleTable, "a table with no cells")
		return nil
	}
	// Without a <thead>, a first row of nothing but <th> is the header.
	if !rows[0].head {
		allTH := true
		for _, c := range rows[0].cells {
			allTH = allTH && c.DataAtom == atom.Th
		}
		rows[0].head = allTH && len(rows) > 1
	}
	// Lay the cells on a grid. Spans are bounded (HTML's own limits are
	// 1,000 columns and 65,534 rows; ours keep the grid linear in the
	// page): at most maxTableColumns columns, a row span at most to the
	// last row.
	var grid [][]*html.Node
	var until [maxTableColumns]int // a column is filled by a span above until this row
	cols := 0
	for i, r := range rows {
		var line []*html.Node
		skip := func() {
			for len(line) < maxTableColumns && until[len(line)] > i {
				line = append(line, nil)
			}
		}
		for _, c := range r.cells {
			skip()
			cs := min(max(spanOf(c, "colspan"), 1), maxTableColumns-len(line))
			rs := min(max(spanOf(c, "rowspan"), 1), len(rows)-i)
			for k := range cs {
				if k == 0 {
					line = append(line, c)
				} else {
					line = append(line, nil)
				}
				until[len(line)-1] = i + rs
			}
		}
		skip()
		cols = max(cols, len(line))
		grid = append(grid, line)
	}
	tb.Columns = make([]document.Column, cols)
	for k := range tb.Columns {
		tb.Columns[k].Align = columnAlign(grid, k)
	}
	for i, line := range grid {
		row := make(document.Row, cols)
		for k, c := range line {
			if c == nil {
				continue
			}
			if ins := normalize(rd.inlines(childNodes(c))); len(ins) > 0 {
				row[k].Blocks = []document.Block{&document.Paragraph{Text: ins}}
			}
		}
		if rows[i].head {
			tb.Head = append(tb.Head, row)
		} else {
			tb.Body = append(tb.Body, row)
		}
	}
	if aria && len(tb.Caption) == 0 {
		if l := clean(attr(t, "aria-label")); l != "" {
			tb.Caption = str(l)
		}
	}
	rd.decide(t, KindTable, RuleTable, fmt.Sprintf("a data table of %d rows and %d columns", len(grid), cols))
	out := []document.Block{tb}
	for _, n := range notes {
		if ins := normalize(rd.inlines(childNodes(n))); len(ins) > 0 {
			out = append(out, &document.Paragraph{Text: ins})
		}
	}
	return out
}

// ariaTable reports a data table built of <div>s with ARIA roles:
// role="table" or "grid" round two or more role="row"s ("<div
// class="a_tb" role="table">").
func ariaTable(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Table || (attr(n, "role") != "table" && attr(n, "role") != "grid") {
		return false
	}
	rows := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && attr(c, "role") == "row" {
			rows++
			return false
		}
		return rows < 2
	})
	return rows >= 2
}

// maxTableColumns is the most columns a table keeps; cells past it are
// left out (no page or screen shows more).
const maxTableColumns = 64

// spanOf reads a colspan or rowspan attribute; 1 when absent or not a number.
func spanOf(n *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil {
		return 1
	}
	return v
}

// columnAlign is column k's alignment: the one that its cells' align
// attribute or text-align style give, when they agree.
func columnAlign(grid [][]*html.Node, k int) document.Align {
	align := document.AlignDefault
	for i, line := range grid {
		if k >= len(line) || line[k] == nil {
			continue
		}
		a := cellAlign(line[k])
		if i == 0 || align == document.AlignDefault {
			align = a
		} else if a != align && a != document.AlignDefault {
			return document.AlignDefault
		}
	}
	return align
}

func cellAlign(c *html.Node) document.Align {
	v := strings.ToLower(attr(c, "align"))
	if st := strings.ToLower(attr(c, "style")); strings.Contains(st, "text-align") {
		_, after, _ := strings.Cut(st, "text-align")
		v = strings.Trim(strings.SplitN(strings.TrimLeft(after, " :"), ";", 2)[0], " ")
	}
	switch v {
	case "left", "start":
		return document.AlignLeft
	case "center":
		return document.AlignCenter
	case "right", "end":
		return document.AlignRight
	}
	return document.AlignDefault
}

func childNodes(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}

// inlines maps inline nodes to the model's inlines.
func (rd *reader) inlines(nodes []*html.Node) []document.Inline {
	var out []document.Inline
	for _, n := range nodes {
		switch n.Type {
		case html.TextNode:
			out = append(out, &document.Str{Text: n.Data})
			continue
		case html.ElementNode:
		default:
			continue
		}
		if rd.isFurniture(n) {
			continue
		}
		kids := func() []document.Inline { return rd.inlines(childNodes(n)) }
		switch n.DataAtom {
		case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
			out = append(out, &document.Emph{Children: kids()})
		case atom.Strong, atom.B:
			out = append(out, &document.Strong{Children: kids()})
		case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
			out = append(out, &document.Code{Text: clean(textOf(n))})
		case atom.Br:
			out = append(out, &document.LineBreak{})
		case atom.A:
			out = append(out, rd.link(n, kids())...)
		case atom.Img, atom.Picture, atom.Source, atom.Wbr:
		default:
			if isBlockTag(n.DataAtom) {
				out = append(out, &document.Str{Text: " "})
			}
			out = append(out, kids()...)
			if isBlockTag(n.DataAtom) {
				out = append(out, &document.Str{Text: " "})
			}
		}
	}
	return out
}

// link keeps a link whose destination is an http, https or mailto URL
// (relative ones resolved against the page's URL); any other destination,
// javascript: among them, keeps its text only.
func (rd *reader) link(n *html.Node, kids []document.Inline) []document.Inline {
	href := strings.TrimSpace(attr(n, "href"))
	if href == "" || strings.HasPrefix(href, "#") {
		return kids
	}
	u, ok := checkLink(absolute(href, rd.base), href)
	if !ok {
		return kids
	}
	return []document.Inline{&document.Link{URL: u, Title: clean(attr(n, "title")), Children: kids}}
}

// checkLink applies the link policy of every reader (document.CheckLink)
// to href as written (raw) and as resolved against the page's URL (abs):
// only an http, https or mailto URL is kept.
func checkLink(abs, raw string) (string, bool) {
	if _, kind, _ := document.CheckLink(raw); kind == document.LinkRefused {
		return "", false
	}
	if abs == "" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(raw)), "mailto:") {
		abs = raw
	}
	u, kind, _ := document.CheckLink(abs)
	return u, kind == document.LinkWeb
}

// normalize joins adjacent strings, collapses white space, and trims the
// ends of the whole run and around line breaks; empty wrappers go.
func normalize(ins []document.Inline) []document.Inline {
	ins = collapse(ins, true)
	trimEnds(ins)
	return prune(ins)
}

// collapse joins adjacent Str nodes and collapses white space; space says
// whether the text before ended in a space.
func collapse(ins []document.Inline, _ bool) []document.Inline {
	var out []document.Inline
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Str:
			t := collapseSpace(n.Text)
			if last, ok := lastStr(out); ok {
				last.Text = collapseSpace(last.Text + t)
				continue
			}
			out = append(out, &document.Str{Text: t})
		case *document.Emph:
			n.Children = collapse(n.Children, false)
			out = append(out, n)
		case *document.Strong:
			n.Children = collapse(n.Children, false)
			out = append(out, n)
		case *document.Link:
			n.Children = collapse(n.Children, false)
			out = append(out, n)
		default:
			out = append(out, in)
		}
	}
	return out
}

func lastStr(ins []document.Inline) (*document.Str, bool) {
	if len(ins) == 0 {
		return nil, false
	}
	s, ok := ins[len(ins)-1].(*document.Str)
	return s, ok
}

func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) && r != '\u00A0' && r != '\u202F' {
			space = true
			continue
		}
		if r == '\u00AD' || r == '\u200B' || r == '\uFEFF' || unicode.IsControl(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// trimEnds trims leading space of the first text and trailing space of
// the last, descending into wrappers, and the spaces around line breaks.
func trimEnds(ins []document.Inline) {
	trimSide(ins, true)
	trimSide(ins, false)
	for i, in := range ins {
		if _, ok := in.(*document.LineBreak); ok {
			if i > 0 {
				trimSide(ins[:i], false)
			}
			trimSide(ins[i+1:], true)
		}
	}
}

func trimSide(ins []document.Inline, left bool) {
	for k := range ins {
		i := k
		if !left {
			i = len(ins) - 1 - k
		}
		switch n := ins[i].(type) {
		case *document.Str:
			if left {
				n.Text = strings.TrimLeft(n.Text, " ")
			} else {
				n.Text = strings.TrimRight(n.Text, " ")
			}
			if n.Text != "" {
				return
			}
		case *document.Emph:
			trimSide(n.Children, left)
			if document.PlainText(n.Children) != "" {
				return
			}
		case *document.Strong:
			trimSide(n.Children, left)
			if document.PlainText(n.Children) != "" {
				return
			}
		case *document.Link:
			trimSide(n.Children, left)
			if document.PlainText(n.Children) != "" {
				return
			}
		default:
			return
		}
	}
}

// prune drops empty strings and wrappers, and line breaks at the ends.
func prune(ins []document.Inline) []document.Inline {
	var out []document.Inline
	for _, in := range ins {
		switch n := in.(type) {
		case *document.Str:
			if n.Text == "" {
				continue
			}
		case *document.Emph:
			if n.Children = prune(n.Children); len(n.Children) == 0 {
				continue
			}
		case *document.Strong:
			if n.Children = prune(n.Children); len(n.Children) == 0 {
				continue
			}
		case *document.Link:
			if n.Children = prune(n.Children); len(n.Children) == 0 {
				continue
			}
		case *document.Code:
			if n.Text == "" {
				continue
			}
		}
		out = append(out, in)
	}
	for len(out) > 0 {
		if _, ok := out[0].(*document.LineBreak); !ok {
			break
		}
		out = out[1:]
	}
	for len(out) > 0 {
		if _, ok := out[len(out)-1].(*document.LineBreak); !ok {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// soleLink returns the href of the one link that holds all of n's text,
// or "".
// authorPathRE is the path of an author's page on a news site.
var authorPathRE = regexp.MustCompile(`(?i)/(?:autor|autora|autores|author|authors|auteur|auteurs|autore|autori|autoren|redacteur|journalist|journalists|profile|perfil|firmas|byline)/[^/?#]+`)

func soleLink(n *html.Node) string {
	var link *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A && link == nil:
			link = c
		default:
			return ""
		}
	}
	if link == nil {
		return ""
	}
	return strings.TrimSpace(attr(link, "href"))
}
