package importer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Photo credits as pages print them after a caption, on the same line or
// on the next. The forms:
//   - a label and the credit: "Photograph: X/Getty Images", "Foto: X/dpa",
//     "Bild: X/dpa/picture alliance", "Beeld ANP / X", "Credit...X";
//   - a credit in brackets: "(AP Photo/X, File)", "(X for The Washington
//     Post)", "(foto Ansa)";
//   - a credit after the caption's last sentence: "REUTERS/X/File Photo",
//     "© X / AFP", "X (EFE)", "JEAN-PIERRE CLATOT / AFP", "EFE/Conred",
//     or a name alone ("Nuno Ferreira Santos"); or after " - ":
//     "… São Paulo - Lucas Prado/Folhapress".

// creditLabelRE is a credit label, what separates it from the credit,
// and the credit.
// The label ends with a colon or an ellipsis, a slash ("Photo / X",
// "Ljósmynd/X"), "by" or "di" ("Foto di X"), or only a space ("Foto X").
var creditLabelRE = re(`^(?i:autor/allikas|allikas|photo from|picture supplied|photo supplied|image supplied|լուսանկարը|լուսանկարները|crédits? photos?|crédits? images?|photo credits?|image credits?|photographer|photograph|photographs|photo d['’]archives?|ph\.|ph|nuotr\.|nuotrauka|picture|pictures|pic|photo|photos|foto|fotos|fotografía|fotografia|bild|bildrechte|bildquelle|quelle|beeld|credits?|crediti|crédits?|créditos?|argazkia|argazkiak|imaxe|llun|lluniau|grianghraf|screenshot|captura de tela|captura de pantalla|captura|bildschirmfoto|copyright|حق نشر|حقوق النشر|حقوق الصورة|illustration|illustratie|illustrasjon|ilustración|ilustração|illustrazione|ilustración|grafik|gráfico|gráficos|grafico|chart|graphique|infografía|infografia|infographie|infografik|infographic|infografica|image|imagen|imagem|kuva|kuvat|bilde|billede|ảnh|फोटो|फ़ोटो|तस्वीर|छायाचित्र|ছবি|படம்|ചിത്രം|ఫోటో|ఫొటో|புகைப்படம்|ಚಿತ್ರ|ಫೋಟೋ|ഫോട്ടോ|ફોટો|તસવીર|ਫੋਟੋ|ଫଟୋ|ଚିତ୍ର|छाया|فوٹو|تصویر|fotó|fot\.|imajen|ljósmynd|ljósmyndir|ljósm\.|mynd|zdroj|izvor|snímek|zdjęcie|źródło zdjęć|źródło zdjęcia|źródło|zrzut ekranu|skjermdump|skjermbilde|skärmdump|skärmbild|skærmbillede|kuvakaappaus|ภาพ|ภาพจาก|ขอบคุณภาพ|ภาพประกอบ|ที่มาภาพ|kép|picha na|picha|chanzo cha picha|hoto|hotuna|sawir|sawirka|sawirro|gambar|larawan|kuha|ritratt|ritratti|sursa foto|sursă foto|sursa|sursă|vir|фото|фота|fota|сүрөт|сурет|сурат|акс|rasm|surat|ፎቶ|ስእሊ|ምስሊ|снимка|φωτο|φωτογραφία|φωτ\.|fotoğraf|foto muhabiri|تصوير|الصورة|صورة|عكس|عکاس|عکس|צילום|הדמיה|写真|사진 ?출처|사진|출처|摄影|攝影|图片来源|圖片來源|图片|圖片|ფოტო|ဓာတ်ပုံ|ඡායාරූප|وێنە|wêne|pictiúr|ekif\.|ekifaananyi|sary|mufananidzo|сурт|itaba|potrèt|piksa|setshwantsho|ata|פאטא|görsel|ass\.|isithombe|izithombe|umfanekiso|imifanekiso|ފޮޓޯ|པར|tawlaft|kiʻi|ki'i|ladawan|poto|суретті түсірген|surettı tüsırgen)(\s*(?::|：|=|՝|፡|፦|\.\.\.|…|།)\s*|\s+[/|–—ـ-]\s+|/|\s+(?i:by|di|via|mula sa|kuha ni)\s+|\s+)(\S.*)$`)

// outletPhotoByRE is a paper's photo label and its photographer:
// "Express Photo by Sagar Kamble", "Tribune Photo by X".
var outletPhotoByRE = re(`^\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)? (?:Photo|Photos|Pic|Picture)s? by \p{Lu}\S*(?: \S+){0,3}$`)

// paperPhotoRE is a caption, a dash and the paper's name before
// "photo": "… on Friday. — New Age photo".
var paperPhotoRE = re(`^(.+?)\s+[—–-]\s?((?:\p{Lu}[\p{L}.]*\s){1,3}(?:photo|Photo|PHOTO|photos|Photos))$`)

// outletPhotoRE is a credit line whose label the paper's name opens:
// "Post Photo: Bimal Gautam", "Tribune Photo: X".
var outletPhotoRE = re(`^\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)? (?:Photo|Photos|Foto|Fotos|Photograph|Pic):\s*(\S.{1,60})$`)

// agencyPhotoByRE is an agency's initials, "photo by" and the name, in
// brackets or not: "(PNA photo by Rolando C. Magsino)".
var agencyPhotoByRE = re(`^\(?\p{Lu}{2,6} (?:photo|Photo|PHOTO) by (\p{Lu}[^()]{2,60}?)\)?$`)

// outletSlashPhotoRE is a credit line of the paper's photo and the
// photographer, after a slash: "SunStar Foto / Junrey Abellanosa".
var outletSlashPhotoRE = re(`^\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)? (?:Photo|Foto)s? ?/ ?(\p{Lu}\S*(?: \S+){0,3})$`)

// creditSuffixLabels are the labels of a credit at the end of a caption:
// "… moors. Photograph: X", "… line.Credit...X".
// Labels of two words come before the words they end with: "… Madurai. |
// Photo Credit: X".
var creditSuffixLabels = []string{"Photo by", "Photograph by", "Picture by", "Nuotr.", "Crédits photo", "Crédit photo", "Crédito foto", "Crédito da foto", "Crédito de foto", "Photo Credit", "Photo credit", "Image credit", "Photographer", "Photograph", "Pictures", "Picture", "Photo", "Foto", "Fotografía", "Fotografia", "Bild", "Beeld", "Credit", "Crédit", "Crédito", "Copyright", "Illustration", "Illustratie", "Illustrazione", "Ilustración", "Ilustração", "Visualisierung", "Visualisation", "Rendering", "Grafik", "Imagem", "Imagen", "Immagine", "Image", "Pic", "Bildquelle", "Quelle", "Фото", "Снимка", "ΦΩΤΟ", "Φωτογραφία", "Φωτ.", "Fotoğraf", "Ảnh", "Kuva", "फोटो", "छायाचित्र", "ছবি", "படம்", "ചിത്രം", "ఫోటో", "ఫొటో", "புகைப்படம்", "ಫೋಟೋ", "ಚಿತ್ರ", "ഫോട്ടോ", "ફોટો", "ਫੋਟੋ", "ଫଟୋ", "छाया", "فوٹو", "Hoto", "Sawir", "Gambar", "Сүрөт", "Сурет", "Сурат", "Акс", "صورة", "تصوير", "عکس", "عكس", "צילום", "Imaxe", "Argazkia", "Լուսանկարը", "ფოტო", "وێنە", "Wêne", "Isithombe", "ISITHOMBE", "Umfanekiso", "तस्वीर", "ဓာတ်ပုံ", "ඡායාරූප", "Pictiúr", "Grianghraf", "Mufananidzo", "Sary", "Сурт", "Surat", "iTaba", "Potrèt", "Piksa", "Setshwantsho", "Ata", "פאטא", "Görsel", "ފޮޓޯ", "Tawlaft", "Kiʻi", "Ladawan", "Poto", "Kuha ni", "Суретті түсірген", "Surettı tüsırgen", "Ljósm.", "Autor"}

// creditLabelForms are creditSuffixLabels as printed: capitalised, and in
// lower case too ("… montiert. bild: Stadt St.Gallen").
var creditLabelForms = func() []string {
	out := slices.Clone(creditSuffixLabels)
	for _, l := range creditSuffixLabels {
		if lower := strings.ToLower(l); !slices.Contains(out, lower) {
			out = append(out, lower)
		}
	}
	return out
}()

