package document

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// LinkKind is what a link destination turned out to be (CheckLink).
type LinkKind int

const (
	// LinkRefused is a destination no edition may carry: a scheme other
	// than http, https or mailto (javascript:, vbscript:, data:, file:...),
	// a network path with no scheme (//host), or no URL at all. Readers
	// keep the link's text and drop the link, with a warning.
	LinkRefused LinkKind = iota
	// LinkWeb is an http, https or mailto URL; both editions link it.
	LinkWeb
	// LinkLocal is a relative path or a fragment. It stays in the model;
	// an edition that has nothing for it to point at prints its text.
	LinkLocal
)

// CheckLink is the one link policy of every reader and writer. It judges
// a destination once its source syntax is decoded (Markdown's backslash
// escapes and character references, an HTML attribute's entities) and
// returns the URL to write, percent-encoded where a URL must be, with its
// kind; for a refused one, why.
//
// It judges the destination as a browser would run it: ASCII tab and
// line breaks anywhere, and control characters and spaces at either end,
// are ignored, as the WHATWG URL parser ignores them; and the scheme is
// read again after any character reference or percent-encoding is
// decoded, so that "&#106;avascript:", "java&#x09;script:" and
// "%6Aavascript:" are all refused.
func CheckLink(dest string) (u string, kind LinkKind, why string) {
	s := stripURLSpace(dest)
	if s == "" {
		return "", LinkLocal, ""
	}
	if !utf8.ValidString(s) {
		return "", LinkRefused, "it is not valid UTF-8"
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return "", LinkRefused, "it holds control characters"
		}
	}
	scheme := schemeOf(s)
	if decoded := decodeForJudging(s); schemeOf(decoded) != scheme || scheme == "" && networkPath(decoded) {
		return "", LinkRefused, "it hides a scheme or host behind character references or percent-encoding"
	}
	switch scheme {
	case "":
		if networkPath(s) {
			return "", LinkRefused, "a network path (//host) names no scheme; write https://"
		}
		u = encodeURL(s)
		if _, err := url.Parse(u); err != nil {
			return "", LinkRefused, "it is not a valid URL"
		}
		return u, LinkLocal, ""
	case "http", "https", "mailto":
		u = encodeURL(s)
		p, err := url.Parse(u)
		if err != nil {
			return "", LinkRefused, "it is not a valid URL"
		}
		if scheme == "mailto" {
			if p.Opaque == "" {
				return "", LinkRefused, "it names no address"
			}
			return u, LinkWeb, ""
		}
		host := p.Hostname() // decoded
		if host == "" {
			return "", LinkRefused, "it names no host"
		}
		if !isASCII(host) {
			// An international domain name goes out in its ASCII form.
			ascii, err := idna.Lookup.ToASCII(host)
			if err != nil {
				return "", LinkRefused, "its host is not a valid domain name"
			}
			prefix := u[:len(scheme)+3] // "https://" as written
			auth := u[len(prefix):]
			if i := strings.IndexAny(auth, "/?#"); i >= 0 {
				auth = auth[:i]
			}
			user := ""
			if i := strings.LastIndexByte(auth, '@'); i >= 0 {
				user = auth[:i+1]
			}
			hostport := ascii
			if port := p.Port(); port != "" {
				hostport += ":" + port
			}
			u = prefix + user + hostport + u[len(prefix)+len(auth):]
		}
		return u, LinkWeb, ""
	}
	return "", LinkRefused, "the scheme " + scheme + ": is not one of http, https and mailto"
}

// stripURLSpace drops what the URL parser of browsers ignores: leading
// and trailing C0 controls and spaces, and every tab and line break.
func stripURLSpace(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= 0x20 })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, s)
	}
	return s
}

var schemeRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*):`)

// schemeOf is s's scheme in lower case, "" for none.
func schemeOf(s string) string {
	if m := schemeRE.FindStringSubmatch(s); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

// networkPath reports a destination that starts with two slashes, either
// way round, which a browser resolves to another host.
func networkPath(s string) bool {
	return len(s) >= 2 && (s[0] == '/' || s[0] == '\\') && (s[1] == '/' || s[1] == '\\')
}

// decodeForJudging undoes character references and percent-encoding, as
// often as they were applied (up to a few times), and strips what a
// browser strips, so the scheme can be read as a browser might end up
// reading it. The result is only judged, never written.
func decodeForJudging(s string) string {
	for range 4 {
		d := s
		if strings.IndexByte(d, '&') >= 0 {
			d = html.UnescapeString(d)
		}
		if strings.IndexByte(d, '%') >= 0 {
			if p, err := url.PathUnescape(d); err == nil {
				d = p
			}
		}
		d = stripURLSpace(d)
		if d == s {
			break
		}
		s = d
	}
	return s
}

// encodeURL percent-encodes the bytes a URL may not hold as they are
// (spaces, non-ASCII, quotes and angle brackets, a second #), keeping
// existing %XX escapes.
func encodeURL(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	hash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(c)
		case c == '#' && !hash:
			hash = true
			b.WriteByte(c)
		case c <= 0x20 || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}%#", c) >= 0:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
