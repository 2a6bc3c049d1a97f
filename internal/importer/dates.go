package importer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/goodsign/monday"

	"publish/internal/document"
)

// Dates are read with the month names of github.com/goodsign/monday, which
// carries them for every language we detect. github.com/markusmobius/go-
// dateparser reads more formats, but its package initialisation compiles
// the patterns of 200 locales: 330 to 660 ms and 80 to 95 MB allocated at
// the start of every command of the binary, not only imports, and Go
// cannot load a package lazily. So one small step here, dateIn, finds a
// date in the orders that news pages print (day month year, month day
// year, numeric day-first, ISO) and monday's names give the month.

// dateLocales are monday's locales for the languages we detect.
var dateLocales = []monday.Locale{
	monday.LocaleEnUS, monday.LocaleEnGB, monday.LocaleEsES, monday.LocaleFrFR, monday.LocaleDeDE,
	monday.LocalePtPT, monday.LocalePtBR, monday.LocaleItIT, monday.LocaleNlNL, monday.LocaleCaES,
	monday.LocaleRoRO, monday.LocaleSvSE, monday.LocaleDaDK, monday.LocaleNbNO, monday.LocaleNnNO, monday.LocaleFiFI,
	monday.LocalePlPL, monday.LocaleCsCZ, monday.LocaleSkSK, monday.LocaleHuHU, monday.LocaleHrHR, monday.LocaleSlSI,
	monday.LocaleLtLT, monday.LocaleLvLV, monday.LocaleEtEE,
	monday.LocaleElGR, monday.LocaleRuRU, monday.LocaleUkUA, monday.LocaleBgBG, monday.LocaleTrTR,
	monday.LocaleIdID,
}

// monthKey is a month's name as monthNames holds it: lower case, without
// a final dot or Greek accents ("ΜΑΡΤΙΟΥ" is "Μαρτίου" in capitals).
func monthKey(name string) string {
	w := strings.TrimSuffix(strings.ToLower(name), ".")
	if r, _ := utf8.DecodeRuneInString(w); r >= 0x370 && r <= 0x3ff {
		w = greekAccents.Replace(w)
	}
	return w
}

var greekAccents = strings.NewReplacer("ά", "α", "έ", "ε", "ή", "η", "ί", "ι", "ό", "ο", "ύ", "υ", "ώ", "ω", "ϊ", "ι", "ΐ", "ι", "ϋ", "υ", "ΰ", "υ")

var (
	monthsOnce sync.Once
	monthNames map[string]time.Month // lower case, without a final dot
)

// monthNumber returns the month that a word names in any of dateLocales,
// long or abbreviated ("March", "mars", "mar.", "März", "març", "Sept").
func monthNumber(word string) (time.Month, bool) {
	monthsOnce.Do(func() {
		monthNames = map[string]time.Month{}
		add := func(name string, m int) {
			name = monthKey(name)
			if _, ok := monthNames[name]; !ok && name != "" {
				monthNames[name] = time.Month(m + 1)
			}
		}
		for _, loc := range dateLocales {
			for i, n := range monday.GetLongMonths(loc) {
				add(n, i)
				// Catalan writes "de març", "d'abril": the genitive forms.
				add(strings.TrimPrefix(strings.TrimPrefix(n, "de "), "d'"), i)
			}
			for i, n := range monday.GetShortMonths(loc) {
				add(n, i)
			}
			// Polish and Czech write the month after its day in the
			// genitive ("12 listopada", "12. listopadu"), which only
			// monday's formatting gives.
			for m := range 12 {
				for _, layout := range []string{"2 January", "2 Jan"} {
					if _, name, ok := strings.Cut(monday.Format(time.Date(2025, time.Month(m+1), 15, 0, 0, 0, 0, time.UTC), layout, loc), " "); ok {
						add(name, m)
					}
				}
			}
		}
		// Abbreviations that pages print and the locales spell otherwise, and
		// the Austrian names of January and February ("21. Jänner 2025").
		// The genitive names of Czech, Slovak, Croatian and Slovene ("12.
		// listopadu", "12. novembra", "12. studenoga"), which monday does
		// not give out.
		for _, lang := range []string{"cs", "sk", "hr", "sl"} {
			for m, n := range document.GenitiveMonths[lang] {
				add(n, m)
			}
		}
		for _, table := range handMonths {
			for m, names := range table {
				for _, n := range names {
					add(n, m)
				}
			}
		}
		// Hebrew's, also with the prefix ב ("12 במרץ 2025"), which monday
		// lacks.
		for m, n := range [12]string{"ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"} {
			add(n, m)
			add("ב"+n, m)
		}
		// What monday lacks: Serbian's names, Latin and Cyrillic; some
		// abbreviations ("Sept", Dutch "mrt", Malay "Dis"); and French's
		// names typed without accents ("decembre").
		for n, m := range map[string]int{"dis": 12, "decembre": 12, "fevrier": 2, "aout": 8, "sept": 9, "mrt": 3, "set": 9, "dic": 12, "janv": 1, "févr": 2, "juil": 7, "jänner": 1, "jän": 1, "feber": 2,
			"januar": 1, "februar": 2, "mart": 3, "maj": 5, "jun": 6, "jul": 7, "avgust": 8, "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
			"јануар": 1, "фебруар": 2, "март": 3, "април": 4, "мај": 5, "јун": 6, "јул": 7, "август": 8, "септембар": 9, "октобар": 10, "новембар": 11, "децембар": 12} {
			add(n, m-1)
		}
	})
	m, ok := monthNames[monthKey(word)]
	return m, ok
}

