package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rule names, as reports print them. Boilerplate rules are named
// "boilerplate/" plus the row name of the boilerplate table.
const (
	RuleBlank         = "blank"
	RuleHeadline      = "headline"
	RuleHeadlineAgain = "headline-again"
	RuleBylineList    = "byline-list"
	RuleBylineBy      = "byline-by"
	RuleBylineRole    = "byline-role"
	RuleDateline      = "dateline"
	RuleFigureCredit  = "figure-credit"
	RuleFigureCaption = "figure-caption"
	RuleListItem      = "list-item"
	RuleHeading       = "heading"
	RuleParagraph     = "paragraph"
	RuleKicker        = "kicker"
	RuleUpdate        = "update"
	RuleAgency        = "agency"
	RuleSignoff       = "signoff"
	RuleFactCheck     = "fact-check"
	RuleTable         = "table"
	RuleStandfirst    = "standfirst"
	RuleNewsletterBox = "structure/newsletter-box"
	RuleRelatedBox    = "structure/related-box"
	RuleShortRun      = "structure/short-run"
	RuleRepeated      = "structure/repeated"
	RuleAfterBody     = "structure/after-body"
	RuleBio           = "structure/bio"
	RulePullQuote     = "structure/pull-quote"
	RuleTeaser        = "structure/teaser"
	RuleAppeal        = "structure/appeal"
	RuleWidget        = "structure/widget"
	RuleLiveEntry     = "structure/live-entry"
)

// videoLabelRE is a video label alone on its line.
var videoLabelRE = re(`^(?i:audio|podcast|video|vídeo|vidéo|watch|play video|ver vídeo|assista|guarda|bekijk|video afspelen|video abspielen|reproducir (?:el )?v[ií]deo|lire la vid[ée]o|riproduci(?: il)? video|reproduzir (?:o )?v[ií]deo|reprodueix el v[ií]deo)$`)

// videoDurationRE is a video player's duration, labelled: "durée de la
// vidéo : 00h01mn52s", "Duración: 02:11".
var videoDurationRE = re(`^(?i:durée de la vidéo|durée|video duration|duration|duración(?: del v[ií]deo)?|duração(?: do v[ií]deo)?|dauer|videolänge|durata(?: del video)?|duur|durada(?: del v[ií]deo)?)\s*:\s*(?:(?:\d{1,2}h\s?)?\d{1,2}\s?(?:mn|min|m)\s?\d{1,2}\s?s|\d{1,2}:\d{2}(?::\d{2})?)$`)

// initialsRE is the editors' initials that close agency copy: "rom/lpc",
// "JGR/clc/gja" (the author's in capitals first), Lusa's "JGF // JAP".
var initialsRE = re(`^(?:(?:[a-z]{2,5}|[A-Z]{2,4})(?:/[a-z]{2,5})+|[A-Z]{2,4}(?: // [A-Z]{2,4})+)$`)

// agencySignatureRE is editors' initials and the agency whose copy it
// is, closing a story: "kha/dpa", "lbo/AFP", "(nob/sda)", "kb / PAP".
var agencySignatureRE = re(`^\(?[a-z]{2,5}(?: ?/ ?[a-z]{2,5})*(?:/| / )(?i:(dpa|afp|ap|reuters|epa|epd|kna|apa|sda|ansa|efe|lusa|anp|belga|pap|čtk|ctk|tasr|mti|hina|bta|sta))\)?$`)

// initialsOutletRE is the author's initials and the paper, in brackets,
// closing a story: "(lh/L'essentiel)".
var initialsOutletRE = re(`^\([a-z]{2,5}/(\p{Lu}[\p{L}'’ .-]{1,30})\)$`)

