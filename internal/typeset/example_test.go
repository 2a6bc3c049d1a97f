package typeset_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"publish/internal/typeset"
)

// monospace measures every character, the space included, as 1 unit.
type monospace struct{}

func (monospace) Width(s string, _ typeset.Style) float64 {
	return float64(utf8.RuneCountInString(s))
}

func Example() {
	h, err := typeset.NewHyphenator("en-US")
	if err != nil {
		panic(err) // callers go without hyphenation instead
	}
	const italic typeset.Style = 1
	runs := []typeset.Run{
		{Text: "Among those killed in this new episode of violence in "},
		{Text: "Ecuadorian", Style: italic},
		{Text: " prisons is Luis Antonio Norero Tigua, better known as Leandro Norero."},
	}
	lines := typeset.Set(runs, monospace{}, typeset.Options{Width: 29, Hyphenator: h, Justify: true})
	for _, l := range lines {
		var b strings.Builder
		for _, f := range l.Fragments {
			if f.Style == italic {
				f.Text = "/" + f.Text + "/"
			}
			fmt.Fprintf(&b, " %.2f:%s", f.X, f.Text)
		}
		fmt.Printf("ratio %5.2f:%s\n", l.Ratio, b.String())
	}
	// Output:
	// ratio -0.60: 0.00:Among 5.80:those 11.60:killed 18.40:in 21.20:this 26.00:new
	// ratio -0.75: 0.00:episode 7.75:of 10.50:violence 19.25:in 22.00:/Ecuado/ 28.00:/-/
	// ratio  0.50: 0.00:/rian/ 5.25:prisons 13.50:is 16.75:Luis 22.00:Antonio
	// ratio  0.00: 0.00:Norero 7.00:Tigua, 14.00:better 21.00:known 27.00:as
	// ratio  0.00: 0.00:Leandro 8.00:Norero.
}
