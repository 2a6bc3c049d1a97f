package typeset

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/speedata/hyphenation"

	"publish/assets"
)

// Hyphenator finds hyphenation points with Liang's patterns; safe for concurrent use.
type Hyphenator struct {
	lang     string
	leftMin  int // fewest runes before a hyphen
	rightMin int // fewest runes after a hyphen

	// The patterns and exceptions are read in the background; loaded is
	// closed when they are there (or err says why they are not).
	loaded     chan struct{}
	patterns   *hyphenation.Lang
	exceptions map[string][]int // lower-case word → rune positions
	err        error

	mu    sync.RWMutex
	cache map[string][]int // lower-case letter run → rune positions
}

// hyphenMins are TeX's \lefthyphenmin and \righthyphenmin per language,
// from the hyph-utf8 headers.
var hyphenMins = map[string][2]int{
	"en": {2, 3},
	"es": {2, 2},
	"fr": {2, 2},
	"de": {2, 2},
	"pt": {2, 3},
	"it": {2, 2},
	"nl": {2, 2},
	"ca": {2, 2},
	"pl": {2, 2},
	"sk": {2, 3},
	"hu": {2, 2},
	"hr": {2, 2},
	"sr": {2, 2},
	"bs": {2, 2},
	"sl": {2, 2},
	"lt": {2, 2},
	"et": {2, 3},
	"sv": {2, 2},
	"da": {2, 2},
	"nb": {2, 2},
	"no": {2, 2},
	"nn": {2, 2},
	"fi": {2, 2},
	"el": {2, 2}, // hyph-utf8 says 1 and 1; a single letter at a line's end reads badly
	"ru": {2, 2},
	"uk": {2, 2},
	"bg": {2, 2},
	"tr": {2, 2},
}

// cacheLimit bounds the per-Hyphenator word cache.
const cacheLimit = 200000

var (
	hyphenatorsMu sync.Mutex
	hyphenators   = map[string]*Hyphenator{}
)

// NewHyphenator returns the hyphenator for a BCP 47 language tag ("en-GB",
// "es-EC"...), chosen by its base language, or an error when there are no
// patterns for it. Reading the patterns takes a few milliseconds (5 ms
// for English): it goes on in the background, and the first word to
// hyphenate waits for it, so that a layout does its other work first.
func NewHyphenator(lang string) (*Hyphenator, error) {
	base := strings.ToLower(lang)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	hyphenatorsMu.Lock()
	defer hyphenatorsMu.Unlock()
	if h, ok := hyphenators[base]; ok {
		return h, nil
	}
	pat, err := assets.Hyphenation(base)
	if err != nil {
		return nil, fmt.Errorf("typeset: no hyphenation for %q: %w", lang, err)
	}
	exc, err := assets.HyphenationExceptions(base)
	if err != nil {
		return nil, err
	}
	mins, ok := hyphenMins[base]
	if !ok {
		mins = [2]int{2, 3}
	}
	h := &Hyphenator{lang: base, leftMin: mins[0], rightMin: mins[1], loaded: make(chan struct{}), cache: map[string][]int{}}
	go h.load(pat, exc)
	hyphenators[base] = h
	return h, nil
}

// load reads the patterns and the exceptions ("hy-phen-ation").
func (h *Hyphenator) load(pat, exc []byte) {
	defer close(h.loaded)
	l, err := hyphenation.New(bytes.NewReader(expandSingleLetterPatterns(pat)))
	if err != nil {
		h.err = fmt.Errorf("typeset: reading %s patterns: %w", h.lang, err)
		return
	}
	h.patterns, h.exceptions = l, map[string][]int{}
	s := bufio.NewScanner(bytes.NewReader(exc))
	s.Split(bufio.ScanWords)
	for s.Scan() {
		var word strings.Builder
		var pos []int
		n := 0
		for _, r := range s.Text() {
			if r == '-' {
				pos = append(pos, n)
				continue
			}
			word.WriteRune(unicode.ToLower(r))
			n++
		}
		h.exceptions[word.String()] = pos
	}
}

// Err waits for the patterns and reports whether they could not be read:
// then the hyphenator finds no hyphens.
func (h *Hyphenator) Err() error {
	<-h.loaded
	return h.err
}

// Lang returns the base language of the patterns ("en", "es").
func (h *Hyphenator) Lang() string { return h.lang }

// Hyphenate returns the byte offsets in word where a hyphen may be inserted.
//
// Only runs of letters are hyphenated, so leading and trailing punctuation
// (“quotes”, commas) and apostrophes are never split off; words with digits,
// URLs, e-mail addresses and all-capital acronyms get no hyphens.
func (h *Hyphenator) Hyphenate(word string) []int {
	if h == nil || !hyphenatable(word) {
		return nil
	}
	var out []int
	start := -1 // byte offset of the current letter run
	for i, r := range word {
		if isWordLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = h.run(word[start:i], start, out)
			start = -1
		}
	}
	if start >= 0 {
		out = h.run(word[start:], start, out)
	}
	return out
}

// MaxHyphenLetters is the longest run of letters that is hyphenated, as
// in TeX (which hyphenates words of at most 63 letters): no word is that
// long, and Liang's patterns take time that grows much faster than a
// run's length (with speedata/hyphenation, a 3,000-letter run took 12 s).
const MaxHyphenLetters = 64

