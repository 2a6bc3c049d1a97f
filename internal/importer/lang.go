package importer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"github.com/pemistahl/lingua-go"
)

// Language detection uses github.com/pemistahl/lingua-go, restricted to
// the languages whose hyphenation patterns the PDF carries, a few
// neighbours that could be mistaken for them (Basque, Romanian), and the
// Nordic languages, which it would otherwise read as German or Dutch with
// full confidence (blind91). It knows Catalan, which
// github.com/abadojack/whatlanggo does not; its models load on the first
// detection (about 200 ms of CPU and 54 MB allocated, 135 ms and 36 MB
// without the Nordic five), not at start-up. Its cost is the binary: it
// embeds the models of 75 languages (124 MB). See the README.
var detectLanguages = []lingua.Language{
	lingua.English, lingua.Spanish, lingua.French, lingua.German, lingua.Portuguese,
	lingua.Italian, lingua.Dutch, lingua.Catalan,
	lingua.Basque, lingua.Romanian,
	lingua.Swedish, lingua.Bokmal, lingua.Nynorsk, lingua.Danish, lingua.Finnish,
}

// centralLanguages are the languages of Central and Eastern Europe and
// the Baltic (blind93: Polish, Czech and Slovak had come out as Swedish,
// Hungarian as Spanish). They join the detection only when the text holds
// their letters (centralLetters), so that other texts do not pay for
// their models: with them the first detection costs about 275 ms and
// 100 MB allocated.
var centralLanguages = []lingua.Language{
	lingua.Polish, lingua.Czech, lingua.Slovak, lingua.Hungarian,
	lingua.Croatian, lingua.Serbian, lingua.Bosnian, lingua.Slovene,
	lingua.Lithuanian, lingua.Latvian, lingua.Estonian,
	lingua.Turkish, lingua.Azerbaijani,
}

// centralLetters are letters of those languages that the others of
// detectLanguages do not write (Turkish and Azerbaijani's ı and ğ too).
const centralLetters = "łśźżćńąęřůěďťňľĺŕőűčšžđėįųūāēīķļņģõığ"

// A script is a writing system other than Latin and the languages lingua
// knows in it. A text written mostly in one is detected among those
// languages only; a script of one language settles it without lingua.
type script struct {
	name  string
	table *unicode.RangeTable
	langs []lingua.Language
	code  string // the one language of a script that lingua has no model for
	// letters tells the script's languages that lingua has no model for
	// by the letters only they write, before lingua is asked.
	letters func(text string) (code, name string, ok bool)
}

var scripts = []script{
	{"Greek", unicode.Greek, []lingua.Language{lingua.Greek}, "", nil},
	{"Cyrillic", unicode.Cyrillic, []lingua.Language{lingua.Russian, lingua.Ukrainian, lingua.Belarusian, lingua.Bulgarian, lingua.Macedonian, lingua.Serbian, lingua.Kazakh, lingua.Mongolian}, "", cyrillicByLetters},
	{"Arabic", unicode.Arabic, []lingua.Language{lingua.Arabic, lingua.Persian, lingua.Urdu}, "", arabicByLetters},
	{"Hebrew", unicode.Hebrew, []lingua.Language{lingua.Hebrew}, "", yiddishByWords},
	{"Armenian", unicode.Armenian, []lingua.Language{lingua.Armenian}, "", nil},
	{"Georgian", unicode.Georgian, []lingua.Language{lingua.Georgian}, "", nil},
	{"Thai", unicode.Thai, []lingua.Language{lingua.Thai}, "", nil},
	{"Hangul", unicode.Hangul, []lingua.Language{lingua.Korean}, "", nil},
	{"Kana", nil, []lingua.Language{lingua.Japanese}, "", nil}, // Hiragana or Katakana, counted with Han
	{"Han", unicode.Han, []lingua.Language{lingua.Chinese}, "", nil},
	{"Devanagari", unicode.Devanagari, []lingua.Language{lingua.Hindi, lingua.Marathi}, "", nepaliByWords},
	{"Bengali", unicode.Bengali, []lingua.Language{lingua.Bengali}, "", assameseByLetters},
	{"Gujarati", unicode.Gujarati, []lingua.Language{lingua.Gujarati}, "", nil},
	{"Gurmukhi", unicode.Gurmukhi, []lingua.Language{lingua.Punjabi}, "", nil},
	{"Tamil", unicode.Tamil, []lingua.Language{lingua.Tamil}, "", nil},
	{"Telugu", unicode.Telugu, []lingua.Language{lingua.Telugu}, "", nil},
	{"Kannada", unicode.Kannada, nil, "kn", nil},
	{"Malayalam", unicode.Malayalam, nil, "ml", nil},
	{"Oriya", unicode.Oriya, nil, "or", nil},
	{"Sinhala", unicode.Sinhala, nil, "si", nil},
	{"Lao", unicode.Lao, nil, "lo", nil},
	{"Khmer", unicode.Khmer, nil, "km", nil},
	{"Myanmar", unicode.Myanmar, nil, "my", nil},
	{"Ethiopic", unicode.Ethiopic, nil, "", ethiopicByLetters},
	{"Tibetan", unicode.Tibetan, nil, "", tibetanByWords},
	{"Thaana", unicode.Thaana, nil, "dv", nil},
}

