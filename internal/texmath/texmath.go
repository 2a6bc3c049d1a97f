// Package texmath converts the TeX of Markdown formulas ($x^2$) to
// MathML, for the EPUB. It covers what pandoc's own converter (texmath)
// is asked for most in prose: sub- and superscripts, fractions and
// binomials, roots, Greek letters and symbols, sums, products, integrals
// and limits, accents, text, fonts, delimiters and spacing. Anything
// else is an error naming the construct, so that a writer can show the
// TeX as written instead of a wrong formula.
package texmath

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLen is the longest TeX source converted; longer formulas are
// refused, which keeps the conversion's time and depth bounded.
const MaxLen = 4096

// maxDepth bounds the nesting of groups.
const maxDepth = 64

// Error is a construct the converter does not handle.
type Error struct{ What string }

func (e *Error) Error() string { return "texmath: " + e.What }

// MathML returns tex as a MathML <math> element, displayed as a block
// when display is set, with the TeX kept as an annotation and as alttext.
func MathML(tex string, display bool) (string, error) {
	if len(tex) > MaxLen {
		return "", &Error{fmt.Sprintf("formula longer than %d bytes", MaxLen)}
	}
	if !utf8.ValidString(tex) {
		return "", &Error{"formula is not UTF-8"}
	}
	for _, r := range tex {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF || r >= 0xD800 && r < 0xE000 {
			return "", &Error{fmt.Sprintf("character %U, which XML cannot hold", r)}
		}
	}
	p := &parser{src: tex}
	body, err := p.expr(0, "")
	if err != nil {
		return "", err
	}
	if p.pos < len(p.src) {
		return "", &Error{fmt.Sprintf("unexpected %q", p.src[p.pos:min(len(p.src), p.pos+10)])}
	}
	var b strings.Builder
	b.WriteString(`<math xmlns="http://www.w3.org/1998/Math/MathML"`)
	if display {
		b.WriteString(` display="block"`)
	}
	b.WriteString(` alttext="` + esc(tex) + `"><semantics><mrow>` + body + `</mrow>`)
	b.WriteString(`<annotation encoding="application/x-tex">` + esc(tex) + `</annotation></semantics></math>`)
	return b.String(), nil
}

// Check reports whether tex converts, without building the MathML.
func Check(tex string) error {
	_, err := MathML(tex, false)
	return err
}

type parser struct {
	src string
	pos int
}

// token kinds
const (
	tEOF = iota
	tCommand
	tOpen  // {
	tClose // }
	tSup   // ^
	tSub   // _
	tChar
	tAmp // &: alignment, outside what we handle
)

type token struct {
	kind int
	text string // command name without "\", or the character
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t' || p.src[p.pos] == '\n' || p.src[p.pos] == '\r') {
		p.pos++
	}
}

func (p *parser) peek() token {
	save := p.pos
	t := p.next()
	p.pos = save
	return t
}

