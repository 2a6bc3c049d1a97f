package importer

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// RuleLearned drops a line that no rule decided when the words and the
// shape of the line are those of page furniture in the corpora (see
// furnitureModel).
const RuleLearned = "structure/learned"

// learnedThreshold is the score above which a line is furniture. Left
// out one blind set at a time over ninety-two sets, a model trained on
// the others drops 5 of 9,995 body lines (two photos' credits,
// "Contributed" and "FACEBOOK"; a sign-off that blind85's truth keeps;
// a reviewed book's author alone; "Infos pratiques") and finds 5,429 of
// 13,055 furniture lines
// (TestFurnitureModelHeldOut). Over forty-six sets, 5 found 94 fewer and
// dropped the same body line as 4; 3 dropped one more.
const learnedThreshold = 4.0

// furnitureModel is a naive Bayes model of page furniture against body
// text (paragraphs, headings, captions, credits): the log odds of each
// feature of a line (its words and pairs of words, its length, how it
// ends, where it is), trained on the truths of the blind article sets and
// of the development corpus by TestFurnitureModel, which writes
// furniture.model. Phrase tables name the furniture we have met; the
// model weighs words that furniture shares across outlets and languages
// ("newsletter", "abonnez", "commenti", "©") where a new outlet phrases
// it in a way no table holds.
//
//go:embed furniture.model
var furnitureModelText string

type naiveBayes struct {
	prior, unseen float64
	odds          map[string]float64
}

var furnitureModel = sync.OnceValue(func() *naiveBayes {
	m, err := parseModel(furnitureModelText)
	if err != nil {
		panic("importer: furniture.model: " + err.Error()) // a build defect
	}
	return m
})

func parseModel(text string) (*naiveBayes, error) {
	m := &naiveBayes{odds: map[string]float64{}}
	for n, l := range strings.Split(text, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, "\t")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("line %d: %q is not FEATURE<TAB>LOG-ODDS", n+1, l)
		}
		switch k {
		case "(prior)":
			m.prior = f
		case "(unseen)":
			m.unseen = f
		default:
			m.odds[k] = f
		}
	}
	return m, nil
}

// furniture reports whether the line with features fs is furniture: its
// score (the log odds) is over learnedThreshold (and sentenceMargin more
// for a line that ends with a full stop), and at least one of its
// words weighs for furniture, so that shape and place alone never drop a
// line. It returns the score and those words, the heaviest first.
func (m *naiveBayes) furniture(fs []string) (bool, float64, []string) {
	s, words := m.score(fs)
	limit := learnedThreshold
	if slices.Contains(fs, "end:.") {
		limit += sentenceMargin
	}
	return s > limit && len(words) > 0, s, words
}

// sentenceMargin is what a line that ends with a full stop needs over
// learnedThreshold: a story's short last sentence ("No comment.") is
// the body line most like furniture.
const sentenceMargin = 2.0

// score is the log odds that the line with features fs is furniture, and
// the words that weigh most for it.
func (m *naiveBayes) score(fs []string) (float64, []string) {
	s := m.prior
	type weighed struct {
		f string
		w float64
	}
	var top []weighed
	for _, f := range fs {
		w, ok := m.odds[f]
		if !ok {
			w = m.unseen
		}
		s += w
		if w > 1 && strings.HasPrefix(f, "w:") {
			top = append(top, weighed{f[2:], w})
		}
	}
	sort.SliceStable(top, func(i, j int) bool { return top[i].w > top[j].w })
	var words []string
	for _, t := range top[:min(len(top), 4)] {
		words = append(words, t.f)
	}
	return s, words
}

// learnedMax is the longest line the model scores, in bytes: furniture is
// a line or two of a page (the longest of the 4,202 furniture lines in the
// corpora has 286 bytes), and scoring a paragraph costs its size many
// times over in features.
const learnedMax = 400

// learned drops the undecided lines after the title that the furniture
// model finds to be furniture. The standfirst, list items and lines
// longer than learnedMax are kept.
func (im *importer) learned(title int) {
	m := furnitureModel()
	nonBlank := make([]string, 0, len(im.lines))
	at := make([]int, len(im.lines)) // index of each line among the non-blank ones
	for i, l := range im.lines {
		at[i] = len(nonBlank)
		if l != "" {
			nonBlank = append(nonBlank, l)
		}
	}
	for i := title + 1; i < len(im.lines); i++ {
		if _, item := listItem(im.lines[i]); item || im.done[i] || im.blocks[i] != nil || i == im.standfirst || im.lines[i] == "" || len(im.lines[i]) > learnedMax || updateNoteRE.MatchString(im.lines[i]) {
			continue
		}
		// "3. Le ultime corriere" among "2. Sulzano" and "4. Vetro": a
		// short item of a numbered list (a tracklist), whatever its words.
		if l := im.lines[i]; l[0] >= '0' && l[0] <= '9' && wordCount(l) <= 6 && (numberedNext(im.lines[max(im.above(i), 0)], im.lines[i]) || im.nextLine(i) > i && numberedNext(im.lines[i], im.lines[im.nextLine(i)])) {
			continue
		}
		if ok, s, words := m.furniture(lineFeatures(nonBlank, at[i])); ok {
			im.drop(i, RuleLearned, fmt.Sprintf("worded and shaped like page furniture (score %.1f over %.0f; words %s)", s, learnedThreshold, strings.Join(words, ", ")))
		}
	}
}