var (
	scriptMu        sync.Mutex
	scriptDetectors = map[string]lingua.LanguageDetector{}
)

// mainScript returns the script that more than half of text's letters
// are written in, or nil when Latin or none is. Japanese is Han with kana:
// a text with kana for a tenth of its Han and kana letters is Kana.
func mainScript(text string) *script {
	kana := slices.IndexFunc(scripts, func(s script) bool { return s.name == "Kana" })
	han := slices.IndexFunc(scripts, func(s script) bool { return s.name == "Han" })
	counts := make([]int, len(scripts))
	letters := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x370 {
			continue // Latin
		}
		if isKana(r) {
			counts[kana]++
			continue
		}
		for k, s := range scripts {
			if s.table != nil && unicode.Is(s.table, r) {
				counts[k]++
				break
			}
		}
	}
	if counts[kana] > 0 && counts[kana]*10 >= counts[kana]+counts[han] {
		counts[kana], counts[han] = counts[kana]+counts[han], 0
	}
	for k, n := range counts {
		if n*2 > letters {
			return &scripts[k]
		}
	}
	return nil
}

var (
	detectorOnce, centralOnce, seaOnce sync.Once
	detector, central, sea             lingua.LanguageDetector
)

// seaLanguages are the languages of Southeast Asia written in Latin
// letters (blind114: Indonesian and Malay had come out as Finnish,
// Tagalog as English, Vietnamese as Portuguese). They join the detection
// only in a text that holds Vietnamese's letters or the commonest words
// of the others (seaText), as centralLanguages do.
var seaLanguages = []lingua.Language{lingua.Indonesian, lingua.Malay, lingua.Tagalog, lingua.Vietnamese}

// seaWordRE finds the commonest words of Indonesian and Malay ("yang",
// "dengan", "untuk", "tidak", "akan", "telah"), in any case, and of
// Tagalog ("ng", "mga", "ang", "hindi").
var seaWordRE = re(`(?i)\b(?:yang|dengan|untuk|tidak|ng|mga|ang|nang|hindi|kepada|daripada|akan|telah)\b`)