// containsLabel reports whether text holds a credit label word, in any
// case, without lower-casing the whole line.
func containsLabel(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, w := range labelsByFirst[c] {
			if len(text)-i >= len(w) && strings.EqualFold(text[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// labelsByFirst are labelWords by their first byte, so that containsLabel
// tries at each byte only the words that start with it.
var labelsByFirst = func() (by [256][]string) {
	for _, w := range labelWords {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// labelledCredit splits "CAPTION Photograph: CREDIT" at the label.
func labelledCredit(text string) (caption, credit string, ok bool) {
	for _, label := range creditLabelForms {
		i := strings.LastIndex(text, label)
		if i <= 0 {
			continue
		}
		rest := strings.TrimLeft(text[i+len(label):], " ")
		rest = CutLabelQualifier(rest)
		colon := false
		switch {
		case strings.HasPrefix(rest, ":"):
			rest, colon = rest[1:], true
		case strings.HasPrefix(rest, "..."):
			rest = rest[3:]
		case strings.HasPrefix(rest, "…"):
			rest = rest[len("…"):]
		case strings.HasPrefix(rest, "/ "), strings.HasPrefix(rest, "di "), strings.HasPrefix(rest, "by "), strings.HasPrefix(rest, "via "):
			_, rest, _ = strings.Cut(rest, " ") // "… Padova - Foto di X"
		case strings.HasSuffix(text[:i], "(") && strings.HasPrefix(text[i+len(label):], " ") && strings.HasSuffix(rest, ")") && startsUpper(rest):
			// "… Marikina City. (Kuha ni Dante Ilagan)": the label and
			// the name in brackets, with a space and no colon (not the
			// agency "(FotoSchicchi)").
		case strings.HasSuffix(strings.TrimRight(text[:i], " -–—"), ".") && strings.HasSuffix(text[:i], " ") && startsUpper(rest) && startsUpper(label):
			// "… de tri. Photo Lucas Verhaeghe - VDNPQR", "… à 13 heures.
			// – Photo Sylvain Merlot": a label with only a space after
			// it, right after the caption's sentence (and a dash).
		default:
			continue
		}
		caption, credit = strings.TrimSpace(text[:i]), strings.TrimSpace(rest)
		// "… geschnitten. (Foto: X/dpa)": the label in brackets; "…
		// (Dec. 5, 2025). (PNA photo by X)": with the agency before it.
		if j := strings.LastIndex(caption, "("); j >= 0 && !strings.Contains(caption[j:], ")") && wordCount(caption[j+1:]) <= 2 && strings.HasSuffix(credit, ")") {
			caption, credit = strings.TrimSpace(caption[:j]), strings.TrimSpace(strings.TrimSuffix(credit, ")"))
		}
		// "… em Itamaracá — Foto: X", "… de gener / Foto: X": the dash or
		// slash only joins them.
		caption = strings.TrimSpace(strings.TrimRight(caption, "-–—|/"))
		// "… are announced. Post Photo: X": the paper's short name
		// before the label, after the caption's full stop.
		if j := strings.LastIndex(caption, ". "); colon && j > 0 && startsUpper(caption[j+2:]) && !strings.ContainsFunc(caption[j+2:], func(r rune) bool { return !unicode.IsLetter(r) }) && wordCount(caption[:j]) >= 3 {
			caption = caption[:j+1]
		}
		credit = TrimCreditStop(credit)
		// After a label and a colon, a credit in lower case too: "… aan
		// de Schelde. — Foto: rr".
		if (creditShaped(credit) || colon && signedCredit(credit)) && wordCount(caption) >= 3 {
			// "Image: CAPTION Pic: CREDIT": the caption's own label goes.
			if m := captionPrefixRE.FindStringSubmatch(caption); m != nil {
				caption = caption[len(m[0]):]
			}
			return caption, credit, true
		}
	}
	return "", "", false
}

// inBrackets is s without the round brackets round all of it, when none
// is inside: "(Nine)" gives "Nine"; "(A) and (B)" is not one bracket.
func inBrackets(s string) (string, bool) { return enclosed(s, "(", ")") }

// enclosed is s without the open and close marks round it, when it is one
// enclosed text with no other mark of either inside.
func enclosed(s, open, close string) (string, bool) {
	inner, ok := strings.CutPrefix(s, open)
	if !ok || !strings.HasSuffix(inner, close) || strings.ContainsAny(inner[:len(inner)-len(close)], open+close) {
		return s, false
	}
	return inner[:len(inner)-len(close)], true
}

// creditAfterSign is the credit that follows a copyright sign.
func creditAfterSign(credit string) string {
	credit = strings.TrimSpace(credit)
	// "© (Photo NR, Julien Pruvost)": the brackets round it go.
	if c, ok := inBrackets(credit); ok {
		credit = c
	}
	// "© Photo Agnès Vialle", "© (Photo NR, Julien Pruvost)": the label
	// between sign and names goes ("© Photo News" is an agency's name).
	if m := creditLabelRE.FindStringSubmatch(credit); m != nil && (nameShaped(m[2]) || strings.ContainsAny(m[2], ",/") && creditShaped(m[2])) {
		credit = m[2]
	}
	return credit
}

// TrimCreditStop takes off the full stop after a short credit, which
// ends the caption's text, not the credit's name: "Photo Romain
// Espinasse.", "Photo DR.". Initials keep theirs ("C.B.",
// "FELIPE ARANEDA R.").
func TrimCreditStop(credit string) string {
	if c, ok := strings.CutSuffix(credit, "."); ok && !strings.Contains(c, ".") && wordCount(c) <= 5 && creditShaped(c) && !initialsEndRE.MatchString(credit) {
		return c
	}
	return credit
}

// labelQualifierRE is what a label may say of the photo before its
// credit: an illustration, an archive photo.
var labelQualifierRE = re(`^(?:d['’]illustration|d['’]archives?|ter illustratie|de archivo|d['’]archivio|de arquivo|illustrative)\s+\S`)

// CutLabelQualifier takes off what a label says of the photo before the
// credit that follows it: "d’illustration JSL /X" after "Photo" gives
// "JSL /X". A qualifier with no credit after it ("Photo d'archives") is
// the credit, and stays.
func CutLabelQualifier(s string) string {
	if q := labelQualifierRE.FindString(s); q != "" {
		return s[len(q)-1:]
	}
	return s
}

// captionPrefixRE is the label some pages put before a caption that ends
// with its labelled credit: "Image: … Pic: Sky News".
var captionPrefixRE = re(`^(?i:image|picture|photo|foto|imagen|imagem|bild)\s*:\s+`)

// bracketCreditRE is a credit in brackets at the end of a caption.
var bracketCreditRE = re(`^(?:(?:AP|AFP|Reuters|EFE|EPA|dpa) Photo\b.*|.*\bfor (?:The|the) .+|(?i:foto|photo|fotografía|fotografia|bild|crédito|crédit|credit|image|imagen|imagem|immagine|fotó|fot\.|zdroj:|izvor:|snímek:|zdjęcie:|sursa:|sursă:|vir:)(?:\b|\s).+|(?:تصوير|عكس|عکس|צילום|写真|사진)\s*[:：=].+|` + submittedBy + `.+|(?i:cedida|cedido|divulgação|reprodução|arquivo pessoal|fournie|privat|gentileza|cortes[ií]a|archivo|archivio|courtesy))$`)

// submittedBy labels a photo that its owner gave the newsroom: "(Submitted
// by Thunder Bay Public Library)", "(Courtesy of X)". A credit keeps its
// thanks ("Courtesy of Haifa Municipality"), but not "Submitted by" or
// "Supplied by" before the owner (submittedByRE).
const submittedBy = `(?i:submitted by|supplied by|courtesy of|courtesy|photo courtesy of|cortesía de|cortesia de|avec l'aimable autorisation de)\s+`

var submittedByRE = re(`^(?i:submitted by|supplied by)\s+`)

// finalBracket splits "CAPTION (INNER)" or "CAPTION [INNER]" at its last
// bracket, which ends the line; a credit in brackets that names an agency
// ("(ANSA)", "(ANSA/MARCO LANDI)") is tried after the forms above. square
// says the brackets were square; stuck, that the bracket follows the
// caption's last character with no space, as when a page's caption and
// credit elements are copied together ("… at home.(ABC News: X)").
func finalBracket(text string) (head, inner string, square, stuck, ok bool) {
	var open byte
	switch {
	case strings.HasSuffix(text, ")"):
		open = '('
	case strings.HasSuffix(text, "]"):
		open, square = '[', true
	default:
		return "", "", false, false, false
	}
	i := strings.LastIndexByte(text, open)
	if i <= 0 || len(text)-i > 80 {
		return "", "", false, false, false
	}
	inner = strings.TrimSpace(text[i+1 : len(text)-1]) // "( Eleni Papadakou - Anadolu Agency )"
	if strings.ContainsAny(inner, "()[]") || inner == "" {
		return "", "", false, false, false
	}
	return strings.TrimSpace(text[:i]), inner, square, text[i-1] != ' ', true
}

// photoAgencies are the agencies and libraries that photo credits name.
var photoAgencies = set("reuters afp ap efe epa dpa getty alamy shutterstock ansa lusa anp pa folhapress " +
	"estadão agência agencia picture-alliance imago keystone acn ical bloomberg xinhua ullstein sipa abaca zuma eyevine magnum yonhap kyodo anadolu " +
	"pixabay unsplash pexels istock depositphotos freepik 123rf dreamstime fotogramma foku")

// furnitureSuffixes are interface text that a copied caption ends with.
var furnitureSuffixes = []string{" view more", "Purchase Licensing Rights, opens new tab", "Purchase Licensing Rights", ", opens new tab", "Opens new tab", " Read more", " Lire la suite", " Leer más", " Leia mais", " Mehr lesen", " Leggi di più"}

// labelWords are in every labelled credit, lower-cased: a quick test
// before the patterns.
var labelWords = []string{"photo", "fot", "bild", "beeld", "credit", "crédit", "copyright", "illustra", "ilustra", "imag", "immagine", "pic", "visuali", "rendering", "grafik", "quelle", "zdroj", "izvor", "snímek", "zdjęcie", "kép:", "sursa:", "sursă:", "vir:",
	"фото", "Фото", "снимка", "Снимка", "φωτο", "Φωτο", "φωτ.", "Φωτ.", "تصوير", "صورة", "عكس", "عکس", "צילום", "写真", "사진", "摄影", "攝影", "ảnh", "kuva", "फोटो", "छायाचित्र", "ছবি", "படம்", "ചിത്രം", "ఫోటో", "ఫొటో", "புகைப்படம்", "ಫೋಟೋ", "ಚಿತ್ರ", "ഫോട്ടോ", "ફોટો", "ਫੋਟੋ", "ଫଟୋ", "ଚିତ୍ର", "छाया", "فوٹو", "hoto", "sawir", "gambar", "сүрөт", "Сүрөт", "сурет", "Сурет", "сурат", "Сурат", "акс:", "Акс:", "rasm", "surat", "ፎቶ", "ስእሊ", "ምስሊ", "ფოტო", "ဓာတ်ပုံ", "ඡායාරූප", "وێنە", "wêne", "Wêne", "isithombe", "Isithombe", "ISITHOMBE", "umfanekiso", "Umfanekiso", "լուսանկար", "Լուսանկար", "तस्वीर", "pictiúr", "Pictiúr", "grianghraf", "Grianghraf", "ekif", "Ekif", "sary", "Sary", "mufananidzo", "Mufananidzo", "сурт", "Сурт", "itaba", "iTaba", "potrèt", "Potrèt", "piksa", "Piksa", "setshwantsho", "Setshwantsho", "Ata:", "פאטא", "görsel", "Görsel", "ass.", "Ass.", "ފޮޓޯ", "པར།", "tawlaft", "Tawlaft", "kiʻi", "Kiʻi", "ladawan", "Ladawan", "poto", "Poto", "kuha ni", "Kuha ni", "суретті", "Суретті", "surettı", "Surettı", "ljósm.", "Ljósm.", "autor:", "Autor:"} // Cyrillic and Greek capitals start with other bytes than their small letters

// fileRE is the "FILE - " prefix of archive photos.
var fileRE = re(`^(?:FILE|FILE PHOTO|ARCHIVO|Archivo|ARCHIV|ARCHIVES)\s*[-–—:]\s+`)

// creditShaped reports whether s reads as a photo credit: short, with a
// capital first, and naming an agency or a photographer.
func creditShaped(s string) bool {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "©"))
	n := wordCount(s)
	if n == 0 || n > 10 || !startsUpper(s) && !lowerAgencyRE.MatchString(s) || endsSentence(strings.TrimSuffix(s, ")")) && !strings.HasSuffix(s, ".)") && !initialsEndRE.MatchString(s) {
		return false
	}
	if strings.ContainsAny(s, "0123456789") && !strings.Contains(s, "/") {
		// "© BX1 - Thomas Delcourt": a station's name with its number.
		for _, w := range strings.Fields(s) {
			if strings.ContainsAny(w, "0123456789") && !stationRE.MatchString(w) {
				return false
			}
		}
	}
	return true
}

// stationRE is a broadcaster's name with its number: "BX1", "TF1", "RTL4".
var stationRE = re(`^\p{Lu}{1,5}\d{1,2}$`)

// lowerAgencyRE is a photo agency that writes its name in lower case:
// "picture alliance/dpa | X", "imago images/X".
var lowerAgencyRE = re(`^(?:picture[ -]alliance|imago(?: images)?)\b`)

// initialsEndRE is a credit that ends with a photographer's initials or
// a company's "Inc.", whose last full stop ends no sentence: "Le
// DL/C.B.", "O.F.", "Tiaong Fibers Inc.".
var initialsEndRE = re(`(?:^|[\s/])(?:(?:\p{Lu}\.){1,3}|Inc\.)$`)

// namesAgency reports whether s names a photo agency or holds a "/"
// between names, as credits do ("X/Getty Images", "EFE/Conred"), not
// between a date's numbers ("Published: 3/12/2025 4:57:18 PM").
func namesAgency(s string) bool {
	if agencyWord(s) {
		return true
	}
	i := strings.Index(s, "/")
	return i > 0 && i < len(s)-1 && !(s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9')
}

// agencyWord reports whether s names a photo agency or library by one
// of its words.
func agencyWord(s string) bool {
	lower := strings.ToLower(s)
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if photoAgencies[w] {
			return true
		}
	}
	return strings.Contains(lower, "europa press") // "Europa" alone is a section's name
}

// allCaps: "JEAN-PIERRE CLATOT", "MARCIAL GUILLÉN (EFE)".
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
				return false // Arabic, Hebrew, Han: a script without case has no capitals
			}
			letters++
		}
	}
	return letters >= 4
}

// capsWord is a word with letters, every one in upper case ("HOLT",
// "FOR", "/"-joined "AFP/GETTY"), or a lone "/" or dash ("MIDI LIBRE -
// O.F.").
func capsWord(w string) bool {
	return w == "/" || w == "-" || w == "–" || strings.ContainsFunc(w, unicode.IsUpper) && !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) && !unicode.IsUpper(r) })
}

// creditLine is a line that is only a photo credit, after its caption:
// "Photograph: X/PA", "Bild: X/dpa/picture alliance", "Foto: X / ACN",
// "Beeld ANP / X", or an agency alone ("ALAMY", "Getty Images").
// ltCreditRE splits a Lithuanian caption from its photographer's name.
var ltCreditRE = re(`^(.{8,}[.!?])\s+(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}(?: / \p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)?)?)\s+nuotr\.$`)

// jaCreditRE splits a Japanese caption from its credit after "=" or "、".
var jaCreditRE = re(`^(.+)[=＝、]([^=＝、]{2,20}(?:撮影|提供))$`)

// zhTakenRE ends a credit that says who took or gave the photo.
var zhTakenRE = re(`(?:摄|攝|摄影|攝影|提供|供图|供圖|撮影)$`)

// callSignRE is an American station's call sign, which credits its own
// photo after the caption's full stop: "(KPRC 2)", "(KTLA)", "(WJZ-TV)",
// or its network's brand and channel: "(FOX 5)".
var callSignRE = re(`^(?:[KW][A-Z]{2,3}(?:[- ](?:TV|\d{1,2}))?|(?:FOX|NBC|CBS|ABC) ?\d{1,2})$`)

// zhCreditRE is a Chinese photo credit on its own line: "澎湃新闻记者
// 周航 图" (the photo's "图" goes), "张三 摄" (kept whole), "受访者供图" (given by
// the interviewee), "图源：X", "图片来源：X".
var zhCreditRE = re(`^(?:(\p{Han}[\p{Han}\p{L} ·]{1,20}?)\s+图|(\p{Han}[\p{Han}\p{L} ·/+]{1,20}?\s+摄)|(\p{Han}{2,12}供图)|(?:图源|图片来源|图片|图|摄影)[：:]\s*(\S.{0,30}))$`)

// zhCaptionCreditRE splits a Chinese caption from its credit at the end:
// "（X攝）", "（受訪者提供）", "（中央社記者X攝 114年12月6日）" with the
// day it was taken or the paper's picture desk ("（记者 X 摄/视觉重庆）"), "（摄影：X）", Japanese "（撮影・X）", "（X撮影）" and
// "（出典：X）", "（攝影／X）", "（信報圖片）" (the paper's picture), or
// "X记者 Y 摄" after a space. "（圖／X提供）" and "（圖：X提供）" lose their label
// "圖" (picture).
var zhCaptionCreditRE = re(`^(.{4,}?)\s*(?:（(?:(?:圖|图)\s*[：:／/]\s*)?([^（）]{2,24}(?:摄|攝|摄影|攝影|撮影|提供|供图|供圖|圖片|图片)(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日|[/／]\p{Han}{2,8})?|(?:撮影|写真)・[^（）]{2,12})）|（(?:摄影|攝影|图片来源|圖片來源|图源|圖源|图片|圖片|图|圖|出典|写真)[：:／/]\s*([^（）]{2,24})）|\s((?:\p{Han}{0,10}(?:记者|記者)\s*)?\p{Han}{2,4}\s*(?:摄|攝)))$`)