// updateNoteRE opens the newsroom's note of a later addition or
// correction, which dates itself as furniture does but is the story's
// own: "Nachtrag vom 13. März 2025, 16:05 Uhr", "Update, March 13th,
// 2:40PM ET:", "Correction, March 14:".
var updateNoteRE = re(`^(?:Nachtrag|Korrektur|Update|Correction|Editor's note|Mise à jour|Rectificatif|Actualización|Corrección|Atualização|Correção|Aggiornamento|Rettifica)\b(?: vom| du| del| de| from| on|,|:)\s?.{0,80}$`)

// lineFeatures are the features of lines[i] (the non-blank lines of an
// article): those of textFeatures, and whether both its neighbours are
// short and end without a full stop, as the items of a menu or of a list
// of links do. Held out, that feature and textFeatures' first word found
// 93 more of 7,083 furniture lines and dropped no more body lines.
func lineFeatures(lines []string, i int) []string {
	fs := textFeatures(lines[i], i, len(lines))
	short := func(j int) bool {
		return j < 0 || j >= len(lines) || len(strings.Fields(lines[j])) < 8 && endClass(lines[j]) != "."
	}
	if short(i-1) && short(i+1) {
		fs = append(fs, "nbr:short")
	}
	return fs
}

// textFeatures are the features of s, the i-th of n lines or blocks: its
// words, lower-cased, and the pairs of them in order; its first word; a
// few signs ("©", "|", ":", "?"…); its length in words, by threes; how it
// ends; whether it starts with a capital; where it is, in fifths of the
// article; whether it holds a time or a year.
func textFeatures(s string, i, n int) []string {
	toks := lineTokens(s)
	fs := make([]string, 0, 2*len(toks)+8)
	if len(toks) > 0 {
		fs = append(fs, "f:"+toks[0])
	}
	for k, t := range toks {
		fs = append(fs, "w:"+t)
		if k > 0 {
			fs = append(fs, "b:"+toks[k-1]+"_"+t)
		}
	}
	fs = append(fs, "len:"+strconv.Itoa(min(len(strings.Fields(s))/3, 8)))
	fs = append(fs, "end:"+endClass(s))
	first, _ := utf8.DecodeRuneInString(s)
	fs = append(fs, "cap:"+strconv.FormatBool(unicode.IsUpper(first)))
	pos := float64(i) / math.Max(float64(n-1), 1)
	fs = append(fs, "pos:"+strconv.Itoa(min(int(pos*5), 4)))
	if timeRE.MatchString(s) {
		fs = append(fs, "time")
	}
	if yearRE.MatchString(s) {
		fs = append(fs, "year")
	}
	sort.Strings(fs)
	return slices.Compact(fs) // each feature counts once per line
}

// yearRE is a year of this century or the last.
var yearRE = re(`\b(?:19|20)\d{2}\b`)

// lineTokens are the runs of letters and of digits of s, lower-cased,
// and the signs that furniture uses, one token each.
func lineTokens(s string) []string {
	var toks []string
	var cur strings.Builder
	kind := 0 // of the run in cur: 1 letters, 2 digits
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, strings.ToLower(cur.String()))
			cur.Reset()
		}
		kind = 0
	}
	for _, r := range s {
		k := 0
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) && kind == 1:
			k = 1
		case unicode.IsDigit(r):
			k = 2
		}
		if k != kind {
			flush()
		}
		if k != 0 {
			cur.WriteRune(r)
			kind = k
			continue
		}
		if strings.ContainsRune("©|:/@#»«·•?!", r) {
			toks = append(toks, string(r))
		}
	}
	flush()
	return toks
}

// endClass is how a line ends: a sentence's or a quotation's last sign,
// a digit, or anything else.
func endClass(s string) string {
	switch last, _ := utf8.DecodeLastRuneInString(s); {
	case strings.ContainsRune(".!?:)", last):
		return string(last)
	case strings.ContainsRune("\"”“»", last):
		return `"`
	case strings.ContainsRune("'’", last):
		return "'"
	case unicode.IsDigit(last):
		return "d"
	}
	return "x"
}
