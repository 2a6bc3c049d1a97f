package html

import (
	"cmp"
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"

	"publish/internal/importer"
)

// Where metadata comes from, most trusted first (the order the fields are
// filled in): a page's JSON-LD is written for search engines and names
// each field; OpenGraph and article:* meta are written for sharing; the
// rest is what the page shows.
const (
	fromJSONLD    = "JSON-LD"
	fromOG        = "OpenGraph"
	fromMeta      = "meta"
	fromHTMLLang  = "<html lang>"
	fromTime      = "<time datetime>"
	fromTitleTag  = "<title>"
	fromCanonical = "<link rel=canonical>"
	fromSavedFrom = "the saving browser's note"
	fromH1        = "<h1>"
	fromByline    = "the visible byline"
	fromTagList   = "the visible tag list"
	fromTagLinks  = "the links to the tags' pages"
	fromSection   = "the visible section line"
)

// pageMeta is everything the page says about itself, each value with the
// source it came from.
type pageMeta struct {
	title, authors, orgAuthors, date, site, ogSite, lang, desc, url, section, tags field
	provider                                                                       field  // the agency whose copy it is (JSON-LD provider, sourceOrganization)
	titleTag                                                                       string // the <title> as written
	ldTypes                                                                        []string
}

// isSite reports whether s is the site's name, as the metadata or the
// OpenGraph tags give it.
func (pm *pageMeta) isSite(s string) bool {
	return strings.EqualFold(s, pm.site.value) || strings.EqualFold(s, pm.ogSite.value)
}

// field is one metadata value and where it came from; a list field keeps
// its values in list.
type field struct {
	value string
	list  []string
	from  string
	// others holds what less trusted sources said when it differs, for
	// the report.
	others []string
}

func (f *field) set(v, from string) {
	v = clean(v)
	if v == "" {
		return
	}
	if f.value == "" {
		f.value, f.from = v, from
		return
	}
	if v != f.value && !sameInstant(v, f.value) {
		f.others = append(f.others, from+": "+v)
	}
}

// sameInstant reports two timestamps that name the same instant in
// different zones ("2024-09-28T07:30:00Z", "2024-09-28T08:30:00+01:00").
func sameInstant(a, b string) bool {
	ta, err1 := time.Parse(time.RFC3339, a)
	tb, err2 := time.Parse(time.RFC3339, b)
	return err1 == nil && err2 == nil && ta.Equal(tb)
}

// unmarked drops the asterisk that marks a name for a footnote, as
// Brazilian papers mark an intern's ("Júlia Brandão*").
func unmarked(names []string) []string {
	var out []string
	for _, n := range names {
		// "Karla Menjívar y Óscar Reyes" in one author's name: two.
		out = append(out, importer.SplitNames(strings.TrimRight(strings.TrimSpace(n), "*"))...)
	}
	return out
}

// prefer sets v over a value from a source trusted more in general, which
// goes to others.
func (f *field) prefer(v, from string) {
	v = clean(v)
	if v == "" || v == f.value {
		return
	}
	if f.value != "" {
		f.others = append(f.others, f.from+": "+f.value)
	}
	f.value, f.from = v, from
}

func (f *field) setList(vs []string, from string) {
	var keep []string
	seen := map[string]bool{}
	for _, v := range vs {
		v = clean(v)
		if v != "" && !seen[strings.ToLower(v)] {
			seen[strings.ToLower(v)] = true
			keep = append(keep, v)
		}
	}
	if len(keep) == 0 {
		return
	}
	if f.list == nil {
		f.list, f.from = keep, from
		return
	}
	f.others = append(f.others, from+": "+strings.Join(keep, ", "))
}

// savedFromRE is the address a browser or an archiving tool notes in a
// comment when it saves a page: Chrome's and Internet Explorer's "saved
// from url=(0071)https://…", SingleFile's "url: https://…".
var savedFromRE = regexp.MustCompile(`(?m)^\s*(?:saved from url=\(\d+\)|url: *)(https?://\S+)`)

// savedFromURL returns the page's address from such a comment, or "".
// SingleFile's "url:" counts only in SingleFile's own comment.
func savedFromURL(comment string) string {
	m := savedFromRE.FindStringSubmatch(comment)
	if m == nil || !strings.Contains(m[0], "saved from url=") && !strings.Contains(comment, "saved with SingleFile") {
		return ""
	}
	return strings.TrimRight(m[1], "-> ")
}