// handMonths are the months' names that monday lacks, language by
// language, in the order their spellings are first claimed (the first
// language to name a spelling keeps it: Portuguese's "out" is October,
// not Haitian Creole's August).
var handMonths = [][12][]string{
	// Arabic's sets of names (the Levant writes آذار for مارس; its
	// two-word names are made one by levantMonths; Morocco writes
	// دجنبر, Algeria and Tunisia ديسمبر or جانفي, from the French).
	{{"يناير", "جانفي", "جانفييه"}, {"فبراير", "شباط", "فيفري"}, {"مارس", "آذار"}, {"أبريل", "ابريل", "نيسان", "أفريل", "افريل"}, {"مايو", "أيار", "ايار", "ماي"}, {"يونيو", "حزيران", "جوان"},
		{"يوليو", "تموز", "يوليوز", "جويلية", "جويلة"}, {"أغسطس", "اغسطس", "آب", "غشت", "أوت", "اوت"}, {"سبتمبر", "أيلول", "ايلول", "شتنبر"}, {"أكتوبر", "اكتوبر"}, {"نوفمبر", "نونبر"}, {"ديسمبر", "دجنبر"}},
	// Croatian's short genitive of November ("18. studenog 2025."),
	// beside "studenoga".
	{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {"studenog"}, {}},
	// Swahili's ("Machi 10, 2025", "12 Machi 2025"), which monday
	// lacks.
	{{"januari"}, {"februari"}, {"machi"}, {"aprili"}, {"mei"}, {"juni"}, {"julai"}, {"agosti"}, {"septemba"}, {"oktoba"}, {"novemba"}, {"desemba"}},
	// Amharic's spellings of the Gregorian months ("ሜይ 12, 2025"),
	// as VOA Amharic prints them.
	{{"ጃንዩወሪ", "ጃንዋሪ"}, {"ፌብሩወሪ", "ፌብሩዋሪ"}, {"ማርች"}, {"ኤፕሪል"}, {"ሜይ"}, {"ጁን"}, {"ጁላይ"}, {"ኦገስት"}, {"ሴፕቴምበር"}, {"ኦክቶበር"}, {"ኖቬምበር"}, {"ዲሴምበር"}},
	// Hausa's, Somali's and Afaan Oromoo's ("Maris 12, 2025",
	// "Maarso 12, 2025", "13 Caamsaa 2025"), which monday lacks.
	{{"janairu", "janaayo", "amajjii"}, {"fabrairu", "febraayo", "guraandhala"}, {"maris", "maarso", "bitootessa"}, {"afrilu", "abriil", "ebla"}, {"mayu", "maajo", "caamsaa"}, {"yuni", "juun", "waxabajjii"},
		{"yuli", "luuliyo", "adoolessa"}, {"agusta", "agoosto", "hagayya"}, {"satumba", "sebtembar", "fulbaana"}, {"oktoba", "oktoobar", "onkoloolessa"}, {"nuwamba", "nofembar", "sadaasa"}, {"disamba", "desembar", "muddee"}},
	// Zulu's and Xhosa's, Igbo's, Kinyarwanda's and Malagasy's ("9
	// Disemba 2025", "12 Werurwe 2025", "12 martsa 2025"), which
	// monday lacks (blind333, blind343).
	{{"januwari", "jenụwarị", "mutarama", "janoary"}, {"februwari", "febụwarị", "gashyantare", "febroary"}, {"mashi", "matshi", "maachị", "werurwe", "martsa"}, {"ephreli", "apreli", "eprel", "mata", "aprily"}, {"meyi", "mee", "gicurasi", "mey"}, {"juni", "juun", "kamena", "jona"},
		{"julayi", "julaị", "nyakanga", "jolay"}, {"agasti", "ọgọọst", "kanama", "aogositra"}, {"septhemba", "septemba", "nzeri", "septambra"}, {"okthoba", "oktobha", "ọktoba", "ukwakira", "oktobra"}, {"novemba", "ugushyingo", "novambra"}, {"disemba", "ukuboza", "desambra"}},
	// Setswana's, Frisian's, Luxembourgish's, Papiamentu's and Haitian
	// Creole's; Samoan's, Tongan's, Fijian's and Tok Pisin's
	// ("12 Mopitlwe 2025", "9 desimber 2025", "Mati 12, 2025"; blind345–348).
	{{"ferikgong", "jannewaris", "januar", "yanüari", "janvye", "ianuari", "sānuali", "janueri"}, {"tlhakole", "febrewaris", "februar", "febrüari", "fevriye", "fepuari", "fēpueli", "feperueri", "februeri"},
		{"mopitlwe", "maart", "mäerz", "mart", "mas", "mati", "maʻasi", "maji"}, {"moranang", "april", "abrëll", "aprel", "avril", "aperila", "ʻepeleli", "epereli", "epril"}, {"motsheganong", "maaie", "mee", "mei", "me", "mē"}, {"seetebosigo", "juny", "juni", "yüni", "jen", "iuni", "sune", "june", "jun"},
		{"phukwi", "july", "juli", "yüli", "jiyè", "iulai", "siulai", "julai"}, {"phatwe", "augustus", "august", "ougùstùs", "out", "aokuso", "ʻaokosi", "okosita", "ogas"}, {"lwetse", "septimber", "september", "sèptèmber", "septanm", "setema", "sepitema", "seviteba", "septemba"},
		{"diphalane", "oktober", "òktober", "oktòb", "oketopa", "ʻokatopa", "okotova", "oktoba"}, {"ngwanatsele", "novimber", "november", "novèmber", "novanm", "novema", "nōvema", "noveba", "novemba"}, {"sedimonthole", "desimber", "dezember", "desèmber", "desanm", "tesema", "tīsema", "tiseba", "disemba"}},
	// Yiddish's, Breton's and Corsican's ("מערץ 12, 2024", "11 Meurzh
	// 2025", "12 di marzu 2025"; blind351, blind355).
	{{"יאנואר", "genver", "ghjennaghju"}, {"פעברואר", "c'hwevrer", "ferraghju"}, {"מערץ", "meurzh", "marzu"}, {"אפריל", "ebrel", "aprile"}, {"מיי", "mae", "maghju"}, {"יוני", "mezheven", "ghjugnu"},
		{"יולי", "gouere", "lugliu"}, {"אויגוסט", "eost", "aostu"}, {"סעפטעמבער", "gwengolo", "sittembre"}, {"אקטאבער", "here", "uttobre"}, {"נאוועמבער", "du", "nuvembre"}, {"דעצעמבער", "kerzu", "dicembre"}},
	// Yoruba's, the ordinal after "Oṣù" (month; a particle):
	// "12 Oṣù Kejìlá 2025". Irish's, with RTÉ's abbreviations ("12
	// Már 2025").
	{{"kìíní", "eanáir", "ean"}, {"kejì", "feabhra", "feabh"}, {"kẹta", "márta", "már"}, {"kẹrin", "aibreán", "aib"}, {"karùn-ún", "bealtaine", "beal"}, {"kẹfà", "meitheamh", "meith"},
		{"keje", "iúil"}, {"kẹjọ", "lúnasa", "lún"}, {"kẹsàn-án"}, {"kẹwàá"}, {"kọkànlá", "samhain", "samh"}, {"kejìlá", "nollaig", "noll"}},
	// The Gregorian months in Burmese, Sinhala, Khmer and Lao ("၁၂ မတ်
	// ၂၀၂၆", "2026 මාර්තු 12", "០៤ ធ្នូ ២០២៥").
	{{"ဇန်နဝါရီ", "ජනවාරි", "មករា", "ມັງກອນ"}, {"ဖေဖော်ဝါရီ", "පෙබරවාරි", "កុម្ភៈ", "ກຸມພາ"}, {"မတ်", "මාර්තු", "មីនា", "ມີນາ"}, {"ဧပြီ", "අප්‍රේල්", "අප්රේල්", "មេសា", "ເມສາ"}, {"မေ", "මැයි", "ឧសភា", "ພຶດສະພາ"}, {"ဇွန်", "ජූනි", "មិថុនា", "ມິຖຸນາ"},
		{"ဇူလိုင်", "ජූලි", "កក្កដា", "ກໍລະກົດ"}, {"ဩဂုတ်", "သြဂုတ်", "අගෝස්තු", "សីហា", "ສິງຫາ"}, {"စက်တင်ဘာ", "සැප්තැම්බර්", "កញ្ញា", "ກັນຍາ"}, {"အောက်တိုဘာ", "ඔක්තෝබර්", "តុលា", "ຕຸລາ"}, {"နိုဝင်ဘာ", "නොවැම්බර්", "វិច្ឆិកា", "ພະຈິກ"}, {"ဒီဇင်ဘာ", "දෙසැම්බර්", "ធ្នូ", "ທັນວາ"}},
	// Ilocano's and Cebuano's, from the Spanish ("Disiembre 5, 2025");
	// Sundanese's and Javanese's ("04 Désémber 2025"); Kabyle's ("10
	// Duǧembeṛ 2025"); Dhivehi's, from the English ("12 ޑިސެމްބަރު
	// 2025"; blind357, blind360, blind362).
	{{"enero", "janari", "yennayer", "ޖަނަވަރީ"}, {"pebrero", "fébruari", "pébruari", "fuṛar", "ފެބުރުވަރީ"}, {"marso", "maret", "meɣres", "މާރިޗު"}, {"abril", "april", "yebrir", "އޭޕްރީލް", "އެޕްރީލް"}, {"mayo", "méi", "mayyu", "މެއި"}, {"hunio", "hunyo", "juni", "yunyu", "ޖޫން"},
		{"hulio", "hulyo", "juli", "yulyu", "ޖުލައި"}, {"agosto", "agustus", "ɣuct", "އޮގަސްޓު"}, {"septiembre", "setiembre", "séptémber", "ctembeṛ", "ސެޕްޓެމްބަރު"}, {"oktubre", "oktober", "tubeṛ", "އޮކްޓޫބަރު"}, {"nobiembre", "nopémber", "novémber", "nunembeṛ", "wambeṛ", "ނޮވެމްބަރު"}, {"disiembre", "disyembre", "désémber", "duǧembeṛ", "ޑިސެމްބަރު"}},
	// Kazakh's in the Latin alphabet ("14 nauryz 2025"; blind363).
	{{"qañtar"}, {"aqpan"}, {"nauryz"}, {"säuır", "säuir"}, {"mamyr"}, {"mausym"}, {"şılde", "shilde"}, {"tamyz"}, {"qyrküiek"}, {"qazan"}, {"qaraşa"}, {"jeltoqsan"}},
	// Belarusian's, in Cyrillic and in Łacinka, with their genitive
	// ("14 лістапада 2025", "14 listapada 2025"), which monday lacks.
	{{"студзень", "студзеня", "studzień", "studzienia"}, {"люты", "лютага", "luty", "lutaha"}, {"сакавік", "сакавіка", "sakavik", "sakavika"}, {"красавік", "красавіка", "krasavik", "krasavika"}, {"май", "мая", "maj", "maja"}, {"чэрвень", "чэрвеня", "červień", "červienia"},
		{"ліпень", "ліпеня", "lipień", "lipienia"}, {"жнівень", "жніўня", "žnivień", "žniŭnia"}, {"верасень", "верасня", "vierasień", "vieraśnia"}, {"кастрычнік", "кастрычніка", "kastryčnik", "kastryčnika"}, {"лістапад", "лістапада", "listapad", "listapada"}, {"снежань", "снежня", "śniežań", "śniežnia"}},
	// Welsh's ("11 Mawrth 2025"), Galician's, and Basque's with their
	// genitive ("2025eko abenduaren 6a"), which monday lacks.
	{{"ionawr"}, {"chwefror"}, {"mawrth"}, {"ebrill"}, {"mai"}, {"mehefin"}, {"gorffennaf"}, {"awst"}, {"medi"}, {"hydref"}, {"tachwedd"}, {"rhagfyr"}},
	{{"xaneiro", "urtarrila", "urtarrilaren"}, {"febreiro", "otsaila", "otsailaren"}, {"martxoa", "martxoaren"}, {"apirila", "apirilaren"}, {"maio", "maiatza", "maiatzaren"}, {"xuño", "ekaina", "ekainaren"},
		{"xullo", "uztaila", "uztailaren"}, {"abuztua", "abuztuaren"}, {"setembro", "iraila", "irailaren"}, {"outubro", "urria", "urriaren"}, {"novembro", "azaroa", "azaroaren"}, {"decembro", "abendua", "abenduaren"}},
	// Maltese's ("6 ta' Diċembru 2025"), Romansh's ("6 da december
	// 2025", "favrer") and Albanian's ("6 dhjetor 2025"), which monday
	// lacks.
	{{"jannar", "schaner", "janar"}, {"frar", "favrer", "shkurt"}, {"marzu", "mars"}, {"april", "avrigl", "prill"}, {"mejju", "matg", "maj"}, {"ġunju", "zercladur", "qershor"},
		{"lulju", "fanadur", "korrik"}, {"awwissu", "avust", "gusht"}, {"settembru", "settember", "shtator"}, {"ottubru", "october", "tetor"}, {"novembru", "november", "nëntor", "nentor"}, {"diċembru", "dicembru", "december", "dhjetor"}},
	// Malay's names and Tagalog's, which monday lacks ("Mac 19, 2025",
	// "Marso 12, 2025").
	{{"januari", "enero"}, {"februari", "pebrero"}, {"mac", "marso"}, {"april", "abril"}, {"mei", "mayo"}, {"jun", "hunyo"},
		{"julai", "hulyo"}, {"ogos", "agosto"}, {"september", "setyembre"}, {"oktober", "oktubre"}, {"november", "nobyembre"}, {"disember", "disyembre"}},
	// Punjabi's, Gujarati's, Tamil's, Telugu's, Kannada's, Malayalam's,
	// Urdu's and Odia's, the same months borrowed from English.
	{
		{"ਜਨਵਰੀ", "જાન્યુઆરી", "ஜனவரி", "జనవరి", "ಜನವರಿ", "ജനുവരി", "جنوری", "ଜାନୁଆରୀ"},
		{"ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "ફેબ્રુઆરી", "பிப்ரவரி", "ఫిబ్రవరి", "ಫೆಬ್ರವರಿ", "ഫെബ്രുവരി", "فروری", "ଫେବୃଆରୀ"},
		{"ਮਾਰਚ", "માર્ચ", "மார்ச்", "మార్చి", "ಮಾರ್ಚ್", "മാർച്ച്", "مارچ", "ମାର୍ଚ୍ଚ"},
		{"ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "એપ્રિલ", "ஏப்ரல்", "ఏప్రిల్", "ಏಪ್ರಿಲ್", "ഏപ്രിൽ", "اپریل", "ଅପ୍ରେଲ"},
		{"ਮਈ", "મે", "மே", "మే", "ಮೇ", "മേയ്", "مئی", "ମେ"},
		{"ਜੂਨ", "જૂન", "ஜூன்", "జూన్", "ಜೂನ್", "ജൂൺ", "جون", "ଜୁନ"},
		{"ਜੁਲਾਈ", "જુલાઈ", "ஜூலை", "జూలై", "ಜುಲೈ", "ജൂലൈ", "جولائی", "ଜୁଲାଇ"},
		{"ਅਗਸਤ", "ઓગસ્ટ", "ஆகஸ்ட்", "ఆగస్టు", "ಆಗಸ್ಟ್", "ഓഗസ്റ്റ്", "اگست", "ଅଗଷ୍ଟ"},
		{"ਸਤੰਬਰ", "સપ્ટેમ્બર", "செப்டம்பர்", "సెప్టెంబర్", "ಸೆಪ್ಟೆಂಬರ್", "സെപ്റ്റംബർ", "ستمبر", "ସେପ୍ଟେମ୍ବର"},
		{"ਅਕਤੂਬਰ", "ઓક્ટોબર", "அக்டோபர்", "అక్టోబర్", "ಅಕ್ಟೋಬರ್", "ഒക്ടോബർ", "اکتوبر", "ଅକ୍ଟୋବର"},
		{"ਨਵੰਬਰ", "નવેમ્બર", "நவம்பர்", "నవంబర్", "ನವೆಂಬರ್", "നവംബർ", "نومبر", "ନଭେମ୍ବର"},
		{"ਦਸੰਬਰ", "ડિસેમ્બર", "டிசம்பர்", "డిసెంబర్", "ಡಿಸೆಂಬರ್", "ഡിസംബർ", "دسمبر", "ଡିସେମ୍ବର"}},
	// Hindi's, Marathi's and Bengali's, which monday lacks ("12
	// मार्च 2025", "১২ মার্চ ২০২৫").
	{{"जनवरी", "जानेवारी", "জানুয়ারি"}, {"फ़रवरी", "फरवरी", "फेब्रुवारी", "ফেব্রুয়ারি"}, {"मार्च", "মার্চ"}, {"अप्रैल", "एप्रिल", "এপ্রিল"},
		{"मई", "मे", "মে"}, {"जून", "জুন"}, {"जुलाई", "जुलै", "জুলাই"}, {"अगस्त", "ऑगस्ट", "আগস্ট"}, {"सितंबर", "सितम्बर", "सप्टेंबर", "সেপ্টেম্বর"},
		{"अक्टूबर", "अक्तूबर", "ऑक्टोबर", "অক্টোবর"}, {"नवंबर", "नवम्बर", "नोव्हेंबर", "নভেম্বর"}, {"दिसंबर", "दिसम्बर", "डिसेंबर", "ডিসেম্বর"}},
	// The Caucasus's and Central Asia's, which monday lacks:
	// Azerbaijani's and Uzbek's ("06 dekabr, 2025", "6 sentabr"),
	// Kazakh's ("6 желтоқсан 2025"), Uzbek's in Cyrillic, Armenian's
	// with their genitive ("6 Դեկտեմբեր", "դեկտեմբերի 6") and
	// Georgian's with theirs ("6 დეკემბერი", "დეკემბრის").
	{
		{"yanvar", "қаңтар", "январ", "հունվար", "հունվարի", "იანვარი", "იანვრის"},
		{"fevral", "ақпан", "феврал", "փետրվար", "փետրվարի", "თებერვალი", "თებერვლის"},
		{"mart", "наурыз", "մարտ", "մարտի", "მარტი", "მარტის"},
		{"aprel", "сәуір", "апрел", "ապրիլ", "ապրիլի", "აპრილი", "აპრილის"},
		{"may", "мамыр", "май", "մայիս", "մայիսի", "მაისი", "მაისის"},
		{"iyun", "маусым", "июн", "հունիս", "հունիսի", "ივნისი", "ივნისის"},
		{"iyul", "шілде", "июл", "հուլիս", "հուլիսի", "ივლისი", "ივლისის"},
		{"avqust", "avgust", "тамыз", "август", "օգոստոս", "օգոստոսի", "აგვისტო", "აგვისტოს"},
		{"sentyabr", "sentabr", "қыркүйек", "сентябр", "սեպտեմբեր", "սեպտեմբերի", "სექტემბერი", "სექტემბრის"},
		{"oktyabr", "oktabr", "қазан", "октябр", "հոկտեմբեր", "հոկտեմբերի", "ოქტომბერი", "ოქტომბრის"},
		{"noyabr", "қараша", "ноябр", "նոյեմբեր", "նոյեմբերի", "ნოემბერი", "ნოემბრის"},
		{"dekabr", "желтоқсан", "декабр", "դեկտեմբեր", "դեկտեմբերի", "დეკემბერი", "დეკემბრის"}},
}

// dateToken is a word or number of a date line.
type dateToken struct {
	text  string
	num   int  // the value of a number, -1 for a word
	width int  // digits in a number
	clock bool // the hour or minutes of a time of day ("09:15"), never a day or year
}

// dateTokens splits a line into runs of letters and runs of digits; the
// rest (spaces, commas, dots, slashes) only separates them.
func dateTokens(s string) []dateToken {
	var out []dateToken
	start, digits := -1, false
	flush := func(end int) {
		if start < 0 {
			return
		}
		t := dateToken{text: s[start:end], num: -1}
		if digits {
			t.num, t.width = digitsValue(t.text)
			t.clock = start >= 2 && s[start-1] == ':' && s[start-2] >= '0' && s[start-2] <= '9' ||
				end+1 < len(s) && s[end] == ':' && s[end+1] >= '0' && s[end+1] <= '9' // the hour
		}
		out = append(out, t)
		start = -1
	}
	for i, r := range s {
		isDigit, isLetter := unicode.IsDigit(r), unicode.IsLetter(r) || r == '\''
		switch {
		case isDigit && start >= 0 && digits, isLetter && start >= 0 && !digits:
		case (unicode.Is(unicode.M, r) || r == '\u200d') && start >= 0 && !digits:
			// a vowel sign of an Indic script, inside its word ("ਮਾਰਚ"),
			// or the joiner of Sinhala's conjuncts ("අප්‍රේල්")
		case isDigit || isLetter:
			flush(i)
			start, digits = i, isDigit
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// monthParticle reports the word between a day and its month: "12 de
// marzo", "12 d'abril", Romansh "6 da december", Maltese "6 ta'
// Diċembru", Corsican "12 di marzu".
func monthParticle(w string) bool {
	switch strings.ToLower(w) {
	case "de", "d'", "da", "di", "ta", "ta'", "oṣù":
		return true
	}
	return false
}

// otherZeros are the digits zero of the other scripts whose dates we
// read: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati,
// Odia, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar,
// Khmer, full-width.
var otherZeros = [...]rune{0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0xFF10}

// digitsValue reads a run of decimal digits of any script ("2025",
// Arabic "٢٠٢٥", Persian "۲۰۲۵"): its value and its count of digits.
func digitsValue(s string) (value, width int) {
	for _, r := range s {
		d := r - '0'
		for _, zero := range otherZeros {
			if r >= zero && r <= zero+9 {
				d = r - zero
			}
		}
		if d < 0 || d > 9 || value > 1e8 {
			return 0, width + 1
		}
		value = value*10 + int(d)
		width++
	}
	return value, width
}

// eastAsianDateRE is a date as Chinese, Japanese and Korean write it:
// "2025年3月12日", "2025년 3월 12일".
var eastAsianDateRE = re(`((?:19|20|21)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)

// eastAsianDate reads a date of eastAsianDateRE in s.
func eastAsianDate(s string) (string, bool) {
	if !strings.ContainsAny(s, "年년") {
		return "", false
	}
	m := eastAsianDateRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != mo {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// solarDateRE is a Persian solar date, "۲۱ اسفند ۱۴۰۳" or Afghanistan's
// "۱۵ عقرب ۱۴۰۴", in Persian, Arabic or Latin digits.
var solarDateRE = re(`([0-9۰-۹٠-٩]{1,2})\s+(` + strings.Join(document.SolarMonths[:], "|") + `|` + strings.Join(afghanMonths[:], "|") + `)\s+([0-9۰-۹٠-٩]{4})`)

// afghanMonths are the months of the Solar Hijri calendar as Afghanistan
// names them, after the signs of the zodiac: "۱۵ عقرب ۱۴۰۴" (blind336).
var afghanMonths = [12]string{"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"}

// solarDate reads a date of solarDateRE in s as the Gregorian date.
func solarDate(s string) (string, bool) {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x600 && r <= 0x6FF }) {
		return "", false
	}
	m := solarDateRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	d, _ := digitsValue(m[1])
	y, _ := digitsValue(m[3])
	mo := max(slices.Index(document.SolarMonths[:], m[2]), slices.Index(afghanMonths[:], m[2])) + 1
	if d < 1 || d > 31 || mo > 6 && d > 30 || y < 1300 || y > 1500 {
		return "", false
	}
	return document.FromSolar(y, mo, d).Format("2006-01-02"), true // the editions' own calendar, read backwards
}

// thaiMonths spells the Thai months, in full and abbreviated ("ธ.ค."),
// in English, the longer names first.
var thaiMonths = strings.NewReplacer(
	"มกราคม", "January", "กุมภาพันธ์", "February", "มีนาคม", "March", "เมษายน", "April", "พฤษภาคม", "May", "มิถุนายน", "June",
	"กรกฎาคม", "July", "สิงหาคม", "August", "กันยายน", "September", "ตุลาคม", "October", "พฤศจิกายน", "November", "ธันวาคม", "December",
	"ม.ค.", "January", "ก.พ.", "February", "มี.ค.", "March", "เม.ย.", "April", "พ.ค.", "May", "มิ.ย.", "June",
	"ก.ค.", "July", "ส.ค.", "August", "ก.ย.", "September", "ต.ค.", "October", "พ.ย.", "November", "ธ.ค.", "December",
	"พ.ศ.", "", "เวลา", "", "น.", "", "๐", "0", "๑", "1", "๒", "2", "๓", "3", "๔", "4", "๕", "5", "๖", "6", "๗", "7", "๘", "8", "๙", "9")

// buddhistYearRE is a year of the Buddhist Era, as Thailand counts them:
// 2568 is 2025. shortBuddhistYearRE is one in two digits after its month
// ("6 ธ.ค. 68").
var (
	buddhistYearRE      = re(`\b25[4-9]\d\b`)
	shortBuddhistYearRE = re(`((?:January|February|March|April|May|June|July|August|September|October|November|December) )([4-9]\d)\b`)
)

// thaiDate spells a Thai date ("4 ธ.ค. 2568 14:20 น.", "วันเสาร์ ที่ 6
// ธันวาคม พ.ศ. 2568 เวลา 10:15 น.") as an English one of the Common Era
// ("4 December 2025 14:20").
func thaiDate(s string) string {
	s = shortBuddhistYearRE.ReplaceAllString(thaiMonths.Replace(s), "${1}25$2")
	return buddhistYearRE.ReplaceAllStringFunc(s, func(y string) string {
		n, _ := strconv.Atoi(y)
		return strconv.Itoa(n - 543)
	})
}

// egyptMonths are the month names levantMonths spells the Levant's as.
var egyptMonths = [...]string{"يناير", "ديسمبر", "أكتوبر", "نوفمبر", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر"}

// levantMonths spells the Levant's two-word month names as Egypt's one
// word: "كانون الثاني" (January) is "يناير".
var levantMonths = strings.NewReplacer("كانون الثاني", "يناير", "كانون الأول", "ديسمبر", "تشرين الأول", "أكتوبر", "تشرين الثاني", "نوفمبر")

// dateIn finds the first calendar date in s and returns it as W3CDTF
// (2024-03-12). A time of day is not kept: pages often omit the zone.
func dateIn(s string) (string, bool) {
	if len(s) > 200 || !strings.ContainsFunc(s, unicode.IsDigit) {
		return "", false
	}
	if d, ok := eastAsianDate(s); ok {
		return d, true
	}
	if d, ok := solarDate(s); ok {
		return d, true
	}
	if d, ok := ethiopicDate(s); ok {
		return d, true
	}
	if strings.Contains(s, "كانون") || strings.Contains(s, "تشرين") {
		s = levantMonths.Replace(s)
		// "6 كانون الأول / ديسمبر 2025": the Levant's name, then Egypt's.
		for _, m := range egyptMonths {
			s = strings.ReplaceAll(s, m+" / "+m, m)
		}
	}
	if strings.Contains(s, "\xe0\xb8") || strings.Contains(s, "\xe0\xb9") { // U+0E00-U+0E7F, Thai
		s = thaiDate(s)
	}
	if strings.Contains(s, "GMT") || strings.Contains(s, "UTC") {
		s = zoneOffsetRE.ReplaceAllString(s, "$1") // "2:14 PM GMT+1, March 12": the offset is no day
	}
	toks := dateTokens(s)
	day := func(t dateToken) bool { return t.num >= 1 && t.num <= 31 && t.width <= 2 && !t.clock }
	year := func(t dateToken) bool { return t.width == 4 && t.num >= 1900 && t.num <= 2199 }
	month := func(t dateToken) (time.Month, bool) {
		if t.num >= 0 {
			return 0, false
		}
		return monthNumber(t.text)
	}
	ok := func(y int, m time.Month, d int) (string, bool) {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || t.Month() != m {
			return "", false
		}
		return t.Format("2006-01-02"), true
	}
	for i := range toks {
		t := toks[i]
		at := func(k int) dateToken {
			if i+k < len(toks) {
				return toks[i+k]
			}
			return dateToken{num: -2}
		}
		// "2025. gada 4. decembris" (Latvian), "2025 m. gruodžio 3 d."
		// (Lithuanian): the year first, with its word.
		if year(t) && (strings.EqualFold(at(1).text, "gada") || at(1).text == "m") {
			if m, isMonth := month(at(3)); isMonth && day(at(2)) {
				return ok(t.num, m, at(2).num)
			}
			if m, isMonth := month(at(2)); isMonth && day(at(3)) {
				return ok(t.num, m, at(3).num)
			}
		}
		// "12 March 2024", "12 de marzo de 2024", "12.mar.2024", "4th Feb
		// 2025", "1er mars 2024".
		if day(t) {
			k := 1
			if ordinalSuffix(at(k).text) || monthParticle(at(k).text) {
				k++
			}
			if m, isMonth := month(at(k)); isMonth {
				k++
				if strings.EqualFold(at(k).text, "de") {
					k++
				}
				if year(at(k)) {
					return ok(at(k).num, m, t.num)
				}
				// "Publié le 21 févr. 25 à 17:30": a year of two digits
				// after the month's name, on a line labelled as the
				// story's date or a short time stamp.
				if y := at(k); y.width == 2 && y.num >= 0 && !y.clock && (publishedLine(s) || updatedLine(s) || timeRE.MatchString(s) && wordCount(s) <= 10) {
					return ok(2000+y.num, m, t.num)
				}
			}
			// "3/12/2025 4:57:18 PM", "3/4/2025 5:30 a.m. EST": American,
			// month first, told by the unpadded month before a clock of
			// twelve hours or an American zone ("12/03/2025 03:42 PM",
			// Malaysian, stays day first).
			if t.num <= 12 && day(at(1)) && year(at(2)) && numericRun(s, t, at(2)) && americanStampRE.MatchString(s) {
				return ok(at(2).num, time.Month(t.num), at(1).num)
			}
			// 12.03.2024, 12/03/2024, 21-05-2024: day first, as every
			// language we read but American English writes them; a first
			// number over 12 settles it either way.
			if at(1).num >= 1 && at(1).num <= 12 && at(1).width <= 2 && year(at(2)) && numericRun(s, t, at(2)) {
				return ok(at(2).num, time.Month(at(1).num), t.num)
			}
			// "Publié le 12/09/24", "10·04·24 | 07:00": a year of two
			// digits, only on a line labelled as the story's date or a
			// short time stamp.
			if at(1).num >= 1 && at(1).num <= 12 && at(1).width <= 2 && at(2).width == 2 && !at(2).clock && numericRun(s, t, at(2)) &&
				(publishedLine(s) || updatedLine(s) || timeRE.MatchString(s) && wordCount(s) <= 10) {
				return ok(2000+at(2).num, time.Month(at(1).num), t.num)
			}
			if t.num <= 12 && day(at(1)) && at(1).num > 12 && year(at(2)) && numericRun(s, t, at(2)) {
				return ok(at(2).num, time.Month(t.num), at(1).num)
			}
			// "04/22/24 6:00 AM ET": American, month first, a year of
			// two digits, on a short time stamp.
			if t.num <= 12 && day(at(1)) && at(1).num > 12 && at(2).width == 2 && !at(2).clock && numericRun(s, t, at(2)) && timeRE.MatchString(s) && wordCount(s) <= 10 {
				return ok(2000+at(2).num, time.Month(t.num), at(1).num)
			}
		}
		// "March 12, 2024", "Tue March 12 2024", "Feb 4th, 2025", "Marzo
		// 12 de 2025" (Colombian).
		if m, isMonth := month(t); isMonth && day(at(1)) {
			if year(at(2)) {
				return ok(at(2).num, m, at(1).num)
			}
			if strings.EqualFold(at(2).text, "de") && year(at(3)) {
				return ok(at(3).num, m, at(1).num)
			}
			if ordinalSuffix(at(2).text) && year(at(3)) {
				return ok(at(3).num, m, at(1).num)
			}
		}
		// "2025. november 12.": Hungarian, the year first, then the
		// month's name and the day.
		if m, isMonth := month(at(1)); isMonth && year(t) && day(at(2)) && strings.Contains(s, strconv.Itoa(t.num)+". ") {
			return ok(t.num, m, at(2).num)
		}
		// "2026 මාර්තු 12": Sinhala, the year first, then the month's
		// name in its script and the day.
		if m, isMonth := month(at(1)); isMonth && year(t) && day(at(2)) && !strings.ContainsFunc(at(1).text, func(r rune) bool { return r < 0x250 }) {
			return ok(t.num, m, at(2).num)
		}
		// "2025 оны 12 сарын 04": Mongolian, the year's, the month's and
		// the day's numbers, the first two with their words.
		if year(t) && strings.EqualFold(at(1).text, "оны") && at(2).num >= 1 && at(2).num <= 12 && strings.EqualFold(at(3).text, "сарын") && day(at(4)) {
			return ok(t.num, time.Month(at(2).num), at(4).num)
		}
		// "ཕྱི་ཟླ་ ༡༢ ཚེས་ ༥ ༢༠༢༥": Tibetan and Dzongkha, the month's
		// number after ཟླ (month), the day's after ཚེས (date), the year.
		if t.text == "ཟླ" && at(1).num >= 1 && at(1).num <= 12 && at(2).text == "ཚེས" && day(at(3)) && year(at(4)) {
			return ok(at(4).num, time.Month(at(1).num), at(3).num)
		}
		// "2025eko abenduaren 6a": Basque, the year with its suffix, the
		// month in the genitive, the day.
		if m, isMonth := month(at(2)); isMonth && year(t) && strings.EqualFold(at(1).text, "eko") && day(at(3)) {
			return ok(t.num, m, at(3).num)
		}
		// 2024-03-12.
		if year(t) && at(1).width == 2 && at(1).num >= 1 && at(1).num <= 12 && day(at(2)) && numericRun(s, t, at(2)) {
			return ok(t.num, time.Month(at(1).num), at(2).num)
		}
	}
	return "", false
}

// ordinalSuffix reports whether s is the suffix of an ordinal day, as
// tokens split it from its number: "4th", "1er", "1º".
func ordinalSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th", "er", "º":
		return true
	}
	return false
}

// numericRun reports whether the tokens from a to b are joined only by
// date separators ("12.03.2024", "14. 8. 2024", not "12 people, 3 cars in
// 2024").
func numericRun(s string, a, b dateToken) bool {
	i := strings.Index(s, a.text)
	if i < 0 {
		return false
	}
	// b after a: "18:12, 18 NOV 2026" holds a's "18" twice.
	j := strings.Index(s[i+len(a.text):], b.text)
	if j < 0 {
		return false
	}
	// "14. 8. 2024": a space after the dot, as German pages print it.
	return !strings.ContainsFunc(strings.ReplaceAll(s[i:i+len(a.text)+j], ". ", "."), func(r rune) bool {
		return !(unicode.IsDigit(r) || r == '.' || r == '/' || r == '-' || r == '·')
	})
}

// issueDate reads a magazine's issue line, its month and year and the
// pages it runs on: "Avril 2025, pages 18 et 19" is "2025-04"; or a
// print edition's date: "Notícia da edição impressa de 19/11/2025".
func issueDate(s string) (string, bool) {
	if printEditionRE.MatchString(s) {
		if d, up, _, ok := dateLine(s); ok && d != "" && !up {
			return d, true
		}
	}
	m := issueRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	month, ok := monthNumber(m[1])
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s-%02d", m[2], int(month)), true
}

// printEditionRE names a paper's print edition.
var printEditionRE = re(`(?i)(?:edição impressa|edición impresa|edició impresa|édition (?:papier|imprimée)|print edition|printausgabe|edizione cartacea|papieren krant)`)

// issueRE is a month, a year and the pages: "Avril 2025, pages 18 et 19",
// "March 2025, p. 34", "März 2025, S. 12–15".
var issueRE = re(`^(\p{L}+)\s+((?:19|20)\d\d),\s*(?i:pages?|pp?\.|s\.|seiten?|págs?\.|páginas?|pagine|pagina)\s*\d.{0,20}$`)

// updatedRE starts a line that says when the article was changed. (Not
// \b after the word: Go's \b is ASCII, and "modifié" ends in a letter it
// does not know.)
var updatedRE = re(`^(?i:updated|last updated|modified|laatste update|aangepast|mis à jour|modifié|dernière mise à jour|mise à jour|actualizado|actualizada|última actualización|atualizado|atualizada|aktualisiert|zuletzt aktualisiert|aggiornato|bijgewerkt|actualitzat|actualitzada|aktualizacja|zaktualizowano|aktualizováno|aktualizované|ažurirano|actualizat|frissítve|uppdaterad|oppdatert|opdateret|päivitetty|güncellendi|güncelleme|son güncelleme)(?:$|[^\p{L}])`)

// publishedOtherRE and updatedOtherRE are publishedRE and updatedRE in
// Cyrillic and Greek, tried only on lines that start in those scripts
// (publishedLine, updatedLine): case-folding them costs every line.
var (
	publishedOtherRE = re(`^(?i:опубліковано|опубликовано|публикувано|објављено|δημοσιεύθηκε|δημοσίευση|פורסם|نُشر|نشر في)(?:$|[^\p{L}])`)
	updatedOtherRE   = re(`^(?i:обновена|обновено|оновлено|обновлено|актуализирано|ажурирано|ενημερώθηκε|ενημέρωση|עודכן|עדכון אחרון|تم التحديث|آخر تحديث|به‌روزرسانی)(?:$|[^\p{L}])`)
)

// publishedLine reports a line of publishedRE or publishedOtherRE.
func publishedLine(s string) bool {
	return publishedRE.MatchString(s) || startsOtherScript(s) && publishedOtherRE.MatchString(s)
}

// updatedLine reports a line of updatedRE or updatedOtherRE.
func updatedLine(s string) bool {
	return updatedRE.MatchString(s) || startsOtherScript(s) && updatedOtherRE.MatchString(s)
}

// startsOtherScript reports a line that starts with a letter past Latin.
func startsOtherScript(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x370
}

// publishedRE starts a line that says when the article was published.
var publishedRE = re(`^(?i:escrito en \p{Lu}[\p{L} ]{1,30} el|este contenido fue publicado(?: el)?|this content was published(?: on)?|publish date|ce contenu a été publié(?: le)?|questo contenuto è stato pubblicato(?: il)?|este conteúdo foi publicado(?: em)?|dieser inhalt wurde(?: am)?|published|first published|originally published|posted|creada|creado|postado|postada|publiziert|publié|publicado|publicada|publicat|publicada|veröffentlicht|pubblicato|pubblicata|gepubliceerd|opublikowano|publikováno|publikované|objavljeno|publikálva|publicerad|publisert|yayınlanma|yayınlandı|yayın tarihi)(?:$|[^\p{L}])`)

// dateLine is the date rule for header lines: a short line that holds a
// date and reads as a time stamp, not a sentence: "Tue 12 Mar 2024 06.00
// GMT", "Publié le 12 mars 2024 à 10h15", "12.03.2024, 10.15 Uhr",
// "Madrid - 12 mar 2024 - 06:00 CET". It returns the date ("" for a
// relative one such as "2 hours ago"), whether the line is an update
// line, and the reason.
func dateLine(text string) (date string, update bool, why string, ok bool) {
	if date, update, why, ok = stampLine(text); ok {
		return date, update, why, ok
	}
	// "Updated - March 11, 2025 at 09:14 PM. | Mumbai": the place the
	// story was filed from, after a bar.
	if stamp, place, found := strings.Cut(text, " | "); found && wordCount(place) <= 3 && startsUpper(place) && !strings.ContainsAny(place, "0123456789|") {
		if d, update, why, ok := stampLine(strings.TrimSuffix(stamp, ".")); ok && d != "" {
			return d, update, why + ", then the place", true
		}
	}
	head, rest, found := strings.Cut(text, ". ")
	if !found || len(text) > 200 {
		return "", false, "", false
	}
	// "Barcelona. Dimecres, 26 de febrer de 2025. 05:30": the place the
	// story was filed from, then the date.
	if wordCount(head) <= 3 && startsUpper(head) && !strings.ContainsAny(head, "0123456789") {
		if d, update, why, ok := stampLine(rest); ok && d != "" {
			return d, update, why + " after the place", true
		}
	}
	// "Publié le 24/05/2024 à 18h40. Mis à jour le 25/05/2024 à 7h05.":
	// the publication's sentence, then the update's.
	if publishedLine(head) && updatedLine(rest) {
		if d, update, why, ok := stampLine(head); ok && d != "" {
			return d, update, why, true
		}
	}
	return "", false, "", false
}

// stampLine is dateLine without the place before the date.
func stampLine(text string) (date string, update bool, why string, ok bool) {
	// "PUBLISHED: November 19, 2024 at 6:00 AM MST | UPDATED: November
	// 19, 2024 at 12:37 PM MST": the publication's part decides.
	if first, _, found := strings.Cut(text, " | "); found && len(text) <= 400 && wordCount(text) > 16 && publishedLine(first) {
		if d, update, why, ok := stampLine(first); ok && d != "" {
			return d, update, why, true
		}
	}
	// "Publié le 12 mars 2024 à 16h15 - Mis à jour le 12 mars 2024 à
	// 17h02": the same, after a dash.
	for _, sep := range []string{" - ", " – ", " — ", " · "} {
		if first, rest, found := strings.Cut(text, sep); found && len(text) <= 400 && publishedLine(first) && updatedLine(rest) {
			if d, update, why, ok := stampLine(first); ok && d != "" {
				return d, update, why, true
			}
		}
	}
	// "Tramvaj … na zastávce Náměstí Republiky (11. listopadu 2025)": a
	// caption with the photo's date in brackets, no date line.
	if head, _, _, _, found := finalBracket(text); found && wordCount(head) >= 4 && !publishedLine(head) && !updatedLine(head) {
		if _, dated := dateIn(head); !dated {
			return "", false, "", false
		}
	}
	// "Ballyheigue volunteers call for year-round water safety cover –
	// March 12th, 2025": a programme's headline with the day it went
	// out, no date line.
	for _, dash := range []string{" – ", " - ", " — "} {
		if i := strings.LastIndex(text, dash); i > 0 && wordCount(text[:i]) >= 7 && !publishedLine(text) && !updatedLine(text) && !byWordRE.MatchString(text) {
			if _, dated := dateIn(text[:i]); !dated {
				return "", false, "", false
			}
		}
	}
	// "Кара-Булуң айылынын окуучулары мектепке баратат. 11-март,
	// 2025-жыл.": a caption's sentence, then the day the photo was
	// taken, no date line.
	// A head with digits is the date's own ("Thursday, Nov. 14", "พ.ศ.
	// 2568").
	if head, _, found := strings.Cut(text, ". "); found && wordCount(head) >= 4 && !strings.ContainsAny(head, "0123456789") && !publishedLine(text) && !updatedLine(text) && !byWordRE.MatchString(text) {
		return "", false, "", false
	}
	// "Warga membersihkan … Tembalang, Jumat (5/12/2025).": an
	// Indonesian caption or sentence gives the day in brackets after its
	// name.
	if m := bracketDateRE.FindStringIndex(text); m != nil && wordCount(text[:m[0]]) >= 4 && !publishedLine(text) && !updatedLine(text) {
		if _, dated := dateIn(text[:m[0]]); !dated {
			return "", false, "", false
		}
	}
	n := wordCount(text)
	update = updatedLine(text)
	switch {
	case agoRE.MatchString(text) || agoRE.MatchString(labelRE.ReplaceAllString(text, "")):
		return "", update, "a relative date alone on its line", true
	case (n == 1 || n <= 3 && strings.HasSuffix(text, ":")) && (publishedLine(text) || update || dateLabelRE.MatchString(text)):
		return "", update, "a publication date label", true
	case n > 16 || strings.HasSuffix(text, "?") || sentenceBreakRE.MatchString(ordinalDayRE.ReplaceAllString(text, "$1$2")) && !strings.Contains(text, "a.m.") && !strings.Contains(text, "p.m."):
		return "", false, "", false
	}
	d, found := dateIn(text)
	if !found {
		if update && n <= 8 && timeRE.MatchString(text) {
			return "", true, "an update time stamp without a date", true // "Updated 5:14 p.m. ET"
		}
		// "Publicado el miércoles 12 de marzo | 6:14 p. m.": no year; the
		// update line's date stands in for it (header).
		if n <= 12 && publishedLine(text) && yearlessDateRE.MatchString(text) {
			return "", false, "a publication date without its year", true
		}
		return "", false, "", false
	}
	if c, _, ok := captionWithCredit(text); n >= 8 && ok && endsSentence(c) {
		return "", false, "", false // "Des pirogues …, le 10 mars 2025. © RFI/X": a caption
	}
	if update {
		return d, true, fmt.Sprintf("an update time stamp (%s)", d), true
	}
	return d, false, fmt.Sprintf("a date line (%s)", d), true
}

// Ge'ez month names: the Ethiopian calendar's thirteen, as Amharic
// spells them, and Tigrinya's names of the Gregorian months, where they
// differ.
var (
	ethiopianMonths = [13][]string{{"መስከረም"}, {"ጥቅምት"}, {"ኅዳር", "ህዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ"}, {"ጥር"}, {"የካቲት"}, {"መጋቢት"}, {"ሚያዝያ"}, {"ግንቦት"}, {"ሰኔ"}, {"ሐምሌ", "ሃምሌ"}, {"ነሐሴ", "ነሃሴ"}, {"ጳጉሜ", "ጳጉሜን"}}
	tigrinyaMonths  = [12][]string{{"ጥሪ"}, {"ለካቲት"}, {"መጋቢት"}, {"ሚያዝያ"}, {"ግንቦት"}, {"ሰነ"}, {"ሓምለ"}, {"ነሓሰ"}, {"መስከረም"}, {"ጥቅምቲ"}, {"ሕዳር"}, {"ታሕሳስ"}}
	ethiopicDateRE  = re(`(?:(\d{1,2})\s+(\p{Ethiopic}+)\s+(\d{4})|(\p{Ethiopic}+)\s+(\d{1,2})\s*[,፣]?\s*(?:ቀን\s+)?(\d{4}))`)
)

// ethiopicDate reads a date with a Ge'ez month name. The day first ("14
// ግንቦት 2025"), or a name only Tigrinya spells so, is Tigrinya's name of
// a Gregorian month, as Eritrean pages and BBC Tigrinya print it; the
// month first ("ግንቦት 7, 2017", "ግንቦት 7 ቀን 2017") is a date of the
// Ethiopian calendar, as Ethiopian pages print it, converted by its
// rule: a year of 365 days and every fourth of 366, twelve months of 30
// days and a thirteenth of five or six, its first day 11 September 2024
// for the year 2017.
func ethiopicDate(s string) (string, bool) {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Ethiopic, r) }) {
		return "", false
	}
	m := ethiopicDateRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	dayFirst := m[1] != ""
	name, dayText, yearText := m[4], m[5], m[6]
	if dayFirst {
		name, dayText, yearText = m[2], m[1], m[3]
	}
	day, _ := strconv.Atoi(dayText)
	year, _ := strconv.Atoi(yearText)
	index := func(months [][]string) int {
		return slices.IndexFunc(months, func(names []string) bool { return slices.Contains(names, name) }) + 1
	}
	ethiopian, tigrinya := index(ethiopianMonths[:]), index(tigrinyaMonths[:])
	if tigrinya > 0 && (dayFirst || ethiopian == 0) {
		if day < 1 || day > 31 {
			return "", false
		}
		return time.Date(year, time.Month(tigrinya), day, 12, 0, 0, 0, time.UTC).Format("2006-01-02"), true
	}
	if ethiopian == 0 || day < 1 || day > 30 || ethiopian == 13 && day > 6 {
		return "", false
	}
	jdn := 1724220 + 365*(year-1) + year/4 + 30*(ethiopian-1) + day
	return time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, jdn-2451545).Format("2006-01-02"), true
}

// bracketDateRE is a day's date in brackets, day first: "(5/12/2025)".
var bracketDateRE = re(`\(\d{1,2}/\d{1,2}/\d{2,4}\)`)

// zoneOffsetRE is a time zone's offset from GMT or UTC: "GMT+1",
// "UTC-05:00".
var zoneOffsetRE = re(`\b(GMT|UTC)\s?[+−-]\d{1,2}(?::?\d{2})?\b`)

// dateLabelRE is the word "date" alone with its colon, over the date on
// the next line: "Data:", "Fecha:", "Datum:".
var dateLabelRE = re(`^(?i:data|fecha|datum|date|dátum|data di pubblicazione|fecha de publicación)\s*:$`)

// yearlessDateRE is a day and a month's name with no year: "12 de
// marzo", "12 mars", "March 12", "12. März".
var yearlessDateRE = re(`(?i)\b\d{1,2}\.?\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|january|february|march|june|july|october|december)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b`)

// ordinalDayRE is a number with the full stop of German, Danish or
// Norwegian ordinals ("14. März 2024", "19. Jahrhundert"): that stop ends
// no sentence.
var ordinalDayRE = re(`\b(\d{1,2})\.(\s+\p{Lu})`)

// timeOnlyRE is a time of day alone on its line, as pages print it under
// the date: "5:00 AM ET", "18:03 Uhr", "10h15", "06.00 GMT".
var timeOnlyRE = re(`^(?i:(?:um|à|a las|às|alle|om)\s+)?\d{1,2}[:.h]\d{2}\s*(?i:a\.?m\.?|p\.?m\.?|uhr|h)?\s*(?:[A-Z]{2,4})?$`)

// timeRE is a time of day: "5:14", "10h15", "10.15 Uhr", "10:25h".
var americanStampRE = re(`(?:^|[^\d/])\d/\d{1,2}/\d{4},? \d{1,2}:\d{2}(?::\d{2})? ?(?:[AP]M|[ap]\.m\.)|\b\d{1,2}/\d{1,2}/\d{4}\b.*\b[ECMP][SD]T\b`)

var timeRE = re(`\b\d{1,2}[:.h]\d{2}h?\b`)

// labelRE is the label before a time stamp, to read what follows it.
var labelRE = re(`^(?i:updated|last updated|modified|published|actualizado|atualizado|aktualisiert|aggiornato|publicado|mis à jour|mise à jour)\s*:?\s*`)

var agoRE = re(`^(?i:(?:\d+|an?|one|un|una|um|uma|une|ein|eine|uno)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|minutos?|horas?|d[ií]as?|semanas?|heures?|jours?|Minuten|Stunden?|Tagen?|minuti|ore|giorni)\s+ago|hace\s+(?:\d+|un|una)\s+(?:minutos?|horas?|d[ií]as?|semanas?)|il y a\s+\d+\s+\w+|vor\s+\d+\s+\w+\.?|\d{1,2}\s?(?:h|min|d)|h[aá]\s+\d+\s+\w+|\d+\s+(?:ore|minuti)\s+fa)$`)

// datelineDateRE is a dateline with its date: the place, then the date
// in brackets ("Monterrey, México (19 febrero 2025).-") or, after a place
// in capitals, after a comma ("LISBOA, 3 mar 2025 –"), then the dash
// that opens the story.
var datelineDateRE = re(`^(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:,? (?:(?:de|del|da|do|di|la|el|les|los)\s)?\p{Lu}[\p{L}\p{M}.'’-]*){0,4}\s*\(([^()]{6,40})\)\s*\.?\s*[-–—]|\p{Lu}[\p{Lu}\p{M} .'’-]{2,40},\s+([^-–—]{6,40}?)\s+[-–—])`)

// placeDateRE is the Italian dailies' dateline: a place in title case, a
// comma, the day, month and year, and the dash that opens the story
// ("Bologna, 18 aprile 2024 – Sul tetto …").
var placeDateRE = re(`^(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}),\s+(\d{1,2}\s+\p{L}+\.?\s+\d{4})\s+[-–—]\s`)

// notPlaces are the words of time a sentence may open with where a
// dateline has its place ("Ayer, 19 febrero 2025 - …").
var notPlaces = map[string]bool{"Ayer": true, "Hoy": true, "Ieri": true, "Oggi": true, "Yesterday": true, "Today": true, "Gestern": true, "Heute": true, "Hier": true, "Ontem": true, "Hoje": true, "Gisteren": true, "Vandaag": true, "Avui": true, "Ahir": true}

// datelineDate finds the date in a paragraph's dateline.
func datelineDate(text string) (string, bool) {
	if m := placeDateRE.FindStringSubmatch(text); m != nil && !notPlaces[m[1]] {
		return dateIn(m[2])
	}
	m := datelineDateRE.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	return dateIn(m[1] + m[2])
}

// listopadDate corrects a date read from "listopad" ("listopada"), which
// names November in Polish and Czech but October in Croatian and
// Bosnian: monthNumber's table holds one month a word, and the language
// is known only once the text is read. date is the story's date, read
// from one of lines.
func listopadDate(lang, date string, lines []string) string {
	if lang != "hr" && lang != "bs" || len(date) < 10 || date[4:8] != "-11-" {
		return date
	}
	for _, l := range lines {
		if !strings.Contains(strings.ToLower(l), "listopad") {
			continue
		}
		if d, ok := dateIn(l); ok && d == date[:10] {
			return date[:5] + "10" + date[7:]
		}
	}
	return date
}
