package document_test

import (
	"fmt"
	"strings"
	"testing"

	"publish/internal/document"
)

func ExampleWords_Date() {
	en, es := document.WordsFor("en-GB"), document.WordsFor("es-419")
	for _, d := range []string{"2022", "2022-10", "2022-10-04"} {
		fmt.Printf("%s | %s\n", en.Date(d), es.Date(d))
	}
	// Output:
	// 2022 | 2022
	// October 2022 | octubre de 2022
	// 4 October 2022 | 4 de octubre de 2022
}

func ExampleWords_List() {
	en, es := document.WordsFor("en"), document.WordsFor("es")
	for _, names := range [][]string{{"Ana"}, {"Ana", "Luis"}, {"Ana", "Luis", "Eva"}} {
		fmt.Printf("%s | %s\n", en.List(names), es.List(names))
	}
	// Output:
	// Ana | Ana
	// Ana and Luis | Ana y Luis
	// Ana, Luis and Eva | Ana, Luis y Eva
}

// figures returns n figures, the first withAlt of them with a text
// alternative, and missing more whose image was not supplied.
func figures(n, withAlt, missing int) []document.Block {
	var out []document.Block
	for i := range n {
		f := &document.Figure{Src: "x.jpg", Image: &document.Image{Name: "x.jpg", Width: 1, Height: 1}}
		if i < withAlt {
			f.Alt = "a photograph"
		}
		out = append(out, f)
	}
	for range missing {
		out = append(out, &document.Figure{Src: "y.jpg", Alt: "gone"})
	}
	return out
}

