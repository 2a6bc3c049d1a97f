package shape

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Thai is written without spaces between words, and UAX #14 leaves its
// line breaks to a dictionary, which go-text's segmenter does not have.
// The words come from a Hunspell dictionary found at run time, as the
// fonts for other scripts are: Debian's hunspell-th (LibreOffice's Thai
// dictionary, 51,683 words, plain UTF-8, one word a line). A Thai run is
// cut into dictionary words with as few unknown letters as possible, then
// as few words; a line may break between them, and justified text
// spaces them out a little, as Thai typesetting does. Without the dictionary,
// Thai breaks at the syllable boundaries that spelling shows, as Lao
// always does.

// ThaiDictionaries are where the Thai word list is looked for, in order.
var ThaiDictionaries = []string{
	"/usr/share/hunspell/th_TH.dic",
	"/usr/share/myspell/th_TH.dic",
	"/usr/share/myspell/dicts/th_TH.dic",
}

// dictionary is a set of words, and the length in runes of the longest.
type dictionary struct {
	words    map[string]struct{}
	maxRunes int
}

// maxDictionary bounds the dictionary file read: the Thai one is 1.2 MB.
const maxDictionary = 16 << 20

// thaiWords is the Thai dictionary, read on first use; nil when none is
// installed.
var thaiWords = sync.OnceValue(func() *dictionary {
	for _, p := range ThaiDictionaries {
		if d := readDictionary(p); d != nil {
			return d
		}
	}
	return nil
})

// readDictionary reads a Hunspell .dic file: a count, then a word a line,
// each maybe followed by "/flags" (which Thai's has none of).
func readDictionary(path string) *dictionary {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() || fi.Size() > maxDictionary {
		return nil
	}
	d := &dictionary{words: make(map[string]struct{}, 1<<16)}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		w := sc.Text()
		if first {
			first = false
			if strings.TrimLeft(w, "0123456789") == "" {
				continue // the count
			}
		}
		if i := strings.IndexByte(w, '/'); i >= 0 {
			w = w[:i]
		}
		w = strings.TrimSpace(w)
		if w == "" || !utf8.ValidString(w) {
			continue
		}
		d.words[w] = struct{}{}
		d.maxRunes = max(d.maxRunes, utf8.RuneCountInString(w))
	}
	if len(d.words) == 0 {
		return nil
	}
	return d
}

// isThai reports a letter, vowel, tone mark or sign of the Thai script,
// digits and the currency sign aside.
func isThai(r rune) bool { return r >= 0x0e01 && r <= 0x0e4e }

// startsSegment reports whether a word may start at b after a: not at a
// mark, the repetition mark ๆ or the abbreviation mark ฯ, which belong
// to the letter before them, nor after a vowel written before its
// consonant (เ แ โ ใ ไ).
func startsSegment(a, b rune) bool {
	return !unicode.Is(unicode.Mn, b) && b != 0x0e46 && b != 0x0e2f && !leadingVowel(a)
}

// maxUnknown bounds, in runes, a stretch that no dictionary word covers.
const maxUnknown = 24

// thaiBreaks appends the byte offsets of the word boundaries inside the
// Thai runs of text, relative to its start, or returns false when no
// dictionary is installed.
func thaiBreaks(text string, out []Break) ([]Break, bool) {
	first := strings.IndexFunc(text, isThai)
	if first < 0 {
		return out, false // Chinese or Japanese: no need of the dictionary
	}
	d := thaiWords()
	if d == nil {
		return out, false
	}
	for i := first; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isThai(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isThai(r) {
				break
			}
			j += n
		}
		out = d.segment(text[i:j], i, out)
		i = j
	}
	return out, true
}

// segment appends the boundaries between the words of run, a Thai run at
// byte offset base, by dynamic programming over its runes: the fewest
// letters in no word first, then the fewest words. An unknown stretch
// ends only where a syllable may (no mark starts a segment).
func (d *dictionary) segment(run string, base int, out []Break) []Break {
	rs := []rune(run)
	offs := make([]int, len(rs)+1)
	o := 0
	for i, r := range rs {
		offs[i] = o
		o += utf8.RuneLen(r)
	}
	offs[len(rs)] = o
	type cost struct{ unknown, words int }
	const inf = int(^uint(0) >> 2)
	best := make([]cost, len(rs)+1)
	from := make([]int, len(rs)+1)
	for i := range best {
		best[i] = cost{inf, inf}
	}
	best[0] = cost{}
	better := func(a, b cost) bool { return a.unknown < b.unknown || a.unknown == b.unknown && a.words < b.words }
	for i := 0; i < len(rs); i++ {
		if best[i].unknown == inf || i > 0 && !startsSegment(rs[i-1], rs[i]) {
			continue
		}
		for l := 1; l <= d.maxRunes && i+l <= len(rs); l++ {
			if _, ok := d.words[run[offs[i]:offs[i+l]]]; ok {
				if c := (cost{best[i].unknown, best[i].words + 1}); better(c, best[i+l]) {
					best[i+l], from[i+l] = c, i
				}
			}
		}
		for l := 1; l <= maxUnknown && i+l <= len(rs); l++ {
			if i+l < len(rs) && !startsSegment(rs[i+l-1], rs[i+l]) {
				continue
			}
			if c := (cost{best[i].unknown + l, best[i].words + 1}); better(c, best[i+l]) {
				best[i+l], from[i+l] = c, i
			}
		}
	}
	if best[len(rs)].unknown == inf {
		return out
	}
	start := len(out)
	for k := from[len(rs)]; k > 0; k = from[k] {
		out = append(out, Break{Off: base + offs[k], Stretch: true})
	}
	slices.Reverse(out[start:])
	return out
}