// seaText reports whether text holds two letters that only Vietnamese
// writes (ơ, ư and the vowels with a dot below or hook above; not đ,
// which Croatian and Serbian write too), or six of seaWordRE's words.
func seaText(text string) bool {
	n := 0
	for _, r := range text {
		if r >= 0x1EA0 && r <= 0x1EF9 || r == 'ơ' || r == 'ư' || r == 'Ơ' || r == 'Ư' {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return len(seaWordRE.FindAllStringIndex(text, 6)) >= 6
}

// galicianRE finds words that Galician writes and Spanish and Portuguese
// do not: "unha", "tamén", "xa", "moi", "polo", "coa", "máis", "xente".
// lingua has no Galician model; a Galician text comes out as Spanish or
// Portuguese, and is Galician when it holds enough of them.
var galicianRE = re(`(?i)\b(?:unha|unhas|tamén|xa|moi|polo|pola|polos|polas|coa|coas|cos|nunha|dunha|dun|máis|xente|xunto|xuntos|facer|traballo|traballadores|veciños|veciñas|hoxe|onte|agora|axuda|xullo|xuño|despois|sempre|entón|aínda|ningunha|algunha)\b`)

// galician reports whether text holds eight of galicianRE's words.
func galician(text string) bool {
	return len(galicianRE.FindAllStringIndex(text, 8)) >= 8
}

// centralText reports whether text holds two or more of centralLetters,
// or of Estonian's õ where no e follows it (Portuguese writes "ões" and
// "põe"; Estonian "kõik", "või"; blind111's Estonian had come out as
// Finnish).
func centralText(text string) bool {
	n := 0
	prev := rune(0)
	for _, r := range text {
		if prev == 'õ' && r != 'e' || r >= 0x100 && strings.ContainsRune(centralLetters, unicode.ToLower(r)) {
			if n++; n >= 2 {
				return true
			}
		}
		prev = unicode.ToLower(r)
	}
	return false
}

// langSampleWords bounds the words detectLang reads: a 300-word article
// settles the language (lingua's cost grows with the text), and a book
// need not be read twice.
const langSampleWords = 300

// Detection is uncertain on fewer than langMinWords words, when the best
// language's confidence is below langSure, or within langMargin of the
// next.
const (
	langMinWords = 5
	langSure     = 0.6
	langMargin   = 0.2
)

// langSampleBytes bounds the sample as langSampleWords does, for lines
// without spaces or of unbounded length.
const langSampleBytes = 16 << 10

// detectLang is the language rule: the most likely language of the kept
// text. ok is false when the text is too short or the detection is
// uncertain, so that the caller warns; lang is then the best guess, or en
// when there is none.
func detectLang(lines []string) (lang, why string, ok bool) {
	var b strings.Builder
	n := 0
	for _, l := range lines {
		if n >= langSampleWords || b.Len() >= langSampleBytes {
			break
		}
		if room := langSampleBytes - b.Len(); len(l) > room {
			// One line may be the whole article (a paste with no line
			// breaks): lingua reads every byte it is given, at about
			// 2 s a megabyte.
			l = strings.ToValidUTF8(l[:room], "")
		}
		n += wordCount(l)
		b.WriteString(l)
		b.WriteByte('\n')
	}
	sc := mainScript(b.String())
	if sc != nil && (sc.name == "Han" || sc.name == "Kana" || sc.name == "Thai") {
		n = max(n, utf8.RuneCountInString(b.String())/3) // no spaces between words
	}
	if n < 3 {
		return "en", fmt.Sprintf("%d words, too few to tell", n), false
	}
	// Low accuracy mode reads trigrams only: on an article it is as right
	// as the full mode (every article of testdata/golden), and it loads a
	// fifth of the models.
	var d lingua.LanguageDetector
	cands := detectLanguages // the languages d chooses among
	if sc != nil {
		if sc.code != "" {
			return sc.code, fmt.Sprintf("%s script, of one language, over %d words", sc.name, n), true
		}
		if sc.letters != nil {
			if code, why, ok := sc.letters(b.String()); ok {
				return code, fmt.Sprintf("%s, over %d words", why, n), true
			}
		}
		if len(sc.langs) == 1 {
			return strings.ToLower(sc.langs[0].IsoCode639_1().String()), fmt.Sprintf("%s script, of one language, over %d words", sc.name, n), true
		}
		scriptMu.Lock()
		d = scriptDetectors[sc.name]
		if d == nil {
			d = lingua.NewLanguageDetectorBuilder().FromLanguages(sc.langs...).WithLowAccuracyMode().Build()
			scriptDetectors[sc.name] = d
		}
		scriptMu.Unlock()
	} else if seaText(b.String()) {
		seaOnce.Do(func() {
			sea = lingua.NewLanguageDetectorBuilder().FromLanguages(append(slices.Clip(detectLanguages), seaLanguages...)...).WithLowAccuracyMode().Build()
		})
		d, cands = sea, append(slices.Clip(detectLanguages), seaLanguages...)
	} else if centralText(b.String()) {
		centralOnce.Do(func() {
			central = lingua.NewLanguageDetectorBuilder().FromLanguages(append(slices.Clip(detectLanguages), centralLanguages...)...).WithLowAccuracyMode().Build()
		})
		d, cands = central, append(slices.Clip(detectLanguages), centralLanguages...)
	} else {
		detectorOnce.Do(func() {
			detector = lingua.NewLanguageDetectorBuilder().FromLanguages(detectLanguages...).WithLowAccuracyMode().Build()
		})
		d = detector
	}
	if text := b.String(); sc == nil {
		for _, l := range letterLanguages {
			if l.is(text) {
				return l.code, fmt.Sprintf("%s, over %d words", l.why, n), true
			}
		}
		if code, name, ok := byWords(text); ok {
			return code, fmt.Sprintf("%s by its words, over %d words", name, n), true
		}
	}
	vals := d.ComputeLanguageConfidenceValues(b.String())
	if len(vals) == 0 || vals[0].Value() == 0 {
		return "en", fmt.Sprintf("no language fits %d words", n), false
	}
	lang = strings.ToLower(vals[0].Language().IsoCode639_1().String())
	if sc == nil {
		if other, owhy, ok := secondOpinion(b.String(), lang, cands); ok {
			return other, owhy + fmt.Sprintf(" over %d words; lingua among the first languages: %s %.2f", n, lang, vals[0].Value()), true
		}
	}
	if (lang == "bs" || lang == "hr") && ekavian(b.String()) {
		lang = "sr" // lingua's Serbian is Cyrillic; the Latin script reads as its neighbours
	}
	why = fmt.Sprintf("lingua: %s %.2f", lang, vals[0].Value())

	second := 0.0
	if len(vals) > 1 {
		second = vals[1].Value()
		why += fmt.Sprintf(", %s %.2f", strings.ToLower(vals[1].Language().IsoCode639_1().String()), second)
	}
	why += fmt.Sprintf(" over %d words", n)
	if (lang == "es" || lang == "pt") && galician(b.String()) {
		lang, why = "gl", why+"; Galician by its words"
	}
	return lang, why, n >= langMinWords && vals[0].Value() >= langSure && vals[0].Value()-second >= langMargin
}

// cyrillicByLetters tells Tajik, Kyrgyz, Uzbek, Chechen, Bashkir and
// Tatar, which lingua has no model for (blind318: Kyrgyz had come out as
// Russian, Tajik as Bulgarian; blind350: Tatar and Bashkir as Russian,
// Chechen as Mongolian), by the letters only they write among the
// Cyrillic languages: Chechen's palochka Ӏ; Bashkir's ҙ, ҫ and ҡ;
// Tatar's җ, or ә, with ө and ү, without Kazakh's ұ, қ, і and ғ; Tajik's ҷ, ӣ and ӯ; Uzbek's ў with қ, ғ or ҳ; Kyrgyz's ң with
// ө or ү, without Kazakh's ә, ғ, қ, ұ, һ and і.
func cyrillicByLetters(text string) (code, why string, ok bool) {
	lower := strings.ToLower(text)
	count := func(letters string) int { return countRunes(lower, letters) }
	switch kazakh := count("әғқұһі"); {
	case count("ӏ") >= 3:
		return "ce", "Chechen by its palochka Ӏ", true
	case count("ҙҫҡ") >= 5:
		return "ba", "Bashkir by its letters ҙ, ҫ and ҡ", true
	case (count("җ") >= 1 || count("ә") >= 5) && count("әөү") >= 5 && count("ұқіғ") == 0:
		return "tt", "Tatar by its letters җ, ә, ө and ү", true
	case count("ҷӣӯ") >= 5:
		return "tg", "Tajik by its letters", true
	case count("ў") >= 5 && count("қғҳ") >= 3:
		return "uz", "Uzbek by its letters", true
	case count("ң") >= 3 && count("өү") >= 3 && kazakh <= 2:
		return "ky", "Kyrgyz by its letters", true
	}
	return "", "", false
}

// arabicByLetters tells Sindhi, Uyghur, Sorani Kurdish and Pashto, which
// lingua has no model for, by the letters only they write in Arabic
// script, and Punjabi in Shahmukhi by its words: Sindhi's ٻ, ڀ, ٿ, ڄ, ڃ,
// ڏ, ڦ, ڪ, ڳ and ڻ; Uyghur's ۇ, ۈ and ۋ (not ې, which Pashto writes too); Sorani's ێ, ڵ
// and ڕ (Uyghur writes ۆ too); Pashto's ټ, ډ, ړ, ښ, ږ, ځ, څ, ڼ and ګ (Urdu's retroflex
// letters are others: ٹ, ڈ, ڑ). Sorani had come out as Arabic, Pashto as
// Persian (blind336), Uyghur as Sorani (blind350).
func arabicByLetters(text string) (code, why string, ok bool) {
	count := func(letters string) int { return countRunes(text, letters) }
	switch {
	case count("ٻڀٿڄڃڏڦڪڳڻ") >= 5:
		return "sd", "Sindhi by its letters", true
	case count("ۇۈۋ") >= 5:
		return "ug", "Uyghur by its letters ۇ, ۈ and ۋ", true
	case count("ێڵڕ") >= 3:
		return "ckb", "Sorani Kurdish by its letters ێ, ڵ and ڕ", true
	case count("ټډړښږځڅڼګ") >= 5:
		return "ps", "Pashto by its letters", true
	}
	if pn := len(shahmukhiWordRE.FindAllStringIndex(text, -1)); pn >= 12 && pn > len(urduWordRE.FindAllStringIndex(text, -1)) {
		return "pnb", "Punjabi in Shahmukhi by its words", true
	}
	return "", "", false
}

// countRunes counts the runes of text that are among letters.
func countRunes(text, letters string) int {
	n := 0
	for _, r := range text {
		if strings.ContainsRune(letters, r) {
			n++
		}
	}
	return n
}

// shahmukhiWordRE and urduWordRE find the commonest words of Punjabi in
// Shahmukhi ("وچ", in; "نوں", to; "دا", "دی", "دے", of) and of Urdu ("میں",
// "کا", "کی", "کے", "ہے"); Punjabi had come out as Urdu (blind352).
var (
	shahmukhiWordRE = scriptWordsRE("وچ|نوں|دا|دی|دے|تے|توں|نال|نیں|اے|وی")
	urduWordRE      = scriptWordsRE("میں|کا|کی|کے|ہے|ہیں|سے|کو")
)

// yiddishWordRE finds Yiddish's commonest words, which Hebrew does not
// write: "דער", "פון", "און", "איז", "זיך", "מיט". lingua has no Yiddish
// model, and a Yiddish text had come out as Hebrew (blind351).
var yiddishWordRE = scriptWordsRE("דער|פון|פאר|זיך|האבן|און|אויף|מיט|וועט|וואס|איז|נאך|נישט|זענען|געווען")

// yiddishByWords tells Yiddish from Hebrew by twelve of its words.
func yiddishByWords(text string) (code, why string, ok bool) {
	if len(yiddishWordRE.FindAllStringIndex(text, 12)) >= 12 {
		return "yi", "Yiddish by its words, in Hebrew script", true
	}
	return "", "", false
}

// assameseByLetters tells Assamese from Bengali, whose script it shares,
// by its letters ৰ and ৱ, which Bengali does not write (blind353).
func assameseByLetters(text string) (code, why string, ok bool) {
	if strings.Count(text, "ৰ")+strings.Count(text, "ৱ") >= 3 {
		return "as", "Assamese by its letters ৰ and ৱ", true
	}
	return "", "", false
}

// nepaliWordRE and hindiWordRE find the commonest words of Nepali and of
// Hindi: Nepali's verbs "छ", "छन्", "थियो", "हो" and its "पनि" (also),
// Hindi's "है", "हैं", "था", "में", "और". lingua has no Nepali model, and
// a Nepali text had come out as Hindi (blind335).
var (
	nepaliWordRE = scriptWordsRE("छ|छन्|थियो|थिए|हो|पनि|गरेको|भएको|गर्न|बताए|बताउँछन्")
	hindiWordRE  = scriptWordsRE("है|हैं|था|थे|में|और|कहा|लिए")
)

// nepaliByWords tells Nepali from Hindi and Marathi by their commonest
// words: eight of Nepali's, and more than twice Hindi's.
func nepaliByWords(text string) (code, why string, ok bool) {
	ne := len(nepaliWordRE.FindAllStringIndex(text, -1))
	if ne >= 8 && ne > 2*len(hindiWordRE.FindAllStringIndex(text, -1)) {
		return "ne", "Nepali by its words", true
	}
	return "", "", false
}

// ethiopicByLetters tells the languages of Ge'ez script: Tigrinya writes
// ኣ where Amharic writes አ ("ኣብ", "ኣሎ" against "አለ", "አዲስ"). lingua
// has neither language, and whatlanggo reads every Ge'ez text as
// Amharic.
func ethiopicByLetters(text string) (code, why string, ok bool) {
	if strings.Count(text, "ኣ") > strings.Count(text, "አ") {
		return "ti", "Tigrinya by its ኣ, in Ge'ez script", true
	}
	return "am", "Amharic by its አ, in Ge'ez script", true
}

// tibetanByWords tells Dzongkha from Tibetan, both in Tibetan script, by
// Dzongkha's copula ཨིན and its verb འབད (do), where Tibetan writes ཡིན
// and བྱེད. Neither library has either language (blind357).
func tibetanByWords(text string) (code, why string, ok bool) {
	if strings.Count(text, "ཨིན")+strings.Count(text, "འབད") > strings.Count(text, "ཡིན")+strings.Count(text, "བྱེད") {
		return "dz", "Dzongkha by its ཨིན and འབད, in Tibetan script", true
	}
	return "bo", "Tibetan by its ཡིན and བྱེད, in Tibetan script", true
}

// otherLanguages are lingua's languages written in Latin letters that no
// detector above holds: those of Africa (Swahili, Somali, Yoruba, Zulu…),
// Welsh, Irish, Icelandic, Albanian, Latin, Esperanto. They are asked
// only when the second opinion points outside the first detector's
// languages.
var otherLanguages = []lingua.Language{
	lingua.Afrikaans, lingua.Albanian, lingua.Esperanto, lingua.Ganda, lingua.Icelandic,
	lingua.Irish, lingua.Latin, lingua.Maori, lingua.Shona, lingua.Somali, lingua.Sotho,
	lingua.Swahili, lingua.Tsonga, lingua.Tswana, lingua.Welsh, lingua.Xhosa, lingua.Yoruba, lingua.Zulu,
}

var (
	wideOnce sync.Once
	wide     lingua.LanguageDetector
)

// whatCodes are the ISO 639-1 and 639-3 codes whatlanggo has models for.
var whatCodes = sync.OnceValue(func() map[string]bool {
	codes := map[string]bool{}
	for l := whatlanggo.Lang(0); l.Iso6393() != ""; l++ {
		codes[l.Iso6391()], codes[l.Iso6393()] = true, true
	}
	delete(codes, "")
	return codes
})

// secondOpinion asks github.com/abadojack/whatlanggo, which has models
// lingua lacks (Hausa, Igbo, Oromo, Kurdish, Kinyarwanda, Malagasy…) and
// lacks some lingua has (Swahili, Welsh, Irish, Albanian). Hausa had come
// out as Basque and Somali as Finnish or Dutch (blind315). A wide lingua
// detector (cands, the Southeast Asian and the other Latin languages) is
// asked too when whatlanggo reliably names a language outside cands, or
// names another of cands than first, lingua's verdict, which it could
// have named: Irish had come out as Spanish where whatlanggo read French,
// Welsh as German where it read French (blind337). If the wide detector
// picks a language of detectLanguages or centralLanguages, the first
// verdict stands, unless whatlanggo named a language lingua has no model
// for (Kurmanji, read as French by lingua, blind336). Otherwise each
// library is believed about the languages only it has a model for:
// whatlanggo's Hausa over lingua's Yoruba, its Igbo over lingua's Swahili
// (blind333), lingua's Swahili over whatlanggo's Shona. whatlanggo costs
// about 1 ms an article; the wide detector is built on its first use,
// about 600 ms and 160 MB allocated, then 35 ms an article.
func secondOpinion(text, first string, cands []lingua.Language) (lang, why string, ok bool) {
	info := whatlanggo.Detect(text)
	if info.Lang < 0 || !info.IsReliable() {
		return "", "", false
	}
	w := cmp.Or(info.Lang.Iso6391(), info.Lang.Iso6393())
	if slices.ContainsFunc(cands, func(l lingua.Language) bool { return code639(l) == w }) && (w == first || !whatCodes()[first]) {
		return "", "", false
	}
	wideOnce.Do(func() {
		all := slices.Concat(detectLanguages, centralLanguages, seaLanguages, otherLanguages)
		wide = lingua.NewLanguageDetectorBuilder().FromLanguages(all...).WithLowAccuracyMode().Build()
	})
	vals := wide.ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 {
		return "", "", false
	}
	top := vals[0].Language()
	m := code639(top)
	why = fmt.Sprintf("whatlanggo: %s %.2f, lingua among all Latin languages: %s %.2f", w, info.Confidence, m, vals[0].Value())
	linguaHas := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(w)) != lingua.Unknown
	// Where each names a language the other has no model for, whatlanggo
	// is believed unless lingua names Welsh or Irish (whatlanggo reads
	// Welsh as Akan). lingua's Swahili is its guess for the Bantu and
	// Niger-Congo languages it lacks (Igbo): a Swahili text was told by
	// its words before.
	if !linguaHas && (m == "sw" || whatCodes()[m] || whatCodes()[strings.ToLower(top.IsoCode639_3().String())]) {
		return w, why + "; lingua has no model for " + w, true
	}
	if !slices.Contains(otherLanguages, top) && !slices.Contains(seaLanguages, top) {
		return "", "", false
	}
	return m, why, true
}

// code639 is a lingua language's ISO 639-1 code in lower case.
func code639(l lingua.Language) string { return strings.ToLower(l.IsoCode639_1().String()) }

// letterLanguages are Latin languages that neither library tells apart,
// told by the letters only they write (and, for some, their words),
// tried in order before wordLanguages.
var letterLanguages = []struct {
	code, why string
	is        func(text string) bool
}{
	{"gn", "Guarani by its nasal vowels ĩ, ẽ, ũ and ỹ", guarani},
	{"kk", "Kazakh in Latin letters by its ñ and ū", latinKazakh},
	{"kab", "Kabyle by its ɣ and its ḍ, ṭ, ẓ and ṛ", kabyle},
	{"uz", "Uzbek by its letters oʻ and gʻ and its words", uzbek},
	{"mt", "Maltese by its letters għ and ħ", maltese},
	{"rm", "Romansh by its words", romansh},
	{"sq", "Albanian by its ë and its words", albanian},
	{"is", "Icelandic by its letters þ and ð", icelandic},
	{"tk", "Turkmen by its letters ň, ş and ý", turkmen},
	{"fo", "Faroese by its ð and ø, without þ", faroese},
	{"kl", "Greenlandic by its q and its verbs' endings", greenlandic},
}

// uzbekLetterRE finds Uzbek's oʻ and gʻ, however the copy spells the
// turned comma; uzbekWordRE its commonest words. lingua has no Uzbek
// model: an Uzbek text had come out as Swedish (blind154).
var (
	uzbekLetterRE = re(`[OoGg][ʻ‘'’]\p{Ll}`)
	uzbekWordRE   = re(`(?i)\b(?:va|bilan|uchun|haqida|yilda|ham|esa|qilish|kerak|emas|bor|edi|boʻlgan|boʻyicha|boʻlib)\b`)
)

// uzbek reports whether text holds four of uzbekLetterRE's letters and
// eight of uzbekWordRE's words.
func uzbek(text string) bool {
	return len(uzbekLetterRE.FindAllStringIndex(text, 4)) >= 4 && len(uzbekWordRE.FindAllStringIndex(text, 8)) >= 8
}

// maltese reports whether text holds five of Maltese's għ and five of
// its ħ, which no other language writes; lingua has no Maltese model.
func maltese(text string) bool {
	lower := strings.ToLower(text)
	return strings.Count(lower, "għ") >= 5 && strings.Count(lower, "ħ") >= 5
}

// albanianWordRE finds Albanian's commonest words: "dhe", "është", "për",
// "një", "nga", "që". lingua's Albanian model is not among
// detectLanguages, and an Albanian text had come out as French
// (blind167).
var albanianWordRE = wordsRE("dhe|është|për|një|nga|që|janë|kanë|edhe|shumë")

// albanian reports whether text holds ten of Albanian's ë and ten of
// albanianWordRE's words.
func albanian(text string) bool {
	return strings.Count(text, "ë") >= 10 && len(albanianWordRE.FindAllStringIndex(text, 10)) >= 10
}

// icelandic reports whether text holds five of Icelandic's þ and five of
// its ð: Faroese writes ð but not þ. lingua's Icelandic model is not
// among detectLanguages, and an Icelandic text had come out as Nynorsk
// (blind165).
func icelandic(text string) bool {
	lower := strings.ToLower(text)
	return strings.Count(lower, "þ") >= 5 && strings.Count(lower, "ð") >= 5
}

// turkmen reports whether text holds Turkmen's ň, ş and ý together, as
// no other language does (Czech and Slovak write ň and ý, but not ş).
// lingua has no Turkmen model, and whatlanggo's Turkmen had lost to
// lingua's Sesotho (blind350).
func turkmen(text string) bool {
	lower := strings.ToLower(text)
	return strings.Count(lower, "ň") >= 2 && strings.Count(lower, "ş") >= 3 && strings.Count(lower, "ý") >= 3
}

// faroese reports whether text holds five ð and two ø, and no þ, which
// Icelandic would (blind355: Faroese had come out as Nynorsk).
func faroese(text string) bool {
	lower := strings.ToLower(text)
	return strings.Count(lower, "ð") >= 5 && strings.Count(lower, "ø") >= 2 && !strings.Contains(lower, "þ")
}

// greenlandicVerbRE finds Greenlandic's verbs in the indicative, which
// end in -poq, -voq, -put or -vut.
var greenlandicVerbRE = re(`\p{L}{3,}(?:poq|voq|put|vut)\b`)

// greenlandic reports whether text holds twenty q and four verbs of
// greenlandicVerbRE (blind355: Greenlandic had come out as Finnish).
func greenlandic(text string) bool {
	return strings.Count(strings.ToLower(text), "q") >= 20 && len(greenlandicVerbRE.FindAllStringIndex(text, 4)) >= 4
}

// guarani reports whether text holds ten of Guarani's nasal vowels ĩ,
// ẽ, ũ and ỹ (g̃ is g and a mark), without Vietnamese's ơ, ư and đ. Its
// apostrophe, the glottal stop ("mba'e"), had read as Uzbek's oʻ
// (blind358).
func guarani(text string) bool {
	lower := strings.ToLower(text)
	return countRunes(lower, "ĩẽũỹ") >= 10 && !strings.ContainsAny(lower, "ơưđ")
}

// latinKazakh reports whether text holds five of Kazakh's ñ and three of
// its ū, which Turkish, Azerbaijani and Turkmen do not write (blind363:
// Kazakh in the Latin alphabet had come out as Turkmen).
func latinKazakh(text string) bool {
	lower := strings.ToLower(text)
	return countRunes(lower, "ñ") >= 5 && countRunes(lower, "ū") >= 3
}

// kabyle reports whether text holds five of Kabyle's ɣ and five of its
// ḍ, ṭ, ẓ and ṛ; Ewe writes ɣ, but no consonant with a dot below
// (blind360: Kabyle had come out as Norwegian).
func kabyle(text string) bool {
	lower := strings.ToLower(text)
	return countRunes(lower, "ɣ") >= 5 && countRunes(lower, "ḍṭẓṛ") >= 5
}

// romanshWordRE finds words that Romansh writes and its neighbours do
// not: "tgi", "betg", "vegn", "dapi", "uschia", "quai". lingua has no
// Romansh model: a Romansh text had come out as English (blind159).
var romanshWordRE = re(`(?i)\b(?:tgi|tge|betg|vegn|vegnan|dapi|uschia|quai|dentant|ussa|insatge|nagin|tschient|adina|cun|ina|ils)\b`)

// romansh reports whether text holds ten of romanshWordRE's words, four
// of them of the first eight.
func romansh(text string) bool {
	ws := romanshWordRE.FindAllString(text, -1)
	strong := 0
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "tgi", "tge", "betg", "vegn", "vegnan", "dapi", "uschia", "quai":
			strong++
		}
	}
	return len(ws) >= 10 && strong >= 4
}