// jaAgencyCreditRE is a Japanese caption and the agency that sent the
// photo, in brackets: "（共同）", "（ロイター＝共同）", "（AFP＝時事）".
var jaAgencyCreditRE = re(`^(.{4,}?)（((?:[\p{L}・]{2,8}＝)?(?:共同|共同通信|時事|時事通信|ロイター|AFP|AP|EPA))）$`)

// fileCreditRE is a caption, its full stop, and an archive photo's label
// for a credit.
var fileCreditRE = re(`^(.{12,}[.!?])\s+\(?((?i:file) (?:photo|picture|pic))\)?$`)

// slashNameAgencyRE is a caption, " / ", a name of two or three words,
// " / " and an agency's or a paper's name of three words at most.
var slashNameAgencyRE = re(`^(\p{L}.{10,}?[^.!?]) / (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}) / (\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,2})$`)

// zhStopCreditRE is a Chinese caption, its full stop, and the reporter who
// took the photo ("图为…。本报记者 林海涛摄", "…。何嘉欣攝"), the agency that
// sent it ("…。 新华社发（韩文录 摄）") or who gave it ("…。讀者提供",
// "…。受访者供图").
var zhStopCreditRE = re(`^(.{4,}。)\s*(\p{Han}{0,10}(?:记者|記者)\s*\p{Han}{2,4}\s*(?:摄|攝)|\p{Han}{2,8}发（[^（）]{2,12}(?:摄|攝)）|\p{Han}{2,6}(?:提供|供图|供圖|摄|攝))$`)

// koCaptionCreditRE splits a Korean caption from its credit after the
// caption's full stop, a slash or in angle brackets: "… 있다. <청도군
// 제공>", "… 한지. / 청주시 제공", "… 있다./한도윤 기자/".
var koCaptionCreditRE = re(`^(.{8,}[.。])(?:\s+|\s*/\s*)[<‹〈]?(?:사진\s*=\s*)?(\p{Hangul}{2,4}\s*기자(?:\s+\S+@\S+)?|[\p{Hangul}\p{L}]{1,12}(?:\s[\p{Hangul}\p{L}]{1,12})?\s*제공)[>›〉]?/?$`)

// koSlashCreditRE is a Korean caption, its full stop, and who gave the
// photo after a slash: "… 전망이다. /기장군".
var koSlashCreditRE = re(`^(.{8,}[.。])\s*/\s*(\p{Hangul}[\p{Hangul}\p{L}]{1,12})$`)

// zhSlashCreditRE is a Taiwanese credit line with a slash:
// "圖／台南市文化局提供", which loses its label "圖／" (picture), and
// "記者周佩君／攝影", kept as printed.
var zhSlashCreditRE = re(`^(?:(?:圖|图|攝影|摄影)\s*[／/]\s*\p{Han}[\p{Han}\p{L} ]{1,24}|\p{Han}{2,16}\s*[／/]\s*(?:攝影|摄影|攝|摄))$`)

// koGivenRE is a Korean credit line: who gave the photo ("제공").
var koGivenRE = re(`^\p{Hangul}[\p{Hangul}\p{L}·]{1,20}(?:\s[\p{Hangul}\p{L}·]{1,12}){0,2}\s*제공$`)

// zhPictureLabelRE is the label "圖／" (picture) before a Taiwanese credit.
var zhPictureLabelRE = re(`^(?:圖|图)\s*[／/]\s*`)

// newsisTailRE is what Newsis sets after a photo's caption and credit:
// the day, the photo desk's address and its bar on resale.
var newsisTailRE = re(`\s+\d{4}\.\d{1,2}\.\d{1,2}\.?(?:\s+\S+@\S+)?\s*\*재판매 및 DB 금지$`)

// jaAgencyCredits are the agencies a Japanese paper credits a photo to,
// in brackets: Kyodo ("共同"), Jiji ("時事"), and foreign ones through
// them. Not Xinhua ("（新華社）"), whose name in brackets opens Chinese
// copy.
var jaAgencyCredits = set("共同 時事 ロイター AP AFP EPA UPI AP＝共同 AFP＝時事 ロイター＝共同 EPA＝時事 ゲッティ＝共同")

func creditLine(text string) (string, bool) {
	if r, _ := utf8.DecodeRuneInString(text); r >= 0x2E80 {
		if m := zhCreditRE.FindStringSubmatch(text); m != nil {
			return strings.TrimSpace(m[1] + m[2] + m[3] + m[4]), true
		}
		if zhSlashCreditRE.MatchString(text) {
			return zhPictureLabelRE.ReplaceAllString(text, ""), true
		}
		// "（陳嘉俊攝）" on its own line, or "（摄影：林伟杰）".
		if inner, ok := strings.CutPrefix(text, "（"); ok {
			if inner, ok := strings.CutSuffix(inner, "）"); ok && utf8.RuneCountInString(inner) <= 24 {
				if zhTakenRE.MatchString(inner) && uncasedWords(inner) {
					return inner, true
				}
				// "（共同）", "（AP＝共同）": the agency's photo, as Japanese
				// papers credit it.
				if jaAgencyCredits[inner] {
					return inner, true
				}
				// "（撮影・藤原健太）": "taken by", then the name.
				if rest, ok := strings.CutPrefix(inner, "撮影・"); ok && uncasedWords(rest) {
					return inner, true
				}
				if m := zhCreditRE.FindStringSubmatch(inner); m != nil && m[4] != "" {
					return strings.TrimSpace(m[4]), true
				}
			}
		}
		// "북성로수리학교 제공": who gave the photo, in Korean, after a
		// slash too ("/포항시 제공", blind373).
		if given := strings.TrimSpace(strings.TrimPrefix(text, "/")); koGivenRE.MatchString(given) {
			return given, true
		}
		// "郑佩珊摄": a name and "took it", with no space.
		if n := utf8.RuneCountInString(text); n >= 3 && n <= 6 && (strings.HasSuffix(text, "摄") || strings.HasSuffix(text, "攝")) && !strings.ContainsFunc(text, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			return text, true
		}
		if utf8.RuneCountInString(text) <= 20 && (strings.HasSuffix(text, "撮影") || strings.HasSuffix(text, "提供")) && uncasedWords(text) {
			return text, true // "ふたばの本棚の会提供"
		}
	}
	if _, ok := avecNames(text); ok {
		return "", false // "Com Estadão Conteúdo": a sign-off, whose agency is the story's source
	}
	if authorLabelRE.MatchString(text) {
		return "", false // "Mwandishi: Josephine Akinyi/AFP": the author, and the agency
	}
	// "[사진 출처 : 신안군 제공]", "[Photo: X]": a labelled credit in
	// square brackets, on its own line.
	if inner, ok := bracketedCredit(text); ok {
		return creditLine(inner)
	}
	if citationRE.MatchString(text) {
		return "", false // "Nature Microbiology DOI: 10.1038/…": a paper's reference
	}
	// "Courtesy: Galveston Park Board": with a colon only, since "Courtesy
	// of X" is a credit as a whole.
	if rest, ok := strings.CutPrefix(text, "Courtesy: "); ok && creditShaped(rest) {
		return rest, true
	}
	// "Cedida por Solvenia", "Courtesy of Ledgerly": who gave the photo,
	// a line of its own, kept whole ("Photo courtesy of X" loses its
	// label below).
	if courtesyRE.MatchString(text) && !creditLabelRE.MatchString(text) && wordCount(text) <= 8 && !endsSentence(text) {
		return text, true
	}
	if strings.ContainsAny(text, "0123456789") && !twoLettersRE.MatchString(text) {
		return "", false // "12/11/2024 04h00": a date, no name
	}
	if c, ok := copyrightCredit(text); ok {
		return c, true
	}
	// "Post Photo: Bimal Gautam": the paper's short name before the label.
	if m := outletPhotoRE.FindStringSubmatch(text); m != nil && nameShaped(m[1]) {
		return m[1], true
	}
	// "(PNA photo by Rolando C. Magsino)": the agency's photo and who
	// took it.
	if m := agencyPhotoByRE.FindStringSubmatch(text); m != nil && nameShaped(m[1]) {
		return m[1], true
	}
	// "SunStar Foto / Junrey Abellanosa": the paper's photo and its
	// photographer after a slash, kept whole as "AP Photo/X" is.
	if m := outletSlashPhotoRE.FindStringSubmatch(text); m != nil && nameShaped(m[1]) {
		return text, true
	}
	// "(Photo Marie-Ange Filippi)", "(Archives Corse-Matin)": a credit in
	// brackets on its own line.
	if inner, found := inBrackets(text); found {
		if m := creditLabelRE.FindStringSubmatch(inner); m != nil && (creditShaped(m[2]) || uncasedName(strings.TrimSpace(m[2]))) {
			return strings.TrimSpace(m[2]), true // "(Photo X)", "(تصوير أحمد منتش)"
		}
		// "(ت: المهدي السلاوي)": Arabic's "ت", short for تصوير (photo).
		if rest, ok := strings.CutPrefix(inner, "ت:"); ok && uncasedName(strings.TrimSpace(rest)) {
			return strings.TrimSpace(rest), true
		}
		// "(Foto: Dok. Warga RW 03 Bulusan)": a labelled credit, as it
		// would be without the brackets.
		if m := creditLabelRE.FindStringSubmatch(inner); m != nil && strings.Contains(m[1], ":") {
			if c, ok := creditLine(inner); ok {
				return c, true
			}
		}
		if first, _, _ := strings.Cut(inner, " "); sourceWords[strings.ToLower(first)] && wordCount(inner) <= 4 && creditShaped(inner) {
			return inner, true
		}
		// "(Courtesy of the Kessler family)": who gave the photo.
		if courtesyRE.MatchString(inner) && wordCount(inner) <= 8 {
			return inner, true
		}
	}
	// "Archives Dordogne Libre", "Archivo El Tiempo": the outlet's
	// archive, a line of its own.
	if first, rest, ok := strings.Cut(text, " "); ok && archiveWords[strings.ToLower(first)] && startsUpper(first) && wordCount(rest) <= 3 && properNoun(rest) {
		return text, true
	}
	// "RENÉE JANSSEN • renee.janssen@startribune.com": a staff
	// photographer's name and address.
	if m := creditMailRE.FindStringSubmatch(text); m != nil && nameShaped(titleCase(m[1])) {
		return m[1], true
	}
	// "Ryan Taplin • The Chronicle Herald": a photographer's name, a
	// bullet and the paper; "Contributed", "Supplied": a handout.
	if name, paper, found := strings.Cut(text, " • "); found && nameShaped(name) && properNoun(paper) && wordCount(paper) <= 4 {
		return text, true
	}
	if specialCredit(text) {
		return text, true
	}
	if handoutRE.MatchString(text) || stockLibraryRE.MatchString(text) {
		return text, true // "zVg", "iStock": a handout, a stock library
	}
	// "Priya Van Heerden photo": the photographer's name, then the word.
	if name, ok := strings.CutSuffix(text, " photo"); ok && wordCount(name) >= 2 && wordCount(name) <= 4 && nameShaped(name) {
		return text, true
	}
	m := creditLabelRE.FindStringSubmatch(text)
	// "ภาพจาก ผู้สื่อข่าวจังหวัดขอนแก่น" (picture from the Khon Kaen
	// reporter): after a Thai label, whoever it names, since Thai has no
	// capitals to tell a name by.
	if r, _ := utf8.DecodeRuneInString(text); m != nil && r >= 0x0E00 && r <= 0x0E7F && wordCount(m[2]) <= 4 && !endsSentence(m[2]) {
		return strings.TrimSpace(m[2]), true
	}
	// "Фото © Фаррух Назаров", "Foto © Ana Ruiz": the sign stands for
	// the label's colon (after one, "Bild: © KNA/X", it stays).
	if rest, ok := strings.CutPrefix(submatch(m, 2), "© "); ok && strings.TrimSpace(m[1]) == "" && strings.TrimSpace(rest) != "" {
		return creditLine(strings.TrimSpace(text[:len(text)-len(m[2])]) + ": " + strings.TrimSpace(rest))
	}
	if m != nil && (archiveOwnerRE.MatchString(m[2]) || courtesyOfRE.MatchString(m[2])) && wordCount(m[2]) <= 8 {
		// "Fot. archiwum stowarzyszenia Sąsiedzi z Oruni", "Photo courtesy
		// of Newnham JCR", "Foto: cortesía Huerto Tlalocan."
		return strings.TrimSuffix(strings.TrimSpace(m[2]), "."), true
	}
	if m != nil && (creditShaped(m[2]) || strings.TrimSpace(m[1]) != "" && namesAgency(m[2]) || strings.Contains(m[1], ":") && signedCredit(m[2]) || sourceWords[strings.ToLower(m[2])]) {
		// "Foto Ansa", "Beeld ANP / X": with only a space after the
		// label, an agency; a name after the Dutch and Italian "Foto"
		// ("Foto Olivier Maasdijk"), the French "Ph." and "Copyright"
		// (Euronews), not
		// after "Photo", which English follows with a colon; or anything
		// after a label in capitals when it is in capitals too.
		label := strings.Fields(text)[0]
		name, _, _ := strings.Cut(m[2], " - ")
		// "Photo Agence QMI, Émilie Côté-Nadeau": an agency and its
		// photographer after a comma, or the photographer first.
		a, b, comma := strings.Cut(m[2], ", ")
		comma = comma && startsUpper(label) && (nameShaped(b) && properNoun(a) && wordCount(a) <= 3 || nameShaped(a) && properNoun(b) && wordCount(b) <= 3)
		if strings.TrimSpace(m[1]) != "" || namesAgency(m[2]) || nameShaped(m[2]) && (strings.EqualFold(label, "foto") || strings.EqualFold(label, "bild") || strings.EqualFold(label, "beeld") || strings.EqualFold(label, "ph.") || label == "Copyright") ||
			sourceWords[strings.ToLower(m[2])] || // "Bild zVg"
			startsUpper(label) && nameShaped(name) && name != m[2] || // "Photo Lucas Verhaeghe - VDNPQR"
			nameShaped(m[2]) && strings.Contains(strings.ToLower(text[:len(text)-len(m[2])]), "archive") || // "Photo d’archives Thomas Jouanneau"
			allCaps(label) && allCaps(m[2]) || // "PHOTO SIMON-PIERRE LAROCHE, LA PRESSE"
			strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:len(text)-len(m[2])])), " from") || // "Photo from Tiaong Fibers Inc."
			label == "Foto" && wordCount(m[2]) == 1 && utf8.RuneCountInString(m[2]) >= 3 && !strings.ContainsAny(m[2], "0123456789") || // "Foto Borella": an Italian photographer's surname
			comma {
			return strings.TrimSpace(m[2]), true
		}
	}
	if wordCount(text) <= 4 && creditShaped(text) && namesAgency(text) && !strings.Contains(text, ",") {
		return text, true
	}
	if rightsReservedRE.MatchString(text) {
		return text, true // "D.R.": rights reserved, the photo's owner unnamed
	}
	// "RÚV – Hörður Ingvarsson": the outlet in capitals, a dash and the
	// photographer.
	if head, name, found := strings.Cut(text, " – "); found && head == strings.ToUpper(head) && startsUpper(head) && wordCount(head) <= 2 && wordCount(name) <= 4 && nameShaped(name) {
		return text, true
	}
	// "Lance McMillan / Toronto Star", "Nick Kozak / For the Toronto
	// Star", "GEOFF LANGDELL / Monitor staff": a photographer's name and
	// the outlet.
	if name, outlet, found := strings.Cut(text, " / "); found && nameShaped(name) {
		outlet = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(outlet, "For "), "the "), " staff")
		if properNoun(outlet) && wordCount(outlet) <= 4 {
			return text, true
		}
	}
	// "Глеб Ардашев / ТАСС / Scanpix / LETA": a photographer and the
	// agencies that carried the photograph, each a short proper noun.
	if parts := strings.Split(text, " / "); len(parts) >= 3 && len(parts) <= 5 && nameShaped(parts[0]) && !slices.ContainsFunc(parts[1:], func(p string) bool { return !properNoun(p) || wordCount(p) > 3 }) {
		return text, true
	}
	// "Stephen Yablonski for NY Post": a photographer who shot for the
	// paper.
	// (Not "Abuja Markets Brace for Yuletide Rush", a headline: the outlet
	// is in capitals or names itself as the press.)
	if name, outlet, ok := strings.Cut(text, " for "); ok && nameShaped(name) && outletShaped(strings.TrimPrefix(outlet, "The ")) && classifyCredit(name) == person {
		if ws := strings.Fields(outlet); allCaps(ws[len(ws)-1]) || pressWordRE.MatchString(outlet) {
			return text, true
		}
	}
	return "", false
}

