package html

import (
	"cmp"
	"encoding/base64"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// candidate is one source of an image: src, a srcset entry, a lazy
// loader's data-* attribute or a <picture> source.
type candidate struct {
	url   string
	width int // from a "w" descriptor or the width attribute; 0 unknown
	order int // later candidates of equal width lose
}

// dataImage decodes a data: URI of a JPEG, PNG, GIF or WebP image, as
// archiving tools (SingleFile, Save Page WE) save a page in one file with
// its photos inside. It returns the bytes and the file extension; ok is
// false for any other URI, or when the bytes are not the image the URI
// says.
func dataImage(u string) (data []byte, ext string, ok bool) {
	head, body, found := strings.Cut(u, ",")
	if !found || len(head) < 5 || !strings.EqualFold(head[:5], "data:") {
		return nil, "", false
	}
	params := strings.Split(strings.ToLower(head[5:]), ";")
	ext = imageExts[strings.TrimSpace(params[0])]
	if ext == "" {
		return nil, "", false
	}
	var err error
	if slices.Contains(params[1:], "base64") {
		data, err = base64.StdEncoding.DecodeString(strings.Map(func(r rune) rune {
			if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
				return -1
			}
			return r
		}, body))
	} else {
		var s string
		s, err = url.PathUnescape(body)
		data = []byte(s)
	}
	if got, ok := imageType(data); err != nil || !ok || got != ext {
		return nil, "", false
	}
	return data, ext, true
}

// imageExts are the photographs' types an edition takes, by MIME type.
var imageExts = map[string]string{"image/jpeg": ".jpg", "image/jpg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}

// imageType returns the extension of a JPEG, PNG, GIF or WebP file by
// its first bytes; ok is false for anything else.
func imageType(data []byte) (ext string, ok bool) {
	ext = imageExts[http.DetectContentType(data)]
	return ext, ext != ""
}

// lazyAttrs are the attributes lazy loaders keep the real image in.
var lazyAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src", "data-flickity-lazyload"}

var lazySetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset"}

// candidates lists every source named by img, picture and source elements
// under n (n itself included).
func candidates(n *html.Node) []candidate {
	var out []candidate
	add := func(u string, w int) {
		u = strings.TrimSpace(u)
		if lower := strings.ToLower(u); u == "" || strings.HasPrefix(lower, "data:") && !strings.HasPrefix(lower, "data:image/") {
			return // no photograph: dataImage reads the images among data: URIs
		}
		out = append(out, candidate{url: u, width: w, order: len(out)})
	}
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return true
		}
		switch c.DataAtom {
		case atom.Img, atom.Source:
			w, _ := strconv.Atoi(attr(c, "width"))
			for _, a := range lazySetAttrs {
				for _, s := range parseSrcset(attr(c, a)) {
					add(s.url, s.width)
				}
			}
			for _, a := range lazyAttrs {
				add(attr(c, a), w)
			}
			if c.DataAtom == atom.Img {
				add(attr(c, "src"), w)
			}
		}
		return true
	})
	return out
}

// parseSrcset reads "a.jpg 480w, b.jpg 800w" or "a.jpg 1x, b.jpg 2x"
// (a density counts as 1000 px per x, to order them) as the HTML
// standard splits a srcset: a URL is a run of non-space characters, so
// the commas inside a data: URI belong to it, and a comma ends a
// candidate only after the URL or its descriptors.
func parseSrcset(s string) []candidate {
	var out []candidate
	for {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		if s == "" {
			return out
		}
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		c := candidate{url: s[:end]}
		s = s[end:]
		if u := strings.TrimRight(c.url, ","); u != c.url {
			c.url = u // "a.jpg," : no descriptors
		} else {
			desc := s
			if k := strings.IndexByte(s, ','); k >= 0 {
				desc, s = s[:k], s[k+1:]
			} else {
				s = ""
			}
			if f := strings.Fields(desc); len(f) > 0 {
				d := f[0]
				switch {
				case strings.HasSuffix(d, "w"):
					c.width, _ = strconv.Atoi(strings.TrimSuffix(d, "w"))
				case strings.HasSuffix(d, "x"):
					x, _ := strconv.ParseFloat(strings.TrimSuffix(d, "x"), 64)
					c.width = int(x * 1000)
				}
			}
		}
		out = append(out, c)
	}
}

// minPhotoBytes is less than any photograph takes: a saved file smaller
// than this is a lazy loader's placeholder (a blank or blurred thumbnail
// of a few dozen pixels), and a remote candidate is the photo.
const minPhotoBytes = 1024

// source is where a figure's image is: a path inside the saved folder, a
// remote URL never fetched, or nothing.
type source struct {
	local   string // slash-separated path relative to the page's directory
	remote  string // absolute URL
	refused string // a path that left the saved folder
	svg     bool
	data    []byte // an image inside the page (a data: URI) or its archive
	ext     string // its file extension
	from    string // where data came from: the URI, or the archive's address
}

// pickSource chooses the best local candidate (the widest that exists in
// files); without one, the widest remote one; a saved placeholder
// (minPhotoBytes) only when there is nothing else. A relative path that is not
// in files is the page's own site's, resolved against base.
func pickSource(cands []candidate, files fs.FS, base *url.URL, resources map[string][]byte) source {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].width > cands[j].width })
	var src source
	tiny := ""
	for _, c := range cands {
		if strings.HasPrefix(strings.ToLower(c.url), "data:") {
			// A lazy loader's placeholder is a few dozen bytes inline;
			// an archived page's photograph is the whole file.
			if data, ext, ok := dataImage(c.url); ok && len(data) >= minPhotoBytes {
				src.data, src.ext, src.from = data, ext, c.url
				return src
			}
			continue
		}
		u, err := url.Parse(c.url)
		if err != nil {
			continue
		}
		if len(resources) > 0 {
			// An archive's copy of the image: read as a data: URI is.
			addr := absolute(c.url, base)
			if ext, ok := imageType(resources[addr]); ok && len(resources[addr]) >= minPhotoBytes {
				src.data, src.ext, src.from = resources[addr], ext, addr
				return src
			}
		}
		if u.Scheme != "" || u.Host != "" || strings.HasPrefix(c.url, "/") {
			if src.remote == "" && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "" && u.Host != "" || strings.HasPrefix(c.url, "/")) {
				src.remote = absolute(c.url, base)
			}
			continue
		}
		p := u.Path
		if p == "" {
			continue
		}
		clean := path.Clean(p)
		if !fs.ValidPath(clean) || clean == "." {
			if src.refused == "" {
				src.refused = p
			}
			continue
		}
		if strings.HasSuffix(strings.ToLower(clean), ".svg") {
			src.svg = true
			continue // placeholders and icons; no edition embeds SVG photographs
		}
		if files != nil {
			if fi, err := fs.Stat(files, clean); err == nil && fi.Mode().IsRegular() {
				if fi.Size() < minPhotoBytes {
					tiny = cmp.Or(tiny, clean) // a lazy loader's placeholder, saved in place of the photo
					continue
				}
				src.local = clean
				return src
			}
		}
		if src.remote == "" && base != nil {
			src.remote = absolute(c.url, base)
		}
	}
	if src.remote == "" {
		src.local = tiny // nothing better: what the page shows
	}
	return src
}

// absolute resolves u against base; it returns u when base is nil or u
// is already absolute, and "" for a relative u without base.
func absolute(u string, base *url.URL) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	if p.IsAbs() {
		return p.String()
	}
	if base == nil {
		if p.Host != "" {
			p.Scheme = "https"
			return p.String()
		}
		return ""
	}
	return base.ResolveReference(p).String()
}
