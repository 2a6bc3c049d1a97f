package importer

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// needles returns texts, case-folded by foldCase, of which every match of
// the pattern re contains at least one, or nil when no such texts of
// minNeedle bytes or more can be named. matchRow runs a row's pattern only
// on a line that contains one of them: most rows name words
// ("newsletter", "cookies") that most lines lack, and a strings.Contains
// is far cheaper than a pattern that may start anywhere. It is the
// "required literals" prefilter of code search engines, for one pattern.
func needles(re *syntax.Regexp) []string {
	l := literals(re)
	set := l.exact
	if set == nil {
		set = l.match
	}
	var out []string
	for _, s := range set {
		if len(s) < minNeedle {
			return nil
		}
		if !containsSome(set, s) {
			out = append(out, s)
		}
	}
	return out
}

// containsSome reports whether s holds another text of set: then that
// text is the needle, and s is redundant.
func containsSome(set []string, s string) bool {
	for _, t := range set {
		if t != s && strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// minNeedle is the shortest needle worth the search: shorter ones are in
// most lines.
const minNeedle = 3

// maxLiterals bounds a set of texts, so that a pattern with many
// alternatives gives up instead of growing a product of them.
const maxLiterals = 64

// lits is what literals knows of a pattern: exact, every text it can
// match, when they are few; otherwise match, texts one of which each
// match contains (nil when unknown).
type lits struct{ exact, match []string }

func literals(re *syntax.Regexp) lits {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return lits{exact: []string{""}}
	case syntax.OpLiteral:
		return lits{exact: []string{foldCase(string(re.Rune))}}
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 32 {
			return lits{} // eight letters at most, in four cases each
		}
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxLiterals {
				return lits{}
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = union(set, []string{foldCase(string(r))})
			}
			if len(set) > 8 {
				return lits{} // a class of letters: a product would not help
			}
		}
		return lits{exact: set}
	case syntax.OpCapture:
		return literals(re.Sub[0])
	case syntax.OpQuest:
		if l := literals(re.Sub[0]); l.exact != nil {
			return lits{exact: union(l.exact, []string{""})}
		}
		return lits{}
	case syntax.OpPlus:
		return lits{match: literals(re.Sub[0]).best()}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return lits{match: literals(re.Sub[0]).best()}
		}
		return lits{}
	case syntax.OpAlternate:
		var exact, match []string
		allExact := true
		for _, s := range re.Sub {
			l := literals(s)
			b := l.best()
			if b == nil {
				return lits{}
			}
			allExact = allExact && l.exact != nil
			exact, match = union(exact, l.exact), union(match, b)
		}
		if allExact && len(exact) <= maxLiterals {
			return lits{exact: exact}
		}
		return lits{match: match}
	case syntax.OpConcat:
		// Multiply exact sets while they stay small; the best of the
		// products and of the children's needles is the needle set.
		var cands [][]string
		cur, all := []string{""}, true
		for _, s := range re.Sub {
			l := literals(s)
			if l.exact != nil && len(cur)*len(l.exact) <= maxLiterals {
				cur = product(cur, l.exact)
				continue
			}
			all = false
			cands = append(cands, cur, l.best())
			cur = []string{""}
			if l.exact != nil {
				cur = l.exact
			}
		}
		if all {
			return lits{exact: cur}
		}
		cands = append(cands, cur)
		var best []string
		for _, c := range cands {
			if shortest(c) > shortest(best) {
				best = c
			}
		}
		return lits{match: best}
	}
	return lits{}
}

// best is the needle set l gives, or nil.
func (l lits) best() []string {
	if l.exact != nil {
		return l.exact
	}
	return l.match
}

// shortest is the length of the shortest text of set; -1 for nil.
func shortest(set []string) int {
	if set == nil {
		return -1
	}
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func product(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if s := x + y; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// foldCase maps every rune of s to the smallest rune it matches under
// (?i), so that two texts equal under case folding come out the same:
// "Cookies", "COOKIES" and "cookie\u017F" all fold alike.
func foldCase(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		min := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < min {
				min = f
			}
		}
		b.WriteRune(min)
	}
	return b.String()
}