// pressWordRE is a word a paper's or an agency's name holds.
var pressWordRE = re(`\b(?:Post|Times|News|Herald|Tribune|Journal|Press|Star|Sun|Telegraph|Guardian|Mail|Gazette|Chronicle|Express|Globe|Observer|Independent|Examiner|Record|Courier|Daily|Today|Magazine|Bee|Inquirer|Reuters|Bloomberg|Getty|Stuff)\b`)

// archiveOwnerRE is a credit to someone's archive, in lower case after
// its label: "archiwum stowarzyszenia X", "archivo familiar", "arquivo
// pessoal", "archivio privato".
var archiveOwnerRE = re(`^(?:archiwum|archiv|archív|archívum|archivo|arquivo|archivio|archief|arhiva|arhivă) \S`)

// courtesyOfRE opens a credit to whoever gave the photo, after its label.
var courtesyOfRE = re(`^(?i:courtesy(?: of)?|ihsan|cortes[ií]a(?: de)?|gentileza(?: de)?|avec l['’]aimable autorisation de)\s+\S`)

// citationRE finds a scientific paper's identifier, which no photo
// credit carries: a DOI ("DOI: 10.1038/s41564-025-01873-4",
// "doi.org/10.1111/gcb.17712", "10.1016/j.envres.2025.121377").
var citationRE = re(`(?i)\bdoi\s*:|\bdoi\.org/|\b10\.\d{4,9}/\S`)