// run appends the hyphenation points of the letter run s, found at byte
// offset off of its word.
func (h *Hyphenator) run(s string, off int, out []int) []int {
	if len(s) > 4*MaxHyphenLetters { // more letters than that, whatever their encoding
		return out
	}
	n := utf8.RuneCountInString(s)
	if n < h.leftMin+h.rightMin || n > MaxHyphenLetters {
		return out
	}
	upper := true
	for _, r := range s {
		if unicode.IsLower(r) {
			upper = false
			break
		}
	}
	if upper {
		return out // an acronym: "SNAI", "BBC"
	}
	pos := h.positions(strings.ToLower(s))
	if len(pos) == 0 {
		return out
	}
	// Turn rune positions into byte offsets, refusing a break before a
	// combining mark.
	runeIdx, k := 0, 0
	for i, r := range s {
		for k < len(pos) && pos[k] < runeIdx {
			k++
		}
		if k == len(pos) {
			break
		}
		if pos[k] == runeIdx && !unicode.Is(unicode.M, r) {
			out = append(out, off+i)
		}
		runeIdx++
	}
	return out
}

// positions returns the rune positions of hyphens in a lower-case letter run,
// within the language's minimum fragment lengths.
func (h *Hyphenator) positions(lower string) []int {
	h.mu.RLock()
	pos, ok := h.cache[lower]
	h.mu.RUnlock()
	if ok {
		return pos
	}
	if h.Err() != nil {
		return nil
	}
	raw, ok := h.exceptions[lower]
	if !ok {
		raw = h.patterns.Hyphenate(lower)
	}
	n := utf8.RuneCountInString(lower)
	pos = make([]int, 0, len(raw))
	for _, p := range raw {
		if p >= h.leftMin && p <= n-h.rightMin {
			pos = append(pos, p)
		}
	}
	h.mu.Lock()
	if len(h.cache) >= cacheLimit {
		clear(h.cache)
	}
	h.cache[lower] = pos
	h.mu.Unlock()
	return pos
}

// isWordLetter tells whether r belongs to a hyphenatable letter run.
func isWordLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.M, r) }

// hyphenatable rejects words that must not get inserted hyphens: numbers,
// URLs, e-mail addresses, paths and domain names.
func hyphenatable(word string) bool {
	prev := rune(0)
	for i, r := range word {
		switch {
		case unicode.IsDigit(r), r == '@', r == '/', r == '\\', r == '_', r == '#', r == '=', r == '&':
			return false
		case r == '.' || r == ':':
			// "bbc.com", "U.S." or "http:" — a dot or colon between letters.
			next, _ := utf8.DecodeRuneInString(word[i+1:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				return false
			}
		}
		prev = r
	}
	return !strings.Contains(strings.ToLower(word), "www.")
}

// expandSingleLetterPatterns works around speedata/hyphenation v1.0.2, which
// only matches patterns of two or more characters: the Spanish patterns rely
// on one-letter patterns such as "1b" (break before any b). Each becomes the
// two-character patterns "x1b" for every letter x the patterns use (plus a
// few other Latin letters, and "." for the start of a word), merged by
// maximum with any pattern of the same characters, which is what Liang's
// algorithm computes anyway.
func expandSingleLetterPatterns(pat []byte) []byte {
	type pattern struct {
		chars []rune
		vals  []byte // len(chars)+1 priorities: before each char, and at the end
	}
	parse := func(s string) pattern {
		var p pattern
		var v byte
		for _, r := range s {
			if r >= '0' && r <= '9' {
				v = byte(r - '0')
				continue
			}
			p.chars = append(p.chars, r)
			p.vals = append(p.vals, v)
			v = 0
		}
		p.vals = append(p.vals, v)
		return p
	}
	fields := strings.Fields(string(pat))
	var singles []pattern
	alphabet := map[rune]bool{'.': true}
	for _, r := range "àâäçèéêëìíîïòóôöùúûüñ" {
		alphabet[r] = true
	}
	for _, f := range fields {
		p := parse(f)
		for _, r := range p.chars {
			alphabet[r] = true
		}
		if len(p.chars) == 1 {
			singles = append(singles, p)
		}
	}
	if len(singles) == 0 {
		return pat
	}
	letters := make([]rune, 0, len(alphabet))
	for r := range alphabet {
		letters = append(letters, r)
	}
	slices.Sort(letters)
	merged := map[string]pattern{}
	var order []string
	add := func(p pattern) {
		k := string(p.chars)
		q, ok := merged[k]
		if !ok {
			merged[k] = p
			order = append(order, k)
			return
		}
		for i, v := range p.vals {
			q.vals[i] = max(q.vals[i], v)
		}
	}
	for _, f := range fields {
		if p := parse(f); len(p.chars) > 1 {
			add(p)
		}
	}
	for _, s := range singles {
		for _, x := range letters {
			add(pattern{chars: []rune{x, s.chars[0]}, vals: []byte{0, s.vals[0], s.vals[1]}})
		}
	}
	var b strings.Builder
	for _, k := range order {
		p := merged[k]
		for i, r := range p.chars {
			if p.vals[i] > 0 {
				b.WriteByte('0' + p.vals[i])
			}
			b.WriteRune(r)
		}
		if v := p.vals[len(p.chars)]; v > 0 {
			b.WriteByte('0' + v)
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