// readMeta reads the head's metadata, JSON-LD first. It must run before
// scripts are removed from the tree.
func readMeta(doc *html.Node) *pageMeta {
	pm := &pageMeta{}
	var metas []*html.Node
	var ld []string
	htmlLang, canonical, timeDT, savedFrom := "", "", "", ""
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.CommentNode && savedFrom == "" {
			savedFrom = savedFromURL(n.Data)
		}
		switch n.DataAtom {
		case atom.Html:
			htmlLang = attr(n, "lang")
			if htmlLang == "" {
				htmlLang = attr(n, "xml:lang")
			}
		case atom.Title:
			if pm.titleTag == "" {
				pm.titleTag = clean(textOf(n))
			}
		case atom.Meta:
			metas = append(metas, n)
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") && canonical == "" {
				canonical = attr(n, "href")
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ld = append(ld, textOf(n))
			}
			return false
		case atom.Time:
			if timeDT == "" {
				timeDT = attr(n, "datetime")
			}
		}
		return true
	})

	for _, src := range ld {
		pm.jsonLD(src)
	}

	prop := func(name string) []string {
		var out []string
		for _, m := range metas {
			if strings.EqualFold(attr(m, "property"), name) || strings.EqualFold(attr(m, "name"), name) {
				if c := attr(m, "content"); c != "" {
					out = append(out, c)
				}
			}
		}
		return out
	}
	first := func(name string) string {
		if v := prop(name); len(v) > 0 {
			return v[0]
		}
		return ""
	}
	pm.title.set(first("og:title"), fromOG)
	pm.date.set(normDate(first("article:published_time")), fromOG)
	pm.ogSite.set(first("og:site_name"), fromOG)
	pm.lang.set(localeTag(first("og:locale")), fromOG)
	pm.desc.set(first("og:description"), fromOG)
	pm.url.set(first("og:url"), fromOG)
	// article:section names the section the outlet files the story in;
	// JSON-LD's articleSection is as often its parent desk or a path
	// ("Grand Sud", "Gers", "Auch"), so it only fills in.
	pm.section.prefer(first("article:section"), fromOG)
	// One article:tag holds a list ("storks, Izmir"); several hold a
	// tag each, commas and all ("Oduya, Marguerite (1939-2026)").
	tags := prop("article:tag")
	if len(tags) == 1 {
		tags = strings.Split(tags[0], ",")
	}
	pm.tags.setList(tags, fromOG)
	var names []string
	for _, a := range prop("article:author") {
		if !strings.Contains(a, "://") {
			names = append(names, a)
		}
	}
	pm.authors.setList(unmarked(names), fromOG)

	pm.authors.setList(unmarked(prop("author")), fromMeta)
	pm.desc.set(first("description"), fromMeta)
	pm.date.set(normDate(first("date")), fromMeta)
	pm.lang.set(first("content-language"), fromMeta)
	pm.lang.set(langTag(htmlLang), fromHTMLLang)
	// The canonical link names the page as the outlet files it, where
	// og:url may name the story's first page ("…/komplettansicht").
	pm.url.prefer(canonical, fromCanonical)
	pm.url.set(savedFrom, fromSavedFrom)
	pm.date.set(normDate(timeDT), fromTime)
	if kw := cmp.Or(first("keywords"), first("news_keywords")); kw != "" && pm.tags.list == nil {
		pm.tags.setList(splitKeywords(kw), fromMeta)
	}
	return pm
}