// TestAccessibilitySummary checks the sentences about images for no, one
// and many images, in English and in Spanish: each count reads as a
// sentence, and a book in Spanish is described in Spanish.
func TestAccessibilitySummary(t *testing.T) {
	cases := []struct {
		lang                    string
		images, withAlt, missed int
		extra                   int // the cover
		want                    []string
		not                     []string
	}{
		{"en", 0, 0, 0, 0, []string{"It contains no images: all of its content is text."}, []string{"image "}},
		{"en", 0, 0, 0, 1, []string{"Its one image has a text alternative, so"}, []string{"1 image", "Each of"}},
		{"en", 2, 2, 0, 1, []string{"Each of its 3 images has a text alternative"}, nil},
		{"en", 1, 0, 0, 0, []string{"Its one image has no text alternative;"}, nil},
		{"en", 3, 2, 0, 0, []string{"One of its 3 images lacks a text alternative;"}, nil},
		{"en", 4, 1, 0, 0, []string{"3 of its 4 images lack a text alternative;"}, nil},
		{"en", 2, 0, 0, 0, []string{"None of its 2 images has a text alternative;"}, nil},
		{"en", 0, 0, 1, 1, []string{"Its one image has", "One photograph that was not supplied is replaced by a labelled placeholder with its caption and credit."}, nil},
		{"en", 0, 0, 3, 1, []string{"3 photographs that were not supplied are replaced by labelled placeholders with their captions and credits."}, nil},
		{"es", 0, 0, 0, 0, []string{"Esta publicación tiene un índice", "No contiene imágenes"}, []string{"This publication"}},
		{"es-MX", 0, 0, 0, 1, []string{"Su única imagen tiene un texto alternativo"}, nil},
		{"es", 4, 4, 0, 1, []string{"Cada una de sus 5 imágenes tiene un texto alternativo"}, nil},
		{"es", 3, 1, 0, 0, []string{"2 de sus 3 imágenes no tienen texto alternativo;"}, nil},
		{"es", 2, 1, 0, 0, []string{"Una de sus 2 imágenes no tiene texto alternativo;"}, nil},
		{"es", 0, 0, 1, 0, []string{"Una fotografía que no se proporcionó está sustituida"}, nil},
		{"es", 0, 0, 2, 0, []string{"2 fotografías que no se proporcionaron están sustituidas"}, nil},
		{"fr", 0, 0, 0, 1, []string{"Son unique image a une alternative textuelle", "Elle ne présente aucun risque"}, []string{"Its one image"}},
		{"de-AT", 2, 1, 0, 0, []string{"Eines ihrer 2 Bilder hat keinen Alternativtext;"}, nil},
		{"pt-BR", 0, 0, 2, 0, []string{"2 fotografias que não foram fornecidas são substituídas"}, nil},
		{"sv", 0, 0, 0, 1, []string{"Its one image has"}, nil}, // no Swedish words: English
		{"ar", 0, 0, 0, 1, []string{"يحتوي على صورة واحدة لها نص بديل"}, []string{"Its one image"}},
		{"ar-EG", 1, 1, 0, 1, []string{"يحتوي على صورتين لكل منهما نص بديل"}, nil},
		{"ar", 4, 4, 0, 1, []string{"يحتوي على 5 صور لكل منها نص بديل"}, nil},
		{"ar", 12, 12, 0, 0, []string{"يحتوي على 12 صورة لكل منها نص بديل"}, nil},
		{"ar", 5, 2, 0, 0, []string{"يحتوي على 5 صور، منها 3 صور بلا نص بديل؛"}, nil},
		{"ar", 3, 1, 0, 0, []string{"يحتوي على 3 صور، منها صورتان بلا نص بديل؛"}, nil},
		{"fa", 0, 0, 0, 1, []string{"تنها تصویر آن متن جایگزین دارد"}, nil},
		{"fa-IR", 2, 2, 0, 1, []string{"هر یک از ۳ تصویر آن متن جایگزین دارد"}, []string{"3"}},
		{"fa", 4, 1, 2, 0, []string{"۳ مورد از ۴ تصویر آن متن جایگزین ندارد؛", "۲ عکس که فراهم نشده"}, nil},
		{"hi", 2, 2, 0, 1, []string{"इसके सभी 3 चित्रों के लिए वैकल्पिक पाठ दिया गया है"}, nil},
		{"hi", 3, 1, 0, 0, []string{"इसके 3 चित्रों में से 2 का वैकल्पिक पाठ नहीं है;"}, nil},
		{"ur", 0, 0, 1, 1, []string{"اس کی واحد تصویر کا متبادل متن موجود ہے", "فراہم نہ کی گئی ایک تصویر کی جگہ"}, nil},
		{"ur-PK", 3, 0, 0, 0, []string{"اس کی 3 تصویروں میں سے کسی کا بھی متبادل متن نہیں؛"}, nil},
		{"he", 0, 0, 0, 0, []string{"לפרסום זה יש תוכן עניינים", "אין בו תמונות: כל תוכנו הוא טקסט."}, []string{"This publication"}},
		{"he", 0, 0, 0, 1, []string{"יש בו תמונה אחת, והיא כוללת טקסט חלופי"}, []string{"1 תמונ"}},
		{"he-IL", 1, 1, 0, 1, []string{"יש בו שתי תמונות, וכל אחת מהן כוללת טקסט חלופי"}, []string{"2 תמונות"}},
		{"he", 4, 4, 0, 1, []string{"יש בו 5 תמונות, וכל אחת מהן כוללת טקסט חלופי"}, nil},
		{"he", 2, 0, 0, 0, []string{"יש בו שתי תמונות, ואף אחת מהן אינה כוללת טקסט חלופי;"}, nil},
		{"he", 3, 2, 0, 0, []string{"יש בו 3 תמונות, ואחת מהן אינה כוללת טקסט חלופי;"}, nil},
		{"he", 5, 2, 0, 0, []string{"יש בו 5 תמונות, ומתוכן 3 אינן כוללות טקסט חלופי;"}, nil},
		{"he", 4, 2, 0, 0, []string{"יש בו 4 תמונות, ומתוכן שתיים אינן כוללות טקסט חלופי;"}, nil},
		{"iw", 0, 0, 1, 0, []string{"תמונה אחת שלא סופקה הוחלפה במציין מקום מסומן"}, nil},
		{"he", 0, 0, 2, 0, []string{"שתי תמונות שלא סופקו הוחלפו במצייני מקום מסומנים"}, nil},
		{"he", 0, 0, 3, 0, []string{"3 תמונות שלא סופקו הוחלפו"}, nil},
	}
	for _, c := range cases {
		name := fmt.Sprintf("%s/%d-of-%d-alt/%d-missing/%d-extra", c.lang, c.withAlt, c.images, c.missed, c.extra)
		t.Run(name, func(t *testing.T) {
			doc := &document.Document{Meta: document.Meta{Title: "T", Lang: c.lang}, Blocks: figures(c.images, c.withAlt, c.missed)}
			s := doc.Accessibility(c.extra).Summary
			for _, w := range c.want {
				if !strings.Contains(s, w) {
					t.Errorf("summary lacks %q:\n%s", w, s)
				}
			}
			for _, w := range c.not {
				if strings.Contains(s, w) {
					t.Errorf("summary has %q:\n%s", w, s)
				}
			}
			if strings.Contains(s, "  ") || strings.Contains(s, "(s)") || !strings.HasSuffix(s, doc.Words().FullStop()) {
				t.Errorf("summary is not clean prose:\n%s", s)
			}
		})
	}
}