// agencyNames spell the agencies as they spell themselves.
var agencyNames = map[string]string{"dpa": "dpa", "afp": "AFP", "ap": "AP", "reuters": "Reuters", "epa": "EPA", "epd": "epd", "kna": "KNA",
	"apa": "APA", "sda": "SDA", "awp": "AWP", "ansa": "ANSA", "abi": "ABI", "acn": "ACN", "efe": "EFE", "lusa": "Lusa", "anp": "ANP", "belga": "Belga", "photo news": "Photo News", "sns": "SNS", "pnn": "PNN", "associated press": "Associated Press",
	"canadian press": "The Canadian Press", "the canadian press": "The Canadian Press", "press association": "PA", "pa media": "PA Media", "agência brasil": "Agência Brasil", "estadão conteúdo": "Estadão Conteúdo", "aof": "AOF", "keystone-ats": "Keystone-ATS", "keystone-sda": "Keystone-SDA", "ats": "ATS", "agência estado": "Agência Estado", "folhapress": "Folhapress", "europa press": "Europa Press", "agence france-presse": "AFP", "ical": "Ical", "servimedia": "Servimedia",
	"lapresse": "LaPresse", "agence qmi": "Agence QMI", "qmi": "QMI", "teleborsa": "Teleborsa", "askanews": "Askanews", "italpress": "Italpress", "radiocor": "Radiocor", "adnkronos": "Adnkronos", "agi": "AGI", "xinhua": "Xinhua", "kyodo": "Kyodo", "kyodo news": "Kyodo News", "共同": "共同", "共同通信": "共同通信", "agência lusa": "Agência Lusa", "colprensa": "Colprensa", "australian associated press": "Australian Associated Press", "kap": "Kathpress", "rns": "RNS", "aap": "AAP", "upi": "UPI", "anadolu": "Anadolu", "anadolu agency": "Anadolu Agency", "nca newswire": "NCA NewsWire", "pti": "PTI", "ians": "IANS", "ani": "ANI", "uni": "UNI", "dhns": "DHNS", "tnn": "TNN", "ens": "ENS",
	"inforpress": "Inforpress", "angop": "Angop", "télam": "Télam", "notimex": "Notimex", "andina": "Andina", "prensa latina": "Prensa Latina", "aps": "APS", "mena": "MENA", "wam": "WAM", "qna": "QNA", "kuna": "KUNA",
	"sta": "STA", "čtk": "ČTK", "ctk": "ČTK", "tasr": "TASR", "mti": "MTI", "pap": "PAP", "hina": "Hina", "bta": "BTA", "tanjug": "Tanjug", "agerpres": "Agerpres",
	"ukrinform": "Ukrinform", "leta": "LETA", "bns": "BNS", "elta": "ELTA", "stt": "STT", "tt": "TT", "ntb": "NTB", "ritzau": "Ritzau", "ana-mpa": "ANA-MPA",
	"bernama": "Bernama", "app": "APP", "tatoli": "TATOLI", "unb": "UNB", "bss": "BSS", "antara": "Antara", "vna": "VNA", "pna": "PNA", "tna": "TNA", "cmc": "CMC", "dpa-afx": "dpa-AFX", "beta": "Beta", "fena": "FENA", "mia": "MIA", "gna": "GNA",
	// as they write themselves in Greek, Cyrillic and Turkish
	"απε-μπε": "ΑΠΕ-ΜΠΕ", "απε": "ΑΠΕ-ΜΠΕ", "укрінформ": "Укрінформ", "бта": "БТА", "танјуг": "Танјуг", "тасс": "ТАСС", "интерфакс": "Интерфакс", "інтерфакс-україна": "Інтерфакс-Україна",
	"риа новости": "РИА Новости", "dha": "DHA", "iha": "İHA", "anka": "ANKA", "бета": "Бета", "фонет": "Фонет",
	// the Caucasus's and Central Asia's
	"kazinform": "Kazinform", "казинформ": "Казинформ", "akipress": "AKIpress", "акиpress": "АКИpress", "акипресс": "АКИpress", "armenpress": "Armenpress", "արմենպրես": "Արմենպրես",
	"azertac": "AZERTAC", "kabar": "Kabar", "кабар": "Кабар", "uza": "UzA", "dunyo": "Dunyo", "khovar": "Khovar", "ховар": "Ховар",
	// Arabic
	"أ ف ب": "أ ف ب", "ا ف ب": "أ ف ب", "أ ب": "أ ب", "د ب أ": "د ب أ", "رويترز": "رويترز", "الأناضول": "الأناضول", "بترا": "بترا", "وفا": "وفا", "سانا": "سانا", "واس": "واس", "كونا": "كونا", "قنا": "قنا", "وام": "وام", "أ ش أ": "أ ش أ",
	// Vietnamese, Chinese
	"ttxvn": "TTXVN", "中央社": "中央社", "中新社": "中新社", "新华社": "新华社", "新華社": "新華社"}

// sourceLineRE is a story's closing source line: "Source: Al Jazeera".
var sourceLineRE = re(`^(?:来源|來源|Source|Sources|Fuente|Fuentes|Quelle|Fonte|Bron|Izvor|Zdroj|Źródło(?: artykułu)?|Forrás|Sursa|Sursă|Vir|Šaltinis|Avots|Allikas|Lähde|Källa|Kilde|Извор|Джерело|Источник|Източник|Πηγή|Kaynak|Çeşme|Manba|Дереккөз|Булак|Чыганак|Чыганаг|المصدر|منبع)\s*[:：]\s*(\S.*)$`)

// bioRE is a sentence about the author: "Reyes is an Associated Press
// reporter based in Billings", "Lucía Méndez es redactora de Clima".
var bioRE = re(`^(?:\p{Lu}[\p{L}'’.-]+ ){0,3}\p{Lu}[\p{L}'’.-]+ (?:(?:covers|cubre|couvre|cobre|berichtet über|si occupa di|schrijft over|escriu sobre|writes about|reports on|écrit sur|escribe sobre|escreve sobre|schreibt über|scrive di|(?:schreibt für|writes for|escribe para|écrit pour|escreve para|scrive per|schrijft voor|escriu per) \S.{0,40}? (?:über|about|sobre|sur|di|su|over))\b|(?:is|was|es|est|ist|é|è) (?:an?|un|una|une|ein|eine|um|uma|een|la|el|le|o|a|il|de)? ?[^.]{0,80}\b(?i:reporter|correspondent|writer|editor|producer (?:for|at|with)|journalist|columnist|redactora?|redaktor\w*|periodista|corresponsal|journaliste|correspondante?|rédact\w*|reporterin|korrespondent\w*|redakteur\w*|jornalista|repórter|correspondente|giornalista|corrispondente|redattrice|redattore|verslaggever|columnista)\b)`)