// jsonLD reads one ld+json script: an object, an array, or an @graph; the
// first article-like object fills the fields, and @id references to
// people and organisations in the same script are followed.
func (pm *pageMeta) jsonLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	var objs []map[string]any
	var collect func(v any)
	collect = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				collect(x)
			}
		case map[string]any:
			objs = append(objs, v)
			if g, ok := v["@graph"]; ok {
				collect(g)
			}
		}
	}
	collect(v)
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok {
			byID[id] = o
		}
	}
	resolve := func(v any) map[string]any {
		o, _ := v.(map[string]any)
		if o == nil {
			if s, ok := v.(string); ok {
				return map[string]any{"name": s}
			}
			return nil
		}
		if id, ok := o["@id"].(string); ok && len(o) == 1 {
			if full := byID[id]; full != nil {
				return full
			}
		}
		return o
	}
	for _, o := range objs {
		types := ldTypes(o)
		if !isArticleType(types) {
			continue
		}
		pm.ldTypes = append(pm.ldTypes, types...)
		pm.title.set(ldStr(o["headline"]), fromJSONLD)
		pm.date.set(normDate(ldStr(o["datePublished"])), fromJSONLD)
		pm.desc.set(ldStr(o["description"]), fromJSONLD)
		pm.lang.set(langTag(ldStr(o["inLanguage"])), fromJSONLD)
		if u := ldStr(o["url"]); u != "" {
			pm.url.set(u, fromJSONLD)
		} else if m := resolve(o["mainEntityOfPage"]); m != nil {
			pm.url.set(firstNonEmpty(ldStr(m["@id"]), ldStr(m["url"])), fromJSONLD)
		}
		if p := resolve(o["publisher"]); p != nil {
			pm.site.set(ldStr(p["name"]), fromJSONLD)
		}
		for _, key := range []string{"provider", "sourceOrganization"} {
			if p := resolve(o[key]); p != nil {
				pm.provider.set(ldStr(p["name"]), fromJSONLD)
			}
		}
		var people, orgs []string
		for _, a := range asList(o["author"]) {
			a := resolve(a)
			if a == nil {
				continue
			}
			// "name" may be a list: one Person object for two authors.
			for _, nv := range asList(a["name"]) {
				name := ldStr(nv)
				if isOrgType(ldTypes(a)) {
					orgs = append(orgs, name)
				} else {
					people = append(people, name)
				}
			}
		}
		pm.authors.setList(unmarked(people), fromJSONLD)
		pm.orgAuthors.setList(orgs, fromJSONLD)
		for _, s := range asList(o["articleSection"]) {
			pm.section.set(ldStr(s), fromJSONLD)
		}
		var kws []string
		for _, k := range asList(o["keywords"]) {
			if s := ldStr(k); s != "" {
				kws = append(kws, splitKeywords(s)...)
			}
		}
		pm.tags.setList(kws, fromJSONLD)
		return
	}
}

func ldTypes(o map[string]any) []string {
	var out []string
	for _, t := range asList(o["@type"]) {
		if s, ok := t.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func isArticleType(types []string) bool {
	for _, t := range types {
		switch t {
		case "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
			"BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle":
			return true
		}
	}
	return false
}

func isOrgType(types []string) bool {
	for _, t := range types {
		if strings.Contains(t, "Organization") || t == "Corporation" || t == "NGO" {
			return true
		}
	}
	return false
}

// splitKeywords splits a list of keywords at its commas, in any script:
// "ملتان،کاشی گری", "环保，垃圾分类".
func splitKeywords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' || r == '，' || r == '、' })
}

func asList(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

func ldStr(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return ldStr(v["name"])
	case []any:
		if len(v) > 0 {
			return ldStr(v[0])
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// normDate turns a machine-readable date into W3CDTF, "" when it is not
// one: "2024-03-12T09:00:04+01:00", "2024-03-12T09:00:04Z", "2024-03-12".
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.000-0700", "2006-01-02 15:04:05Z07:00"} {
		if t, err := time.Parse(l, s); err == nil {
			// Fractions of a second are kept at the page's precision.
			if _, off := t.Zone(); off == 0 {
				return t.UTC().Format("2006-01-02T15:04:05.999999999Z")
			}
			return t.Format("2006-01-02T15:04:05.999999999-07:00")
		}
	}
	for _, l := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02T15:04:05")
		}
	}
	for _, l := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(l, s); err == nil {
			return s
		}
	}
	return ""
}

// langTag checks a language tag; "" when it is not BCP 47.
func langTag(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	t, err := language.Parse(s)
	if err != nil {
		return ""
	}
	// "zh-cmn-Hans" parses as "cmn-Hans": Mandarin is written Chinese,
	// "zh", to the editions' fonts and hyphenation.
	if v, ok := strings.CutPrefix(t.String(), "cmn"); ok {
		return "zh" + v
	}
	return t.String()
}

// localeTag reads an OpenGraph locale, "es_ES", as "es-ES".
func localeTag(s string) string { return langTag(strings.ReplaceAll(s, "_", "-")) }

// splitTitle reads "Headline | Outlet" (or " - ", " – ", " — ", " · ")
// as the headline and the outlet; site, when known, says which end the
// outlet is.
func splitTitle(t, site string) (headline, outlet string) {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " · ", " :: "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if site != "" && strings.EqualFold(clean(head), clean(site)) {
			if j := strings.Index(t, sep); j > 0 {
				return strings.TrimSpace(t[j+len(sep):]), head
			}
		}
		if len(strings.Fields(tail)) <= 5 {
			return head, tail
		}
	}
	return t, ""
}
