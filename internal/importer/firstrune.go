package importer

import (
	"regexp/syntax"
	"unicode"
)

// firstRunes returns the runes that a match of an anchored pattern can
// begin with, or nil when that is unknown: a pattern not anchored at the
// start of the text, one that can match the empty text, or one whose
// first character is a class too wide to list. matchRow uses it to skip
// the rows that cannot match a line without running them.
func firstRunes(re *syntax.Regexp) map[rune]bool {
	if !anchored(re) {
		return nil
	}
	set := map[rune]bool{}
	if nullable, ok := first(re, set); !ok || nullable {
		return nil
	}
	return set
}

// anchored reports whether every match of re begins at the start of the
// text.
func anchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(re.Sub) > 0 && anchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchored(s) {
				return false
			}
		}
		return true
	}
	return false
}

// maxClass is the widest character class first lists.
const maxClass = 512

// first adds to set the runes that a match of re can begin with. It
// reports whether re can match the empty text, and false for ok when
// the runes cannot be listed.
func first(re *syntax.Regexp, set map[rune]bool) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		set[r] = true
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set[f] = true
			}
		}
		return false, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > maxClass {
			return false, false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set[r] = true
			}
		}
		return false, true
	case syntax.OpCapture:
		return first(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := first(re.Sub[0], set)
		return true, ok
	case syntax.OpPlus:
		return first(re.Sub[0], set)
	case syntax.OpRepeat:
		nullable, ok := first(re.Sub[0], set)
		return nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range re.Sub {
			nullable, ok := first(s, set)
			if !ok || !nullable {
				return false, ok
			}
		}
		return true, true
	case syntax.OpAlternate:
		any := false
		for _, s := range re.Sub {
			nullable, ok := first(s, set)
			if !ok {
				return false, false
			}
			any = any || nullable
		}
		return any, true
	}
	return false, false // any character
}

// longest returns the most bytes that a match of re can span when re is
// anchored at both ends of the text, so that a longer line cannot match
// it; ok is false when the pattern may match part of a line, or has no
// bound (a star, a plus). matchRow skips a row on longer lines.
func longest(re *syntax.Regexp) (n int, ok bool) {
	if !anchored(re) || !anchoredEnd(re) {
		return 0, false
	}
	return span(re)
}

// anchoredEnd reports whether every match of re ends at the end of the
// text.
func anchoredEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpCapture:
		return anchoredEnd(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredEnd(s) {
				return false
			}
		}
		return true
	}
	return false
}

// span returns the most bytes a match of re can span, and false when it
// has no bound. A rune counts four bytes, the most UTF-8 takes, except
// in a literal matched with its case.
func span(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return 4 * len(re.Rune), true
		}
		return len(string(re.Rune)), true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 4, true
	case syntax.OpCapture, syntax.OpQuest:
		return span(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return 0, false
		}
		n, ok := span(re.Sub[0])
		return re.Max * n, ok
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, s := range re.Sub {
			n, ok := span(s)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	}
	return 0, false
}