func TestCreditsAuthorLabels(t *testing.T) {
	labels := func(m document.Meta) string {
		doc := &document.Document{Meta: m}
		var got []string
		for _, c := range doc.Credits("") {
			if c.Label != "Identifier" && c.Label != "Identificador" {
				got = append(got, c.Label+": "+strings.Join(c.Values, " | "))
			}
		}
		return strings.Join(got, "\n")
	}
	for _, c := range []struct {
		meta document.Meta
		want string
	}{
		{document.Meta{Authors: []string{"Maria Lindqvist"}}, "Author: Maria Lindqvist"},
		{document.Meta{Authors: []string{"Maria Lindqvist", "Jonas Ek"}}, "Authors: Maria Lindqvist | Jonas Ek"},
		{document.Meta{Byline: []string{"Drafting", "BBC News World"}}, "Byline: Drafting | BBC News World"},
		{document.Meta{Authors: []string{"Ana Pérez"}, Byline: []string{"Redacción"}, Lang: "es"}, "Autor: Ana Pérez\nFirma: Redacción"},
		{document.Meta{Authors: []string{"Ana Pérez", "Luis Gil"}, Lang: "es"}, "Autores: Ana Pérez | Luis Gil"},
	} {
		if got := labels(c.meta); got != c.want {
			t.Errorf("%+v:\n%s\nwant:\n%s", c.meta, got, c.want)
		}
	}
}

func ExampleMeta_IDScheme() {
	for _, id := range []string{
		"978-0-306-40615-7", "urn:isbn:9780306406157", "ISBN 0-306-40615-2", "978-0-306-40615-8",
		"doi:10.1000/182", "https://doi.org/10.1038/nphys1170", "10.1000/182",
		"urn:uuid:77980EAE-C343-5B01-9823-EB6AC1DA021F", "my-archive-0042",
	} {
		m := &document.Meta{Identifier: id}
		scheme, v := m.IDScheme()
		fmt.Printf("%s | %s | %s\n", scheme, v, m.IDURI())
	}
	// Output:
	// isbn | 9780306406157 | urn:isbn:9780306406157
	// isbn | 9780306406157 | urn:isbn:9780306406157
	// isbn | 0306406152 | urn:isbn:0306406152
	//  | 978-0-306-40615-8 | 978-0-306-40615-8
	// doi | 10.1000/182 | doi:10.1000/182
	// doi | 10.1038/nphys1170 | doi:10.1038/nphys1170
	// doi | 10.1000/182 | doi:10.1000/182
	// uuid | 77980eae-c343-5b01-9823-eb6ac1da021f | urn:uuid:77980eae-c343-5b01-9823-eb6ac1da021f
	//  | my-archive-0042 | my-archive-0042
}