// An appeal asks the reader to subscribe to or support the outlet's
// journalism, in the reader's second person or the outlet's first:
// "Tu suscripción hace posible un periodismo independiente", "Abonnez-vous
// pour soutenir un journalisme indépendant", "Dir gefällt, was wir
// machen? Dann unterstütze unseren unabhängigen Journalismus". A line
// needs all three: a word of subscribing or supporting, a word of news or
// journalism, and a word addressing the reader or naming the outlet as us.
var (
	appealActRE  = re(`(?i)\b(?:subscri|suscri|abonn|abbon|assin[ae]|assinatura|abonnier|unterstütz|support|sostien|sosten|souten|apoy|apoi|ajud|fes-te|hazte|spende|faites un don|onbeperkt toegang|unlimited access)`)
	appealWhatRE = re(`(?i)(?:(?:tous|toutes|all|todos|todas|tutti|alle) (?:nos|our|nuestros|nuestras|os nossos|nossos|i nostri|unsere) (?:articles|stories|artículos|notas|artigos|matérias|articoli|artikel)|journalis|periodis|giornalis|jornalis|informa|nachricht|notíci|notici|notizi|\bnews|reporting|rédaction|redacci|redação|redazion|redaktion|independ|unabhängig|qualit|nieuws|unlimited access|premium articles|acceso ilimitado|accès illimité|unbegrenzten zugang|accesso illimitato|acesso ilimitado)`)
	// appealStems are appealActRE's words as Needs spells them: a line
	// that holds none is no plea, and is not given to the regexps.
	appealStems = "subscri|suscri|abonn|abbon|assin|unterstütz|support|sostien|sosten|souten|apoy|apoi|ajud|fes-te|hazte|spende|faites un don|onbeperkt toegang|unlimited access"
	// appealStemList is appealStems split, as rowFilters splits Needs.
	appealStemList = strings.Split(appealStems, "|")
	appealYouRE    = re(`(?i)\b(?:you|your|us|tu|tus|tua|vous|votre|dich|dir|ihre|uns|você|voi|uw|jij|jouw|ons|te|ti|vos|abonnez|abbonati|suscríbete|suscribite|assine|apoie|hazte|sumate|soutenez|sostieni|unterstütze|unterstützen|fes-te|fes-te'n|fes-te’n)\b`)
)

// Entry kinds: what a line became.
const (
	KindBlank         = "blank"
	KindTitle         = "title"
	KindByline        = "byline"
	KindHeading       = "heading"
	KindParagraph     = "paragraph"
	KindListItem      = "list-item"
	KindTable         = "table"
	KindFigureCredit  = "figure-credit"
	KindFigureCaption = "figure-caption"
	KindDropped       = "dropped"
)

// bulletRE is a list item as pages copy it: a hyphen, bullet or asterisk
// and a space. En and em dashes are left alone: Spanish dialogue starts
// with them.
var bulletRE = re(`^[-•*·] +(\S.*)$`)

