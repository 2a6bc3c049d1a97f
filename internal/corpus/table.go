package corpus

import (
	"fmt"
	"strings"
)

// Total adds up results: the counts of every category scored in any of
// them.
func Total(results []Result) Result {
	t := Result{Name: "all"}
	for _, r := range results {
		for c := Category(0); c < NumCategories; c++ {
			if r.Scored[c] {
				t.Scored[c] = true
				t.Counts[c].add(r.Counts[c])
			}
		}
	}
	return t
}

// Table formats results for t.Log: the structure and metadata checks
// passed per article and in all, then precision, recall and checks per
// category over all the articles. Furniture has no precision: a line
// dropped wrongly is counted where it belongs (a paragraph, a heading).
func Table(results []Result) string {
	var b strings.Builder
	all := Total(results)
	width := len("article")
	for _, r := range results {
		width = max(width, len(r.Name))
	}
	fmt.Fprintf(&b, "%-*s  %17s  %17s\n", width, "article", "structure", "metadata")
	for _, r := range append(append([]Result{}, results...), all) {
		sp, sc := r.Structure()
		mp, mc := r.Metadata()
		fmt.Fprintf(&b, "%-*s  %9s %7s  %9s %7s\n", width, r.Name, fmt.Sprintf("%d/%d", sp, sc), percent(sp, sc), fmt.Sprintf("%d/%d", mp, mc), percent(mp, mc))
	}
	b.WriteString("\n")
	row := func(name, tp, fp, fn, p, r, checks, pc string) {
		fmt.Fprintf(&b, "%-19s %5s %5s %5s %9s %7s %11s %7s\n", name, tp, fp, fn, p, r, checks, pc)
	}
	row("category", "TP", "FP", "FN", "precision", "recall", "checks", "passed")
	for c := Category(0); c < NumCategories; c++ {
		if !all.Scored[c] {
			continue
		}
		n := all.Counts[c]
		p, pok := n.Precision()
		r, rok := n.Recall()
		prec := ratio(p, pok)
		if c == Furniture {
			prec = "-"
		}
		row(c.String(), fmt.Sprint(n.TP), fmt.Sprint(n.FP), fmt.Sprint(n.FN), prec, ratio(r, rok), fmt.Sprintf("%d/%d", n.Passed, n.Checks), percent(n.Passed, n.Checks))
		if c == Furniture {
			sp, sc := all.Structure()
			row("= structure", "", "", "", "", "", fmt.Sprintf("%d/%d", sp, sc), percent(sp, sc))
		}
	}
	if mp, mc := all.Metadata(); mc > 0 {
		row("= metadata", "", "", "", "", "", fmt.Sprintf("%d/%d", mp, mc), percent(mp, mc))
	}
	return b.String()
}

func percent(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}

func ratio(x float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.3f", x)
}