func TestTrimTitleHeading(t *testing.T) {
	para := &document.Paragraph{Text: []document.Inline{&document.Str{Text: "Text."}}}
	heading := func(s string) *document.Heading {
		return &document.Heading{Level: 1, Text: []document.Inline{&document.Emph{Children: []document.Inline{&document.Str{Text: s}}}}}
	}
	for _, c := range []struct {
		first   document.Block
		trimmed bool
	}{
		{heading("A storm hits the coast"), true},
		{heading("A  STORM hits the coast."), true},
		{heading("A storm hits the coast: What we know"), true},
		{heading("What we know"), false},
		{para, false},
	} {
		doc := &document.Document{Meta: document.Meta{Title: "A storm hits the coast", Subtitle: "What we know"}, Blocks: []document.Block{c.first, para}}
		h := doc.TrimTitleHeading()
		if (h != nil) != c.trimmed || len(doc.Blocks) != 2-btoi(c.trimmed) {
			t.Errorf("%+v: trimmed %v, %d blocks left", c.first, h != nil, len(doc.Blocks))
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ExampleDocument_Copyright() {
	book := &document.Document{Meta: document.Meta{
		Title: "Crónica de una crecida", Lang: "es", Publisher: "Ediciones del Valle", Date: "2023-11-05",
		Rights: "© 2023 Ana Pérez", Identifier: "ISBN 978-0-306-40615-7",
		Source: &document.Source{Name: "The Valley Times", Title: "After the flood", Lang: "en", URL: "https://example.org/flood"},
	}}
	for _, line := range book.Copyright("publish 1.0") {
		fmt.Println(line)
	}
	book.Meta.Lang, book.Meta.Source.Lang = "en", "es"
	fmt.Println()
	for _, line := range book.Copyright("publish 1.0") {
		fmt.Println(line)
	}
	// Output:
	// © 2023 Ana Pérez
	// ISBN 978-0-306-40615-7
	// Publicado por Ediciones del Valle
	// Edición: 5 de noviembre de 2023
	// Traducido del original en inglés «After the flood», publicado por The Valley Times.
	// https://example.org/flood
	// Producido con publish 1.0.
	//
	// © 2023 Ana Pérez
	// ISBN 978-0-306-40615-7
	// Published by Ediciones del Valle
	// Edition: 5 November 2023
	// Translated from the Spanish original “After the flood”, published by The Valley Times.
	// https://example.org/flood
	// Produced with publish 1.0.
}

func TestSourceLine(t *testing.T) {
	for _, c := range []struct {
		publisher, source, want string
	}{
		{"BBC News Mundo", "BBC News Mundo", ""},
		{"Northern Press", "BBC News Mundo", "Source: BBC News Mundo"},
		{"", "", ""},
	} {
		doc := &document.Document{Meta: document.Meta{Publisher: c.publisher, Source: &document.Source{Name: c.source}}}
		if got := doc.SourceLine(); got != c.want {
			t.Errorf("publisher %q, source %q: %q, want %q", c.publisher, c.source, got, c.want)
		}
	}
}

// TestDatesInEveryLanguage: every language gets its dates in its own
// calendar words where goodsign/monday has them (the region's, for pt-BR),
// the rest in English.
func TestDatesInEveryLanguage(t *testing.T) {
	for _, c := range []struct{ lang, day, month string }{
		{"en", "18 March 2024", "March 2024"},
		{"es", "18 de marzo de 2024", "marzo de 2024"},
		{"de", "18. März 2024", "März 2024"},
		{"de-AT", "18. März 2024", "März 2024"},
		{"fr", "18 mars 2024", "mars 2024"},
		{"it", "18 marzo 2024", "marzo 2024"},
		{"nl", "18 maart 2024", "maart 2024"},
		{"pt", "18 de março de 2024", "março de 2024"},
		{"pt-BR", "18 de março de 2024", "março de 2024"},
		{"ca", "18 de març de 2024", "març de 2024"},
		{"sv", "18 mars 2024", "mars 2024"},
		{"pl", "18 marca 2024", "marzec 2024"}, // monday has no long format for Polish
		{"hu", "2024. március 18.", "március 2024"},
		{"cs", "18. března 2024", "březen 2024"},
		{"hr", "18. ožujka 2024", "ožujak 2024"},
		{"ru", "18 марта 2024 г.", "март 2024"},
		{"el", "18 Μαρτίου 2024", "Μάρτιος 2024"},
		{"uk", "18 березня 2024 р.", "березень 2024"},
		{"tr", "18 Mart 2024", "Mart 2024"},
		{"ar", "18 مارس 2024", "مارس 2024"},
		{"ar-SA", "18 مارس 2024", "مارس 2024"},
		{"fa", "۲۸ اسفند ۱۴۰۲", "اسفند ۱۴۰۲"}, // the Solar Hijri date; 1 March 2024 is 11 Esfand
		{"hi", "18 मार्च 2024", "मार्च 2024"},
		{"ur", "18 مارچ 2024", "مارچ 2024"},
		{"he", "18 במרץ 2024", "מרץ 2024"},
		{"he-IL", "18 במרץ 2024", "מרץ 2024"},
		{"iw", "18 במרץ 2024", "מרץ 2024"}, // Hebrew's former code
		{"ja", "2024年3月18日", "2024年3月"},
		{"zh", "2024年3月18日", "2024年3月"},
		{"zh-TW", "2024年3月18日", "2024年3月"},
		{"ko", "2024년 3월 18일", "2024년 3월"},
		{"xx", "18 March 2024", "March 2024"},
	} {
		w := document.WordsFor(c.lang)
		if got := w.Date("2024-03-18"); got != c.day {
			t.Errorf("%s: %q, want %q", c.lang, got, c.day)
		}
		if got := w.Date("2024-03"); got != c.month {
			t.Errorf("%s: %q, want %q", c.lang, got, c.month)
		}
		if got := w.Date("2024"); got != "2024" {
			t.Errorf("%s: a year alone is %q", c.lang, got)
		}
		if got := w.Date("2024-03-05"); strings.HasPrefix(got, "0") {
			t.Errorf("%s: %q, a day with a leading zero", c.lang, got)
		}
	}
	if got := document.WordsFor("ca").Date("2024-10-04"); got != "4 d’octubre de 2024" {
		t.Errorf("ca: %q, want 4 d’octubre de 2024", got)
	}
	if w := document.WordsFor("de"); w.Credits != "Nachweise" || w.PhotoUnavailable != "Foto nicht verfügbar" || w != document.WordsFor("de-DE") {
		t.Error("German has not its own words, made once")
	}
	if br, pt := document.WordsFor("pt-BR"), document.WordsFor("pt"); br.Credits != pt.Credits || br == pt || br != document.WordsFor("pt_BR") {
		t.Error("Brazil has not Portuguese words with Brazil's dates, made once")
	}
	if w := document.WordsFor("sv"); w.Credits != "Credits" || w != document.WordsFor("sv-SE") {
		t.Error("Swedish words are not English ones with Swedish dates, made once")
	}
	if w := document.WordsFor("iw"); w.Image != "תמונה" || w != document.WordsFor("he-IL") {
		t.Error("iw has not the Hebrew words")
	}
	if got := document.WordsFor("he").Date("2025-12-06"); got != "6 בדצמבר 2025" {
		t.Errorf("he: %q, want 6 בדצמבר 2025", got)
	}
}

// TestListInEveryLanguage: names are joined with the language's comma
// and its "and"; Arabic joins "و" to an Arabic name after it, Hebrew "ו"
// to a Hebrew one, and to any other with a hyphen.
func TestListInEveryLanguage(t *testing.T) {
	for _, c := range []struct {
		lang  string
		names []string
		want  string
	}{
		{"en", []string{"Ana", "Luis", "Eva"}, "Ana, Luis and Eva"},
		{"de", []string{"Ana", "Luis"}, "Ana und Luis"},
		{"ar", []string{"أحمد", "سارة"}, "أحمد وسارة"},
		{"ar", []string{"أحمد", "سارة", "ليلى"}, "أحمد، سارة وليلى"},
		{"ar", []string{"أحمد", "John Smith"}, "أحمد و John Smith"},
		{"fa", []string{"مریم", "علی", "رضا"}, "مریم، علی و رضا"},
		{"hi", []string{"अमित", "सीमा", "रवि"}, "अमित, सीमा और रवि"},
		{"ur", []string{"عائشہ", "احمد"}, "عائشہ اور احمد"},
		{"ur", []string{"عائشہ", "احمد", "زینب"}, "عائشہ، احمد اور زینب"},
		{"he", []string{"דנה כהן", "יוסי לוי"}, "דנה כהן ויוסי לוי"},
		{"he", []string{"דנה כהן", "יוסי לוי", "רונית אלון"}, "דנה כהן, יוסי לוי ורונית אלון"},
		{"he", []string{"דנה כהן", "John Smith"}, "דנה כהן ו-John Smith"},
		{"iw", []string{"דנה", "יוסי"}, "דנה ויוסי"},
		{"ja", []string{"田中一郎", "鈴木花子", "佐藤健"}, "田中一郎、鈴木花子と佐藤健"},
		{"zh", []string{"张伟", "李娜"}, "张伟和李娜"},
		{"ko", []string{"김민수", "이지은"}, "김민수 및 이지은"},
	} {
		if got := document.WordsFor(c.lang).List(c.names); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
}

// TestCopyrightInHindiAndUrdu: the translation line ends with the
// language's full stop, and the edition's date is in its words (in
// Persian, Arabic, Hebrew, Japanese, Chinese and Korean too).
func TestCopyrightInHindiAndUrdu(t *testing.T) {
	for lang, want := range map[string][]string{
		"hi":    {"संस्करण: 5 नवंबर 2023", "मूल अंग्रेज़ी से अनूदित “After the flood”, मूलतः The Valley Times में प्रकाशित।", "publish 1.0 से निर्मित।"},
		"ur":    {"اشاعت: 5 نومبر 2023", "اصل انگریزی سے ترجمہ “After the flood”، جو پہلے The Valley Times میں شائع ہوا۔"},
		"fa":    {"تاریخ انتشار: ۱۴ آبان ۱۴۰۲", "ترجمه از اصل انگلیسی «After the flood»، منتشرشده در The Valley Times."},
		"ar":    {"تاريخ النشر: 5 نوفمبر 2023", "ترجمة عن الأصل باللغة الإنجليزية «After the flood»، المنشور في The Valley Times."},
		"he":    {"מהדורה: 5 בנובמבר 2023", "תורגם מהמקור באנגלית ”After the flood”, שפורסם על ידי The Valley Times.", "הופק באמצעות publish 1.0."},
		"ja":    {"版：2023年11月5日", "翻訳（原文：英語） 「After the flood」、発行：The Valley Times。", "制作ツール：publish 1.0。"},
		"zh-HK": {"版本：2023年11月5日", "譯自英文原文 《After the flood》，出版者：The Valley Times。"},
		"ko":    {"판: 2023년 11월 5일", "영어 원문에서 번역 “After the flood”, 발행처: The Valley Times."},
	} {
		book := &document.Document{Meta: document.Meta{Title: "T", Lang: lang, Date: "2023-11-05",
			Source: &document.Source{Name: "The Valley Times", Title: "After the flood", Lang: "en"}}}
		got := strings.Join(book.Copyright("publish 1.0"), "\n")
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q in\n%s", lang, w, got)
			}
		}
	}
}