// copyrightCredit is a photographer's copyright line: "© CdT/Sara
// Bernasconi", "© Ti-Press / Elia Fontana", a source and a person's name
// joined by a slash. The article's own copyright ("© Copyright ANSA",
// "© 2024 Le Monde") names no person.
func copyrightCredit(text string) (string, bool) {
	rest, found := strings.CutPrefix(text, "©")
	if !found || strings.ContainsAny(rest, "0123456789") || wordCount(rest) > 8 {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if sourceWords[strings.ToLower(rest)] {
		return rest, true // "© privat": a private photo
	}
	rest = creditAfterSign(rest) // "© foto di X/Y"
	parts := strings.Split(rest, "/")
	if len(parts) < 2 || !creditShaped(rest) {
		return "", false
	}
	for _, p := range parts {
		if nameShaped(strings.TrimSpace(p)) {
			return rest, true
		}
	}
	return "", false
}

// creditMailRE is a name and an e-mail address after a bullet or bar.
var creditMailRE = re(`^(\S.{2,50}?)\s+[•·|]\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`)

// capsCredit splits a line that ends with one word in capitals after its
// last full stop: "… the same era. SUPPLIED", "… en la base. SUR". Alone
// that is no evidence (a sentence may end with "NASA"); figures asks it
// only of a block of its own.
func capsCredit(text string) (caption, credit string, ok bool) {
	i := strings.LastIndex(text, ". ")
	if i < 0 {
		return "", "", false
	}
	head, tail := text[:i+1], text[i+2:]
	if n := wordCount(head); n < 4 || n > 45 || !capsWord(tail) || utf8.RuneCountInString(tail) < 2 || strings.ContainsAny(tail, "0123456789./") {
		return "", "", false
	}
	// "… on Saturday. DM": three sentences or more are a paragraph, and
	// the capitals after them the outlet's sign-off, which stays.
	if strings.Count(head, ". ") >= 2 {
		return "", "", false
	}
	return head, tail, true
}

// sourceWords are credits that name no one, only where the photo came
// from.
var sourceWords = map[string]bool{"supplied": true, "handout": true, "archive": true, "archives": true, "archivo": true, "archivio": true, "archiv": true, "arquivo": true,
	"cortesía": true, "gentileza": true, "courtesy": true, "cedida": true, "privat": true, "zvg": true}

// fileNoteRE ends a caption with the note that its photo is from the
// archive, and no credit: "Kalangala district chairperson Ronald
// Ssemakula (File photo)".
var fileNoteRE = re(`\s\((?i:file photo|file picture|file image|file|archive photo|photo d['’]archives|foto de archivo|foto d['’]archivio|archivbild|archivfoto|foto de arquivo|foto: archivo)\)$`)

// archiveWords open a credit to an archive, in the languages we read.
var archiveWords = set("archive archives archivo archivio archiv arquivo archief")

// handoutRE is the credit of a photo handed out by those it shows, in the
// languages we read.
var handoutRE = re(`^(?i:document remis|photo remise|photo fournie|image fournie|photo transmise|imagen cedida|foto cedida|imagem cedida|foto divulgação|zur verfügung gestellt|zvg|z\.\s?v\.\s?g\.|foto aangeleverd|aangeleverd|handout|supplied|contributed|contributed photo|foto concessa|immagine concessa)$`)

// nameSlashPaperRE is a photographer's name, a slash and the paper's
// name: "Kenji Ford/Daily", "Ana Ruiz/The Herald".
var nameSlashPaperRE = re(`^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})\s?/\s?(?:\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3})\.?$`)

// labelAgencyTailRE is a caption's sentence, then a credit's label and
// one word in capitals: "… Bobrovec. FOTO TASR".
var labelAgencyTailRE = re(`^(.*[.!?…])\s+(?:FOTO|Foto|PHOTO|Photo|Bild|BILD)\s+(\p{Lu}[\p{Lu}\d]+)$`)

// ownPhotoRE is a paper's credit for its own photo, by its initials or
// name: "SG photo", "Bernama pic".
var ownPhotoRE = re(`^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+) (?:photo|pic|picture)$`)

// stockLibraryRE is a stock photo library's name alone, a credit on a
// line of its own.
var stockLibraryRE = re(`^(?i:istock|istockphoto|getty images|shutterstock|adobe stock|alamy|pixabay|unsplash|pexels|depositphotos|freepik|123rf|dreamstime)$`)

// rightsReservedRE is a credit that names nobody: "D.R." (direitos, or
// droits, réservés), "DR", "Todos los derechos reservados".
var rightsReservedRE = re(`^(?:D\.R\.?|DR|Direitos reservados|Droits réservés|Derechos reservados|Todos los derechos reservados)$`)

// courtesyRE is a credit that thanks its source, kept whole: "Gentileza
// X", "Courtesy of X", "Cortesía X".
var courtesyRE = re(`^(?:Gentileza|Cortes[ií]a|Courtesy(?: of)?|Pic courtesy(?: of)?|Photo courtesy(?: of)?|Provided by|Fourni par|Proporcionada por|Cedida por|Avec l'aimable autorisation de|Mit freundlicher Genehmigung)\s+\S.{0,60}$`)

// adjacentCredit reports whether text, a line right under a caption with
// no blank line between, is the caption's credit: a courtesy credit, a
// name ("Ana Ruiz", "Ana Ruiz/" as some pages print their staff, or with
// an e-mail address), or a name and an outlet or agency ("Ana Ruiz / Le
// Figaro").
func adjacentCredit(text string) (string, bool) {
	// "Carlos Vidal cvidal@elnuevoherald.com": the photographer and the
	// address the page prints after the name.
	if i := strings.LastIndex(text, " "); i > 0 && strings.Contains(text[i+1:], "@") && nameShaped(text[:i]) {
		return text, true
	}
	// "Gonzalo Pérez | La Razón", "ELLEN WOODS — THE BERKSHIRE EAGLE":
	// the photographer and the outlet.
	for _, sep := range []string{" | ", " — ", " – "} {
		if name, outlet, found := strings.Cut(text, sep); found && nameShaped(titleCase(name)) && outletShaped(outlet) && !strings.Contains(outlet, sep) {
			return text, true
		}
	}
	if staffCredit(text) {
		return text, true
	}
	// "Photo Chloé Lambert" under its caption: the label, a space and the
	// photographer's name.
	if m := creditLabelRE.FindStringSubmatch(text); m != nil && strings.TrimSpace(m[1]) == "" && wordCount(m[2]) >= 2 && nameShaped(m[2]) {
		return m[2], true
	}
	switch {
	case courtesyRE.MatchString(text):
		return text, true
	case agencyNames[strings.ToLower(text)] != "":
		return text, true // "LaPresse"
	case wordCount(text) <= 3 && !strings.ContainsAny(text, "0123456789") && utf8.RuneCountInString(text) >= 2 && !slices.ContainsFunc(strings.Fields(text), func(w string) bool { return !capsWord(w) }):
		return text, true // "IMAGOECONOMICA", "FACEBOOK": an agency or a source in capitals
	case nameShaped(strings.TrimSuffix(text, "/")):
		return strings.TrimSpace(strings.TrimSuffix(text, "/")), true
	case strings.Contains(text, "/") && wordCount(text) <= 8 && creditShaped(text) && !endsSentence(text):
		return text, true
	}
	// "Hélio Damasceno/Poder360 - 9.abr.2024": a credit and the day the
	// photo was taken.
	if head, tail, found := strings.Cut(text, " - "); found && wordCount(tail) <= 4 && strings.Contains(head, "/") {
		if _, ok := dateIn(tail); ok {
			if _, ok := adjacentCredit(head); ok {
				return text, true
			}
		}
	}
	return "", false
}

// outletInitialsRE is an outlet's or agency's initials, in capitals or mixed
// ("LNE", "DdG").
var outletInitialsRE = re(`^\p{Lu}(?:\p{Ll}?\p{Lu}){1,5}$`)

// acronymCreditRE is a credit line of an agency's or outlet's initials
// alone ("NOS", "ANP"), taken only under a caption-shaped line.
var acronymCreditRE = re(`^\p{Lu}{2,6}$`)

// captionToggleRE is the button that pages put before a photo's credit
// and caption: "toggle caption", "hide caption", "show caption".
var captionToggleRE = re(`^(?i:toggle caption|hide caption|show caption|expand caption|caption)$`)

// bodyCredit drops the label before a body's name in a credit
// ("Illustration Métropole Rouen Normandie", "Document Ville de Dijon", the
// Moroccan papers' "Ph. Ouchaou");
// "Document remis" stays whole.
func bodyCredit(credit string) string {
	for _, label := range []string{"Illustration ", "Document ", "Documento ", "By ", "BY ", "Ph. ", "ΦΩΤ. ", "Φωτ. "} {
		if rest, found := strings.CutPrefix(credit, label); found && startsUpper(rest) && properNoun(rest) {
			return rest
		}
	}
	// "… Hédas. © Crédit photo : Nicolas Sabathier": a label with its
	// colon after the copyright sign.
	// (creditLabelRE takes "Crédit" before "Crédit photo": a second
	// look reads "photo :".)
	c := credit
	for range 2 {
		m := creditLabelRE.FindStringSubmatch(c)
		if m == nil {
			break
		}
		if strings.Contains(m[1], ":") {
			return strings.TrimSpace(m[2])
		}
		c = m[2]
	}
	return credit
}

// documentCreditRE is a labelled credit for a document, a plan or a map
// that a body handed out: "Document Mairie du 4e arrondissement".
var documentCreditRE = re(`^(?:Document|Documento|Dokument|Doc\.) \p{Lu}`)

// byCreditRE is a caption ending in its credit in brackets after "by".
var byCreditRE = re(`^(.+?)\s*\((?i:by|photo by|foto de|per|por|par|di|von|door)\s+([^()]{2,60})\)$`)

// sourceAfterCaptionRE is a caption's sentence, then "Source: X".
var sourceAfterCaptionRE = re(`^(\p{Lu}.*?[.!?])\s+(?:Source|Fuente|Quelle|Fonte|Bron|Font)\s*:\s*(\S.*)$`)

// slashedCreditRE is the labelled credit after a caption's " // " or " | ".
var slashedCreditRE = re(`^(?i:source|sources|fuente|fonte|quelle|crédit|crédits|credit|photo|foto|image|imagen|bild|illustration)\s*:\s*(\S.{0,80})$`)

// archiveCreditRE is a caption ending in "(Archives X)": its credit.
var archiveCreditRE = re(`^(.+?[.!?…])\s*\(((?i:archives?|archivo|arquivo|archiv|archivio|archief|arxiu|file photo)\s+\p{Lu}[^()]{1,60})\)$`)

// captionWithCredit splits a caption line that ends with its credit. It
// returns the caption and the credit. A split at the full stop of an
// abbreviated label ("… kładka, fot. Zbigniew Woźniak") leaves the label
// to neither.
func captionWithCredit(text string) (caption, credit string, ok bool) {
	// "… on March 11, 2025. (PHOTO NOT FOR SALE) (Yonhap)": the notice
	// that the photo is not for sale is neither caption nor credit.
	if strings.Contains(text, "SALE)") || strings.Contains(text, "sale)") {
		text = notForSaleRE.ReplaceAllString(text, "")
	}
	caption, credit, ok = captionThenCredit(text)
	if ok && wordCount(caption) <= 6 && hasDate(caption) {
		return "", "", false // "Mar 12, 2024 6:40 PM EDT": a time stamp and its zone
	}
	if m := trailingLabelRE.FindStringIndex(caption); ok && m != nil && wordCount(caption[:m[0]]) >= 3 {
		caption = caption[:m[0]]
	}
	// "… Caloocan City. | PHOTO FROM BARANGAY 176 FACEBOOK PAGE", "… City.
	// | CDN Digital photo / X": a bar after the caption's full stop parts
	// it from the whole credit, labelled, even where a label or name
	// further on was read as the split.
	if i := strings.LastIndex(caption, " | "); ok && i > 0 && strings.HasPrefix(text, caption[:i]) && endsSentence(caption[:i]) && wordCount(caption[:i]) >= 4 && wordCount(caption[i+3:]) <= 6 && !hasDate(caption[:i]) {
		tail := text[i+3:]
		if m := creditLabelRE.FindStringSubmatch(tail); m != nil {
			tail = m[2] // "PHOTO FROM X": the label goes
		}
		return caption[:i], strings.TrimSpace(tail), true
	}
	// "Argine del Po vicino a Boretto, foto di X.", "… on Friday.
	// —Excelsior/Pawan": the comma or dash before the credit goes with it.
	return strings.TrimSuffix(caption, ","), strings.TrimLeft(credit, "—–-"), ok
}

// gluedFotoRE is a caption, a photo label with no colon and a name
// with the agency after a slash.
var gluedFotoRE = re(`^(.+?)\s+(?:Foto|Photo)\s+(\p{Lu}[^\s/]*(?:\s\p{Lu}[^\s/]*){0,3}/\p{Lu}\S{1,30})$`)

// slashTailRE is a caption and its credit after " /", a name and an
// agency after a second " /" or not.
var slashTailRE = re(`^(.*?\S)\s+/(\p{Lu}[^/\s]*(?:\s\p{Lu}[^/\s]*){0,3}(?:\s+/\p{Lu}[^/\s]*(?:\s\p{Lu}[^/\s]*){0,2})?)$`)

// notForSaleRE is an agency's notice in a caption, before its credit.
var notForSaleRE = re(`(?i)\s*\(photo not for sale\)`)

// trailingLabelRE is a credit's abbreviated label left at a caption's
// end, with the comma or bar before it: ", fot.", " | fot.", ". Fot.".
var trailingLabelRE = re(`(?:\s*[,|]\s*|\s+)(?i:fot|phot|ph|foto|photo|zdj)\.$`)

// captionThenCredit is captionWithCredit before the leftover label goes.
func captionThenCredit(text string) (caption, credit string, ok bool) {
	if refEntryRE.MatchString(text) {
		return "", "", false // "[1] Dreesmann, H. et al.: … Global Change Biology 10.1111/…": a reference
	}
	if strings.HasSuffix(text, "(完)") || strings.HasSuffix(text, "（完）") {
		return "", "", false // "…。(完)": the end mark of Chinese agency copy
	}
	if strings.HasSuffix(text, ")") && zoneTailRE.MatchString(text) {
		return "", "", false // "Publish Date: Sat, 06 Dec 2025 02:15 PM (IST)": a time and its zone
	}
	// "… which draws hundreds every day. File picture", "… sa Binangonan
	// port. (File photo)": an archive photo, with no name.
	if strings.HasSuffix(text, "picture") || strings.HasSuffix(text, "photo") || strings.HasSuffix(text, "photo)") {
		if m := fileCreditRE.FindStringSubmatch(text); m != nil {
			return m[1], m[2], true
		}
	}
	// "L'ingresso del tribunale di Bari Foto Dario Lopalco/Imagoeconomica":
	// the label and a slashed credit glued to a caption with no stop.
	if m := gluedFotoRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 4 && creditShaped(m[2]) {
		return m[1], m[2], true
	}
	// "… along the Congaree floodplain. Courtesy of the U.S. National Park
	// Service": who gave the photo, after the caption's last sentence,
	// kept whole as on a line of its own.
	for i := strings.Index(text, ". "); i > 0; {
		if tail := text[i+2:]; courtesyRE.MatchString(tail) && wordCount(tail) <= 8 && !endsSentence(tail) && wordCount(text[:i]) >= 4 {
			return text[:i+1], tail, true
		}
		j := strings.Index(text[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	// "… in Bulan, Sorsogon. —PHOTO BY JOSELITO ABAD", "… seedling.
	// —CONTRIBUTED": the Philippine papers' credit after a dash.
	if i := strings.LastIndexAny(text, "—–-"); i > 0 && len(text)-i <= 80 {
		_, size := utf8.DecodeRuneInString(text[i:])
		head := strings.TrimSpace(text[:i])
		if m := dashCapsCreditRE.FindStringSubmatch(strings.TrimSpace(text[i+size:])); m != nil && endsSentence(head) && wordCount(head) >= 3 {
			return head, m[1] + m[2] + m[3], true
		}
	}
	// "…子どもたち=2025年3月11日午前、秋田県男鹿市、小野寺彩撮影": a Japanese
	// caption ends with who took ("撮影") or gave ("提供") the photo.
	if strings.HasSuffix(text, "撮影") || strings.HasSuffix(text, "提供") {
		if m := jaCreditRE.FindStringSubmatch(text); m != nil {
			return m[1], m[2], true
		}
	}
	// "… في ورشة القوارب بدبا الفجيرة ـ البيان": an Arabic caption, a
	// tatweel and the paper or photographer.
	if i := strings.LastIndex(text, " ـ "); i > 0 && startsOtherScript(text) {
		if c := text[i+len(" ـ "):]; wordCount(c) <= 3 && wordCount(text[:i]) >= 4 && uncasedWords(c) {
			return text[:i], c, true
		}
	}
	// "… ಕೊಕ್ಕರೆಗಳ ಗುಂಪು –ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ": an Indic paper's own photo
	// ("Prajavani picture") after a dash.
	if startsOtherScript(text) { // else the pattern scans a Latin line for nothing
		if m := indicPhotoTailRE.FindStringSubmatch(text); m != nil && wordCount(m[1]+m[3]) >= 3 {
			return m[1] + m[3], m[2] + m[4], true
		}
	}
	// "… 둘러보고 있다. 정대현 기자 jdh@busan.com", "… 조감도. 영도구
	// 제공": a Korean caption ends with the photographer and the e-mail,
	// or with who gave the photo ("제공").
	if strings.HasSuffix(text, "제공") || strings.HasSuffix(text, "제공>") || strings.HasSuffix(text, "기자/") || strings.HasSuffix(text, ".com") || strings.HasSuffix(text, ".kr") {
		if m := koCaptionCreditRE.FindStringSubmatch(text); m != nil {
			return m[1], m[2], true
		}
	}
	// "… 전망이다. /기장군": who gave the photo after a slash, named
	// alone.
	if strings.Contains(text, " /") || strings.Contains(text, "./") {
		if m := koSlashCreditRE.FindStringSubmatch(text); m != nil {
			return m[1], m[2], true
		}
	}
	// "…由山友志工親手製作。（記者廖雅婷攝）", "…用餐 新民晚报记者 邱维轩
	// 摄": a Chinese caption ends with who took ("攝") or gave ("提供")
	// the photo, in brackets or after a space.
	if strings.HasSuffix(text, "）") || zhTakenRE.MatchString(text) {
		// "图为…。本报记者 林海涛摄": the reporter right after the full stop.
		if m := zhStopCreditRE.FindStringSubmatch(text); m != nil {
			return m[1], m[2], true
		}
		if m := zhCaptionCreditRE.FindStringSubmatch(text); m != nil {
			// "（图片来源：第一财经 韩宇晨 摄）": the label goes.
			credit := m[2] + m[3] + m[4]
			for _, l := range []string{"图片来源：", "圖片來源：", "图源：", "圖源："} {
				credit = strings.TrimPrefix(credit, l)
			}
			return m[1], credit, true
		}
		// "…＝18日午前、岐阜県美濃市（共同）": the agency that sent the
		// photo, in brackets.
		if m := jaAgencyCreditRE.FindStringSubmatch(text); m != nil && !strings.Contains(m[1], "。") {
			return m[1], m[2], true
		}
	}
	// "… on Monday. (Express Photo by Sagar Kamble)": the paper's photo
	// label and its photographer in brackets, the credit as printed. In
	// a script without case, an agency ("… لمدينة صور (أ ف ب)"), or an
	// outlet and its photographer after a slash ("… إدلب - 4 كانون الأول
	// 2025 (عنب بلدي/ أنس الخطيب)"), the day the photo was taken left to
	// the caption.
	if strings.HasSuffix(text, ")") {
		if head, inner, _, _, found := finalBracket(text); found && (outletPhotoByRE.MatchString(inner) || callSignRE.MatchString(inner) && endsSentence(head) || uncasedText(inner) && agencyNames[inner] != "" || uncasedSlashCredit(inner)) && wordCount(head) >= 4 {
			return head, inner, true
		}
	}
	// "… on Friday. — New Age photo", "… on Thursday —FE Photo": the
	// paper's own photo, named after a dash, as Bangladeshi papers sign
	// their photos.
	if m := paperPhotoRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 5 {
		return m[1], m[2], true
	}
	// "… nesta quarta-feira (12) • Divulgação/Defesa Civil": the credit
	// after a bullet.
	if i := strings.LastIndex(text, " • "); i > 0 && wordCount(text[:i]) >= 5 {
		if c := text[i+len(" • "):]; wordCount(c) <= 8 && creditShaped(c) && !strings.Contains(c, " • ") {
			return text[:i], c, true
		}
	}
	// "… kieme. Jono Petraičio nuotr.": Lithuanian names the photographer
	// in the genitive before "nuotr." (photo).
	if strings.HasSuffix(text, " nuotr.") {
		if m := ltCreditRE.FindStringSubmatch(text); m != nil {
			return m[1], m[2], true
		}
	}
	// "… 회원들 [강릉시 제공. 재판매 및 DB 금지]": Yonhap's bar on resale
	// is no part of the credit.
	if t, found := strings.CutSuffix(text, ". 재판매 및 DB 금지]"); found {
		text = t + "]"
	}
	// "… 있다. (사진=사하구 제공) 2025.12.04. photo@newsis.com *재판매 및 DB
	// 금지": Newsis's day, desk address and bar on resale after the credit.
	if strings.HasSuffix(text, "재판매 및 DB 금지") {
		text = newsisTailRE.ReplaceAllString(text, "")
	}
	// "La stazione a valle della funivia - RIPRODUZIONE RISERVATA": ANSA
	// ends its photos' captions with its reservation of rights, and
	// credits no one.
	if c, found := strings.CutSuffix(text, " - RIPRODUZIONE RISERVATA"); found && wordCount(c) >= 3 {
		return c, "", true
	}
	// "Extract from the advisory, sent on Tuesday – click to enlarge": a
	// screenshot's caption, credited to no one.
	if n := len(text); n > 8 && (strings.EqualFold(text[n-7:], "enlarge") || strings.EqualFold(text[n-7:], "klicken") || strings.EqualFold(text[n-8:], "agrandir")) {
		if enlargeRE.MatchString(text) && wordCount(text) >= 6 {
			return text, "", true
		}
	}
	// "DANIEL CROWE / FREE PRESS Commuters wait for a bus at …": the
	// credit in capitals first, as the Winnipeg Free Press prints it.
	if m := leadingCreditRE.FindStringSubmatch(text); m != nil && wordCount(m[2]) >= 5 {
		return m[2], m[1], true
	}
	// "(Anneliese Marchetti | The Salt Lake Tribune) Volunteers set up
	// cots …", "(Courtesy of the City of Millcreek) The old …": the credit
	// in brackets before the caption.
	if m := bracketFirstRE.FindStringSubmatch(text); m != nil && wordCount(m[2]) >= 5 && endsSentence(m[2]) {
		name, outlet, bar := strings.Cut(m[1], " | ")
		if courtesyRE.MatchString(m[1]) || bar && nameShaped(name) && properNoun(outlet) && wordCount(outlet) <= 5 {
			return m[2], m[1], true
		}
	}
	// "… in the Segrià region (by Oriol Bosch)", "… (by ACN)": the
	// photographer or agency in brackets after "by".
	if strings.HasSuffix(text, ")") { // else the pattern scans the line for nothing
		if m := byCreditRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 4 && (nameShaped(m[2]) || namesAgency(m[2]) || agencyNames[strings.ToLower(m[2])] != "") {
			return m[1], m[2], true
		}
	}
	// "… tax backyard chickens. (Screenshot from Instagram)": where the
	// screenshot comes from, in brackets.
	if head, inner, _, _, found := finalBracket(text); found && screenshotRE.MatchString(inner) && wordCount(inner) <= 6 && wordCount(head) >= 4 && endsSentence(head) {
		return head, inner, true
	}
	// "… en août dernier. (Archives La Voix de l'Est)": a photo from the
	// paper's archive, credited in brackets.
	if strings.HasSuffix(text, ")") {
		if m := archiveCreditRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 4 {
			return m[1], m[2], true
		}
	}
	// "Pärnu's central beach. Source: Ken Vaher/ERR": a short caption,
	// then its source after the full stop. (Under a story's long last
	// paragraph, "Source: X" is the story's.)
	if m := sourceAfterCaptionRE.FindStringSubmatch(text); strings.Contains(text, ": ") && m != nil && wordCount(m[1]) <= 15 && wordCount(m[2]) <= 6 && startsUpper(m[2]) && !endsSentence(m[2]) {
		return m[1], m[2], true
	}
	// "… à Forcalquier, le 4 février 2025. // Source : Vigie-Bolides", "…
	// en el malecón. | Fuente: Andina": a labelled credit after two
	// slashes or a bar.
	for _, sep := range []string{" // ", " | "} {
		if i := strings.LastIndex(text, sep); i > 0 && wordCount(text[:i]) >= 4 {
			if m := slashedCreditRE.FindStringSubmatch(text[i+len(sep):]); m != nil {
				return text[:i], m[1], true
			}
		}
	}
	// "… dans le 1er arrondissement de Lyon ©Antoine Merlet": the sign
	// glued to the credit.
	if i := strings.LastIndex(text, "©"); i > 0 && text[i-1] == ' ' && i+len("©") < len(text) && text[i+len("©")] != ' ' {
		text = text[:i+len("©")] + " " + text[i+len("©"):]
	}
	// "Archivo - … (Huelva). - Rocío Garmendia - Europa Press - Archivo":
	// Europa Press marks an archive photo at both ends of its caption,
	// and its credit follows the caption's full stop and a dash.
	if c, found := strings.CutSuffix(text, " - Archivo"); found && fileRE.MatchString(text) {
		text = c
	}
	if i := strings.LastIndex(text, ". - "); i > 0 && wordCount(text[:i]) >= 4 {
		// "… dikelilingi air. - Foto ihsan X": who gave the photo.
		if l := creditLabelRE.FindStringSubmatch(text[i+len(". - "):]); l != nil && courtesyOfRE.MatchString(l[2]) && wordCount(l[2]) <= 8 {
			return text[:i+1], strings.TrimSpace(l[2]), true
		}
		if tail := text[i+len(". - "):]; wordCount(tail) <= 8 && creditShaped(tail) && namesAgency(tail) {
			if l := creditLabelRE.FindStringSubmatch(tail); l != nil && strings.Contains(l[2], "/") {
				tail = l[2] // "… hari. - Foto NSTP/X": the label goes
			}
			return text[:i+1], tail, true
		}
	}
	// "… fishing beach in 2023. - Contributed": a handout after a dash;
	// "… in Al-Hada. — SG photo": the paper's own photo.
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(text, dash); i > 0 && wordCount(text[:i]) >= 4 && (handoutRE.MatchString(text[i+len(dash):]) || ownPhotoRE.MatchString(text[i+len(dash):]) && endsSentence(text[:i])) {
			return text[:i], text[i+len(dash):], true
		}
	}
	// "… przy ul. Grygowej w Lublinie / Wojciech Szubartowski / East
	// News": a caption with no full stop, then the photographer and the
	// agency after slashes.
	if m := slashNameAgencyRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 4 && nameShaped(m[2]) {
		return m[1], m[2] + " / " + m[3], true
	}
	// "… durante il pranzo Foto Ansa": the Italian label and an agency
	// after the caption, with no full stop between.
	if i := strings.LastIndex(text, " Foto "); i > 0 && wordCount(text[:i]) >= 4 {
		if tail := text[i+len(" Foto "):]; wordCount(tail) <= 3 && creditShaped(tail) && namesAgency(tail) && !strings.Contains(tail, "/") {
			return strings.TrimRight(text[:i], " -–—"), tail, true // "… dal 2022 – Foto Ansa"
		}
	}
	caption, credit, ok = splitCaptionCredit(text)
	// "… v obci Bobrovec. FOTO TASR - Pavol Ďurica": the dash split the
	// credit, whose label and agency stayed with the caption.
	if ok && strings.HasPrefix(text, caption) {
		if m := labelAgencyTailRE.FindStringSubmatchIndex(caption); m != nil {
			caption, credit = caption[:m[3]], strings.TrimSpace(text[m[4]:])
		}
	}
	// "Un pari à 11 milliards de F CFA": a caption does not end on "de";
	// the capitals after it are the sentence's own.
	if ok && danglingWordRE.MatchString(caption) {
		return "", "", false
	}
	// "… regional / RUI SOARES/LUSA": the bar or slash before the credit
	// is no part of it.
	if c, found := strings.CutPrefix(credit, "/ "); found {
		credit = c
	} else if c, found := strings.CutPrefix(credit, "| "); found {
		credit = c
	}
	if ok {
		credit = bodyCredit(credit)
	}
	// "… par an. | CO – MAXIME GUÉRIN": the outlet's initials after the
	// bar open the credit that the dash split off.
	if i := strings.LastIndex(caption, " | "); ok && i > 0 {
		if tail := caption[i+3:]; wordCount(tail) <= 2 && strings.ContainsFunc(tail, unicode.IsLetter) && !strings.ContainsFunc(tail, unicode.IsLower) {
			for _, dash := range []string{" – ", " - ", " — "} {
				if strings.HasSuffix(text, tail+dash+credit) {
					return caption[:i], tail + dash + credit, true
				}
			}
		}
	}
	// "… Jumat (5/12/2025). /Pikiran Rakyat/Fikri Nurhakim": the paper
	// and its photographer after a slash.
	if i := strings.LastIndex(text, ". /"); !ok && i > 0 && wordCount(text[:i]) >= 4 {
		if tail := text[i+len(". /"):]; strings.Contains(tail, "/") && wordCount(tail) <= 8 && creditShaped(tail) {
			return text[:i+1], tail, true
		}
	}
	// "… en la Ciudad Colonial. | Fuente externa": a bar after the
	// caption's full stop sets off its credit.
	if i := strings.LastIndex(text, ". | "); !ok && i > 0 && wordCount(text[:i]) >= 4 {
		if tail := text[i+4:]; wordCount(tail) <= 5 && startsUpper(tail) && !endsSentence(tail) && !endsQuestion(tail) {
			return text[:i+1], tail, true
		}
	}
	// "… on Commonwealth Avenue. Photo from Quezon City Government": where
	// the photo came from, after the caption's last full stop.
	if i := strings.LastIndex(text, ". "); !ok && i > 0 && wordCount(text[:i]) >= 4 {
		if m := photoFromRE.FindStringSubmatch(text[i+2:]); m != nil {
			return text[:i+1], m[1], true
		}
	}
	// "… in January 2025. Image courtesy of the forest monitors.", "…
	// in February 2025. Image by X / Mongabay Latam.": Mongabay's credit
	// sentence after the caption.
	if i := strings.LastIndex(text, ". "); !ok && i > 0 && wordCount(text[:i]) >= 4 {
		if m := imageByRE.FindStringSubmatch(text[i+2:]); m != nil {
			if m[1] != "" {
				return text[:i+1], "courtesy of " + m[2], true
			}
			return text[:i+1], m[2], true
		}
	}
	// "… Monday night. Kenji Ford/Daily.": the photographer and the
	// paper's short name after the caption's last full stop.
	if i := strings.LastIndex(strings.TrimSuffix(text, "."), ". "); !ok && i > 0 && wordCount(text[:i]) >= 4 {
		if m := nameSlashPaperRE.FindStringSubmatch(text[i+2:]); m != nil && nameShaped(m[1]) {
			return text[:i+1], strings.TrimSuffix(text[i+2:], "."), true
		}
	}
	// "… on Oct. 7, 2024. Tamika Rowe, Detroit Free Press": a staff
	// photographer and the paper, after the caption's last full stop.
	if i := strings.LastIndex(text, ". "); !ok && i > 0 && wordCount(text[:i]) >= 4 && staffCredit(text[i+2:]) {
		return text[:i+1], text[i+2:], true
	}
	// "… on May 9, 2024. Terrence Mabry, USA TODAY": the name before the
	// comma is the credit's, not the caption's.
	if c, found := strings.CutSuffix(caption, ","); ok && found {
		if i := strings.LastIndex(c, ". "); i > 0 && nameShaped(c[i+2:]) && wordCount(c[:i]) >= 4 {
			return c[:i+1], c[i+2:] + ", " + credit, true
		}
	}
	// "… durante el paso de la borrasca Fermín EFE/Antón Veiga": an
	// agency and its photographer glued to the caption's last word.
	if slash := strings.LastIndexByte(text, '/'); !ok && slash > len(text)-50 {
		if m := agencyGluedRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 5 && agencyNames[strings.ToLower(m[2])] != "" {
			return m[1], m[2] + "/" + m[3], true
		}
	}
	// "Nowe wagony kolei na Gubałówkę /Albin Marciniak /East News": the
	// credit after a slash with a space before it and none after, as
	// Interia sets it, the agency after a second one; when no other rule
	// read the caption ("… Photo DNA /Jean-Christophe Dorn" is theirs).
	// A sentence's end before the slash makes it a sign-off ("… all
	// year. /PN").
	if !ok && strings.Contains(text, " /") {
		if m := slashTailRE.FindStringSubmatch(text); m != nil && wordCount(m[1]) >= 3 && !endsSentence(m[1]) && creditShaped(m[2]) {
			return m[1], m[2], true
		}
	}
	// "… 2025. PHOTO | DENIS OKELLO AYELLA", "… piazza Garibaldi - Foto
	// Ghisolfi": the label goes, as on a credit's own line.
	if l := creditLabelRE.FindStringSubmatch(credit); ok && l != nil {
		if c, labelled := creditLine(credit); labelled && c != "" && len(c) < len(credit) {
			credit = c
		} else if strings.EqualFold(strings.Fields(credit)[0], "foto") && wordCount(l[2]) == 1 && startsUpper(l[2]) {
			credit = l[2] // a surname alone, which creditLine leaves to a line of its own
		}
	}
	// "… کر رہے ہیں، فوٹو: ایکسپریس": the comma before the credit is
	// no part of the caption.
	if c, found := strings.CutSuffix(caption, "،"); ok && found {
		caption = strings.TrimSpace(c)
	}
	return caption, credit, ok
}

// indicPhotoTailRE is a caption, a dash, and the paper's name with the
// word for its photo; or a caption's full stop, then "own picture" or
// "file picture" ("… শিক্ষানবিশরা। নিজস্ব চিত্র").
var indicPhotoTailRE = re(`^(.+?)\s+[-–—]\s*(\S+(?:\s\S+){0,2}\s(?:ಚಿತ್ರ|ಫೋಟೋ|चित्र|फोटो|ছবি|চিত্র|படம்|ചിത്രം|ఫోటో|ఫొటో|ચિત્ર|ફોટો|ਫੋਟੋ|ଫଟୋ|تصویر))$|^(.+?[।.])\s+((?:নিজস্ব|ফাইল|প্রতীকী|फाइल|प्रतीकात्मक)\s(?:চিত্র|ছবি|फोटो|तस्वीर|चित्र))$`)

// danglingWordRE ends a text on a word that cannot end one: a
// preposition, an article or a conjunction.
var danglingWordRE = re(`(?i)\s(?:de|du|des|of|the|a|à|au|aux|en|in|von|vom|der|di|da|do|dos|das|del|el|la|le|les|los|las|and|et|y|e|und|to|for|pour|para|per|con|with|mit)$`)

// personAgencyRE is a photographer's name, a dash or slash, and more.
var personAgencyRE = re(`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} ?[-–/] ?\p{Lu}`)

// enlargeRE ends a caption with the prompt to open the picture.
var enlargeRE = re(`\s[-–—]\s(?i:click to enlarge|click image to enlarge|zum vergrößern klicken|cliquez pour agrandir)$`)

// imageByRE is a credit sentence: "Image by X.", "Image courtesy of X."
// The first group is set for a courtesy.
var imageByRE = re(`^(?:Photos?|Images?|Pictures?) (?:by|(courtesy) of) (\p{L}[^.]{2,80}?)\.?$`)

// photoFromRE is where a photo came from: "Photo from X", "Image via X".
var photoFromRE = re(`^(?:Photos?|Images?|Pictures?|Screenshot|Screengrab) (?:from|via) (\p{Lu}[^.]{2,60})$`)

// zoneTailRE ends a line with a time and its zone in brackets.
var zoneTailRE = re(`\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*\((?:IST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|MYT|SGT|WIB|PKT|BST|JST|KST|HKT)\)$`)

// uncasedSlashCredit reports an outlet and its photographer after a
// slash, each a few words of one script without case: "عنب بلدي/ أنس
// الخطيب".
func uncasedSlashCredit(s string) bool {
	a, b, found := strings.Cut(s, "/")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	return found && wordCount(a) <= 3 && wordCount(b) <= 3 && uncasedWords(a) && uncasedWords(b)
}

// agencyGluedRE is a caption, then an agency's name and its
// photographer's after a slash.
var agencyGluedRE = re(`^(.{20,600}?) (\p{Lu}[\p{L}.]{1,12})/(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})$`)

// bracketFirstRE is a credit in brackets, then the caption.
var bracketFirstRE = re(`^\(([^()]{3,80})\) (\p{Lu}.{10,400})$`)

// leadingCreditRE is a credit in capitals with a slash, then the caption.
var leadingCreditRE = re(`^(\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3} / \p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}) (\p{Lu}\p{Ll}.{10,400}[.!?”])$`)

// splitCaptionCredit is captionWithCredit but for a name left before the
// credit's comma.
func splitCaptionCredit(text string) (caption, credit string, ok bool) {
	for _, suf := range furnitureSuffixes {
		if strings.HasSuffix(text, suf) {
			text = strings.TrimSpace(strings.TrimSuffix(text, suf))
			break
		}
	}
	if len(text) > 800 {
		return "", "", false // a paragraph: captions are a sentence or two
	}
	if publishedLine(text) || updatedLine(text) {
		return "", "", false // "PUBLISHED: March 12, 2024 at 5:00 AM CDT | UPDATED: …"
	}
	// "… bei Langenargen © Miriam Lorch/dpa", "… den Kindern – (c)
	// APA/X (X)", "… Einweihung. © privat", "… © NDR Foto: X": what
	// follows the copyright sign is the credit, brackets, labels and all,
	// unless the caption has a label before it.
	for _, sign := range []string{" © ", " (c) ", " (C) "} {
		if i := strings.LastIndex(text, sign); i > 0 && (wordCount(text[:i]) >= 4 || stockLabelRE.MatchString(text[:i])) && !labelledBefore(text[:i]) && signedCredit(text[i+len(sign):]) {
			// "… na antiga sacristia. Foto © X": the label before the
			// sign goes with it.
			c := strings.TrimSpace(strings.TrimRight(text[:i], " -–—|"))
			if j := strings.LastIndex(c, " "); j > 0 && slices.ContainsFunc(creditSuffixLabels, func(l string) bool { return strings.EqualFold(l, c[j+1:]) }) && endsSentence(c[:j]) {
				c = c[:j]
			}
			return c, creditAfterSign(text[i+len(sign):]), true
		}
	}
	if containsLabel(text) {
		if caption, credit, ok := labelledCredit(text); ok {
			return caption, credit, true
		}
	}
	// "… Chuo cha Ualimu Mpwapwa jana. (Picha na Juma Mwinyi)": a
	// labelled credit in brackets after the full stop, as it would be on
	// its own line.
	if head, inner, _, _, ok := finalBracket(text); ok && wordCount(head) >= 3 && endsSentence(head) && creditLabelRE.MatchString(inner) {
		if c, ok := creditLine("(" + inner + ")"); ok {
			return head, c, true
		}
	}
	// "… im Leipziger Süden (Archivbild)": the label of an archive
	// photo is the caption's, no credit.
	if head, inner, square, stuck, ok := finalBracket(text); ok && wordCount(head) >= 3 && !stockLabelRE.MatchString(inner) {
		switch {
		case (square || stuck && endsSentence(head)) && wordCount(inner) <= 8 && creditShaped(strings.TrimPrefix(inner, "File: ")):
			// "… the port [File: X/Reuters]", "… at home.(ABC News: X)":
			// square brackets at a caption's end, or a bracket stuck to
			// its full stop, hold its credit.
			return head, strings.TrimPrefix(inner, "File: "), true
		case bracketCreditRE.MatchString(inner):
			c := inner
			if l := creditLabelRE.FindStringSubmatch(c); l != nil && !strings.HasPrefix(c, "AP") && !strings.HasPrefix(c, "AFP") {
				c = l[2]
			}
			if l := submittedByRE.FindStringSubmatch(c); l != nil {
				c = c[len(l[0]):]
			}
			// "… Ceilândia - (crédito: X)": the dash only joins them.
			return strings.TrimSpace(strings.TrimRight(head, "-–— ")), c, true
		case wordCount(inner) <= 6 && creditShaped(inner) && namesAgency(inner) && !endsSentence(head):
			if caption, credit, ok := tailCredit(text); ok {
				return caption, credit, true // "… lunes. MARCIAL GUILLÉN (EFE)"
			}
			return head, inner, true
		case endsSentence(head) && wordCount(inner) <= 7 && creditShaped(inner) && namesAgency(inner) && personAgencyRE.MatchString(inner):
			// "… on March 11, 2025. ( Eleni Papadakou - Anadolu Agency )":
			// the photographer and the agency, after the full stop.
			return head, inner, true
		case endsSentence(head) && documentCreditRE.MatchString(inner) && wordCount(inner) <= 8:
			// "… rue d’Austerlitz. (Document Mairie du 4e
			// arrondissement)": a document's source, labelled.
			_, body, _ := strings.Cut(inner, " ")
			return head, body, true
		case endsSentence(head) && wordCount(inner) <= 10 && specialCredit(inner):
			// "… on Feb. 21, 2025. (Ana Lucero, Special to The Colorado
			// Sun)": the photographer and whom the photo was made for.
			return head, inner, true
		case endsSentence(head) && properNoun(inner) && (wordCount(inner) >= 2 || innerCapital(inner)) && wordCount(inner) <= 5:
			// "… en châtaignier. (Maill’Océan)": a name in brackets
			// after the caption's full stop.
			return head, inner, true
		case wordCount(head) >= 4 && outletInitialsRE.MatchString(inner) && !endsSentence(head) && !endsQuestion(head) && !spellsAcronym(head, inner):
			// "… del tetto verde della pensilina (ATV)": an agency's or a
			// photographer's initials, where "(WHO)" after "World Health
			// Organization" spells what comes before it.
			return head, inner, true
		case wordCount(head) >= 4 && wordCount(inner) >= 2 && wordCount(inner) <= 4 && nameShaped(inner) && classifyCredit(inner) == person && !endsSentence(head) && !endsQuestion(head) && !strings.HasSuffix(head, ","):
			// "The old water tanks above Kathikas village (Marios
			// Charalambous)": a person's name in brackets where a
			// sentence would end, the photographer.
			return head, inner, true
		case wordCount(head) >= 8 && wordCount(inner) <= 6 && creditShaped(inner) && !endsSentence(head) && !endsQuestion(head) && !strings.HasSuffix(head, ","):
			// "… in September 2022 (Supplied)", "… di febbraio (Archivio
			// comunale)": a line that ends with a bracket and no full
			// stop is no paragraph; the bracket is the caption's credit.
			return head, inner, true
		}
	}
	if caption, credit, ok := gluedCredit(text); ok {
		return caption, credit, true
	}
	if caption, credit, ok := tailCredit(text); ok {
		return caption, credit, true
	}
	// "… could be welded ANDREW HOLT FOR THE TIMES": a credit in
	// capitals after the caption's last word, with nothing between.
	if ws := strings.Fields(text); len(ws) >= 6 {
		k := len(ws)
		for k > 0 && capsWord(ws[k-1]) {
			k--
		}
		tail := strings.Join(ws[k:], " ")
		// "… la mañana. FOTO CAMILO SUÁREZ", "… Pichincha. FOTO
		// CORTESÍA": a label in capitals and the credit, after the
		// caption's full stop.
		if m := creditLabelRE.FindStringSubmatch(tail); m != nil && len(ws)-k >= 2 && k >= 4 && allCaps(tail) && endsSentence(strings.Join(ws[:k], " ")) {
			return strings.Join(ws[:k], " "), m[2], true
		}
		if len(ws)-k >= 2 && k >= 4 && allCaps(tail) && (!endsSentence(strings.Join(ws[:k], " ")) || len(ws)-k >= 3) &&
			!(strings.HasSuffix(tail, ".") && !initialsEndRE.MatchString(tail)) {
			// "… could be welded ANDREW HOLT FOR THE TIMES", "… de la
			// Fontaine. MIDI LIBRE - O.F.": after a full stop, three
			// words or more, no sentence's capitals. A full stop after
			// them ends the sentence they are part of: "… em
			// declarações a O JOGO."
			return strings.Join(ws[:k], " "), tail, true
		}
	}
	return "", "", false
}

// gluedCredit is a credit after the caption's last full stop with no
// space between, as a copy joins a page's caption and credit elements:
// "… on Feb. 16.MARTHA KOWALCZYK/The Globe and Mail", "… Riverside
// Manor.City of Kamloops/Handout", "… March 5.Jenna Walsh for NBC News".
// The credit names its source after a slash or "for", thanks it
// ("Courtesy X"), or has a label ("Credit: X").
func gluedCredit(text string) (caption, credit string, ok bool) {
	for i := len(text) - 2; i > 0; i-- {
		if text[i] != '.' || !isLowerOrDigit(text[i-1]) || text[i+1] < 'A' || text[i+1] > 'Z' {
			continue
		}
		tail := text[i+1:]
		if wordCount(text[:i]) < 4 || wordCount(tail) > 8 || !creditShaped(tail) {
			return "", "", false
		}
		switch m := creditLabelRE.FindStringSubmatch(tail); {
		case m != nil && strings.Contains(m[1], ":"):
			return text[:i+1], strings.TrimSpace(m[2]), true // "… last week.Credit: X"
		case strings.Contains(tail, "/"), courtesyRE.MatchString(tail), forOutletRE.MatchString(tail):
			return text[:i+1], tail, true
		}
		return "", "", false
	}
	return "", "", false
}

func isLowerOrDigit(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// tailCredit is a credit after the caption's last full stop (not an
// initial's), or after a dash or " | ".
func tailCredit(text string) (caption, credit string, ok bool) {
	best, sep := -1, ""
	for _, sp := range []string{". ", ".) ", " - ", " – ", " — ", " | ", " / "} {
		i := strings.LastIndex(text, sp)
		if sp == " / " && i > 0 && !endsSentence(text[:i]) && !(wordCount(text[:i]) >= 6 && !strings.ContainsAny(text[:i], "(.|") && outletInitialsRE.MatchString(text[i+3:])) {
			// "(Allen Ferreira / Los Angeles Times)": a credit's own
			// slash; "… en una imatge d’arxiu / ACN" is not one.
			continue
		}
		for sp == ". " && i > 0 && initialAt(text, i-1) {
			i = strings.LastIndex(text[:i], sp) // "… 2024. — M. Ferrand / 20 Minutes"
		}
		if i > 0 && strings.Count(text[:i], "(") > strings.Count(text[:i], ")") {
			continue // "… 2025 r. (Fot. Jakub Sroka / Agencja Wyborcza.pl)": inside the credit's brackets
		}
		if i > best {
			best, sep = i, sp
		}
	}
	if best <= 0 {
		return "", "", false
	}
	head := text[:best]
	if sep[0] == '.' {
		head = text[:best+len(sep)-1]
	}
	tail := strings.TrimSpace(text[best+len(sep):])
	if domainCreditRE.MatchString(tail) && wordCount(head) >= 4 && endsSentence(head) {
		return head, tail, true // "… le 4 novembre 2024. afp.com/Pierre-Yves MARCHAND"
	}
	// "… junto a la muralla. / D. C.": a photographer's initials, with
	// their full stops, after the caption's slash.
	if sep == " / " && dottedInitialsRE.MatchString(tail) && wordCount(head) >= 4 && endsSentence(head) {
		return head, tail, true
	}
	if wordCount(head) < 4 || !creditShaped(tail) || strings.HasSuffix(tail, ".") || strings.HasSuffix(tail, "!") ||
		strings.Contains(tail, "http") || strings.Contains(tail, "www") || strings.Contains(tail, ".com") {
		return "", "", false
	}
	// "… digue. (Patrick Gherdoussi/Libération)": the brackets go.
	if inner, ok := inBrackets(tail); ok {
		tail = strings.TrimSpace(inner)
	}
	plain := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(tail, "©"), "/")) // "/사진=화천군 제공"
	if l := creditLabelRE.FindStringSubmatch(plain); l != nil && (namesAgency(l[2]) || strings.TrimSpace(l[1]) != "" || allCaps(plain) || strings.Contains(l[2], "/")) {
		plain = l[2] // "Beeld X / ANP", "Foto di X", "Foto NSTP/X"
	}
	switch {
	case strings.HasPrefix(tail, "©"), namesAgency(tail), allCaps(tail) && wordCount(tail) >= 2:
	case (sep == " - " || sep == " – ") && capsWord(tail) && utf8.RuneCountInString(tail) >= 3 && endsSentence(head):
		// "… a nivell de terra. - PAERIA": one word in capitals after
		// the caption's full stop and a dash.
	case sep == ". " && (handoutRE.MatchString(tail) || sourceWords[strings.ToLower(tail)] && startsUpper(tail)) && endsSentence(head):
		// "… en pleno mes de julio. Archivo": a source word, which names
		// no one, after the caption's full stop.
		// "… sur le site de l'Eurométropole. Document remis": a handout's
		// credit, which names no one, after the caption's full stop.
	case sep == ". " && capsWord(tail) && (rightsReservedRE.MatchString(tail) || sourceWords[strings.ToLower(tail)]) && endsSentence(head):
		// "… the same era. SUPPLIED", "… avant la déchetterie. DR": a
		// credit word in capitals after the caption's full stop.
	case (sep == " | " || sep == " / ") && wordCount(head) >= 6 && wordCount(plain) <= 5 && (properNoun(plain) && wordCount(plain) >= 2 || outletInitialsRE.MatchString(plain) || allCaps(plain) || namesAgency(plain) || sourceWords[strings.ToLower(plain)]):
		// "… de l’estació de Vic | Adrià Puigdollers", "… de archivo. |
		// LNE", "… rehabilitarse. / Guillem Bosch": a name, initials or
		// capitals after the caption's last bar or slash (one word,
		// "| Analysis", is a section's label).
	case (nameShaped(plain) || courtesyRE.MatchString(plain) || forOutletRE.MatchString(plain)) && endsSentence(head):
	case sep[0] != '.' && sep != " | " && wordCount(head) >= 6 && !endsSentence(head) && properNoun(plain):
		// "… del quartiere Libertà, a Bari - Siciliani", "… el primer
		// día de clase — Ayuntamiento de Cuevas de Almudén": a line with
		// no full stop is no paragraph; a proper noun after its last
		// dash is its credit.
	default:
		return "", "", false
	}
	// "… dès le mois de septembre. L'Indépendant - JULIEN MARCHAL": the
	// outlet's name after the caption's full stop is the credit's too.
	if sep[0] != '.' {
		if i := strings.LastIndex(head, ". "); i > 0 && wordCount(head[:i]) >= 4 && outletShaped(head[i+2:]) && !nameShaped(head[i+2:]) {
			return head[:i+1], head[i+2:] + sep + plain, true
		}
		// "… on June 11, 2025. Marcus Lindqvist | Reuters": the
		// photographer's name and the agency, as CNBC prints them.
		if i := strings.LastIndex(head, ". "); sep == " | " && i > 0 && wordCount(head[:i]) >= 4 && nameShaped(head[i+2:]) && namesAgency(plain) {
			return head[:i+1], head[i+2:] + sep + plain, true
		}
	}
	return head, plain, true
}

// spellsAcronym reports whether acronym is made of the initials of the
// last capitalised words of head, as a bracket that explains a name is:
// "World Health Organization (WHO)", "Ente Vasco de la Energía (EVE)".
func spellsAcronym(head, acronym string) bool {
	var initials []rune
	ws := strings.Fields(head)
	for i := len(ws) - 1; i >= 0 && len(initials) < utf8.RuneCountInString(acronym); i-- {
		r, _ := utf8.DecodeRuneInString(ws[i])
		if unicode.IsUpper(r) {
			initials = append([]rune{r}, initials...)
		} else if !nameParticles[ws[i]] {
			break
		}
	}
	var caps []rune
	for _, r := range acronym {
		if unicode.IsUpper(r) {
			caps = append(caps, r)
		}
	}
	return len(caps) >= 2 && string(initials) == string(caps)
}

// dottedInitialsRE is initials with full stops: "D. C.", "J.M.".
var dottedInitialsRE = re(`^(?:\p{Lu}\.\s?){1,4}$`)

// domainCreditRE is a credit that names its agency by its web address:
// "afp.com/Pierre-Yves MARCHAND".
var domainCreditRE = re(`^[a-z0-9-]+\.(?:com|fr|net|org|de|es|it|is|no|se|dk|fi|nl|be|at|ch|pt|pl|cz|gr|ro)/\p{Lu}[^/]{1,60}$`)

// labelledBefore reports whether s has a labelled credit of its own
// ("… Photo: X"), so that a copyright sign after it is part of that.
func labelledBefore(s string) bool {
	if !containsLabel(s) {
		return false
	}
	_, _, ok := labelledCredit(s)
	return ok
}

// signedCredit reports whether s, after a copyright sign, is a credit:
// short and no sentence, in any case ("privat", "picture alliance/dpa |
// Lars Feddersen").
func signedCredit(s string) bool {
	s = strings.TrimSpace(s)
	n := wordCount(s)
	return n >= 1 && n <= 10 && strings.ContainsFunc(s, unicode.IsLetter) && !endsQuestion(s) &&
		(!endsSentence(strings.TrimSuffix(s, ")")) || strings.HasSuffix(s, ".)"))
}

// innerCapital reports whether a word of s has a capital after its first
// letter, as names of businesses do ("Maill’Océan", "McMillan").
func innerCapital(s string) bool {
	for _, w := range strings.Fields(s) {
		rs := []rune(w)
		for _, r := range rs[1:] {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// forOutletRE is a photographer's credit for an outlet: "Jenna Walsh
// for NBC News", "Nick Kozak for The Globe and Mail".
var forOutletRE = re(`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} for (?:[Tt]he )?\p{Lu}.{0,40}$`)

// properNoun reports whether s is a name of one to six words, each
// capitalised apart from particles ("Siciliani", "Mani Aperte",
// "Ayuntamiento de Cuevas de Almudén"), with no digits.
func properNoun(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 || strings.ContainsAny(s, "0123456789") || !startsUpper(s) {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// initialAt reports whether text[i] is a capital standing alone as an
// initial ("M" of "M. Ferrand").
func initialAt(text string, i int) bool {
	c := text[i]
	return c >= 'A' && c <= 'Z' && (i == 0 || text[i-1] == ' ')
}

// twoLettersRE finds two letters in a row: a line of digits without them
// names no one.
var twoLettersRE = re(`\p{L}\p{L}`)

// staffCredit reports a photographer's name and the paper's, after a
// comma: "Tamika Rowe, Detroit Free Press", "Ana Ruiz, The Courier".
// The paper's name ends in a masthead's word.
func staffCredit(text string) bool {
	name, paper, found := strings.Cut(text, ", ")
	if !found || !nameShaped(titleCase(name)) || !outletShaped(paper) || strings.Contains(paper, ",") {
		return false
	}
	ws := words(paper)
	last := strings.ToLower(ws[len(ws)-1])
	return mastheadWords[last] || outletWords[last] && last != "editor" && last != "reporter" && last != "writer"
}

// captionForm is where a caption's credit sits: in brackets after its
// last full stop, bare after it, or in capitals before the caption.
type captionForm int

const (
	formBracket captionForm = iota + 1
	formBare
	formLeading
	formNextLine // the credit alone on the line under the caption
)

// formOf is the form of a caption line whose credit captionWithCredit
// found.
func formOf(text, credit string) (captionForm, bool) {
	switch {
	case strings.HasPrefix(text, credit+" "):
		return formLeading, true
	case strings.HasSuffix(text, "("+credit+")"):
		return formBracket, true
	case strings.HasSuffix(text, ". "+credit):
		return formBare, true
	}
	return 0, false
}

var (
	// bracketTailRE: "… près du Musée. (Commission des champs de
	// bataille nationaux)".
	bracketTailRE = re(`^(\p{Lu}.{20,400}[.!?”»])\s\((\p{Lu}[^().,;:!?]{1,60})\)$`)
	// bareTailRE: "… la semana pasada. C7".
	bareTailRE = re(`^(\p{Lu}.{20,400}\.)\s(\p{Lu}[\p{L}\p{M}\d'’-]*(?: \p{Lu}[\p{L}\p{M}\d'’-]*){0,3})$`)
	// leadingCapsRE: "SUPPLIED A rendering of …"; the last capital alone
	// opens the caption.
	leadingCapsRE = re(`^(\p{Lu}[\p{Lu}\p{M}'’-]{2,}(?: \p{Lu}[\p{Lu}\p{M}'’-]{1,}){0,3})((?: [AI])? \p{Ll}.{10,400}[.!?”])$`)
)

// split reads a caption line of this form: the caption and its credit.
func (f captionForm) split(text string) (caption, credit string, ok bool) {
	var m []string
	switch f {
	case formBracket:
		m = bracketTailRE.FindStringSubmatch(text)
	case formBare:
		m = bareTailRE.FindStringSubmatch(text)
	case formLeading:
		if m = leadingCapsRE.FindStringSubmatch(text); m != nil {
			m = []string{text, strings.TrimSpace(m[2]), m[1]}
		}
	}
	if m == nil || wordCount(m[1]) < 5 || wordCount(m[1]) > 45 || wordCount(m[2]) > 7 {
		return "", "", false
	}
	return m[1], m[2], true
}

// screenshotRE opens the caption of a screenshot: "Screenshot from
// Instagram", "Capture d'écran d'une publication Facebook", "Captura del
// mensaje que circula por WhatsApp".
var screenshotRE = re(`^(?i:(?:a |une )?(?:screenshot|screen ?grab|capture d['’]écran|captura(?: de pantalla)?|reprodução|print de tela|bildschirmfoto|screenshot von|schermata|cattura dello schermo))\b`)

// chartCaptionRE opens the numbered caption of a chart or a map:
// "Grafico 1. Quota di treni regionali …", "Chart 2: …".
var chartCaptionRE = re(`^(?:Grafico|Gráfico|Graphique|Chart|Grafik|Tabella|Tabla|Tableau|Figure|Figura|Infografik|Infographic|Mappa|Mapa|Map|Karte|Carte)\s+\d{1,2}\s*[.:–-]\s+\S`)

// chartSourceRE is the labelled source under a chart: "Fonte:
// elaborazione Pagella Politica su dati Art".
var chartSourceRE = re(`^(?i:fonte|fuente|fuentes|source|sources|quelle|bron|font)\s?:\s*(\S.{0,120})$`)

// charts makes a chart's numbered caption with the source line under
// it a figure, the source its credit: no source of the story.
func (im *importer) charts(title int) {
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] || !chartCaptionRE.MatchString(im.lines[i]) || wordCount(im.lines[i]) > 40 {
			continue
		}
		j := im.next(i, true)
		if j < 0 {
			continue
		}
		m := chartSourceRE.FindStringSubmatch(im.lines[j])
		if m == nil {
			continue
		}
		fig := im.figure(i, j, m[1], "the source under a chart's caption")
		im.caption(fig, i, im.lines[i], "a chart's numbered caption, over its source")
		i = j
	}
}

// dashCapsCreditRE is a caption's credit in capitals after a dash (read
// after the last dash of the line): "PHOTO BY X", "CONTRIBUTED",
// "INQUIRER PHOTO"; or a Malaysian paper's "Bernama pic", "NSTP pic".
var dashCapsCreditRE = re(`^(?:(?:PHOTOS?|PICTURES?) (?:BY|FROM|COURTESY OF) (\p{Lu}[\p{Lu}\p{M} .'’/]{2,60})|(CONTRIBUTED|SUPPLIED|HANDOUT|\p{Lu}[\p{Lu} ]{1,30} PHOTO)|(\p{Lu}[\p{L}]{1,20} pic|(?:File|FILE) (?:pic|PIC)))$`)

// bracketedCredit is the labelled credit inside a line in square
// brackets: "[사진 출처 : 신안군 제공]".
func bracketedCredit(text string) (string, bool) {
	inner, ok := enclosed(text, "[", "]")
	inner = strings.TrimSpace(inner)
	return inner, ok && creditLabelRE.MatchString(inner)
}

// submatch is a match's k-th group, or "" when there is no match.
func submatch(m []string, k int) string {
	if k >= len(m) {
		return ""
	}
	return m[k]
}

// hasDate reports whether s holds a date: "เผยแพร่ 06 ธ.ค. 2568 ,16:52น."
// before a bar is a time stamp, no caption.
func hasDate(s string) bool {
	_, ok := dateIn(s)
	return ok
}

// specialCredit reports a freelance photographer's name and whom the
// photo was made for: "Ana Lucero, Special to The Colorado Sun".
func specialCredit(s string) bool {
	name, rest, found := strings.Cut(s, ", ")
	return found && nameShaped(name) && specialToRE.MatchString(rest) && wordCount(rest) <= 8
}