func (p *parser) next() token {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return token{kind: tEOF}
	}
	c := p.src[p.pos]
	switch c {
	case '{':
		p.pos++
		return token{kind: tOpen, text: "{"}
	case '}':
		p.pos++
		return token{kind: tClose, text: "}"}
	case '^':
		p.pos++
		return token{kind: tSup, text: "^"}
	case '_':
		p.pos++
		return token{kind: tSub, text: "_"}
	case '&':
		p.pos++
		return token{kind: tAmp, text: "&"}
	case '\\':
		p.pos++
		if p.pos >= len(p.src) {
			return token{kind: tChar, text: "\\"}
		}
		start := p.pos
		for p.pos < len(p.src) && isASCIILetter(p.src[p.pos]) {
			p.pos++
		}
		if p.pos == start {
			_, n := utf8.DecodeRuneInString(p.src[p.pos:])
			p.pos += n
		}
		return token{kind: tCommand, text: p.src[start:p.pos]}
	}
	r, n := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += n
	return token{kind: tChar, text: string(r)}
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// expr parses terms until a closing brace, the end, or the command stop
// (\right), and returns their MathML.
func (p *parser) expr(depth int, stop string) (string, error) {
	if depth > maxDepth {
		return "", &Error{"groups nested too deeply"}
	}
	var b strings.Builder
	for {
		t := p.peek()
		if t.kind == tEOF || t.kind == tClose || t.kind == tCommand && t.text == stop && stop != "" {
			return b.String(), nil
		}
		s, err := p.term(depth)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
}

// term is an atom with its scripts.
func (p *parser) term(depth int) (string, error) {
	t := p.peek()
	if t.kind == tSup || t.kind == tSub {
		// A script with nothing before it ({}^2): attach to an empty base.
		return p.scripts("<mrow></mrow>", false, depth)
	}
	base, big, err := p.atom(depth)
	if err != nil {
		return "", err
	}
	return p.scripts(base, big, depth)
}

// scripts attaches any ^ and _ that follow base, and primes; big
// operators (sums, limits) take them under and over.
func (p *parser) scripts(base string, big bool, depth int) (string, error) {
	var sup, sub []string
	hasSup, hasSub := false, false
loop:
	for {
		t := p.peek()
		switch {
		case t.kind == tSup && !hasSup:
			p.next()
			a, _, err := p.atom(depth + 1)
			if err != nil {
				return "", err
			}
			sup, hasSup = append(sup, a), true
		case t.kind == tSub && !hasSub:
			p.next()
			a, _, err := p.atom(depth + 1)
			if err != nil {
				return "", err
			}
			sub, hasSub = append(sub, a), true
		case t.kind == tSup || t.kind == tSub:
			return "", &Error{"double " + t.text}
		case t.kind == tChar && t.text == "'" && !hasSup:
			p.next()
			sup = append(sup, "<mo>′</mo>")
		default:
			break loop
		}
	}
	under, over, both := "msub", "msup", "msubsup"
	if big {
		under, over, both = "munder", "mover", "munderover"
	}
	switch {
	case len(sup) > 0 && len(sub) > 0:
		return "<" + both + ">" + base + one(sub) + one(sup) + "</" + both + ">", nil
	case len(sup) > 0:
		return "<" + over + ">" + base + one(sup) + "</" + over + ">", nil
	case len(sub) > 0:
		return "<" + under + ">" + base + one(sub) + "</" + under + ">", nil
	}
	return base, nil
}

// one makes elements one MathML element, as a script needs.
func one(els []string) string {
	if len(els) == 1 {
		return els[0]
	}
	return wrap(strings.Join(els, ""))
}

// wrap makes s one MathML element.
func wrap(s string) string { return "<mrow>" + s + "</mrow>" }

// group parses {…} or a single atom, as a command's argument.
func (p *parser) arg(depth int) (string, error) {
	a, _, err := p.atom(depth + 1)
	return a, err
}

// rawArg reads a braced argument as text, for \text and \operatorname.
func (p *parser) rawArg() (string, error) {
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != '{' {
		t := p.next()
		if t.kind != tChar {
			return "", &Error{"text argument without braces"}
		}
		return t.text, nil
	}
	level, start := 0, p.pos+1
	for i := p.pos; i < len(p.src); i++ {
		switch p.src[i] {
		case '\\':
			i++
		case '{':
			level++
		case '}':
			level--
			if level == 0 {
				p.pos = i + 1
				return unescapeText(p.src[start:i]), nil
			}
		}
	}
	return "", &Error{"unclosed {"}
}

func unescapeText(s string) string {
	r := strings.NewReplacer(`\{`, "{", `\}`, "}", `\%`, "%", `\$`, "$", `\&`, "&", `\#`, "#", `\_`, "_", `\ `, " ", "~", "\u00a0")
	return r.Replace(s)
}

// atom parses one unit: a group, a command with its arguments, a number,
// a letter or a symbol. big reports a large operator.
func (p *parser) atom(depth int) (out string, big bool, err error) {
	if depth > maxDepth {
		return "", false, &Error{"groups nested too deeply"}
	}
	t := p.next()
	switch t.kind {
	case tEOF:
		return "", false, &Error{"missing argument"}
	case tOpen:
		inner, err := p.expr(depth+1, "")
		if err != nil {
			return "", false, err
		}
		if p.next().kind != tClose {
			return "", false, &Error{"unclosed {"}
		}
		return wrap(inner), false, nil
	case tClose:
		return "", false, &Error{"unexpected }"}
	case tAmp:
		return "", false, &Error{"alignment (&) outside an environment we handle"}
	case tSup, tSub:
		return "", false, &Error{"double " + t.text}
	case tChar:
		return p.char(t.text), false, nil
	}
	return p.command(t.text, depth)
}

func (p *parser) char(c string) string {
	r, _ := utf8.DecodeRuneInString(c)
	switch {
	case r >= '0' && r <= '9' || r == '.':
		// A number runs on over digits and one decimal point.
		num := c
		for p.pos < len(p.src) {
			d := p.src[p.pos]
			if d >= '0' && d <= '9' || d == '.' && !strings.Contains(num, ".") && p.pos+1 < len(p.src) && p.src[p.pos+1] >= '0' && p.src[p.pos+1] <= '9' {
				num += string(d)
				p.pos++
				continue
			}
			break
		}
		if num == "." {
			return "<mo>.</mo>"
		}
		return "<mn>" + num + "</mn>"
	case unicode.IsLetter(r):
		return "<mi>" + esc(c) + "</mi>"
	case c == "~":
		return `<mspace width="0.333em"/>`
	case c == "(" || c == ")" || c == "[" || c == "]" || c == "|":
		return `<mo stretchy="false">` + esc(c) + "</mo>"
	case c == "-":
		return "<mo>−</mo>"
	case c == "*":
		return "<mo>∗</mo>"
	}
	return "<mo>" + esc(c) + "</mo>"
}

func (p *parser) command(name string, depth int) (string, bool, error) {
	if s, ok := symbols[name]; ok {
		return s, false, nil
	}
	if s, ok := greek[name]; ok {
		if unicode.IsUpper([]rune(s)[0]) {
			return `<mi mathvariant="normal">` + s + "</mi>", false, nil
		}
		return "<mi>" + s + "</mi>", false, nil
	}
	if s, ok := bigOps[name]; ok {
		return `<mo largeop="true" movablelimits="true">` + s + "</mo>", true, nil
	}
	if s, ok := integrals[name]; ok {
		return `<mo largeop="true">` + s + "</mo>", false, nil
	}
	if functions[name] {
		big := name == "lim" || name == "max" || name == "min" || name == "sup" || name == "inf" || name == "liminf" || name == "limsup" || name == "det" || name == "gcd"
		mo := "<mrow><mi>" + name + "</mi><mo>\u2061</mo></mrow>"
		if big {
			return `<mo movablelimits="true" form="prefix">` + name + "</mo>", true, nil
		}
		return mo, false, nil
	}
	if w, ok := spaces[name]; ok {
		return `<mspace width="` + w + `"/>`, false, nil
	}
	if acc, ok := accents[name]; ok {
		a, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		return `<mover accent="true">` + a + `<mo stretchy="` + acc[1] + `">` + acc[0] + "</mo></mover>", false, nil
	}
	if v, ok := fonts[name]; ok {
		a, err := p.rawArg()
		if err != nil {
			return "", false, err
		}
		if v == "" {
			return "<mtext>" + esc(a) + "</mtext>", false, nil
		}
		// A font command over plain letters and digits: each a token in
		// the variant; anything richer is outside what we handle.
		var b strings.Builder
		for _, r := range a {
			switch {
			case r == ' ':
			case unicode.IsLetter(r):
				b.WriteString(`<mi mathvariant="` + v + `">` + esc(string(r)) + "</mi>")
			case unicode.IsDigit(r):
				b.WriteString(`<mn mathvariant="` + v + `">` + string(r) + "</mn>")
			default:
				return "", false, &Error{`\` + name + " of " + a}
			}
		}
		if v == "normal" && len(a) > 1 {
			return `<mi mathvariant="normal">` + esc(strings.ReplaceAll(a, " ", "")) + "</mi>", false, nil
		}
		return wrap(b.String()), false, nil
	}
	switch name {
	case "frac", "dfrac", "tfrac", "cfrac":
		num, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		den, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		return "<mfrac>" + num + den + "</mfrac>", false, nil
	case "binom", "dbinom", "tbinom":
		n, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		k, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		return `<mrow><mo>(</mo><mfrac linethickness="0">` + n + k + `</mfrac><mo>)</mo></mrow>`, false, nil
	case "sqrt":
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == '[' {
			end := strings.IndexByte(p.src[p.pos:], ']')
			if end < 0 {
				return "", false, &Error{`unclosed [ after \sqrt`}
			}
			inner := &parser{src: p.src[p.pos+1 : p.pos+end]}
			idx, err := inner.expr(depth+1, "")
			if err != nil {
				return "", false, err
			}
			if inner.pos < len(inner.src) {
				return "", false, &Error{`unexpected } in \sqrt[…]`}
			}
			p.pos += end + 1
			a, err := p.arg(depth)
			if err != nil {
				return "", false, err
			}
			return "<mroot>" + a + wrap(idx) + "</mroot>", false, nil
		}
		a, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		return "<msqrt>" + a + "</msqrt>", false, nil
	case "operatorname":
		a, err := p.rawArg()
		if err != nil {
			return "", false, err
		}
		return "<mrow><mi>" + esc(a) + "</mi><mo>\u2061</mo></mrow>", false, nil
	case "left":
		open, err := p.delimiter()
		if err != nil {
			return "", false, err
		}
		inner, err := p.expr(depth+1, "right")
		if err != nil {
			return "", false, err
		}
		if t := p.next(); t.kind != tCommand || t.text != "right" {
			return "", false, &Error{`\left without \right`}
		}
		close, err := p.delimiter()
		if err != nil {
			return "", false, err
		}
		return "<mrow>" + fence(open) + inner + fence(close) + "</mrow>", false, nil
	case "right":
		return "", false, &Error{`\right without \left`}
	case "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr":
		d, err := p.delimiter()
		if err != nil {
			return "", false, err
		}
		return `<mo minsize="1.2em" maxsize="1.2em">` + esc(d) + "</mo>", false, nil
	case "displaystyle", "textstyle", "limits", "nolimits":
		return "<mrow></mrow>", false, nil
	case "overset", "stackrel", "underset":
		top, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		base, err := p.arg(depth)
		if err != nil {
			return "", false, err
		}
		if name == "underset" {
			return "<munder>" + base + top + "</munder>", false, nil
		}
		return "<mover>" + base + top + "</mover>", false, nil
	}
	return "", false, &Error{`\` + name}
}

// delimiter reads what follows \left, \right or \big: a character, or a
// command naming one; "." is none.
func (p *parser) delimiter() (string, error) {
	t := p.next()
	switch t.kind {
	case tChar:
		if t.text == "." {
			return "", nil
		}
		return t.text, nil
	case tCommand:
		if d, ok := delimiters[t.text]; ok {
			return d, nil
		}
	}
	return "", &Error{"delimiter " + t.text}
}

func fence(d string) string {
	if d == "" {
		return ""
	}
	return `<mo fence="true" stretchy="true">` + esc(d) + "</mo>"
}

func esc(s string) string {
	return strings.NewReplacer("&", "&#38;", "<", "&#60;", ">", "&#62;", `"`, "&#34;").Replace(s)
}