// ekavianRE and ijekavianRE find words that Serbian spells with e, and
// Croatian and Bosnian with ije or je: "posle" and "poslije", "vreme" and
// "vrijeme", "deca" and "djeca".
var (
	ekavianRE   = re(`(?i)\b(?:posle|pre|vreme|reka|reke|mesto|mesta|deca|dece|dete|lepo|gde|nedelja|nedelje|uvek|belo|beli|mleko|cena|cene|sever|svet|sveta|vest|vesti|leto|leta|telo|primer|ponedeljak|predsednik|predsednika)\b`)
	ijekavianRE = re(`(?i)\b(?:poslije|prije|vrijeme|rijeka|rijeke|mjesto|mjesta|djeca|djece|dijete|lijepo|gdje|nedjelja|nedjelje|uvijek|bijelo|bijeli|mlijeko|cijena|cijene|sjever|svijet|svijeta|vijest|vijesti|ljeto|ljeta|tijelo|primjer|ponedjeljak|predsjednik|predsjednika)\b`)
)

// ekavian reports whether text spells more words the Serbian way than
// the Croatian and Bosnian way.
func ekavian(text string) bool {
	e, ije := len(ekavianRE.FindAllStringIndex(text, -1)), len(ijekavianRE.FindAllStringIndex(text, -1))
	return e > ije
}

