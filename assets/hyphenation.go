package assets

import (
	"embed"
	"fmt"
	"strings"
)

// Hyphenation patterns (TeX hyph-utf8, one Liang pattern per line) and their
// licence texts; see hyphenation/LICENSE-*.txt.
//
//go:embed hyphenation/*
var hyphenationFiles embed.FS

// hyphenationFile maps a base language to the stem of its pattern files.
var hyphenationFile = map[string]string{
	"en": "hyph-en-us", // American English serves every English variant
	"es": "hyph-es",
	"fr": "hyph-fr",
	"de": "hyph-de-1996", // the reformed spelling of 1996, as German is written today
	"pt": "hyph-pt",
	"it": "hyph-it",
	"nl": "hyph-nl",
	"ca": "hyph-ca",
	"pl": "hyph-pl",
	"sk": "hyph-sk",
	"hu": "hyph-hu", // 0.5 MB, read only when a Hungarian text is set
	"hr": "hyph-hr",
	"sr": "hyph-sh-latn", // Serbo-Croatian in Latin script: Serbian and Bosnian as the importer writes them
	"bs": "hyph-sh-latn",
	"sl": "hyph-sl",
	"lt": "hyph-lt",
	"et": "hyph-et",
	"sv": "hyph-sv",
	"da": "hyph-da",
	"nb": "hyph-nb",
	"no": "hyph-nb", // Norwegian, written standard unsaid: Bokmål, which most write
	"nn": "hyph-nn",
	"fi": "hyph-fi",
	"el": "hyph-el-monoton", // Greek as written since 1982: one accent
	"ru": "hyph-ru",
	"uk": "hyph-uk",
	"bg": "hyph-bg",
	"tr": "hyph-tr",
}

// sharedPatterns maps a stem to the stem whose .pat.txt it uses: hyph-utf8's
// Nynorsk patterns are identical to its Bokmål ones (both are hyph-no's) and
// only the exceptions differ.
var sharedPatterns = map[string]string{"hyph-nn": "hyph-nb"}

// otherScript maps a stem to the stem of the same language in its other
// script, whose patterns and exceptions are read with it: Serbian and
// Bosnian are written in Latin and Cyrillic, and the letters of one
// never match the patterns of the other.
var otherScript = map[string]string{"hyph-sh-latn": "hyph-sh-cyrl"}

// HyphenationLanguages lists the base languages that have embedded patterns.
// Czech and Latvian (GPL or LGPL only) and Romanian (no licence stated) have
// none.
func HyphenationLanguages() []string {
	return []string{"bg", "bs", "ca", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "it",
		"lt", "nb", "nl", "nn", "no", "pl", "pt", "ru", "sk", "sl", "sr", "sv", "tr", "uk"}
}

// Hyphenation returns the Liang patterns (hyph-utf8 .pat.txt) for a base
// language such as "en" or "es".
func Hyphenation(lang string) ([]byte, error) {
	stem, err := hyphenationStem(lang)
	if err != nil {
		return nil, err
	}
	other := otherScript[stem]
	if s, ok := sharedPatterns[stem]; ok {
		stem = s
	}
	b, err := hyphenationFiles.ReadFile("hyphenation/" + stem + ".pat.txt")
	if err != nil || other == "" {
		return b, err
	}
	o, err := hyphenationFiles.ReadFile("hyphenation/" + other + ".pat.txt")
	return append(append(b, '\n'), o...), err
}

// HyphenationExceptions returns the exception words (hyph-utf8 .hyp.txt, one
// hyphenated word per line) for a base language, or nil if it has none.
func HyphenationExceptions(lang string) ([]byte, error) {
	stem, err := hyphenationStem(lang)
	if err != nil {
		return nil, err
	}
	var out []byte
	for _, st := range []string{stem, otherScript[stem]} {
		if b, err := hyphenationFiles.ReadFile("hyphenation/" + st + ".hyp.txt"); err == nil {
			out = append(append(out, b...), '\n') // a language without exceptions has no file
		}
	}
	return out, nil
}

func hyphenationStem(lang string) (string, error) {
	stem, ok := hyphenationFile[strings.ToLower(lang)]
	if !ok {
		return "", fmt.Errorf("assets: no hyphenation patterns for language %q (supported: %s)",
			lang, strings.Join(HyphenationLanguages(), ", "))
	}
	return stem, nil
}