// listItem is the rule for "- item" lines; it returns the item's text.
func listItem(text string) (string, bool) {
	m := bulletRE.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// bylineItem is the byline-list rule: a "- Name" item in the header is a
// byline entry when it is short and not a sentence.
func bylineItem(text string) (string, bool) {
	item, ok := listItem(text)
	if !ok || wordCount(item) > 6 || endsSentence(item) || endsQuestion(item) || strings.ContainsAny(item, "0123456789") {
		return "", false
	}
	return item, true
}

var byRE = re(`^(?i:by|written by|words by|por|escrito por|texto de)\s*:?\s+(\S.*)$`)

// nameSplitRE separates several names in one byline.
var nameSplitRE = re(`\s*,\s*|\s+(?:and|&|y|e)\s+`)

// bylineBy is the byline-by rule: "By Jane Doe", "By Jane Doe and John
// Roe", "Por Ana Ruiz, corresponsal". It returns the parts in order.
func bylineBy(text string) ([]string, bool) {
	m := byRE.FindStringSubmatch(text)
	if m == nil || wordCount(m[1]) > 12 || endsSentence(m[1]) || endsQuestion(m[1]) {
		return nil, false
	}
	var parts []string
	for _, p := range nameSplitRE.Split(m[1], -1) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 || !startsUpper(parts[0]) {
		return nil, false
	}
	return parts, true
}

// bylineRole is the byline-role rule, tried only on the line right after a
// "By" line: a short label such as "Transport correspondent" that is
// neither a sentence nor a date.
func bylineRole(text string) bool {
	if _, _, _, ok := dateLine(text); ok {
		return false
	}
	n := wordCount(text)
	if n <= 10 && specialToRE.MatchString(text) {
		return true
	}
	// "Profesora de Sociología de la Educación en la Universidad de
	// Zaragoza": a guest's profession or office, longer than a job.
	if n <= 14 && guestRoleRE.MatchString(text) && !endsSentence(text) {
		return true
	}
	return n >= 1 && n <= 6 && strings.ContainsFunc(text, unicode.IsLetter) && !endsSentence(text) && !endsQuestion(text) && !strings.HasSuffix(text, ",")
}

// specialToRE is the role of a writer who is not on the staff:
// "Colaboração para o UOL, em São Paulo", "Special to The Globe and Mail".
var specialToRE = re(`^(?i:colabora[çc][ãa]o para (?:o|a)|colaboración para|special to|collaboration spéciale pour)\s`)

// creditKind says whom a byline names.
type creditKind int

const (
	person   creditKind = iota // a personal author: Meta.Authors
	newsroom                   // an unsigned newsroom credit such as "Drafting": Meta.Byline
	outlet                     // an organisation or a role: Meta.Byline
)

// newsroomRE names the unsigned credits that newsrooms print instead of a
// person: BBC Mundo's "Redacción", in translation "Drafting" or "Writing".
var newsroomRE = re(`^(?i:drafting|writing|newsroom|haber merkezi|haber masası|redacci[oó]n|redacció|rédaction|redaktion|redazione|reda[cç]{1,2}[aã]o|redactie|staff|staff reporters?|editorial staff|agencias|agencies|wire services|web desk|news desk|online desk|digital desk|desk|நமது நிருபர்|நமது செய்தியாளர்|ലേഖകൻ|സ്വന്തം ലേഖകൻ|ਸਟਾਫ ਰਿਪੋਰਟਰ|સ્ટાફ રિપોર્ટર|निज संवाददाता|নিজস্ব প্রতিবেদক|নিজস্ব সংবাদদাতা|ਪੱਤਰ ਪ੍ਰੇਰਕ|ਸਾਡੇ ਪੱਤਰਕਾਰ|ਪੱਤਰਕਾਰ|संवाददाता|प्रतिनिधि|اسٹاف رپورٹر|نامہ نگار|نمائندہ جنگ|خبر نگار|گروه)(\s.*)?$`)

// speakerRE opens a speaker's turn in a transcript: the name in capitals
// and a colon, "MARTA LAFUENTE: ".
var speakerRE = re(`^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}: \S`)

// outletWords mark an organisation or a job title rather than a person.
var outletWords = map[string]bool{
	"news": true, "daily": true, "bbc": true, "mundo": true, "world": true, "service": true, "servicio": true,
	"agency": true, "agencia": true, "press": true, "prensa": true, "reuters": true, "afp": true,
	"ap": true, "efe": true, "times": true, "post": true, "journal": true, "radio": true, "tv": true,
	"television": true, "televisión": true, "télévision": true, "télévisions": true, "televisions": true, "media": true, "medios": true, "today": true,
	"correspondent": true, "corresponsal": true, "reporter": true, "reportera": true, "reportero": true,
	"editor": true, "editora": true, "analyst": true, "analista": true, "columnist": true,
	"columnista": true, "periodista": true, "journalist": true, "producer": true, "productora": true,
	"productor": true, "redactor": true, "redactora": true, "writer": true, "team": true, "equipo": true,
	"presse": true, "zeitung": true, "nachrichten": true, "gazette": true, "gazzetta": true, "giornale": true,
	"diario": true, "diário": true, "jornal": true, "quotidien": true, "tribune": true, "herald": true,
	"courier": true, "courrier": true, "krant": true, "dagblad": true, "correio": true, "corriere": true,
	"periódico": true, "periodico": true, "semanario": true, "semanário": true, "settimanale": true, "wochenzeitung": true, "weekblad": true,
	"network": true, "bulletin": true, "chronicle": true, "telegraph": true, "mercury": true, "examiner": true, "advertiser": true, "observer": true, "argus": true,
	// in Arabic and Persian: online, news, newspaper (two words), channel,
	// agency, site; news agency, newspaper
	"أونلاين": true, "اونلاين": true, "نيوز": true, "جريدة": true, "صحيفة": true, "قناة": true, "وكالة": true, "موقع": true,
	"خبرگزاری": true, "روزنامه": true,
}

// placeArticles are the articles that open no person's name.
var placeArticles = set("a o os as la las los les the il lo gli het die der das")

// publicationWords are the outletWords that name a paper or a service,
// not a job: a byline part holding one, under the author's name, is the
// source the story comes from ("La Presse de la Manche").
var publicationWords = set("presse zeitung nachrichten gazette gazzetta giornale diario diário jornal quotidien tribune herald courier courrier krant dagblad correio corriere prensa press times post journal bulletin chronicle telegraph mercury examiner advertiser observer argus")

// classifyCredit decides whether a byline part is a person.
// uncasedOutletRE is a Japanese, Chinese or Thai newsroom by the word its
// name ends in: a newspaper ("毎日新聞"), an agency ("共同通信"), a
// broadcaster ("関西テレビ", "NHK放送"), a daily ("聯合日報"), a site
// ("ผู้จัดการออนไลน์", Manager Online).
var uncasedOutletRE = re(`^(?:[\p{Han}\p{Katakana}\p{Hiragana}ーA-Z]{1,10}(?:新聞|新聞社|新闻|新闻社|通信|通信社|テレビ|放送|日報|日报|時報|时报|電視台|电视台|新聞網|新闻网|晚報|晚报)|\p{Thai}{2,20}(?:ออนไลน์|ทีวี|นิวส์))$`)

func classifyCredit(s string) creditKind {
	if newsroomRE.MatchString(s) {
		return newsroom
	}
	if startsOtherScript(s) {
		if _, ok := indicNewsroom(s); ok {
			return newsroom // "लोकसत्ता प्रतिनिधि"
		}
	}
	// "A Coruña", "La Jornada", "The Bee": an article opens the names of
	// places and newsrooms, not of people ("Le", "El" and "De" open
	// Vietnamese, Arabic and Dutch surnames too, and are left out).
	if first, _, ok := strings.Cut(s, " "); ok && placeArticles[strings.ToLower(first)] {
		return outlet
	}
	// "SWR Studio Heilbronn", "NDR Kultur": a broadcaster's initials
	// before its unit, where a person's name has no acronym of three
	// letters.
	if ws := words(s); newsroomAcronym(s) && utf8.RuneCountInString(ws[0]) >= 3 {
		return outlet
	}
	if outletInitials(s) || uncasedOutletRE.MatchString(s) {
		return outlet // "RFI", "BBC", "毎日新聞", "関西テレビ"
	}
	for _, w := range words(s) {
		if outletWords[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			return outlet
		}
	}
	return person
}

// Figure labels, as news pages print them before a photo credit and a
// caption. Compare with the label lower-cased; add spellings here.
var (
	creditLabels  = append([]string{"image source", "fuente de la imagen", "photo credit", "crédito de la foto", "crédito de la imagen", "منبع تصویر", "chanzo cha picha"}, bbcCreditLabels...)
	captionLabels = append([]string{"image caption", "pie de foto", "leyenda de la imagen", "caption", "legenda da foto", "legenda", "legende", "légende", "bildlegende", "bildunterschrift", "didascalia", "图说", "圖說", "图注", "圖註", "توضیح تصویر", "maelezo ya picha"}, bbcCaptionLabels...)
)

// The labels that the BBC's World Service pages print before a photo's
// credit and its caption, in their languages: Hausa, Somali, Yoruba,
// Igbo, Pidgin, Afaan Oromoo, Amharic, Tigrinya, Russian, Ukrainian, Turkish, Azerbaijani,
// Uzbek, Kyrgyz, Arabic, Hindi, Marathi, Bengali, Tamil, Telugu,
// Gujarati, Punjabi, Nepali, Indonesian, Vietnamese, Thai, Korean,
// Japanese, Chinese, Serbian and Portuguese (BBC News Brasil), whose
// "crédito," is a label with its comma only.
var (
	bbcCreditLabels  = []string{"asalin hoton", "xigashada sawirka", "oríṣun àwòrán", "ebe foto si", "wia dis foto come from", "madda suuraa", "автор фото", "fotoğraf kaynağı", "şəklin mənbəyi", "surat manbasi", "сүрөттүн булагы", "صدر الصورة", "इमेज स्रोत", "फोटो स्रोत", "ছবির উৎস", "பட மூலாதாரம்", "ఫొటో సోర్స్", "ઇમેજ સ્રોત", "ਤਸਵੀਰ ਸਰੋਤ", "तस्बिर स्रोत", "sumber gambar", "nguồn hình ảnh", "ที่มาของภาพ", "사진 출처", "画像提供", "图像来源", "圖像來源", "autor fotografije", "የፎቶው ምንጭ", "ምንጪ ስእሊ", "crédito,"}
	bbcCaptionLabels = []string{"bayanan hoto", "qoraalka sawirka", "àkọlé àwòrán", "nkọwa foto", "wetin we call dis foto", "ibsa suuraa", "подпись к фото", "підпис до фото", "fotoğraf altı yazısı", "şəklin alt yazısı", "surat tagso‘zi", "сүрөттүн түпнуска аты", "التعليق على الصورة", "इमेज कैप्शन", "फोटो कॅप्शन", "ছবির ক্যাপশান", "படக்குறிப்பு", "ఫొటో క్యాప్షన్", "ઇમેજ કૅપ્શન", "ਤਸਵੀਰ ਕੈਪਸ਼ਨ", "तस्बिरको क्याप्शन", "keterangan gambar", "chụp lại hình ảnh", "คำบรรยายภาพ", "사진 설명", "画像説明", "图像加注文字", "圖像加註文字", "potpis uz fotografiju", "የፎቶው መግለጫ", "መግለጺ ስእሊ"}
)

// cutLabel returns what follows "LABEL," or "LABEL:" when text starts
// with one of labels, in any case.
func cutLabel(text string, labels []string) (string, bool) {
	for _, l := range labels {
		if len(text) < len(l) || !strings.EqualFold(text[:len(l)], l) {
			continue
		}
		rest := text[len(l):]
		// A label given with its comma is one only with the comma and a
		// text after it: BBC News Brasil's "Crédito, Getty Images", where
		// "Crédito: X" under a caption is a credit line of another layout.
		if strings.HasSuffix(l, ",") {
			if r, ok := strings.CutPrefix(rest, " "); ok && strings.TrimSpace(r) != "" {
				return strings.TrimSpace(r), true
			}
			continue
		}
		if rest == "" {
			return "", true
		}
		if rest[0] == ',' || rest[0] == ':' {
			return strings.TrimSpace(rest[1:]), true
		}
		for _, sep := range []string{"：", "，", "،"} {
			if r, ok := strings.CutPrefix(rest, sep); ok {
				return strings.TrimSpace(r), true // "图说：…", "图像来源，Getty Images", "صدر الصورة، …"
			}
		}
	}
	return "", false
}

// figureCredit is the figure-credit rule: "image source, CREDIT" in any
// case, or a Spanish "Fuente de la imagen, CREDIT", and the labels of the
// BBC's language services.
func figureCredit(text string) (string, bool) { return cutLabel(text, creditLabels) }

// figureCaption is the labelled form of the figure-caption rule: "Image
// caption, CAPTION" or "Pie de foto, CAPTION".
func figureCaption(text string) (string, bool) { return cutLabel(text, captionLabels) }

// labelPair reads the BBC's layout of a figure in a language whose labels
// are not known: "Ffynhonnell y llun, Osian Tudur" over "Disgrifiad o'r
// llun, Mae'r Gwalch…" (Welsh), "Isi foto, BBC" over "Nkọwa foto, …"
// (Igbo). Two labels of one to four words without digits, each before
// a comma, that differ but share a word of four letters or more
// ("llun", "foto"; "hoton" and "hoto"): the first line's text is a
// credit of eight words or fewer, the second's a caption, neither
// starting in lower case.
func labelPair(a, b string) (credit, caption string, ok bool) {
	la, credit, okA := cutCommaLabel(a)
	lb, caption, okB := cutCommaLabel(b)
	if !okA || !okB || strings.EqualFold(la, lb) || wordCount(credit) > 8 || wordCount(caption) < 2 || startsLower(credit) || startsLower(caption) {
		return "", "", false // "Sleeman Park, which …" over "Riverside Park, where …": a list
	}
	if !shareWord(la, lb) {
		return "", "", false
	}
	return credit, caption, true
}

// labelPairText splits the same two labelled texts read as one ("Ahavuye
// isanamu, Getty Images Insiguro y'isanamu, Abarimu…", a BBC figure's
// elements read whole): at the word before the second comma after which
// a label as long as the first follows that shares a word with it, or
// else the shortest such label.
func labelPairText(text string) (credit, caption string, ok bool) {
	la, rest, labelled := cutCommaLabel(text)
	if !labelled {
		return "", "", false
	}
	if startsLower(rest) {
		return "", "", false
	}
	comma := strings.IndexAny(rest, ",،，")
	for i := strings.IndexByte(rest, ' '); i > 0 && i < comma && wordCount(rest[:i]) <= 8; {
		if lb, c, found := cutCommaLabel(rest[i+1:]); found && !strings.EqualFold(la, lb) && shareWord(la, lb) && !startsLower(c) {
			credit, caption, ok = strings.TrimSpace(rest[:i]), c, true
			if wordCount(lb) == wordCount(la) {
				break // the labels of a pair are as long: "Ahavuye isanamu", "Insiguro y'isanamu"
			}
		}
		j := strings.IndexByte(rest[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return credit, caption, ok
}

// shareWord reports whether two labels share a word of four letters or
// more, or one's start ("hoton" and "hoto"); an apostrophe parts words
// ("y'isanamu").
func shareWord(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) // "y'isanamu"
	}
	for _, x := range split(a) {
		for _, y := range split(b) {
			short, long := x, y
			if utf8.RuneCountInString(short) > utf8.RuneCountInString(long) {
				short, long = long, short
			}
			if utf8.RuneCountInString(short) >= 4 && strings.HasPrefix(long, short) {
				return true
			}
		}
	}
	return false
}

// startsLower reports whether s starts with a small letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// cutCommaLabel splits "LABEL, TEXT" (or "LABEL،", "LABEL，") at its first
// comma, when the label is one to four words without digits.
func cutCommaLabel(s string) (label, text string, ok bool) {
	s = strings.TrimLeft(s, "،") // "،تصویر کا ذریعہ، X": BBC Urdu's comma before its label too
	i := strings.IndexAny(s, ",،，")
	if i <= 0 {
		return "", "", false
	}
	label = strings.TrimSpace(s[:i])
	_, size := utf8.DecodeRuneInString(s[i:])
	text = strings.TrimSpace(s[i+size:])
	if n := len(strings.Fields(label)); n < 1 || n > 4 || text == "" || strings.ContainsFunc(label, unicode.IsDigit) || strings.ContainsAny(label, ".:;!?()") {
		return "", "", false
	}
	return label, text, true
}

// altMax bounds derived alt text: screen readers read it in one breath.
const altMax = 250

// altFromCaption derives alt text from a caption: the caption's text, cut
// at the last word boundary before altMax characters with "…" when longer.
func altFromCaption(caption string) string {
	if utf8.RuneCountInString(caption) <= altMax {
		return caption
	}
	cut := string([]rune(caption)[:altMax-1])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// Heading shape limits: section headings in news pages are a few words.
const (
	headingMaxWords = 14
	headingMaxRunes = 100
)

// sentenceBreakRE finds a sentence ending inside a line: ". Next".
var sentenceBreakRE = re(`[.!?…]["”’»)]*\s+[¿¡"“‘«(]?\p{Lu}`)

// reviewLineRE is a review's rating or release line, body text that
// closes it: "★★★★☆", "4/5", "In UK cinemas from March 15", "Im Kino ab
// 14. März".
var reviewLineRE = re(`^(?:[★☆✩✪⭐]{3,5}|\d(?:[.,]5)?/(?:5|10)|(?i:in (?:uk |us |irish |australian )?(?:cinemas|theaters|theatres) (?:from|now|on)|in selected cinemas|on (?:netflix|prime video|disney\+|apple tv\+|mubi) (?:from|now)|im kino ab|ab \S+ im kino|en salles? (?:le|dès|à partir du|depuis)|nelle sale dal|al cinema dal|en cines? (?:desde|el|a partir del)|nos cinemas a partir de|nas salas a partir de|in de bioscoop (?:vanaf|vanaf nu)|als cinemes a partir del)\b.{0,60})$`)

// dialogueRE opens a line of dialogue, as Spanish, Portuguese and
// Italian print it: a dash right against the words ("—¿Qué le traen
// ahora?", "–Sim, claro.").
var dialogueRE = re(`^[—–][¿¡«"“]?\p{L}|^-[¿¡]`)

// interviewNoteRE is the note that introduces an interview's questions
// and answers: "Our conversation has been edited for length and
// clarity", "L'entretien a été raccourci", "Das Gespräch wurde gekürzt".
var interviewNoteRE = re(`(?i)\b(?:interview|conversation|exchange|entretien|entrevista|conversación|gespräch|intervista|conversa|gesprek)\b.{0,40}\b(?:edited|condensed|abridged|édité|raccourci|editad|condensad|gekürzt|redigiert|bearbeitet|editat|modificat|ingekort|bewerkt|redigeerd)`)

// labelHeading reports a heading that is a label of one or two words
// over what follows: "In short:", "In Kürze:".
func labelHeading(text string) bool {
	return wordCount(text) <= 2 && startsUpper(text) && lastMark(text) == ':' && !strings.ContainsAny(text, ".,;0123456789")
}

// headingMarks are the signs that Korean and Japanese papers set before a
// section heading: "◆ 골목의 기억, 기록으로 남긴다".
const headingMarks = "◆◇■□▶▷▲△●○◎※▣"

// headingShape is the shape half of the heading rule (see the package
// documentation for the whole rule). It reports whether text reads as a
// section heading rather than a sentence, and why.
func headingShape(text string) (bool, string) {
	// Words, not the guillemets a French quotation sets apart: "« On a
	// arraché … »".
	n := 0
	for _, f := range strings.Fields(text) {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	switch {
	case n > headingMaxWords || utf8.RuneCountInString(text) > headingMaxRunes:
		return false, "too long for a heading"
	// "– Endelig likebehandling": a quotation set as a heading, after a
	// dash and a space, as Scandinavian papers print them.
	case !startsUpper(strings.TrimPrefix(strings.TrimLeft(text, headingMarks+" "), "– ")):
		return false, "does not start with a capital letter"
	case speakerRE.MatchString(text):
		return false, "a speaker's turn in a transcript, not a heading" // "MARTA LAFUENTE: ¿Y salen las cuentas?"
	case dialogueRE.MatchString(text):
		return false, "a line of dialogue, opened by a dash, not a heading" // "—¿Qué le traen ahora?"
	case endsQuestion(text) && !sentenceBreakRE.MatchString(text):
		return true, "a short question"
	case romanRE.MatchString(text):
		return true, "a roman numeral that numbers a section" // "II."
	case labelHeading(text):
		return true, "a label of one or two words over what follows" // "In short:", "In Kürze:"
	case endsSentence(text):
		return false, "ends like a sentence"
	case numberLine(text):
		return false, "a label and its number, not a heading" // "Defesa Civil: 199"
	case ingredient(text):
		return false, "an ingredient and its quantity, not a heading" // "Calabaza, 500 g"
	case refEntryRE.MatchString(text):
		return false, "a numbered reference, not a heading" // "[2] Umweltbundesamt: Berichterstattung …"
	case strings.Contains(text, "://"):
		return false, "holds a web address, not a heading" // "Service: Projektseite … unter https://…"
	case strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";"):
		return false, "ends mid-sentence"
	case sentenceBreakRE.MatchString(ordinalDayRE.ReplaceAllString(text, "$1$2")): // "19. Jahrhundert" is one
		return false, "holds more than one sentence"
	case strings.Count(text, ",") >= 3:
		return false, "a list of items, not a heading" // "Dienstag, 8. April, 10 bis 12 Uhr, Betriebshof Mitte"
	case !strings.ContainsFunc(text, unicode.IsLetter):
		return false, "has no words"
	}
	return true, "a short line that does not end like a sentence"
}

// romanRE is a roman numeral from I to XXXIX, alone with or without its
// full stop.
var romanRE = re(`^(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|VI{0,3}|I{1,3})\.?$`)

// refEntryRE opens an entry of a list of references: "[1] ".
var refEntryRE = re(`^\[\d{1,3}\] \S`)

// numberLineRE is a label and a number to call, with what may follow
// it: "Samu: 192", "Servizio di ascolto …: 051 219 4780, tutti i giorni".
var numberLineRE = re(`^\p{Lu}[^:]{1,80}:\s*(\+?\d[\d .\-/]{0,18}\d)(?:,.*)?$`)

// numberLine reports a line of numberLineRE whose number is no year
// ("Chapter 2: 1945" is a heading).
func numberLine(text string) bool {
	i := strings.LastIndexByte(text, ':')
	if i < 0 || !strings.ContainsAny(text[i:], "0123456789") {
		return false
	}
	m := numberLineRE.FindStringSubmatch(text)
	return m != nil && !(len(m[1]) == 4 && yearRE.MatchString(m[1]))
}

// closers are what may follow the final punctuation of a sentence.
const closers = `"”’'»)]」』）》〉】`

func lastMark(text string) rune {
	t := strings.TrimRight(text, closers)
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// endsSentence reports a final full stop, exclamation mark, ellipsis or
// colon, before any closing quotes or brackets; other scripts' full stops
// too (Chinese and Japanese 。, the danda ।, Urdu's ۔, Armenian's ։,
// Ethiopic's ።).
// Thai, Lao and Khmer end a sentence with a space, not a mark: a line of
// 150 characters or more in them, longer than a headline, is one.
func endsSentence(text string) bool {
	if text != "" && text[0] == '#' && !strings.Contains(text, " ") {
		return false // a hashtag, "#กทม." (Bangkok's abbreviation)
	}
	switch r := lastMark(text); r {
	case '.', '!', '…', ':', '。', '．', '！', '：', '।', '۔', '։', '።':
		return true
	case '།':
		// Tibetan's shad ends a menu's word as it ends a sentence
		// ("གསར་འགྱུར།", news): four words make a sentence.
		return wordCount(text) >= 4
	default:
		return unmarkedScript(r) && utf8.RuneCountInString(text) >= 150
	}
}

// unmarkedScript reports a letter of a script that marks no sentence's
// end: Thai, Lao, Khmer. The range test first spares the tables on the
// hot path of every other letter.
func unmarkedScript(r rune) bool {
	return r >= 0x0e00 && r <= 0x17ff && unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer)
}

// endsQuestion reports a final question mark: ?, Chinese and Japanese
// ？, Arabic ؟.
func endsQuestion(text string) bool {
	switch lastMark(text) {
	case '?', '？', '؟':
		return true
	}
	return false
}

// uncasedText reports a text whose first letter has no case: Arabic,
// Hebrew, Thai, Chinese.
func uncasedText(text string) bool {
	i := strings.IndexFunc(text, unicode.IsLetter)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// startsUpper reports whether the first letter or digit, after opening
// punctuation (and the space French sets after an opening quotation
// mark), is a capital or a digit. A letter of a script without case
// (Arabic, Hebrew, Chinese, Japanese, Thai…) counts as a capital: every
// line of such a script starts alike.
func startsUpper(text string) bool {
	punct := false
	for _, r := range text {
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r):
			return true
		case r >= 0x370 && unicode.IsLetter(r) && !unicode.IsLower(r):
			return true // caseless
		case r >= 0x10d0 && r <= 0x10ff:
			return true // Georgian's Mkhedruli, lower case to Unicode, is written with no capitals
		case unicode.IsLetter(r):
			return false
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			punct = strings.ContainsRune("«„“‘‹\"'「『《", r)
		case punct && unicode.IsSpace(r):
		default:
			return false
		}
	}
	return false
}

func words(text string) []string { return strings.Fields(text) }

// set makes a set of the space-separated words of s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// wordCount is len(words(text)) without the slice, but for Chinese and
// Japanese.
func wordCount(text string) int {
	n, in, ideo, thai, tsheg := 0, false, 0, 0, 0
	for _, r := range text {
		space := r == ' ' || r == '\t' || r == '\n'
		if !space && !in {
			n++
		}
		in = !space
		if r >= 0x3040 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			ideo++
		}
		if unmarkedScript(r) {
			thai++
		}
		if r == '་' {
			tsheg++
		}
	}
	// Chinese and Japanese write no spaces between words: two characters
	// of Han or kana count as a word, as the corpus's length check counts
	// them. Thai, Lao and Khmer set spaces between phrases only: six
	// characters count as a word. Tibetan parts its syllables with a tsheg
	// (་), not its words: two syllables count as a word.
	return max(n, ideo/2, thai/6, tsheg/2)
}