// wordLanguages are languages told by twelve of their commonest words
// that the languages of the detectors do not write, tried in order
// before lingua: those lingua has no model for (Kinyarwanda, Wolof, Tok
// Pisin, Samoan, Tongan, Fijian, Papiamentu, Frisian, Luxembourgish),
// Luganda, whose model is not among detectLanguages, and those whose
// models are not among detectLanguages, which whatlanggo lacks too
// (Swahili, Welsh, Irish, Setswana). Each had come out as another
// language: Swahili as Basque or Finnish (blind310), Welsh as German,
// Irish as Spanish (blind337), the Pacific languages as Finnish or
// Basque, Papiamentu as Spanish, Frisian as Dutch, Luxembourgish as
// German and Setswana as Estonian (blind345–348), Kinyarwanda as Basque,
// Luganda as Italian, Wolof as Sesotho (blind343), Breton as Welsh,
// Corsican as Italian, Occitan as Catalan, Sámi as Afaan Oromoo
// (blind355), Hawaiian as Samoan, Quechua as Spanish (blind358), Lingala
// as isiXhosa (blind359), Sundanese as Basque and Balinese as Spanish
// (blind362). Irish's list leaves out
// "ní" and "tá", which Yoruba writes too; Papiamentu's leaves out "nan",
// "pa" and "ta", which Haitian Creole writes.
var wordLanguages = []wordLanguage{
	{"sw", "Swahili", wordsRE("katika|kwamba|lakini|amesema|alisema|wakati|kwenye|kutoka|zaidi|baada|pamoja|ambao|ambayo|kuhusu|hivyo|hata|wananchi|serikali|mwaka|siku")},
	{"cy", "Welsh", wordsRE("mae|wedi|roedd|bydd|hefyd|gyda|rhwng|oedd|ddim|sydd|ond|fydd|iawn|dros|newydd|gymuned|dywedodd")},
	{"ga", "Irish", wordsRE("agus|bhí|dúirt|freisin|bhfuil|níos|leis|siad|anseo|inniu|mbliana|beidh|chuig|againn|faoi")},
	{"rw", "Kinyarwanda", wordsRE("ko|kandi|cyane|kugira|abaturage|uyu|ubu|yavuze|ndetse|bari|ari|ibi|iyi|uko|kuko|nyuma|mbere|gusa|bavuga|cyangwa|ariko|kubera")},
	{"lg", "Luganda", wordsRE("nti|bwe|gye|baali|kino|ekyo|okuba|abantu|nnyo|naye|ebyo|bali|kati|okusobola")},
	{"wo", "Wolof", wordsRE("dafa|dañu|ñu|woon|ngir|waaye|nekk|ak|yi|ñi|dëkk|dinañu|nanu")},
	{"tn", "Setswana", wordsRE("gore|gape|kwa|jwa|jaaka|thata|fela|ntse|bangwe|mo|rona|bona|tsa")},
	{"tpi", "Tok Pisin", wordsRE("bilong|mipela|yupela|olgeta|dispela|wantaim|tasol|bikpela|nupela|olsem|husat|sampela|inap|pinis|gavman")},
	{"haw", "Hawaiian", wordsRE("ʻana|ʻia|kēia|lākou|ʻaʻohe|hoʻi|ʻole|kēlā|mākou|kākou|ʻāina|ʻike")}, // words Samoan and Tongan, which write ʻ too, do not
	{"mi", "Māori", wordsRE("ngā|kua|kei|tēnei|ēnei|rātou|tātou|hoki|kāore|engari|ētahi|whānau|anō|mō|hei")},
	{"sm", "Samoan", wordsRE("latou|loo|lenei|faatasi|fa'atasi|faapea|fa'apea|ua|lea|foi|matou|outou|nuu|aoga|tupe|afioaga|matagaluega")},
	{"to", "Tongan", wordsRE("ʻoku|'oku|naʻe|na'e|kuo|pea|foki|ngāue|ʻaho|'aho|fakatau|fakamatala|ʻa|ʻi|ʻe")},
	{"fj", "Fijian", wordsRE("ena|kei|nodra|nona|nomu|vei|qo|koya|tiko|rawa|vakarau|lewenikoro|vanua|veivuke|matabose")},
	{"pap", "Papiamentu", wordsRE("ku|awor|tambe|hende|kaminda|mester|yuda|komunidat|famianan|kuminsá|tin|ainda|traha")},
	{"fy", "Frisian", wordsRE("fan|yn|foar|binne|ek|sy|ús|dizze|hja|wurdt|wurde|harren|kinne|tsjin|troch|wêr|mar")},
	{"br", "Breton", wordsRE("gant|evit|zo|vo|bet|bep|brezhoneg|d'ar|eus|emañ|hag|eo|ivez|bremañ")},
	{"co", "Corsican", wordsRE("hè|sò|cù|chì|ùn|anu|dinù|ghjente|ancu|avà|issu|issa|quì|cusì")},
	{"oc", "Occitan", wordsRE("lo|dempuèi|aquò|tanben|èra|uèi|ongan|fòrça|dins|lenga")},
	{"se", "Northern Sámi", wordsRE("lea|leat|maid|ahte|ođđa|dál|galgá|lohká|boahtá|jagi|gielda|dahje|leamaš|maŋŋel")},
	{"qu", "Quechua", wordsRE("kay|huk|chay|nispa|chaymi|kaq|sapa|ichaqa|hina|ñawpa|kunan|chaymanta|paykuna|allin|runakuna|nirqan|ninku|kanku")},
	{"ln", "Lingala", wordsRE("mpe|oyo|mpo|ezali|bato|alobi|ete|malamu|liboso|mingi|lokola|kasi|bango|biso|bazali|esengeli|lelo|ndenge")},
	{"ban", "Balinese", wordsRE("ring|sané|sampun|nénten|miwah|puniki|punika|malih|madué|ipun|sakadi|mangda|taler|saking")},
	{"su", "Sundanese", wordsRE("anu|ku|teh|téh|jeung|ogé|éta|tina|teu|mah|lamun|bari|kana|ayeuna|pikeun|nyaéta|manéhna|geus|keur")},
	{"lb", "Luxembourgish", wordsRE("gëtt|ass|vun|déi|hunn|sinn|fir|ginn|ëm|dës|dëst|elo|awer|wéi|kënnen|gouf|hätt")},
}

