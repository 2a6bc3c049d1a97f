package document

import "testing"

func TestCheckLink(t *testing.T) {
	cases := []struct {
		dest string
		want string
		kind LinkKind
	}{
		{"https://example.com/a?b=1&c=2#x", "https://example.com/a?b=1&c=2#x", LinkWeb},
		{"HTTP://EXAMPLE.COM/", "HTTP://EXAMPLE.COM/", LinkWeb},
		{"  https://example.com/a b  ", "https://example.com/a%20b", LinkWeb},
		{"https://example.com/ñ?q=é#a#b", "https://example.com/%C3%B1?q=%C3%A9#a%23b", LinkWeb},
		{"https://ñandú.example/x", "https://xn--and-6ma2c.example/x", LinkWeb},
		{"https://user@ñandú.example:8080/x", "https://user@xn--and-6ma2c.example:8080/x", LinkWeb},
		{"https://example.com/a%3Ab", "https://example.com/a%3Ab", LinkWeb},
		{"https://example.com/?q=<script>", "https://example.com/?q=%3Cscript%3E", LinkWeb},
		{"mailto:desk@example.com", "mailto:desk@example.com", LinkWeb},
		{"http\n://example.com/", "http://example.com/", LinkWeb},
		{"#section", "#section", LinkLocal},
		{"notes/a.html#x", "notes/a.html#x", LinkLocal},
		{"a b.html", "a%20b.html", LinkLocal},
		{"", "", LinkLocal},

		{"javascript:alert(1)", "", LinkRefused},
		{"JaVaScRiPt:alert(1)", "", LinkRefused},
		{" \x01javascript:alert(1)", "", LinkRefused},
		{"java\tscript:alert(1)", "", LinkRefused},
		{"java\nscript:alert(1)", "", LinkRefused},
		{"java script:alert(1)", "", LinkRefused},
		{"&#106;avascript:alert(1)", "", LinkRefused},
		{"java&#x09;script:alert(1)", "", LinkRefused},
		{"javascript&colon;alert(1)", "", LinkRefused},
		{"javascript%3Aalert(1)", "", LinkRefused},
		{"%6Aavascript:alert(1)", "", LinkRefused},
		{"%256Aavascript:alert(1)", "", LinkRefused},
		{"vbscript:msgbox(1)", "", LinkRefused},
		{"data:text/html;base64,PHNjcmlwdD4=", "", LinkRefused},
		{"file:///etc/passwd", "", LinkRefused},
		{"FILE:///etc/passwd", "", LinkRefused},
		{"//evil.example/x", "", LinkRefused},
		{"\\\\evil.example/x", "", LinkRefused},
		{"/\\evil.example/x", "", LinkRefused},
		{"%2F%2Fevil.example", "", LinkRefused},
		{"http:evil", "", LinkRefused},
		{"https://", "", LinkRefused},
		{"mailto:", "", LinkRefused},
		{"https://exa mple.com/", "", LinkRefused},
		{"a\x00b", "", LinkRefused},
		{"a\x7fb", "", LinkRefused},
		{"a\u0085b", "", LinkRefused},
		{"bad\xffutf8", "", LinkRefused},
	}
	for _, c := range cases {
		got, kind, why := CheckLink(c.dest)
		if got != c.want || kind != c.kind || (kind == LinkRefused) != (why != "") {
			t.Errorf("CheckLink(%q) = %q, %d, %q; want %q, %d", c.dest, got, kind, why, c.want, c.kind)
		}
	}
}

// TestCheckLinkIdempotent: what CheckLink writes, it accepts as it is.
func TestCheckLinkIdempotent(t *testing.T) {
	for _, s := range []string{"https://example.com/a b?q=é#x#y", "https://ñandú.example/", "rel ative#f", "mailto:a@b.c?subject=a b"} {
		u, kind, _ := CheckLink(s)
		again, kind2, _ := CheckLink(u)
		if again != u || kind2 != kind {
			t.Errorf("%q -> %q -> %q", s, u, again)
		}
	}
}
