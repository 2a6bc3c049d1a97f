package texmath

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestMathML(t *testing.T) {
	cases := []struct{ tex, want string }{
		{`x^2`, `<msup><mi>x</mi><mn>2</mn></msup>`},
		{`x_i^2`, `<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>`},
		{`\frac{a+b}{2}`, `<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mrow><mn>2</mn></mrow></mfrac>`},
		{`\sqrt{x}`, `<msqrt><mrow><mi>x</mi></mrow></msqrt>`},
		{`\sqrt[3]{8}`, `<mroot><mrow><mn>8</mn></mrow><mrow><mn>3</mn></mrow></mroot>`},
		{`\alpha\Omega`, `<mi>α</mi><mi mathvariant="normal">Ω</mi>`},
		{`\sum_{i=1}^{n} i`, `<munderover><mo largeop="true" movablelimits="true">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mrow><mi>n</mi></mrow></munderover><mi>i</mi>`},
		{`\int_0^1 f`, `<msubsup><mo largeop="true">∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi>`},
		{`\hat{x}`, `<mover accent="true"><mrow><mi>x</mi></mrow><mo stretchy="false">^</mo></mover>`},
		{`\text{if } x`, `<mtext>if </mtext><mi>x</mi>`},
		{`3.14`, `<mn>3.14</mn>`},
		{`a-b`, `<mi>a</mi><mo>−</mo><mi>b</mi>`},
		{`\left( x \right)`, `<mrow><mo fence="true" stretchy="true">(</mo><mi>x</mi><mo fence="true" stretchy="true">)</mo></mrow>`},
		{`a\,b`, `<mi>a</mi><mspace width="0.167em"/><mi>b</mi>`},
		{`\sin x`, `<mrow><mi>sin</mi><mo>⁡</mo></mrow><mi>x</mi>`},
		{`\lim_{x \to 0}`, `<munder><mo movablelimits="true" form="prefix">lim</mo><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></munder>`},
		{`f'`, `<msup><mi>f</mi><mo>′</mo></msup>`},
		{`\mathbb{R}`, `<mrow><mi mathvariant="double-struck">R</mi></mrow>`},
	}
	for _, c := range cases {
		got, err := MathML(c.tex, false)
		if err != nil {
			t.Errorf("%s: %v", c.tex, err)
			continue
		}
		inner := strings.TrimSuffix(strings.SplitN(got, "<semantics><mrow>", 2)[1], "")
		inner = inner[:strings.Index(inner, "</mrow><annotation")]
		if inner != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.tex, inner, c.want)
		}
		if err := xml.Unmarshal([]byte(got), new(struct{})); err != nil {
			t.Errorf("%s: not XML: %v", c.tex, err)
		}
	}
}

func TestUnsupported(t *testing.T) {
	for _, tex := range []string{`\begin{matrix} a & b \end{matrix}`, `\newcommand{\x}{1}`, `x^`, `{x`, `x}`, `\left( x`, `a^b^c`, strings.Repeat("{", 100) + strings.Repeat("}", 100)} {
		if _, err := MathML(tex, true); err == nil {
			t.Errorf("%q converted; want an error", tex)
		}
	}
}

func FuzzMathML(f *testing.F) {
	for _, s := range []string{`x^2`, `\frac{a}{b}`, `\sqrt[n]{x}`, `\left(\right.`, `\text{a}`, `{}`, `\`, "\x13"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tex string) {
		out, err := MathML(tex, true)
		if err != nil {
			return
		}
		if err := xml.Unmarshal([]byte(out), new(struct{})); err != nil {
			t.Fatalf("%q gives malformed XML: %v\n%s", tex, err, out)
		}
	})
}