// wordsRE finds the words of alts, each a whole word.
func wordsRE(alts string) *lazyRegexp {
	return re(`(?i)(?:^|[^\pL])(?:` + alts + `)(?:[^\pL]|$)`)
}

// scriptWordsRE finds the words of alts in a script whose words hold
// marks (Devanagari's vowel signs, Arabic's harakat): a mark is inside a
// word, not a boundary.
func scriptWordsRE(alts string) *lazyRegexp {
	return re(`(?:^|[^\p{L}\p{M}])(?:` + alts + `)(?:[^\p{L}\p{M}]|$)`)
}

// wordLanguage is a language told by its commonest words.
type wordLanguage struct {
	code, name string
	words      *lazyRegexp
}

// writes reports whether text holds twelve of l's words.
func (l wordLanguage) writes(text string) bool {
	return len(l.words.FindAllStringIndex(text, 12)) >= 12
}

// byWords returns the first of wordLanguages whose words text holds
// twelve of.
func byWords(text string) (code, name string, ok bool) {
	for _, l := range wordLanguages {
		if l.writes(text) {
			return l.code, l.name, true
		}
	}
	return "", "", false
}

// writesNa reports whether text holds twelve words of a language whose
// byline opens with "Na" (by): Swahili, Māori, Hawaiian.
func writesNa(text string) bool {
	for _, l := range wordLanguages {
		if (l.code == "sw" || l.code == "mi" || l.code == "haw") && l.writes(text) {
			return true
		}
	}
	return false
}
