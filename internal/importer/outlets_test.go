package importer

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"publish/internal/document"
	"publish/internal/markdown"
)

// The rules for other outlets' layouts, each with positive and negative
// cases.

func TestDateIn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"18:12, 18 NOV 2026", "2026-11-18"}, // a time before the date, its hour again as the day
		{"ግንቦት 7, 2017", "2025-05-15"},       // the Ethiopian calendar, the month first
		{"አዲስ አበባ፣ ግንቦት 7፣ 2017 (ኤፍ ቢ ሲ)", "2025-05-15"},
		{"መስከረም 1 ቀን 2017", "2024-09-11"},                // its new year's day
		{"ጳጉሜ 5, 2016", "2024-09-10"},                    // its thirteenth month
		{"14 ግንቦት 2025", "2025-05-14"},                   // Tigrinya's name of May, the day first
		{"3 ጥቅምቲ 2025", "2025-10-03"},                    // a name only Tigrinya spells so
		{"ሜይ 12, 2025", "2025-05-12"},                    // Amharic's spelling of May
		{"13 Caamsaa 2025", "2025-05-13"},                // Afaan Oromoo
		{"Arbaco, Maarso 12, 2025", "2025-03-12"},        // Somali
		{"Maris 12, 2025 | 10:42 na safe", "2025-03-12"}, // Hausa
		{"4 ธ.ค. 2568 14:20 น.", "2025-12-04"},           // Thai, in the Buddhist Era
		{"6 ธ.ค. 68 | 11:40 น.", "2025-12-06"},           // its year in two digits
		{"วันเสาร์ ที่ 6 ธันวาคม พ.ศ. 2568 เวลา 10:15 น.", "2025-12-06"}, // "the Buddhist Era" and "at" spelt out
		{"السبت 6 كانون الأول / ديسمبر 2025 - 10:15 ص", "2025-12-06"},    // the Levant's name, then Egypt's
		{"Sonda, 6 da december 2025, 10:15", "2025-12-06"},               // Romansh
		{"6 dhjetor 2025, 10:15", "2025-12-06"},                          // Albanian
		{"୬ ଡିସେମ୍ବର ୨୦୨୫", "2025-12-06"},                                // Odia, with its digits
		{"6 ta’ Diċembru 2025 – 10:15", "2025-12-06"},                    // Maltese
		{"๔ ธันวาคม ๒๕๖๘", "2025-12-04"},                                 // Thai digits, the month in full
		{"Dydd Mawrth, 11 Mawrth 2025, 16:20", "2025-03-11"},             // Welsh
		{"9 Disemba 2025, 2:25 PM", "2025-12-09"},                        // isiXhosa, isiZulu, Igbo
		{"12 Oṣù Kejìlá 2025", "2025-12-12"},                             // Yoruba: "month twelve"
		{"Kuya 12 Werurwe 2025 saa 10:15", "2025-03-12"},                 // Kinyarwanda
		{"12 martsa 2025", "2025-03-12"},                                 // Malagasy
		{"Nuashonraithe / Dé Céadaoin, 12 Már 2025 16:20", "2025-03-12"}, // Irish, abbreviated
		{"၁၂ မတ် ၂၀၂၆", "2026-03-12"},                                    // Burmese, with its digits
		{"2026 මාර්තු 12 10:15", "2026-03-12"},                           // Sinhala, the year first
		{"០៤ ធ្នូ ២០២៥", "2025-12-04"},                                   // Khmer
		{"2025 оны 12 сарын 04", "2025-12-04"},                           // Mongolian
		{"ཕྱི་ཟླ་ ༡༢ ཚེས་ ༥ ༢༠༢༥ ཕྱི་དྲོ་ ༤:༢༠", "2025-12-05"},           // Tibetan
		{"ཟླ་ ༡༢ ཚེས་ ༩, ༢༠༢༥", "2025-12-09"},                            // Dzongkha
		{"12 ޑިސެމްބަރު 2025, 14:20", "2025-12-12"},                      // Dhivehi
		{"10 Duǧembeṛ 2025", "2025-12-10"},
		{"14 nauryz 2025, 10:20", "2025-03-14"},               // Kazakh in Latin letters                               // Kabyle
		{"Disiembre 5, 2025", "2025-12-05"},                   // Ilocano
		{"Kemis, 04 Désémber 2025 | 10:20 WIB", "2025-12-04"}, // Sundanese
		{"۱۵ عقرب ۱۴۰۴ - ۱۶:۰۵", "2025-11-06"},                // Afghanistan's solar months
		{"2025 March 12 people", ""},                          // the year first only before a month in its own script
		{"12 Mopitlwe 2025", "2025-03-12"},                    // Setswana
		{"tiisdei 9 desimber 2025, 14.32 oere", "2025-12-09"}, // Frisian
		{"Mati 12, 2025", "2025-03-12"},                       // Samoan
		{"12 out 2025", "2025-10-12"},                         // Portuguese's October, not Haitian Creole's August
		{"מערץ 12, 2024", "2024-03-12"},                       // Yiddish
		{"11 Meurzh 2025", "2025-03-11"},                      // Breton
		{"12 di marzu 2025", "2025-03-12"},                    // Corsican, with its "di"
		{"2025eko abenduaren 6a", "2025-12-06"},               // Basque
		{"6 de decembro de 2025 | 12:40", "2025-12-06"},
		{"09:15 | Dez. 06, 2025", "2025-12-06"}, // the minutes of a time are no day
		{"Publié le 21 févr. 25 à 17:30", "2025-02-21"},
		{"12 people in 25 towns", ""},
		{"Tue 12 Mar 2024 06.00 GMT", "2024-03-12"},
		{"March 12, 2024 6:05 PM GMT", "2024-03-12"},
		{"Updated 4:12 PM GMT, August 7, 2024", "2024-08-07"},
		{"Updated 2:14 PM GMT+1, March 12, 2025", "2025-03-12"}, // the offset is no day
		{"11:42 UTC-05:00, 13 March 2025", "2025-03-13"},
		{"Published on 21/05/2024 - 09:40", "2024-05-21"},
		{"Murcia - 12 mar 2024 - 06:00 CET", "2024-03-12"},
		{"Publié le 12 mars 2024 à 10h15, modifié le 13 mars 2024 à 12h03", "2024-03-12"},
		{"12.03.2024, 10.15 Uhr", "2024-03-12"},
		{"14. 8. 2024, 18:02 Uhr", "2024-08-14"},
		{"12. März 2024", "2024-03-12"},
		{"21. Jänner 2025, 05:00 Uhr", "2025-01-21"},
		{"3. Feber 2025", "2025-02-03"},
		{"12.mar.2024 às 10h15", "2024-03-12"},
		{"12 de Março de 2024, 10:15", "2024-03-12"},
		{"12 marzo 2024 (modifica il 12 marzo 2024 | 10:15)", "2024-03-12"},
		{"12 maart 2024, 10:15", "2024-03-12"},
		{"12 de març de 2024", "2024-03-12"},
		{"12/03/2024 10:15", "2024-03-12"},
		{"03/25/2024", "2024-03-25"}, // month first: 25 is no month
		{"2024-03-12", "2024-03-12"},
		{"Tuesday March 12 2024, 6.00pm GMT, The Times", "2024-03-12"},
		{"Publié le 12/09/24 à 06h15 — Mis à jour le 12/09/24 à 10h32", "2024-09-12"},
		{"Modifié le 13/09/24", "2024-09-13"},
		{"10·04·24 | 07:00 | Actualizado a las 12:31", "2024-04-10"},
		{"Publiziert: 03.07.2024, 06:30", "2024-07-03"},
		{"postado em 23/08/2024 06:00 / atualizado em 23/08/2024 10:41", "2024-08-23"},
		{"Published: 3/12/2025 4:57:18 PM", "2025-03-12"},  // American: the month unpadded, a clock of twelve hours
		{"3/4/2025 5:30 a.m. EST", "2025-03-04"},           // or an American zone
		{"Dikemaskini: 12/03/2025 03:42 PM", "2025-03-12"}, // Malaysian: padded, day first
		{"Marzo 12 de 2025 - 02:03 p. m.", "2025-03-12"},   // Colombian: the month, the day, "de" and the year
		{"18.6. 14:05", ""},                                // no year: the hour is none
		{"© koaci.com - mardi 11 mars 2025 - 14:22", "2025-03-11"},
		{"Scores: 12/09/24 in the third set", ""}, // two digits of year only on a labelled line
		{"12 people, 3 cars in 2024", ""},
		{"31 February 2024", ""},
		{"In March 2024 the council met", ""},
		{"No date here", ""},
	} {
		if got, _ := dateIn(c.in); got != c.want {
			t.Errorf("dateIn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDateLineRules(t *testing.T) {
	for _, c := range []struct {
		in     string
		want   string
		update bool
		ok     bool
	}{
		{"04/22/24 6:00 AM ET", "2024-04-22", false, true},
		{"Updated - March 11, 2025 at 09:14 PM. | Mumbai", "2025-03-11", true, true}, // the place it was filed from, after a bar
		{"Disiarkan pada: 6 Dis 2025", "2025-12-06", false, true},
		{"Piektdiena, 2025. gada 5. decembris", "2025-12-05", false, true},
		{"2025. gada 4. decembris 14:20", "2025-12-04", false, true},
		{"2025 m. gruodžio 3 d. 16:05", "2025-12-03", false, true},
		{"06 dekabr, 2025 10:15", "2025-12-06", false, true},
		{"10:15, 6 Դեկտեմբեր, 2025", "2025-12-06", false, true},
		{"6 დეკემბერი 2025, 10:15", "2025-12-06", false, true},
		{"6 желтоқсан 2025 10:15", "2025-12-06", false, true},
		{"12 sentabr 2025", "2025-09-12", false, true},
		{"Publié le samedi 6 decembre 2025 | AIP", "2025-12-06", false, true},
		{"Ballyheigue volunteers call for year-round water safety cover – March 12th, 2025", "", false, false},
		{"Warga membersihkan dinding embung mini di RW 03 Kelurahan Bulusan, Tembalang, Jumat (5/12/2025).", "", false, false},
		{"Publié le 24/05/2024 à 18h40. Mis à jour le 25/05/2024 à 7h05.", "2024-05-24", false, true},
		{"Published Apr. 8, 2025|Updated Apr. 9, 2025", "2025-04-08", false, true},
		{"Published 4th Feb 2025, 17:30 GMT", "2025-02-04", false, true},
		{"Feb 4th, 2025 at 9:00 am", "2025-02-04", false, true},
		{"Girona. Dijous, 6 de març de 2025. 07:15", "2025-03-06", false, true},
		{"PUBLISHED: March 3, 2025 at 6:00 AM MST | UPDATED: March 3, 2025 at 12:37 PM MST", "2025-03-03", false, true},
		// A German ordinal's full stop ends no sentence.
		{"3. Mai 2023, 09:12 Uhr", "2023-05-03", false, true},
		{"Er kam am 3. Mai 2023. Dann ging er nach Hause.", "", false, false},
		// Dutch "Aangepast" is an update line.
		{"Aangepast 3 mei 2023, 11:20", "2023-05-03", true, true},
		{"Aangepast aan de nieuwe regels werd het plan in 2023 goedgekeurd door de raad van de stad.", "", false, false},
	} {
		d, update, _, ok := dateLine(c.in)
		if d != c.want || update != c.update || ok != c.ok {
			t.Errorf("dateLine(%q) = %q, %v, %v; want %q, %v, %v", c.in, d, update, ok, c.want, c.update, c.ok)
		}
	}
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"5:00 AM ET", true}, {"09:12 Uhr", true}, {"10h15", true}, {"um 9.30 Uhr", true},
		{"5 people", false}, {"2024", false}, {"At 5:00 the doors opened.", false},
	} {
		if got := timeOnlyRE.MatchString(c.in); got != c.ok {
			t.Errorf("timeOnlyRE(%q) = %v, want %v", c.in, got, c.ok)
		}
	}
}

func TestBylineLine(t *testing.T) {
	for _, c := range []struct {
		in    string
		alone bool
		names string // joined with "|"
		role  string
		ok    bool
	}{
		{"By ROSA DELGADO and TOM ELLERY", false, "Rosa Delgado|Tom Ellery", "", true},
		{"Autor: Yenia Castellanos Rivero | internet@granma.cu", false, "Yenia Castellanos Rivero", "", true}, // the desk's address after a bar
		{"NGU SIBUSISO NDLOVU", false, "Sibusiso Ndlovu", "", true},
		{"مصنف, ثنا بلوچ", false, "ثنا بلوچ", "", true},                                             // BBC Urdu's author label
		{"Skrivað hevur: Turið Hansen", false, "Turið Hansen", "", true},                            // Faroese "written by"                                           // isiZulu's "by"
		{"Bya Robert Ssekandi", false, "Robert Ssekandi", "", true},                                 // Luganda's
		{"Yanditswe na Jean Claude Mutabazi", false, "Jean Claude Mutabazi", "", true},              // Kinyarwanda's "written by"
		{"Le Sorcha Nic Dhonnchadha", false, "Sorcha Nic Dhonnchadha", "", true},                    // Irish's, before an Irish name
		{"Le Monde avec AFP", false, "", "", false},                                                 // no Irish name: French's article
		{"Onye dere ya,Chinonso Eze na Ifeoma Nwosu", false, "Chinonso Eze|Ifeoma Nwosu", "", true}, // BBC Igbo's label, and "na" (and)
		{"ដោយ សុខ ចាន់ធី", false, "សុខ ចាន់ធី", "", true},                                           // Khmer's "by"
		{"Reporter: Yuniar Ratnasari", false, "Yuniar Ratnasari", "", true},
		{"Автор: Екатерина Мельникова", false, "Екатерина Мельникова", "", true},
		{"Reporter Yuniar Ratnasari", false, "", "", false},
		{"Eveliina Rautio HS", true, "Eveliina Rautio", "", true},
		{"What's On", true, "", "", false},
		{"كتب: أسامة المهدي ونادية الشناوي", false, "أسامة المهدي|نادية الشناوي", "", true},
		{"كتب: أحمد وليد حسن", false, "أحمد وليد حسن", "", true},
		{"Eleni Papadakou   |12.03.2025 - Update : 12.03.2025", false, "Eleni Papadakou", "", true},
		{"13. März 2025, 14:20 Uhr, Tobias Lindqvist", false, "Tobias Lindqvist", "", true},
		{"Por Javiera Sandoval Moraga / Corresponsal", false, "Javiera Sandoval Moraga", "Corresponsal", true},
		{"Por Joana Reis e Miguel Tavares", false, "Joana Reis|Miguel Tavares", "", true},
		{"Por Mariana Quintela e Rodrigo Albuquerque, Valor — São Paulo", false, "Mariana Quintela|Rodrigo Albuquerque", "São Paulo", true},
		{"Eine Festivalkritik von Konstantin Wehrle", false, "Konstantin Wehrle", "", true},
		{"Sede de Olmeda Energía en Madrid. PABLO MONSALVE (EUROPA PRESS)", true, "", "", false},
		{"Par Claire Moreau", false, "Claire Moreau", "", true},
		{"Von Lena Hartmann", false, "Lena Hartmann", "", true},
		{"di Marco Bellini", false, "Marco Bellini", "", true},
		{"Door Jan de Vries en Sanne Bakker", false, "Jan de Vries|Sanne Bakker", "", true},
		{"Per Marta Puig i Oriol Serra", false, "Marta Puig|Oriol Serra", "", true},
		{"Par Claire Moreau et Luc Perret", false, "Claire Moreau|Luc Perret", "", true},
		{"Von Lena Hartmann und Jens Köhler", false, "Lena Hartmann|Jens Köhler", "", true},
		{"Miriam Caldwell, Environment correspondent", false, "Miriam Caldwell", "Environment correspondent", true},
		{"ROSA DELGADO", true, "Rosa Delgado", "", true},
		{"Por Fernanda Lacerda, g1 PE", false, "Fernanda Lacerda", "g1 PE", true},
		{"MARTA PUJOLS - GIRONA", true, "Marta Pujols", "GIRONA", true},
		{"Par Myriam Lessard-Côté, Le Soleil", false, "Myriam Lessard-Côté", "Le Soleil", true},
		{"Ignacio Revilla (Ical) - lunes, 11 de marzo de 2024", false, "Ignacio Revilla", "Ical", true},
		{"By Maya Okonkwo Globe Staff and Theo Brandt Globe Correspondent,Updated March 12, 2024, 11:42 a.m.", false, "Maya Okonkwo|Theo Brandt", "Globe Staff; Globe Correspondent", true},
		{"By Maya Okonkwo Globe Staff", false, "Maya Okonkwo", "Globe Staff", true},
		{"OLJ / Par Nour BARAKAT, le 14 mai 2024 à 00h00", false, "Nour Barakat", "OLJ", true},
		{"Por Ana Ruiz, el 12 de marzo de 2024", false, "Ana Ruiz", "", true},
		{"Von Sandra Koller | 06.00 Uhr, 05. Oktober 2024", false, "Sandra Koller", "", true},
		{"By Tom Hale, 12 March 2024", false, "Tom Hale", "", true},
		{"By the way, updated rules apply.", false, "", "", false},
		{"MARTA PUJOLS - GIRONA", false, "", "", false},
		{"Marisol Quintero | mquintero@chicagotribune.com | Chicago Tribune", false, "Marisol Quintero", "Chicago Tribune", true},
		{"Escrito por: | Fernando Chuy | Periodista de Prensa Libre", false, "Fernando Chuy", "Periodista de Prensa Libre", true},
		{"ROSA DELGADO", false, "", "", false}, // a name alone needs a date near
		{"Di Maio", false, "", "", false},
		{"Par ailleurs, le gouvernement a annoncé un plan.", false, "", "", false},
		{"Per la prima volta", false, "", "", false},
		{"By the end of the year, prices had doubled.", false, "", "", false},
		{"Link kopieren", true, "", "", false},
		// "Author, X" and "Autor, X": a labelled byline.
		{"Autor, Lucía Ferrer", false, "Lucía Ferrer", "", true},
		{"Author: Tom Hale and Rita Moss", false, "Tom Hale|Rita Moss", "", true},
		{"Autor, guionista y productor", false, "", "", false},
		// "Por A e B — Recife": the place after the dash is the role.
		{"Por Ana Lima e Rui Costa — Recife", false, "Ana Lima|Rui Costa", "Recife", true},
		{"Por que a cidade mudou — Recife", false, "", "", false},
		// Bars before a date, as a byline with its date.
		{"di Chiara Bellotti | 14 Ottobre 2024", false, "Chiara Bellotti", "", true},
		{"Von Jana Wenzel, Tim Reuter", false, "Jana Wenzel|Tim Reuter", "", true},
		{"By Olivia Beck, Daniel Okafor and Priya Raman", false, "Olivia Beck|Daniel Okafor|Priya Raman", "", true},
		{"Von Jana Wenzel, Redakteurin", false, "Jana Wenzel", "Redakteurin", true},
		{"Júlia Brandão*", true, "Júlia Brandão", "", true},
		{"Kendra Whitlock, Marco Sandoval", true, "Kendra Whitlock|Marco Sandoval", "", true},
		{"Par Claire Berthoin - 12 mars 2024 à 18:30 - Temps de lecture : 3 min", false, "Claire Berthoin", "", true},
		{"By Teresa Whitcombe | The Oregonian/OregonLive", false, "Teresa Whitcombe", "The Oregonian/OregonLive", true},
		{"Kendra Whitlock, Denver reporter", true, "Kendra Whitlock", "Denver reporter", true},
		{"Lavori in corso | Milano", false, "", "", false},
		{"Von: Sophia Brenner", false, "Sophia Brenner", "", true},
		{"ByMelissa Tran", false, "Melissa Tran", "", true},
		{"Byron Keller", false, "", "", false}, // a name alone needs a date near
	} {
		names, role, ok := bylineLine(c.in, c.alone)
		if strings.Join(names, "|") != c.names || role != c.role || ok != c.ok {
			t.Errorf("bylineLine(%q, %v) = %q, %q, %v; want %q, %q, %v", c.in, c.alone, names, role, ok, c.names, c.role, c.ok)
		}
	}
}

func TestCaptionWithCredit(t *testing.T) {
	for _, c := range []struct{ in, caption, credit string }{
		{"A restored bog on the Pennine moors. Photograph: Christopher Thomond/The Guardian", "A restored bog on the Pennine moors.", "Christopher Thomond/The Guardian"},
		{"Crews work on the site near Sudbury, Ont., in January. Photo by Gavin Rusk/Postmedia", "Crews work on the site near Sudbury, Ont., in January.", "Gavin Rusk/Postmedia"},
		{"Ang itim na backpack na isinauli sa barangay hall. | PHOTO FROM BARANGAY 176 FACEBOOK PAGE", "Ang itim na backpack na isinauli sa barangay hall.", "BARANGAY 176 FACEBOOK PAGE"},
		{"Cyclists park their bikes at the new hub in Mandaue City. | CDN Digital photo / Jhon Carlo Lumapas", "Cyclists park their bikes at the new hub in Mandaue City.", "CDN Digital photo / Jhon Carlo Lumapas"},
		{"A long exposure shows the flashes of the fireflies along the floodplain. Courtesy of the U.S. National Park Service", "A long exposure shows the flashes of the fireflies along the floodplain.", "Courtesy of the U.S. National Park Service"},
		{"Cattle gather near a headgate north of Gunnison on Feb. 21, 2025. (Ana Lucero, Special to The Colorado Sun)", "Cattle gather near a headgate north of Gunnison on Feb. 21, 2025.", "Ana Lucero, Special to The Colorado Sun"},
		{"দীর্ঘদিন পর খোলা গ্রন্থাগারে বই দেখছে পড়ুয়ারা। — নিজস্ব চিত্র", "দীর্ঘদিন পর খোলা গ্রন্থাগারে বই দেখছে পড়ুয়ারা।", "নিজস্ব চিত্র"},
		{"Una mensa scolastica di Torino durante il pranzo Foto Ansa", "Una mensa scolastica di Torino durante il pranzo", "Ansa"},
		{"渠務署人員在深水埗北河街示範安裝智能沙井蓋。（信報圖片）", "渠務署人員在深水埗北河街示範安裝智能沙井蓋。", "信報圖片"},
		{"每週五晚上的放映會，座位常常坐滿。（攝影／黃建豪）", "每週五晚上的放映會，座位常常坐滿。", "黃建豪"},
		{"Na snímke autobusová zastávka v obci Bobrovec. FOTO TASR - Pavol Ďurica", "Na snímke autobusová zastávka v obci Bobrovec.", "TASR - Pavol Ďurica"},
		{"Students study on the second floor of the library Monday night. Kenji Ford/Daily.", "Students study on the second floor of the library Monday night.", "Kenji Ford/Daily"},
		{"Αλιευτικά σκάφη δεμένα στο καταφύγιο του Καλάμου. (ΦΩΤ. ΣΠΥΡΟΣ ΒΑΛΑΒΑΝΗΣ)", "Αλιευτικά σκάφη δεμένα στο καταφύγιο του Καλάμου.", "ΣΠΥΡΟΣ ΒΑΛΑΒΑΝΗΣ"},
		{"Members of the cooperative load sacks of onions into the cold storage. PHOTO BY DIONISIO P. GALVEZ", "Members of the cooperative load sacks of onions into the cold storage.", "DIONISIO P. GALVEZ"},
		{"Farmers sort heirloom rice seeds in Pilar, Bohol on Friday (Dec. 5, 2025). (PNA photo by Rodrigo F. Alcuizar)", "Farmers sort heirloom rice seeds in Pilar, Bohol on Friday (Dec. 5, 2025).", "Rodrigo F. Alcuizar"},
		{"Members of the cooperative weigh crates of petals in Al-Hada. — SG photo", "Members of the cooperative weigh crates of petals in Al-Hada.", "SG photo"},
		{"Voluntárias da paróquia na nova lavandaria. Foto © Paróquia de São Sebastião", "Voluntárias da paróquia na nova lavandaria.", "Paróquia de São Sebastião"},
		{"Bambini all’uscita della primaria di via Brunacci – Foto Ansa", "Bambini all’uscita della primaria di via Brunacci", "Ansa"},
		{"Les lots sont pesés avant d’être mis aux enchères (Ph. Ouchaou)", "Les lots sont pesés avant d’être mis aux enchères", "Ouchaou"},
		{"מתחם התעשייה הישן בצפון חולון, שבו מתוכננים המגדלים צילום: אייל טואג", "מתחם התעשייה הישן בצפון חולון, שבו מתוכננים המגדלים", "אייל טואג"},
		{"和菓子の木型を読み取る職人＝京都市上京区（岡田彩花撮影）", "和菓子の木型を読み取る職人＝京都市上京区", "岡田彩花撮影"},
		{"倉庫の通路を走るカート（出典：ロジクエスト）", "倉庫の通路を走るカート", "ロジクエスト"},
		{"교동도 작은숲교회 교육관에서 이발 봉사자가 섬 주민의 머리를 다듬고 있다. 사진=작은숲교회 제공", "교동도 작은숲교회 교육관에서 이발 봉사자가 섬 주민의 머리를 다듬고 있다.", "작은숲교회 제공"},
		{"قوارب الصيد في الميناء القديم لمدينة صور (أ ف ب)", "قوارب الصيد في الميناء القديم لمدينة صور", "أ ف ب"},
		{"عامل يخرج أرغفة الخبز من فرن آلي في مدينة إدلب - 4 كانون الأول 2025 (عنب بلدي/ أنس الخطيب)", "عامل يخرج أرغفة الخبز من فرن آلي في مدينة إدلب - 4 كانون الأول 2025", "عنب بلدي/ أنس الخطيب"},
		{"Publish Date: Sat, 06 Dec 2025 02:15 PM (IST)", "", ""},
		{"A squid boat fitted with the lamps during a trial run off Pulau Kapas in August. - Bernama pic", "A squid boat fitted with the lamps during a trial run off Pulau Kapas in August.", "Bernama pic"},
		{"Volunteers drive stakes for sand fencing near the beach on Friday. (KPRC 2)", "Volunteers drive stakes for sand fencing near the beach on Friday.", "KPRC 2"},
		{"Volunteers plant a young oak along the sidewalk on Saturday morning. (FOX 5)", "Volunteers plant a young oak along the sidewalk on Saturday morning.", "FOX 5"},
		{"图为三沙镇海域的新型塑胶渔排。本报记者 林海涛摄", "图为三沙镇海域的新型塑胶渔排。", "本报记者 林海涛摄"},
		{"12月5日，培训老师在面点班指导学员制作花馍。 新华社发（韩文录 摄）", "12月5日，培训老师在面点班指导学员制作花馍。", "新华社发（韩文录 摄）"},
		{"工人在检测退役动力电池。（图片来源：第一财经 韩宇晨 摄）", "工人在检测退役动力电池。", "第一财经 韩宇晨 摄"},
		{"Morning walkers at the lake, which draws hundreds every day. File picture", "Morning walkers at the lake, which draws hundreds every day.", "File picture"},
		{"Mga estudyanteng naghihintay ng bangka sa Binangonan port. (File photo)", "Mga estudyanteng naghihintay ng bangka sa Binangonan port.", "File photo"},
		{"L'autobus della linea Cremona-Casalmaggiore alla fermata di piazza Garibaldi - Foto Ghisolfi", "L'autobus della linea Cremona-Casalmaggiore alla fermata di piazza Garibaldi", "Ghisolfi"},
		{"Sopir angkot menunjukkan kode pembayaran yang ditempel di dasbor, Jumat (5/12/2025). /Pikiran Rakyat/Fikri Nurhakim", "Sopir angkot menunjukkan kode pembayaran yang ditempel di dasbor, Jumat (5/12/2025).", "Pikiran Rakyat/Fikri Nurhakim"},
		{"Penduduk menggunakan perahu untuk menghantar bekalan makanan ke PPS. - Foto ihsan Persatuan Belia Kampung Geting", "Penduduk menggunakan perahu untuk menghantar bekalan makanan ke PPS.", "ihsan Persatuan Belia Kampung Geting"},
		{"Members of the youth group replace a battery on a streetlight in Gulu City on December 3, 2025. PHOTO | DENIS OKELLO AYELLA", "Members of the youth group replace a battery on a streetlight in Gulu City on December 3, 2025.", "DENIS OKELLO AYELLA"},
		{"شاہدرہ کے اسکول کی چھت پر طلبہ سبزیوں کی کیاریوں کی دیکھ بھال کر رہے ہیں، فوٹو: ایکسپریس", "شاہدرہ کے اسکول کی چھت پر طلبہ سبزیوں کی کیاریوں کی دیکھ بھال کر رہے ہیں", "ایکسپریس"},
		{"Floating solar panels on the quarry near Mantamados, Greece on March 11, 2025. ( Eleni Papadakou - Anadolu Agency )", "Floating solar panels on the quarry near Mantamados, Greece on March 11, 2025.", "Eleni Papadakou - Anadolu Agency"},
		{"Archivo - Una gaviota en la playa de Punta Umbría (Huelva). - Rocío Garmendia - Europa Press - Archivo", "Archivo - Una gaviota en la playa de Punta Umbría (Huelva).", "Rocío Garmendia - Europa Press"},
		{"La stazione a valle della funivia di Monte Sant'Angelo - RIPRODUZIONE RISERVATA", "La stazione a valle della funivia di Monte Sant'Angelo", ""},
		{"Extract from the customer advisory, sent on Tuesday – click to enlarge", "Extract from the customer advisory, sent on Tuesday – click to enlarge", ""},
		{"A new road photographed by a community drone in January 2025. Image courtesy of the forest monitors.", "A new road photographed by a community drone in January 2025.", "courtesy of the forest monitors"},
		{"Monitors prepare a drone flight on the river in February 2025. Image by Ana Ruiz / Mongabay Latam.", "Monitors prepare a drone flight on the river in February 2025.", "Ana Ruiz / Mongabay Latam"},
		{"[1] Dreesmann, H. et al.: Methane pulse after rewetting. Global Change Biology 10.1111/gcb.17712, 2025", "", ""},
		{"A plow clears the sidewalk on Oct. 7, 2024. Tamika Rowe, Detroit Free Press", "A plow clears the sidewalk on Oct. 7, 2024.", "Tamika Rowe, Detroit Free Press"},
		{"Un camión del ADN durante la ruta nocturna. | Fuente externa", "Un camión del ADN durante la ruta nocturna.", "Fuente externa"},
		{"Le catamaran pourra embarquer 40 passagers et six vélos. (Illustration Métropole Rouen Normandie)", "Le catamaran pourra embarquer 40 passagers et six vélos.", "Métropole Rouen Normandie"},
		{"Simulation de l’aménagement prévu à l’angle de la rue du Bourg. Document Ville de Dijon", "Simulation de l’aménagement prévu à l’angle de la rue du Bourg.", "Ville de Dijon"},
		{"La piscine accueille près de 300 000 entrées par an. | CO – MAXIME GUÉRIN", "La piscine accueille près de 300 000 entrées par an.", "CO – MAXIME GUÉRIN"},
		{"Ein Musterbrunnen steht seit Februar vor dem Rathaus Quelle: Sven Janssen", "Ein Musterbrunnen steht seit Februar vor dem Rathaus", "Sven Janssen"},
		{"Les vendeurs du marché couvert installent leurs étals, samedi. – Photo Marc Duval", "Les vendeurs du marché couvert installent leurs étals, samedi.", "Marc Duval"},
		{"Un nichoir posé sous une corniche du vieux Tours. © (Photo NR, Anne Roux)", "Un nichoir posé sous une corniche du vieux Tours.", "NR, Anne Roux"},
		{"Une rue piétonne du centre-ville de Perpignan, mardi. L'Indépendant - MARC ROIG", "Une rue piétonne du centre-ville de Perpignan, mardi.", "L'Indépendant - MARC ROIG"},
		{"El moll de Sant Carles de la Ràpita en una imatge d’arxiu / ACN", "El moll de Sant Carles de la Ràpita en una imatge d’arxiu", "ACN"},
		{"Il nuovo capolinea degli autobus in piazza Bra (ATV)", "Il nuovo capolinea degli autobus in piazza Bra", "ATV"},
		{"L'image d'une des trois caméras, diffusée en direct sur le site de la ville. Document remis", "L'image d'une des trois caméras, diffusée en direct sur le site de la ville.", "Document remis"},
		{"La calle, casi vacía a media tarde en pleno mes de julio. Archivo", "La calle, casi vacía a media tarde en pleno mes de julio.", "Archivo"},
		{"Corredores cruzan el puente de la carretera, sin acera en parte de su recorrido. / Ical", "Corredores cruzan el puente de la carretera, sin acera en parte de su recorrido.", "Ical"},
		{"Las vallas se colocarán en dos puntos del camino al monumento. | Gentileza", "Las vallas se colocarán en dos puntos del camino al monumento.", "Gentileza"},
		{"Lagoa do Fogo vista do miradouro da estrada regional / RUI SOARES/LUSA", "Lagoa do Fogo vista do miradouro da estrada regional", "RUI SOARES/LUSA"},
		{"A lifeguard stand sits empty on the beach at Grand Haven on May 9, 2024. Ann Lee, USA TODAY", "A lifeguard stand sits empty on the beach at Grand Haven on May 9, 2024.", "Ann Lee, USA TODAY"},
		{"Una màquina retira sorra de la carretera després del temporal / Foto: Laia Puig", "Una màquina retira sorra de la carretera després del temporal", "Laia Puig"},
		{"Voies navigables de France a donné son accord. Photo d’illustration JSL /Anne Roux", "Voies navigables de France a donné son accord.", "JSL /Anne Roux"},
		{"DANIEL CROWE / FREE PRESS Commuters wait for a bus at Portage Avenue and Sherbrook Street on Wednesday.", "Commuters wait for a bus at Portage Avenue and Sherbrook Street on Wednesday.", "DANIEL CROWE / FREE PRESS"},
		{"So könnten die Sonnensegel über dem Kiesstreifen am Ufer aussehen.  Visualisierung: PD", "So könnten die Sonnensegel über dem Kiesstreifen am Ufer aussehen.", "PD"},
		{"Zo moeten de drijvende tuinen eruitzien. Illustratie Gemeente Leiden", "Zo moeten de drijvende tuinen eruitzien.", "Gemeente Leiden"},
		{"The shuttle bus at the foot of the Mournes on Saturday. PICTURE: ANN LEE", "The shuttle bus at the foot of the Mournes on Saturday.", "ANN LEE"},
		{"El tramo que quedará cerrado al tráfico, junto al puerto. / D. C.", "El tramo que quedará cerrado al tráfico, junto al puerto.", "D. C."},
		{"Recreació del futur parc, amb les pèrgoles a nivell de terra. - PAERIA", "Recreació del futur parc, amb les pèrgoles a nivell de terra.", "PAERIA"},
		{"FILE - Passengers wait at the port of Piraeus. (AP Photo/Nikos Vlachos, File)", "FILE - Passengers wait at the port of Piraeus.", "AP Photo/Nikos Vlachos, File"},
		{"Volunteers read to children at the library on March 9. (Sarah Bell for The Washington Post)", "Volunteers read to children at the library on March 9.", "Sarah Bell for The Washington Post"},
		{"A farmer chases locusts near Isiolo, Kenya, on May 20, 2024. © Tony Karumba / AFP", "A farmer chases locusts near Isiolo, Kenya, on May 20, 2024.", "Tony Karumba / AFP"},
		{"Un agricultor revisa el riego en Abarán, el pasado lunes. MARCIAL GUILLÉN (EFE)", "Un agricultor revisa el riego en Abarán, el pasado lunes.", "MARCIAL GUILLÉN (EFE)"},
		{"Ônibus elétrico em teste na zona leste de São Paulo - Lucas Prado/Folhapress", "Ônibus elétrico em teste na zona leste de São Paulo", "Lucas Prado/Folhapress"},
		{"Trucks carry ore at a mine in the Atacama desert, January 18, 2024. REUTERS/Ivan Ortiz/File Photo Purchase Licensing Rights, opens new tab", "Trucks carry ore at a mine in the Atacama desert, January 18, 2024.", "REUTERS/Ivan Ortiz/File Photo"},
		{"A tram climbs toward the Alfama district in Lisbon.Credit...Ana Ruiz for The New York Times", "A tram climbs toward the Alfama district in Lisbon.", "Ana Ruiz for The New York Times"},
		{"Ice technician Doug Haverstock checks the compressors on Feb. 16.MARTHA KOWALCZYK/The Globe and Mail", "Ice technician Doug Haverstock checks the compressors on Feb. 16.", "MARTHA KOWALCZYK/The Globe and Mail"},
		{"A city rendering of the pipe under the parking lot.City of Kamloops/Handout", "A city rendering of the pipe under the parking lot.", "City of Kamloops/Handout"},
		{"Colmenas instaladas en una finca de almendros de La Roda, la semana pasada. (Cedida)", "Colmenas instaladas en una finca de almendros de La Roda, la semana pasada.", "Cedida"},
		{"Os painéis cobrem quase todo o telhado do galpão - (crédito: Mariana Campos/CB/D.A.Press)", "Os painéis cobrem quase todo o telhado do galpão", "Mariana Campos/CB/D.A.Press"},
		{"Il cartello della nuova strada scolastica in via Arquà - Foto di Chiara Bellotti", "Il cartello della nuova strada scolastica in via Arquà", "Chiara Bellotti"},
		{"Pupils wait for the bus outside the school gate. Photo / Supplied", "Pupils wait for the bus outside the school gate.", "Supplied"},
		{"Pendolari in attesa alla stazione di Genova Brignole (foto Ansa)", "Pendolari in attesa alla stazione di Genova Brignole", "Ansa"},
		{"Descortiçamento numa herdade perto de Coruche, em Julho. Nuno Ferreira Santos", "Descortiçamento numa herdade perto de Coruche, em Julho.", "Nuno Ferreira Santos"},
		// The label in brackets; a dash before the label; the credit in
		// brackets after the last full stop; a bracket with no full stop
		// after it (a caption, not a paragraph).
		{"Ein Bauer schneidet Äste im Obstgarten. (Foto: Lena Kranz/dpa)", "Ein Bauer schneidet Äste im Obstgarten.", "Lena Kranz/dpa"},
		{"Pescadores chegam ao porto de Suape — Foto: Ana Melo/Agência O Globo", "Pescadores chegam ao porto de Suape", "Ana Melo/Agência O Globo"},
		{"Une digue près des marais salants. (Lucie Martin/Ouest-France)", "Une digue près des marais salants.", "Lucie Martin/Ouest-France"},
		{"Walkers on the cliff path above the bay before the storm of 2023 (Handout)", "Walkers on the cliff path above the bay before the storm of 2023", "Handout"},
		{"Why the council voted against the new harbour plan (and what comes next)", "", ""},
		{"Results of the vote (Handout)", "", ""},
		// A credit after © in any case, labels and all; after the last
		// bar; a name in brackets after the full stop; a label in
		// capitals; a web address.
		{"Die Idee stammt aus dem Seniorenbeirat bei der Einweihung. © privat", "Die Idee stammt aus dem Seniorenbeirat bei der Einweihung.", "privat"},
		{"Schafe grasen auf einem Deich (Archivbild). © NDR Foto: Hauke Petersen", "Schafe grasen auf einem Deich (Archivbild).", "NDR Foto: Hauke Petersen"},
		{"Auf der Landseite soll ein Elektrozaun die Herde schützen. © picture alliance/dpa | Lars Feddersen", "Auf der Landseite soll ein Elektrozaun die Herde schützen.", "picture alliance/dpa | Lars Feddersen"},
		{"Una de les dues furgonetes del nou servei, a l’estació de Vic | Adrià Puigdollers", "Una de les dues furgonetes del nou servei, a l’estació de Vic", "Adrià Puigdollers"},
		{"Fabes puestas a secar en una panera de Tineo, en una imagen de archivo. | LNE", "Fabes puestas a secar en una panera de Tineo, en una imagen de archivo.", "LNE"},
		{"Les filets sont tressés autour d’une armature en châtaignier. (Maill’Océan)", "Les filets sont tressés autour d’une armature en châtaignier.", "Maill’Océan"},
		{"Los contadores se instalaron en la avenida Oriental. FOTO CAMILO SUÁREZ", "Los contadores se instalaron en la avenida Oriental.", "CAMILO SUÁREZ"},
		{"Des élèves sortent de l’école Michel-Servan, le 4 novembre 2024. afp.com/Pierre-Yves MARCHAND", "Des élèves sortent de l’école Michel-Servan, le 4 novembre 2024.", "afp.com/Pierre-Yves MARCHAND"},
		{"Un grup de Figueres assajant en un garatge, una situació habitual. | DdG", "Un grup de Figueres assajant en un garatge, una situació habitual.", "DdG"},
		{"Een pad op weg naar de paaivijver aan de Schelde. — Foto: rr", "Een pad op weg naar de paaivijver aan de Schelde.", "rr"},
		{"Padres de la comisión escolar durante la instalación de las canaletas. (Gentileza)", "Padres de la comisión escolar durante la instalación de las canaletas.", "Gentileza"},
		{"A cable car built in 1978 above Brooklyn Rd. The council believes many date from then. SUPPLIED", "A cable car built in 1978 above Brooklyn Rd. The council believes many date from then.", "SUPPLIED"},
		{"El safareig de sa Font, junto a la plaça de la Vila, será el primero. / Guillem Bosch", "El safareig de sa Font, junto a la plaça de la Vila, será el primero.", "Guillem Bosch"},
		{"Le premier bac a été installé à l’entrée de la plage de la Fontaine. MIDI LIBRE - O.F.", "Le premier bac a été installé à l’entrée de la plage de la Fontaine.", "MIDI LIBRE - O.F."},
		{"Les associés de la coopérative se sont retrouvés samedi. Photo Le DL/C.B.", "Les associés de la coopérative se sont retrouvés samedi.", "Le DL/C.B."},
		{"La piscine Coubertin, fermée depuis le mois de mars pour travaux. © Photo Agnès Vialle", "La piscine Coubertin, fermée depuis le mois de mars pour travaux.", "Agnès Vialle"},
		{"The plan was approved on Monday. (Updated)", "", ""},
		{"The council approved the plan. NASA", "", ""},
		{"Politics and the economy were on the agenda | Analysis", "", ""},
		{"Votes at the World Health Organization (WHO)", "", ""},
		{"Children play in a street closed to traffic in Ghent. © Photo News", "Children play in a street closed to traffic in Ghent.", "Photo News"},
		// Paragraphs are not captions.
		{"The council said the fund was safe. It is.", "", ""},
		{"SANTIAGO, March 12 (Reuters) - Chile's copper production fell 6.1% in February.", "", ""},
		{"Read the full report at example.org/report (PDF).", "", ""},
		{"The service runs 24/7 from April, the operator said.", "", ""},
		{"She said the photo: was taken in May.", "", ""},
		// blind221-238: slashes, brackets first, Chinese after the full
		// stop, Korean after a slash or in angle brackets.
		{"Zajezdnia autobusowa przy ul. Grygowej w Lublinie / Wojciech Szubartowski / East News", "Zajezdnia autobusowa przy ul. Grygowej w Lublinie", "Wojciech Szubartowski / East News"},
		{"以蚵殼地磚鋪成的海邊步道吸引遊客駐足。（圖／蚵寮社區發展協會提供）", "以蚵殼地磚鋪成的海邊步道吸引遊客駐足。", "蚵寮社區發展協會提供"},
		{"天台上的發泡膠箱種滿了通菜和蕃薯葉。（圖：作者提供）", "天台上的發泡膠箱種滿了通菜和蕃薯葉。", "作者提供"},
		{"龍舟會自費在船艇停泊處安裝太陽能燈柱。何嘉欣攝", "龍舟會自費在船艇停泊處安裝太陽能燈柱。", "何嘉欣攝"},
		{"龍舟會隊員頭戴照明燈在城門河練習，河面大部分位置仍然昏暗。讀者提供", "龍舟會隊員頭戴照明燈在城門河練習，河面大部分位置仍然昏暗。", "讀者提供"},
		{"(Anneliese Marchetti | The Salt Lake Tribune) Volunteers set up cots inside the former bank building on Thursday.", "Volunteers set up cots inside the former bank building on Thursday.", "Anneliese Marchetti | The Salt Lake Tribune"},
		{"(Courtesy of the City of Millcreek) The old drive-through lanes now serve as a covered drop-off.", "The old drive-through lanes now serve as a covered drop-off.", "Courtesy of the City of Millcreek"},
		{"지난 3일 청도군 화양읍의 한 감 가공장에서 작목반원들이 감말랭이를 포장하고 있다. <청도군 제공>", "지난 3일 청도군 화양읍의 한 감 가공장에서 작목반원들이 감말랭이를 포장하고 있다.", "청도군 제공"},
		{"공방에서 말리고 있는 수리용 한지. / 청주시 제공", "공방에서 말리고 있는 수리용 한지.", "청주시 제공"},
		{"속천항에서 어민들이 건져 올린 폐어구를 정리하고 있다./한도윤 기자/", "속천항에서 어민들이 건져 올린 폐어구를 정리하고 있다.", "한도윤 기자"},
	} {
		caption, credit, ok := captionWithCredit(c.in)
		if caption != c.caption || credit != c.credit || ok != (c.caption != "") {
			t.Errorf("captionWithCredit(%q) = %q, %q, %v; want %q, %q", c.in, caption, credit, ok, c.caption, c.credit)
		}
	}
}

func TestCreditLine(t *testing.T) {
	for _, c := range []struct{ in, credit string }{
		{"Photograph: Anthony Devlin/PA", "Anthony Devlin/PA"},
		{"Photo from Tiaong Fibers Inc.", "Tiaong Fibers Inc."},
		{"Larawan mula sa Pasay City PIO", "Pasay City PIO"},
		{"Foto Borella", "Borella"},
		{"Сүрөт: Азаттык", "Азаттык"},
		{"Акс: АМИТ «Ховар»", "АМИТ «Ховар»"},
		{"ఫొటో: వి. రమణారావు", "వి. రమణారావు"},
		{"Hoto: Sani Musa Idris", "Sani Musa Idris"},
		{"Sawir: HOL", "HOL"},
		{"Ana Lucero, Special to The Colorado Sun", "Ana Lucero, Special to The Colorado Sun"},
		{"zVg", "zVg"},
		{"iStock", "iStock"},
		{"ภาพจาก ผู้สื่อข่าวจังหวัดขอนแก่น", "ผู้สื่อข่าวจังหวัดขอนแก่น"},
		{"ขอบคุณภาพ: อุทยานแห่งชาติสิรินาถ", "อุทยานแห่งชาติสิรินาถ"},
		{"（撮影・藤原健太）", "撮影・藤原健太"},
		{"RÚV – Hörður Ingvarsson", "RÚV – Hörður Ingvarsson"},
		{"Լուսանկարը՝ Արմենպրես", "Արմենպրես"},
		{"中新社记者 王启明 摄", "中新社记者 王启明 摄"},
		{"澎湃新闻记者 周航 图", "澎湃新闻记者 周航"},
		{"Courtesy: Galveston Park Board", "Galveston Park Board"},
		{"Cedida por Solvenia", "Cedida por Solvenia"},
		{"(Photo Marie-Ange Filippi)", "Marie-Ange Filippi"},
		{"(Foto: Dok. Warga RW 03 Bulusan)", "Dok. Warga RW 03 Bulusan"},
		{"تصوير ـ ناصر العبري", "ناصر العبري"},
		{"Ph. Arsène Tchakounté", "Arsène Tchakounté"},
		{"Nuotr. Aistė Mačiulytė / BNS", "Aistė Mačiulytė / BNS"},
		{"Illustratie: TU Delft / Marit Veldhuis", "TU Delft / Marit Veldhuis"},
		{"عکاس: فرهاد قلی‌زاده", "فرهاد قلی‌زاده"},
		{"(Archives Corse-Matin)", "Archives Corse-Matin"},
		{"12/11/2024 04h00", ""}, // a date, no credit
		{"(Il a dit non)", ""},
		{"Bild: Lino Mirgeler/dpa/picture alliance", "Lino Mirgeler/dpa/picture alliance"},
		{"Foto: Jorge Gil / Europa Press / dpa", "Jorge Gil / Europa Press / dpa"},
		{"Beeld ANP / Robin Utrecht", "ANP / Robin Utrecht"},
		{"ALAMY", "ALAMY"},
		{"Getty Images", "Getty Images"},
		{"Photo / Mike Scott", "Mike Scott"},
		{"PHOTO SIMON-PIERRE LAROCHE, LA PRESSE", "SIMON-PIERRE LAROCHE, LA PRESSE"},
		{"Quelle: picture alliance/dpa/Ronja Kestner", "picture alliance/dpa/Ronja Kestner"},
		{"Foto Olivier Maasdijk", "Olivier Maasdijk"},
		{"Photo by Ana Ruiz", "Ana Ruiz"},
		{"RENÉE JANSSEN • renee.janssen@startribune.com", "RENÉE JANSSEN"},
		{"Bildrechte: BR/Lena Hörmann", "BR/Lena Hörmann"},
		{"D.R.", "D.R."},
		{"Bild: Livia Oberholzer (Brugg, 15. 9. 2024)", "Livia Oberholzer (Brugg, 15. 9. 2024)"},
		{"Bild: zvg", "zvg"},
		{"Photo of the week", ""},
		{"Foto der Woche", ""},
		{"Photo Opportunities Abound", ""},
		{"Bild der Woche: Ein Wolf im Wald, fotografiert im Mai.", ""},
		{"Reuters reported the figures on Tuesday.", ""},
		// blind221-238: labels in Polish, French, Chinese, Arabic, Dutch
		// and Korean; a headline with "for" is no credit.
		{"تصوير - حسام الشريف", "حسام الشريف"},
		{"Beeld Hans Baert", "Hans Baert"},
		{"북성로수리학교 제공", "북성로수리학교 제공"},
		{"圖／業者提供", "業者提供"},
		{"Źródło zdjęć: © East News | Tomasz Jaworski", "© East News | Tomasz Jaworski"},
		{"Crédit image : Audrey Thibodeau-Lemieux", "Audrey Thibodeau-Lemieux"},
		{"Photo Agence QMI, Émilie Côté-Nadeau", "Agence QMI, Émilie Côté-Nadeau"},
		{"Abuja Markets Brace for Yuletide Rush", ""},
	} {
		credit, ok := creditLine(c.in)
		if credit != c.credit || ok != (c.credit != "") {
			t.Errorf("creditLine(%q) = %q, %v; want %q", c.in, credit, ok, c.credit)
		}
	}
}

func TestSignoff(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Reporting by Rosa Delgado in Santiago; additional reporting by Tom Ellery in London; Editing by Jane Whitcombe", "rpt Rosa Delgado|rpt Tom Ellery|edt Jane Whitcombe"},
		{"Associated Press writer Sofia Lambrou in Naxos, Greece, contributed to this report.", "ctb Sofia Lambrou"},
		{"Obinna Udeh nyere aka n'akụkọ a.", "ctb Obinna Udeh"},                        // Igbo
		{"Aminu Abdullahi ta ba da gudummawa a wannan rahoto.", "ctb Aminu Abdullahi"}, // Hausa
		{"Naʻe tokoni ki he fakamatala ni ʻa Sione Latu.", "ctb Sione Latu"},           // Tongan
		{"Writing by Ana Ruiz; Editing by Mark Potter and Jan Harvey", "aut Ana Ruiz|edt Mark Potter|edt Jan Harvey"},
		{"Con información de Lucía Fernández.", "ctb Lucía Fernández"},
		{"Com informações da Agência Brasil", "ctb Agência Brasil"},
		{"[Édité par Mathis Ragueneau]", "edt Mathis Ragueneau"},
		{"Mit Material von dpa", "ctb dpa"},
		{"*Estagiária sob a supervisão de Rafael Quintela", "ctb Rafael Quintela"},
		{"*Sob supervisão de Ana Lima", "ctb Ana Lima"},
		{"*Com orientação da subeditora Joana Prado", "ctb Joana Prado"},
		{"Conteúdo editado por: Ana Lima", "edt Ana Lima"},
		{"Colaboró Ana Ruiz.", "ctb Ana Ruiz"},
		{"Avec Inès Bouaziz", "ctb Inès Bouaziz"},
		{"Avec Inès Bouaziz et Paul Roche", "ctb Inès Bouaziz|ctb Paul Roche"},
		{"Avec AFP", ""},
		{"Avec la collaboration de Félix Bérubé", "ctb Félix Bérubé"},
		{"Avec le soutien de la région", ""},
		{"News Staff Reporter Brendan Tully contributed to this report.", "ctb Brendan Tully"},
		{"KQED's Maya Lund and The Post's Tom Hale contributed to this report.", "ctb Maya Lund|ctb Tom Hale"},
		{"Maya Lund's colleagues contributed to this report.", ""},
		{"Reporting by the team was thorough, the panel said.", ""},
		{"The council contributed to this report's cost.", ""},
	} {
		cs, ok := signoff(c.in)
		var got []string
		for _, x := range cs {
			got = append(got, x.Role+" "+x.Text)
		}
		if strings.Join(got, "|") != c.want || ok != (c.want != "") {
			t.Errorf("signoff(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestKickerAndHeader(t *testing.T) {
	// A standfirst of two points above the byline: both paragraphs.
	if got, _, _ := kinds(t, "Retired postman hands his weather diary of 52 years to the Met Office\nGordon Pickering began his record on New Year's Day 1972\nHis 48 notebooks will help scientists check old readings\nBy HARRIET COLE\nA retired postman has handed his notebooks to the Met Office, which will scan them this winter.\nMore text follows here.\n"); got != "title paragraph paragraph byline paragraph paragraph" {
		t.Errorf("two-point standfirst: got %s", got)
	}
	got, doc, _ := kinds(t, "Climate\nPeat bogs are drying out faster than expected, study finds\nWarmer summers turn carbon stores into sources of emissions, researchers say\nMiriam Caldwell, Environment correspondent\nTue 12 Mar 2024 06.00 GMT\nPeat bogs across England are drying out, a study has found.\nMore text follows here.\n")
	if want := "dropped title paragraph byline dropped paragraph paragraph"; got != want {
		t.Errorf("kinds\n got %s\nwant %s", got, want)
	}
	m := doc.Meta
	if m.Title != "Peat bogs are drying out faster than expected, study finds" || m.Date != "2024-03-12" || m.Description == "" ||
		len(m.Authors) != 1 || m.Authors[0] != "Miriam Caldwell" || len(m.Byline) != 1 || m.Byline[0] != "Environment correspondent" {
		t.Errorf("meta %+v", m)
	}
	// A section label between the headline and the date; a time of day
	// alone under the date; names on lines of their own under the date.
	got, doc, _ = kinds(t, "Harbour ferry goes electric after eighty years of diesel\nRegional\nMay 3, 2023\n9:12 AM ET\nLena Marsh\nOwen Pike\nThe ferry that crosses the river at Hale now runs on batteries.\nMore text follows here.\n")
	if want := "title dropped dropped dropped byline byline paragraph paragraph"; got != want {
		t.Errorf("labels under the headline: got %s, want %s", got, want)
	}
	if m := doc.Meta; m.Date != "2023-05-03" || strings.Join(m.Authors, "|") != "Lena Marsh|Owen Pike" {
		t.Errorf("labels under the headline: meta %+v", m)
	}
	// A date under the standfirst with a share menu under it is still the
	// header's; a date line between paragraphs is not.
	got, doc, _ = kinds(t, "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries, the council said.\n3 maggio 2023\nCondividi\nThe new boat is quieter.\nIt cost two million euros.\n")
	if want := "title paragraph dropped dropped paragraph paragraph"; got != want || doc.Meta.Date != "2023-05-03" {
		t.Errorf("date under the standfirst: got %s (%q), want %s", got, doc.Meta.Date, want)
	}
	got, _, _ = kinds(t, "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries, the council said.\n3 maggio 2023\nThe new boat is quieter.\nIt cost two million euros.\n")
	if want := "title paragraph heading paragraph paragraph"; got != want {
		t.Errorf("date in the body: got %s, want %s", got, want)
	}
	// A name alone over a place, before the date, is a name and its place.
	_, doc, _ = kinds(t, "Harbour ferry goes electric after eighty years of diesel\nLena Marsh\nSão Paulo\n3 maio 2023\nThe ferry that crosses the river at Hale now runs on batteries.\n")
	if m := doc.Meta; strings.Join(m.Authors, "|") != "Lena Marsh" {
		t.Errorf("name and place: meta %+v", m)
	}
	// "Name avec AFP": the author, and the agency as the source; a
	// newsroom with an agency is the source alone.
	_, doc, _ = kinds(t, "Planète\nLa consigne des bouteilles revient dans 140 commerces\nMathilde Ferrand avec AFP\nPublié le 12/09/24 à 06h15\nVingt centimes la bouteille, c'est la somme récupérée.\n")
	if m := doc.Meta; strings.Join(m.Authors, "|") != "Mathilde Ferrand" || m.Source == nil || m.Source.Name != "AFP" || m.Date != "2024-09-12" {
		t.Errorf("person with agency: meta %+v", m)
	}
	_, doc, _ = kinds(t, "La consigne des bouteilles revient dans 140 commerces\nLe Monde avec AFP\nPublié le 12/09/24 à 06h15\nVingt centimes la bouteille, c'est la somme récupérée.\n")
	if m := doc.Meta; len(m.Authors) != 0 || m.Source == nil || m.Source.Name != "Le Monde avec AFP" {
		t.Errorf("newsroom with agency: meta %+v", m)
	}
	// An avatar's initials over the name they stand for are neither a
	// photo credit nor text.
	got, doc, _ = kinds(t, "Cidades DF\nFeira Central instala placas solares e conta de luz cai pela metade\nJB\nJúlia Brandão*\npostado em 23/08/2024 06:00\nQuem passa pela feira nem percebe a mudança no telhado.\n")
	if m := doc.Meta; strings.Join(m.Authors, "|") != "Júlia Brandão" || m.Date != "2024-08-23" || !strings.HasPrefix(m.Title, "Feira Central") {
		t.Errorf("avatar initials: %s, meta %+v", got, m)
	}
	// A section label, then a supra-title, then the headline; a newsroom
	// and an agency as the sources.
	got, doc, _ = kinds(t, "Sociedad\n\nReciclado en los barrios del sur\n\nUna cooperativa de Villa Soldati recicla el telgopor que nadie quería\n\nLa planta procesa dos toneladas por mes.\n\nDN/Lusa\n\n14 de marzo de 2024 - 00:01\n\nPor Sofía Maidana\n\nEl Ceibo del Sur nació en 2003.\n")
	if m := doc.Meta; !strings.HasPrefix(m.Title, "Una cooperativa") || strings.Join(m.Authors, "|") != "Sofía Maidana" || m.Date != "2024-03-14" || m.Source == nil || m.Source.Name != "DN" {
		t.Errorf("supra-title: %s, meta %+v", got, m)
	}
	// "© X" over its caption, the two a block.
	_, doc, _ = kinds(t, "Leuven verbiedt bladblazers op zon- en feestdagen\n\nSofie Vandevelde\n\n06 november 2024 om 03.00 uur\n\nVanaf 1 januari mogen bladblazers in Leuven op zondag niet meer aan.\n\n© Jelle Vermeersch\nEen medewerker van de groendienst ruimt bladeren in het Stadspark.\n\nHet stadsbestuur zegt dat het 146 klachten kreeg.\n")
	if f := firstFigureOf(doc); f == nil || f.Credit != "Jelle Vermeersch" {
		t.Errorf("credit over caption: %+v", f)
	}
	// A short headline with no byline or date after it is not a kicker.
	got, _, _ = kinds(t, "Why it closed\nThe market closed at six, as it has for thirty years.\n")
	if want := "title paragraph"; got != want {
		t.Errorf("short headline: got %s, want %s", got, want)
	}
	// A newsroom's acronym with an agency; an agency alone, then the place
	// its copy was filed from, then the date.
	_, doc, _ = kinds(t, "Porto vai plantar microflorestas em 12 escolas básicas\nCNN Portugal , com Lusa\n14 mai 2024, 07:00\nCada recreio vai receber cerca de 600 árvores e arbustos autóctones.\n")
	if m := doc.Meta; len(m.Authors) != 0 || m.Source == nil || m.Source.Name != "CNN Portugal, com Lusa" {
		t.Errorf("newsroom acronym with agency: meta %+v", m)
	}
	got, doc, _ = kinds(t, "Sant Fruitós farà una comunitat energètica al polígon\n\nACN\nSant Fruitós de Bages\n08·10·24 | 13:27\n\nL'Ajuntament invertirà 640.000 euros en una instal·lació nova.\n")
	if m := doc.Meta; len(m.Authors) != 0 || m.Source == nil || m.Source.Name != "ACN" || strings.Join(m.Byline, "|") != "ACN|Sant Fruitós de Bages" {
		t.Errorf("agency, place, date: %s, meta %+v", got, m)
	}
	// A caption over its credit in the header, then the byline, a place,
	// and the labels of the dates over their dates.
	_, doc, _ = kinds(t, "Los mercados de Madrid abrirán los sábados por la tarde\n\nDoce de los 46 mercados de la capital probarán el nuevo horario durante seis meses.\n\nVarios clientes hacen cola en una frutería del mercado de Maravillas.\nGonzalo Pérez | La Razón\n\nLucía Andrade\n\nMadrid\n\nCreada:\n12.03.2024 05:30\n\nÚltima actualización:\n13.03.2024 09:10\n\nDoce mercados municipales de Madrid abrirán los sábados por la tarde a partir de mayo, anunció el Ayuntamiento.\n")
	if m := doc.Meta; strings.Join(m.Authors, "|") != "Lucía Andrade" || !strings.HasPrefix(m.Date, "2024-03-12") || firstFigureOf(doc) == nil || firstFigureOf(doc).Credit != "Gonzalo Pérez | La Razón" {
		t.Errorf("caption and credit in the header: meta %+v, figure %+v", m, firstFigureOf(doc))
	}
	// An agency named as the author, with the paper's initials.
	_, doc, _ = kinds(t, "Governo vai exigir reserva para o trilho da Lagoa do Fogo\n\nAutor: Lusa/AO\n12/06/2024 10:30\n\nO Governo dos Açores vai exigir reserva prévia para o trilho que desce até à lagoa.\n")
	if m := doc.Meta; len(m.Authors) != 0 || m.Source == nil || m.Source.Name != "Lusa" {
		t.Errorf("agency as author: meta %+v", m)
	}
	// An agency's regional desk in the dateline.
	_, doc, _ = kinds(t, "Nisthilfen sollen Störche vom Strommast fernhalten\n\nPotsdam (dpa/bb) - Um Stromausfälle und tote Störche zu vermeiden, will der Netzbetreiber rund 60 Nisthilfen auf Strommasten montieren.\n")
	if m := doc.Meta; m.Source == nil || m.Source.Name != "dpa" {
		t.Errorf("regional desk: meta %+v", m)
	}
	// Kickers, then the byline, then the headline and its standfirst.
	got, doc, _ = kinds(t, "Hochtaunus\nBad Homburg\n\nVon Anja Lindemann\n\nTeilen\n\nBad Homburg: Im Kurpark sollen die Brunnen wieder sprudeln\n\nVon den alten Quellen im Kurpark sind nur noch zwei zugänglich, und die Stadt legt jetzt einen Plan vor.\n\nDer Magistrat will bis 2027 vier Brunnen sanieren.\n")
	if m := doc.Meta; got != "dropped dropped blank byline blank dropped blank title blank paragraph blank paragraph" || !strings.HasPrefix(m.Title, "Bad Homburg: Im") || strings.Join(m.Authors, "|") != "Anja Lindemann" {
		t.Errorf("kicker, byline, headline: %s, meta %+v", got, m)
	}
	// A short headline over its byline and a standfirst without a full
	// stop stays the headline.
	got, doc, _ = kinds(t, "Heat wave\n\nBy Anna Reed\n\nCities open cooling centres as temperatures climb past forty degrees\n\nCooling centres opened in six cities on Monday as the temperature climbed past forty degrees for the third day in a row.\n")
	if m := doc.Meta; m.Title != "Heat wave" {
		t.Errorf("short headline over byline: %s, meta %+v", got, m)
	}
}

// The authors among the header's lines: two names with their roles; a
// name with its role over a place; names over a date label; an outlet's
// name in capitals under the names.
func TestHeaderAuthors(t *testing.T) {
	const body = "\nWhen the river rose last winter, the meadows took the water first, the council said.\n"
	for _, c := range []struct{ name, header, authors string }{
		{"two names with roles", "Helen Achterberg, University of Leeds\nTomasz Wierzbicki, University of Leeds\n\nPublished: March 12, 2024 3.12pm GMT\n", "Helen Achterberg|Tomasz Wierzbicki"},
		{"name with role, then place", "Helen Achterberg, Register staff writer\nDes Moines, Iowa\n\nPublished: March 12, 2024 3.12pm GMT\n", "Helen Achterberg"},
		{"names over a date label", "Ng Hui Wen\nFarhan Ismail\n\nUpdated\nJun 4, 2024, 05:57 PM\n", "Ng Hui Wen|Farhan Ismail"},
		{"outlet under names", "Dana Kowalczyk and Terrence Mabry\nUSA TODAY\n\nPublished 5:02 a.m. ET May 14, 2024\n", "Dana Kowalczyk|Terrence Mabry"},
	} {
		_, doc, _ := kinds(t, "Flood meadows hold back far more water than drained fields\n\n"+c.header+body)
		if got := strings.Join(doc.Meta.Authors, "|"); got != c.authors {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.authors)
		}
	}
	// A writer off the staff: the role of seven words is the byline's.
	got, _, _ := kinds(t, "Flood meadows hold back far more water than drained fields\n\nLuana Meirelles\nColaboração para o UOL, em São Paulo\n12/11/2024 04h00\n"+body)
	if want := "title blank byline byline dropped blank paragraph"; got != want {
		t.Errorf("special to: got %s, want %s", got, want)
	}
}

func TestRoleLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Título del autor, BBC News Brasil", "BBC News Brasil"},
		{"Role, Science correspondent", "Science correspondent"},
		{"Role, as the minister said, is to lead.", ""},
		{"Título de la obra, según su autor", ""},
	} {
		if got, ok := roleLabel(c.in); got != c.want || ok != (c.want != "") {
			t.Errorf("roleLabel(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestFigureLayoutsInContext(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries.\n"
	const P = "The crossing takes eleven minutes and the boat carries forty passengers and six cars on every trip across.\n"
	for _, c := range []struct{ name, in, want string }{
		// A caption button, the credit, then the caption.
		{"caption button", T + "toggle caption\nJo Reyes for KXAN\nThe new ferry leaves the Hale landing on its first crossing.\nMore text follows here.\n",
			"title paragraph dropped figure-credit figure-caption paragraph"},
		{"caption button without a credit", T + "toggle caption\nThe new ferry leaves the Hale landing on its first crossing.\nMore text follows here.\n",
			"title paragraph paragraph paragraph paragraph"},
		// Initials alone under a caption-shaped line are its credit.
		{"initials under a caption", T + "De nieuwe pont bij Hale tijdens een proefvaart\nRTV\nMore text follows here.\n",
			"title paragraph figure-caption figure-credit paragraph"},
		{"initials under a sentence", T + "The ferry was built in Zwolle.\nRTV\nMore text follows here.\n",
			"title paragraph paragraph dropped paragraph"}, // not a figure
		// A block of its own between paragraphs that are not blocks is a
		// caption; in a copy whose paragraphs are blocks too, it is not.
		{"block between adjacent paragraphs", T + P + P + P + "\nThe new ferry leaves the Hale landing on its first crossing\n\n" + P + P,
			"title paragraph paragraph paragraph paragraph blank figure-caption blank paragraph paragraph"},
		{"credit in capitals after a block's full stop", T + "\n" + P + "\nThe new ferry leaves the Hale landing on its first crossing. SUPPLIED\n\n" + P,
			"title paragraph blank paragraph blank figure-caption blank paragraph"},
		{"block between blocks", T + "\n" + P + "\n" + P + "\n" + P + "\nThe ferry's first crossing\n\n" + P + "\n" + P,
			"title paragraph blank paragraph blank paragraph blank paragraph blank heading blank paragraph blank paragraph"},
		// Unless it runs to nine words or more, as captions do and
		// headings hardly ever.
		{"long block between blocks", T + "\n" + P + "\n" + P + "\n" + P + "\nThe new ferry leaves the Hale landing on its first crossing\n\n" + P + "\n" + P,
			"title paragraph blank paragraph blank paragraph blank paragraph blank figure-caption blank paragraph blank paragraph"},
		// A bracket that ends a caption over its credit line is the
		// caption's; a credit in brackets on its own line.
		{"bracket over credit", T + "\n" + P + "\nSo sollen die Leuchten am Kanal aussehen (Visualisierung)\n© Quelle: Stadt Leipzig\n\n" + P,
			"title paragraph blank paragraph blank figure-caption figure-credit blank paragraph"},
		{"credit in brackets", T + "\n" + P + "\nLa borne de recharge installée ce printemps sur le quai.\n(Photo Capa)\n\n" + P,
			"title paragraph blank paragraph blank figure-caption figure-credit blank paragraph"},
		// In the header, a caption with a date and no full stop over a
		// credit with the day the photo was taken: no date lines.
		{"dated caption over dated credit in the header", "Balsa elétrica começa a operar\nA travessia leva onze minutos\n\nAna Lima\n16.abr.2024 - 6h00\n\nA nova balsa deixa o cais de Hale na primeira travessia em 9.abr.2024\nHélio Damasceno/Poder360 - 9.abr.2024\n\n" + P,
			"title paragraph blank byline dropped blank figure-caption figure-credit blank paragraph"},
		// A labelled caption over its credit.
		{"labelled caption over credit", T + "\n" + P + "\nLegenda: A nova balsa deixa o cais de Hale na primeira travessia\nFoto: Davi Landim\n\n" + P,
			"title paragraph blank paragraph blank figure-caption figure-credit blank paragraph"},
		// The lead photo's caption with no credit, under the header's
		// furniture: after a standfirst, without a full stop; or over a
		// dateline; not a first paragraph of its own.
		{"lead caption after standfirst", "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries, the council said.\n\nBy Ana Reyes\n12 March 2024\n\nShare\n\nThe new ferry at the Hale landing on its first crossing\n\nFor eighty years the ferry at Hale ran on diesel, and on Monday it made its first crossing on batteries charged overnight at the landing. " + P + P,
			"title blank paragraph blank byline dropped blank dropped blank figure-caption blank paragraph paragraph"},
		{"lead caption over dateline", "Harbour ferry goes electric after eighty years of diesel\n\n12 March 2024\nShare\n\nThe new ferry at the Hale landing on its first crossing.\n\nHALE - For eighty years the ferry at Hale ran on diesel. " + P,
			"title blank dropped dropped blank figure-caption blank paragraph"},
		{"short first paragraph", "Harbour ferry goes electric after eighty years of diesel\n\n12 March 2024\nShare\n\nFor eighty years the ferry at Hale ran on diesel.\n\n" + P,
			"title blank dropped dropped blank paragraph blank paragraph"},
	} {
		got, _, rep := kinds(t, c.in)
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
			for _, e := range rep.Entries {
				t.Log(e.Line, e.Kind, e.Rule, e.Why)
			}
		}
	}
}

// After the body's last sentence, a headline among furniture is a list of
// other stories; a line without a full stop right after the body, with no
// furniture before it, is not dropped by this rule.
func TestHeadlinesAfterBody(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries.\nThe council paid for half of it.\n"
	got, _, _ := kinds(t, T+"Facebook\nMore stories from us\nFarmers in three valleys brace for a late frost this spring\nBusiness\n")
	if want := "title paragraph paragraph dropped dropped dropped dropped"; got != want {
		t.Errorf("headline list: got %s, want %s", got, want)
	}
	// "Mehr Linz" and the headlines under it, two of them of a label and
	// a value: no fact box.
	got, _, _ = kinds(t, T+"\nKommentare anzeigen\n\nMehr Linz\nNeue Mistkübel am Donauufer sollen Krähen abhalten\nHauptbahnhof: Rolltreppen werden bis Ostern getauscht\nUrfahraner Markt: Frühjahrsmarkt mit neuen Fahrgeschäften\n")
	if want := "title paragraph paragraph blank dropped blank dropped dropped dropped dropped"; got != want {
		t.Errorf("headline list with labels: got %s, want %s", got, want)
	}
	got, _, _ = kinds(t, T+"The ferry will carry its first cars on Monday, the operator said\n")
	if want := "title paragraph paragraph paragraph"; got != want {
		t.Errorf("last line without a stop: got %s, want %s", got, want)
	}
}

// A quotation set apart that repeats a paragraph before it is a pull
// quote, and the name under it goes with it; one that the next paragraph
// says is a heading that quotes its section.
func TestPullQuotes(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries.\n"
	const said = "The skipper has worked the crossing for thirty years. “The river decides when we sail, not the timetable,” said Ann Cole, who runs the ferry.\n"
	const more = "The council paid for half of the new boat and the rest came from a regional fund for clean transport.\n"
	got, _, _ := kinds(t, T+said+"“The river decides when we sail, not the timetable”\nAnn Cole, skipper\n"+more)
	if want := "title paragraph paragraph dropped dropped paragraph"; got != want {
		t.Errorf("pull quote: got %s, want %s", got, want)
	}
	got, _, _ = kinds(t, T+more+"‘The river decides when we sail’\n"+said)
	if want := "title paragraph paragraph heading paragraph"; got != want {
		t.Errorf("quote heading: got %s, want %s", got, want)
	}
	// A few words quoted after the paragraph they repeat, with no name
	// under them: a heading still.
	got, _, _ = kinds(t, T+said+"‘The river decides when we sail’\n"+more)
	if want := "title paragraph paragraph heading paragraph"; got != want {
		t.Errorf("quote heading after its quote: got %s, want %s", got, want)
	}
	got, _, _ = kinds(t, T+said+"“The river decides when we sail”\nAnn Cole, skipper\n"+more)
	if want := "title paragraph paragraph dropped dropped paragraph"; got != want {
		t.Errorf("short pull quote with its name: got %s, want %s", got, want)
	}
}

// A label over a headline between paragraphs, before a heading, is a
// link to another story; a heading over its subheading and paragraph,
// and a list's items, are not.
func TestTeasers(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries, and the council says it will save money.\n"
	const P = "The crossing takes eleven minutes and the boat carries forty passengers and six cars on every trip across.\n"
	for _, c := range []struct{ name, in, want string }{
		{"teaser", T + P + "Heat in the city\nWhere to find free drinking water in Hale this summer\nWhich landings come first\n" + P,
			"title paragraph paragraph dropped dropped heading paragraph"},
		{"heading and subheading", T + P + "Heat in the city\nWhere to find free drinking water in Hale this summer\n" + P,
			"title paragraph paragraph heading paragraph paragraph"},
		{"label over two headlines, a block", T + "\n" + P + "\nRelated\nWhere to find free drinking water in Hale this summer\nHeat in schools: classrooms reach 35 degrees in June\n\n" + P,
			"title paragraph blank paragraph blank dropped dropped dropped blank paragraph"},
		{"card label over its headline", T + P + "Related article\nWhy summer storms on the coast are getting harder to predict\n" + P,
			"title paragraph paragraph dropped dropped paragraph"},
		{"video title over its duration", T + P + "Rural towns are running out of volunteer ferry crews\n05:41\n" + P,
			"title paragraph paragraph dropped dropped paragraph"},
		{"gallery title over its counter", T + P + "These harbour views will make you want to visit\n1 / 14\n" + P,
			"title paragraph paragraph dropped dropped paragraph"},
		{"gallery title over its link", T + P + "Pictures from Hale\nView gallery\n" + P,
			"title paragraph paragraph dropped dropped paragraph"},
		{"heading over a gallery label", T + P + "Pictures from Hale\nPhoto gallery\n" + P,
			"title paragraph paragraph heading dropped paragraph"},
		{"list items", T + P + "Households can borrow:\nUp to 20 filled sandbags\nDoor and airbrick barriers\nAn electric pump with a 10-metre hose\nA waterproof box for documents\n" + P,
			""},
		// A card with a subscriber's badge; a heading over a short
		// paragraph is no card.
		{"badged card", T + "\n" + P + "\nFreibad Hale\nSanierung für 9 Millionen: Das Stimmvolk entscheidet im November\nAbo\n\n" + P,
			"title paragraph blank paragraph blank dropped dropped dropped blank paragraph"},
		// A list of links ends at a blank line before a short line over a
		// sentence: a heading of the story.
		{"list, then a heading", T + "\n" + P + "\nTE PUEDE INTERESAR\nSurco cerrará tres cuadras de la avenida Primavera\nSan Isidro amplía su ciclovía hasta el Óvalo\n\nTRES TRAMOS\n\nLos bebederos se instalarán en tres tramos:\n\n" + P,
			"title paragraph blank paragraph blank dropped dropped dropped blank heading blank paragraph blank paragraph"},
		{"heading over a paragraph", T + "\n" + P + "\nWhat comes next\nThe council votes in May.\n\n" + P,
			"title paragraph blank paragraph blank heading paragraph blank paragraph"},
		// A heading set apart after a video teaser is no button of it.
		{"heading after a video teaser", "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries, and the council says it will save money.\n\n" + strings.Repeat(P+"\n", 7) + "Morning show\n6:42\nLibrary lends out ice-fishing gear\nA librarian explains how the new kits work.\n\nNewcomers and families\n\nAbout a third of the people who have borrowed a kit so far are newcomers to Canada, the library said on Monday.\n",
			"title blank paragraph blank " + strings.Repeat("paragraph blank ", 7) + "dropped dropped dropped dropped blank heading blank paragraph"},
	} {
		got, _, rep := kinds(t, c.in)
		if c.want == "" {
			for _, e := range rep.Entries {
				if e.Rule == RuleTeaser {
					t.Errorf("%s: line %d %q taken for a teaser", c.name, e.Line, e.Text)
				}
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
			for _, e := range rep.Entries {
				t.Log(e.Line, e.Kind, e.Rule, e.Why)
			}
		}
	}
}

// A name or initials with an e-mail address, or a courtesy credit, under
// a caption is its credit.
func TestAdjacentCredit(t *testing.T) {
	for _, c := range []struct{ in, credit string }{
		{"Carlos Vidal cvidal@elnuevoherald.com", "Carlos Vidal cvidal@elnuevoherald.com"},
		{"Provided by Louisville Metro Government", "Provided by Louisville Metro Government"},
		{"Write to us at news@example.org", ""},
		{"IMAGOECONOMICA", "IMAGOECONOMICA"},
		{"LaPresse", "LaPresse"}, // an agency by name, in mixed case
		{"Tamika Rowe, Detroit Free Press", "Tamika Rowe, Detroit Free Press"},
		{"Tamika Rowe, staff writer", ""},
		{"LaStampa", ""},
		{"Hélio Damasceno/Poder360 - 9.abr.2024", "Hélio Damasceno/Poder360 - 9.abr.2024"},
		{"Bus lanes - 9 April 2024", ""},
		{"Gonzalo Pérez | La Razón", "Gonzalo Pérez | La Razón"},
		{"Gonzalo Pérez | Environment correspondent since 2019", ""},
	} {
		credit, ok := adjacentCredit(c.in)
		if credit != c.credit || ok != (c.credit != "") {
			t.Errorf("adjacentCredit(%q) = %q, %v; want %q", c.in, credit, ok, c.credit)
		}
	}
}

// The author found where no byline is: a correspondent's dateline, a
// name alone closing the story; a list that a colon opens, and a fact
// box's "label: value" lines, have no headings.
func TestAuthorsOutOfTheHeader(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\n\n"
	const P = "The crossing takes eleven minutes and the boat carries forty passengers and six cars on every trip across.\n\n"
	_, doc, _ := kinds(t, T+"HORQUETA (Marcos Ramírez, corresponsal). The ferry that crosses the river at Hale now runs on batteries, the council said.\n\n"+P)
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Marcos Ramírez" {
		t.Errorf("correspondent's dateline: authors %q", got)
	}
	_, doc, _ = kinds(t, T+P+P+"Sara Piras\n\n© Riproduzione riservata\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Sara Piras" {
		t.Errorf("signature: authors %q", got)
	}
	got, _, _ := kinds(t, T+P+"RECORDS\nColdest night: -14.2C on 10 January 1982\nHottest day: 33.1C on 19 July 2022\nWettest day: 71mm of rain\n\n"+P)
	if want := "title blank paragraph blank heading paragraph paragraph paragraph blank paragraph blank"; got != want {
		t.Errorf("fact box:\n got %s\nwant %s", got, want)
	}
	got, _, _ = kinds(t, T+P+"These churches take part:\nDom St. Peter\nSt. Marien am Markt\nSt. Katharinen\nSt. Johann\n\n"+P)
	if want := "title blank paragraph blank paragraph paragraph paragraph paragraph paragraph blank paragraph blank"; got != want {
		t.Errorf("short items after a colon:\n got %s\nwant %s", got, want)
	}
	_, doc, _ = kinds(t, T+P+P+"Correspondante Midi Libre : Odile Ferrand\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Odile Ferrand" {
		t.Errorf("correspondent at the end: authors %q", got)
	}
	got, _, _ = kinds(t, T+P+"The first sites include:\nSix lots along Greenwood Avenue in Shawnee\nThree lots near the Portland library\nTwo lots on South 32nd Street\n\n"+P)
	if want := "title blank paragraph blank paragraph paragraph paragraph paragraph blank paragraph blank"; got != want {
		t.Errorf("colon list:\n got %s\nwant %s", got, want)
	}
	// The items across one blank line under the colon.
	got, _, _ = kinds(t, T+P+"The ferry will run at these times:\n\nMonday to Friday: 7am to 7pm\nSaturdays: 7am to 1pm\nSundays and holidays: 8am to 2pm\n\n"+P)
	if want := "title blank paragraph blank paragraph blank paragraph paragraph paragraph blank paragraph blank"; got != want {
		t.Errorf("colon list across a blank line:\n got %s\nwant %s", got, want)
	}
}

// firstFigureOf is the document's first figure, or nil.
func firstFigureOf(doc *document.Document) *document.Figure {
	var f *document.Figure
	document.Walk(doc.Blocks, func(b document.Block) {
		if x, ok := b.(*document.Figure); ok && f == nil {
			f = x
		}
	})
	return f
}

// A plea to subscribe or to support the outlet's journalism goes with its
// box (title and button); a paragraph about subscriptions, or one that
// quotes someone on them, stays.
func TestAppeals(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\nThe ferry that crosses the river at Hale now runs on batteries.\n\n"
	const P = "The crossing takes eleven minutes and the boat carries forty passengers and six cars on every trip across.\n"
	for _, c := range []struct{ name, in, want string }{
		{"box", T + P + "\nSupport local news\nYour subscription keeps independent journalism going in Hale.\nSubscribe\n\n" + P,
			"title paragraph blank paragraph blank dropped dropped dropped blank paragraph"},
		{"spaced box", T + P + "\nSostieni l’informazione di qualità\n\nAbbonati per leggere tutti gli articoli e sostenere il nostro giornalismo.\n\nAbbonati\n\n" + P,
			"title paragraph blank paragraph blank dropped blank dropped blank dropped blank paragraph"},
		{"about subscriptions", T + P + "\nThe local paper lost a third of its subscribers, and its owners say independent journalism in the valley will not survive another year.\n",
			"title paragraph blank paragraph blank paragraph"},
		{"all our articles", T + P + "\nCet article vous a plu ? Abonnez-vous pour lire tous nos articles\n\n" + P,
			"title paragraph blank paragraph blank dropped blank paragraph"},
		{"quoted", T + P + "\n“Subscribe, and you keep local news alive,” the editor told the meeting.\n",
			"title paragraph blank paragraph blank paragraph"},
		{"free access", T + P + "\nGratis onbeperkt toegang tot al het nieuws uit jouw regio? Dat kan! Maak een account aan.\n\n" + P,
			"title paragraph blank paragraph blank dropped blank paragraph"},
	} {
		got, _, rep := kinds(t, c.in)
		if got != c.want {
			var b strings.Builder
			rep.WriteText(&b)
			t.Errorf("%s: got %s, want %s\n%s", c.name, got, c.want, b.String())
		}
	}
}

// A story's card under a "Read next" heading ends with its date: the
// short line after it heads the next section and is given back.
func TestListCardGivesBackHeading(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries.\n\n"
	got, _, _ := kinds(t, T+"READ NEXT\nHALE\nTown council approves a new bridge over the river\nApril 9, 2025 5:00 AM\n\nWhat changes for riders\n\nHere is what riders need to know about the new boat and its timetable this spring.\n")
	if want := "title blank paragraph blank dropped dropped dropped dropped blank heading blank paragraph"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// After the story: two names joined by "and" in its language sign it when
// it had no byline, under the tags; a fact box of labels and values is
// the story's; "REDACCIÓ / ACN" credits the agency.
func TestStoryEnd(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries, and the council says the boat will save it money within ten years.\n\n"
	_, doc, _ := kinds(t, T+"Ann Lee et Tom Hale\n\nHale\nFerries\nTransport\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Ann Lee|Tom Hale" {
		t.Errorf("authors %q, want Ann Lee|Tom Hale", got)
	}
	got, _, _ := kinds(t, T+"Facts and figures\n\nLength: 600 metres\nCost: 1.9 million euros\n\nComments\n")
	if want := "title blank paragraph blank heading blank paragraph paragraph blank dropped"; got != want {
		t.Errorf("fact box: got %s, want %s", got, want)
	}
	// "With AAP" under the story: the agency is the source.
	if _, doc, _ := kinds(t, T+"With AAP\n"); doc.Meta.Source == nil || doc.Meta.Source.Name != "AAP" {
		t.Errorf("With AAP: source %+v", doc.Meta.Source)
	}
	// The author's box after the body: the name, a role or a sentence
	// about them. A name alone over body text is no box.
	const B = "Harbour ferry goes electric after eighty years of diesel\n\nBy Ann Lee\n\nThe ferry that crosses the river at Hale now runs on batteries, and the council says the boat will save it money within ten years.\n\nThe crossing takes eleven minutes and the boat carries forty passengers and six cars on every trip.\n\n"
	if got, _, _ := kinds(t, B+"Ann Lee\nReporter, Hale\nCovers the river towns.\n"); !strings.HasSuffix(got, "paragraph blank paragraph blank byline byline dropped") && !strings.HasSuffix(got, "paragraph blank paragraph blank dropped dropped dropped") {
		t.Errorf("author box: got %s", got)
	}
	if got, _, _ := kinds(t, B+"Ann Lee\nThe ferry leaves at six and returns at eight, every day of the week.\n"); strings.HasPrefix(got, "title blank byline blank paragraph blank paragraph blank dropped") {
		t.Errorf("name over a sentence of the story: got %s", got)
	}
	// Sign-offs are no part of the story (issue 11): the people they
	// name are contributors, the agency the source.
	for _, c := range []struct{ line, who string }{
		{"Kira Dobson contributed to this report.", "Kira Dobson"},
		{"Additional reporting by Tom Ashby", "Tom Ashby"},
		{"*Colaborou Diego Farias", "Diego Farias"},
		{"With files from Jordan Tessier", "Jordan Tessier"},
		{"(Con información de EFE)", "EFE"},
		{"(With inputs from PTI)", "PTI"},
		{"(With additional input from APP)", "APP"},
	} {
		got, doc, _ := kinds(t, T+c.line+"\n")
		if want := "title blank paragraph blank dropped"; got != want {
			t.Errorf("%q: got %s, want %s", c.line, got, want)
		}
		var names []string
		for _, x := range doc.Meta.Contributors {
			names = append(names, x.Text)
		}
		if doc.Meta.Source != nil {
			names = append(names, doc.Meta.Source.Name)
		}
		if !slices.Contains(names, c.who) {
			t.Errorf("%q: contributors and source %q, want %s", c.line, names, c.who)
		}
	}
	_, doc, _ = kinds(t, "Harbour ferry goes electric after eighty years of diesel\n\nREDACCIÓ / ACN | HALE\n12/03/2024 06:00\n\nThe ferry that crosses the river at Hale now runs on batteries, and the council says the boat will save it money.\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "ACN" {
		t.Errorf("source %+v, want ACN", doc.Meta.Source)
	}
}

// A quoted heading in French typography (« Rattraper un oubli ») is a
// heading; a byline "Par X avec AFP - date" credits X and AFP.
func TestFrenchHeaderAndHeading(t *testing.T) {
	const T = "Hale : trois nouveaux murs peints verront le jour cet été\n\nPar Anne ROUX avec AFP - 12 mars 2024 à 19:15 | mis à jour le 13 mars 2024 à 08:40\n\n"
	const P = "La Ville a dévoilé jeudi les projets retenus pour enrichir son parcours de fresques, et les travaux commenceront en juin.\n\n"
	got, doc, _ := kinds(t, T+P+"« Rattraper un oubli »\n\n"+P)
	if want := "title blank byline blank paragraph blank heading blank paragraph blank"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if strings.Join(doc.Meta.Authors, "|") != "Anne Roux" || doc.Meta.Source == nil || doc.Meta.Source.Name != "AFP" {
		t.Errorf("authors %q, source %+v; want Anne Roux and AFP", doc.Meta.Authors, doc.Meta.Source)
	}
}

// The date after a byline's dash is the article's, before a reading time
// after another dash.
func TestBylineDashDate(t *testing.T) {
	_, doc, _ := kinds(t, "Hale : trois nouveaux murs peints verront le jour\n\nPar Anne Roux - 14 mai 2024 à 17:30 - Temps de lecture : 3 min\n\nLa Ville a dévoilé jeudi les projets retenus pour enrichir son parcours de fresques.\n")
	if doc.Meta.Date != "2024-05-14" || strings.Join(doc.Meta.Authors, "|") != "Anne Roux" {
		t.Errorf("date %q, authors %q; want 2024-05-14 and Anne Roux", doc.Meta.Date, doc.Meta.Authors)
	}
}

// Two names over a place over the date are two authors; the date in a
// paragraph's dateline is the article's when the header has none.
func TestAuthorsOverPlaceAndDatelineDate(t *testing.T) {
	_, doc, _ := kinds(t, "Vigo renovará todas las duchas de Samil antes de julio\n\nMarta Fontán\nIago Lorenzo\nVigo\n11 JUN 2024 6:00\n\nEl Concello de Vigo renovará este mes las duchas de las playas de Samil y O Vao.\n")
	if doc.Meta.Date != "2024-06-11" || strings.Join(doc.Meta.Authors, "|") != "Marta Fontán|Iago Lorenzo" {
		t.Errorf("date %q, authors %q; want 2024-06-11 and two authors", doc.Meta.Date, doc.Meta.Authors)
	}
	// A name over the date, but not a place or an outlet over it.
	for _, c := range []struct{ second, want string }{
		{"Sjoerd Mulder", "Hilde Bakker|Sjoerd Mulder"},
		{"La Presse", "Hilde Bakker"},
		{"San Sebastián", "Hilde Bakker"},
		{"Star Tribune", "Hilde Bakker"},
		{"ABC Kimberley", "Hilde Bakker"},
	} {
		_, doc, _ = kinds(t, "Na twintig jaar vaart er weer een fietspont over het Reitdiep\n\nHilde Bakker\n"+c.second+"\n12 maart 2024, 06:00\n\nVanaf 1 mei kunnen fietsers en wandelaars bij Dorkwerd weer met een pontje het Reitdiep oversteken.\n")
		if got := strings.Join(doc.Meta.Authors, "|"); got != c.want {
			t.Errorf("%q under a name, over the date: authors %q, want %q", c.second, got, c.want)
		}
	}
	// The name over the author's address closes an unsigned story.
	_, doc, _ = kinds(t, "Sens : une recyclerie s’installe dans l’ancienne caserne\n\nLa caserne du boulevard du Mail accueillera au printemps la recyclerie de l’association, avec douze emplois en insertion prévus.\n\nMaëlle Tissandier\nmaelle.tissandier@centrefrance.com\n\nSens\nÉconomie sociale et solidaire\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Maëlle Tissandier" {
		t.Errorf("signature over an address: authors %q", got)
	}
	// The name over its desk and outlet, under the last paragraph and a
	// dropped prompt, signs an unsigned story; a last heading does not.
	_, doc, _ = kinds(t, "Un hongo está secando los frailejones del páramo\n\nInvestigadores de la Universidad Nacional hallaron el hongo en muestras de cuatro zonas del páramo este año.\n\nSíguenos en Facebook\n\nANDREA MILENA ROZO\nREDACCIÓN MEDIOAMBIENTE\nEL TIEMPO\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "Andrea Milena Rozo" {
		t.Errorf("signature over its desk: authors %q", got)
	}
	_, doc, _ = kinds(t, "Un hongo está secando los frailejones del páramo\n\nInvestigadores de la Universidad Nacional hallaron el hongo en muestras de cuatro zonas del páramo este año.\n\nSan Cristóbal\n\nLa alcaldía pide más recursos para estudiar el hongo en todo el páramo de Guerrero este año.\n")
	if got := strings.Join(doc.Meta.Authors, "|"); got != "" {
		t.Errorf("heading before a paragraph: authors %q", got)
	}
	_, doc, _ = kinds(t, "Plantarán 4 mil árboles en camellón de Constitución\n\nPor Daniel Cantú\n\nMonterrey, México (19 febrero 2025).- Con la meta de bajar la temperatura del pavimento, el Municipio plantará árboles.\n")
	if doc.Meta.Date != "2025-02-19" {
		t.Errorf("dateline date %q, want 2025-02-19", doc.Meta.Date)
	}
	_, doc, _ = kinds(t, "Un orto sul tetto dell’ospedale\n\nIl progetto, nato da un’idea di due infermiere, coinvolge i ricoverati della lungodegenza.\n\ndi Andrea Zanardi\n\nBologna, 18 aprile 2024 – Sul tetto del padiglione 2 del policlinico crescono pomodori e basilico.\n")
	if doc.Meta.Date != "2024-04-18" {
		t.Errorf("dateline date %q, want 2024-04-18", doc.Meta.Date)
	}
	for _, in := range []string{"Ayer, 19 febrero 2025 - una fecha en una frase.", "Oggi, 18 aprile 2024 – una data.", "Bologna, la città – una frase.", "Con la meta de 2025 - bajar.", "Desde el jueves (19 febrero 2025) - la obra sigue."} {
		if d, ok := datelineDate(in); ok {
			t.Errorf("datelineDate(%q) = %q, want none", in, d)
		}
	}
}

// An invitation to ask the newsroom goes with the question over it; the
// name over the outlet over the author's biography goes too.
func TestAskUsBoxAndBioName(t *testing.T) {
	const T = "Water taxi returns to the Sacramento River this spring\n\nThe boats will run between Old Sacramento and the West Sacramento landing from May, the operator said on Monday.\n\n"
	got, _, _ := kinds(t, T+"Have a question about getting around the region?\nAsk The Bee’s Service Journalism team. We read every submission.\n\nThe fare will be $5 each way, and children under five ride free, the operator said.\n")
	if want := "title blank paragraph blank dropped dropped blank paragraph"; got != want {
		t.Errorf("ask-us box: got %s, want %s", got, want)
	}
	got, _, _ = kinds(t, T+"Dana Whitlock\nThe Sacramento Bee\nDana Whitlock covers transportation and growth for The Sacramento Bee.\n")
	if want := "title blank paragraph blank dropped dropped dropped"; got != want {
		t.Errorf("bio under name and outlet: got %s, want %s", got, want)
	}
}

// A headline glued under furniture, with no blank line between, links to
// another story, and a heading set apart stays; of two heading-shaped
// lines set apart over the body text, the second is the heading.
func TestHeadingsBetweenFurniture(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries, the operator said on Monday, and the first crossing was full.\n\n"
	const after = "\n\nThe council paid for half of the new boat, and the rest came from a fund for clean transport, the operator said.\n\nThe old diesel boat will be sold.\n\nIts crew will stay on.\n"
	for _, c := range []struct{ name, in, want string }{
		{"glued headline", "Related Article\nFarmers in three valleys brace for a late frost this spring", "dropped dropped"},
		{"heading set apart", "Related Article\n\nA boat built for the river", "dropped blank heading"},
		{"two heading-shaped lines", "‘It was in our kitchen within an hour’\n\nHow the scheme works", "paragraph blank heading"},
		{"one heading", "How the scheme works", "heading"},
	} {
		got, _, _ := kinds(t, T+c.in+after)
		if want := "title blank paragraph blank " + c.want + " blank paragraph blank paragraph blank paragraph"; got != want {
			t.Errorf("%s: got %s, want %s", c.name, got, want)
		}
	}
}

// A copy is spaced when its paragraphs are set apart, however many
// menu lines are glued together; a colon's items set apart stay.
func TestSpacedCopy(t *testing.T) {
	p := "The ferry that crosses the river at Hale now runs on batteries, the operator said on Monday morning.\n\n"
	menu := "Save\nShare\nNormal text size\nLarger text size\nVery large text size\nLog in\nSubscribe\nMenu\n\n"
	if !spacedCopy(strings.Split(menu+strings.Repeat(p, 6), "\n")) {
		t.Error("paragraphs set apart under a glued menu: not spaced")
	}
	if spacedCopy(strings.Split(strings.Repeat(strings.TrimSuffix(p, "\n"), 8), "\n")) {
		t.Error("paragraphs glued: spaced")
	}
	got, _, _ := kinds(t, "Harbour ferry goes electric\n\n"+strings.Repeat(p, 3)+"The oil is taken at these ecopoints:\n\nAldeota;\n\nBenfica;\n\nMessejana.\n\n"+p)
	if strings.Contains(got, "dropped") {
		t.Errorf("a colon's items set apart were dropped: %s", got)
	}
}

// Questions answered by quotations are an interview's, not headings; a
// question over prose is a heading.
func TestInterviewQuestions(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries, the operator said on Monday, and the first crossing was full.\n\n"
	got, _, _ := kinds(t, T+"Can you learn it in six months?\n\n“The basics, yes. Then it takes years, and I still get one in a hundred wrong.”\n\nWhat does it take first?\n\n“Hands and patience. The machines help, but the hands still decide.”\n")
	if strings.Contains(got, "heading") {
		t.Errorf("interview questions taken for headings: %s", got)
	}
	got, _, _ = kinds(t, T+"Why fruit trees?\n\nVacant lots are a long-running problem in the west of the city, where the council owns hundreds of them.\n\nThe first trees go in next month.\n")
	if !strings.Contains(got, "heading") {
		t.Errorf("a question over prose is no heading: %s", got)
	}
}

// A caption that holds a date, with its credit glued under it, is no date
// line; a photographer called Mira is no "Mira:" link.
func TestDatedCaptionInHeader(t *testing.T) {
	got, doc, _ := kinds(t, "Laurelhurst Park’s pond to be drained for $2.4 million cleanup this summer\n\nLaurelhurst Park’s pond, photographed April 3, 2024, has not been fully drained since 1995.\nMira Castellanos/The Oregonian\n\nBy Ann Lee\nApril 9, 2024\n\nPortland will drain the pond in Laurelhurst Park this summer for the first time in nearly thirty years, the parks bureau said.\n")
	if !strings.Contains(got, "figure-caption figure-credit") || doc.Meta.Date != "2024-04-09" {
		t.Errorf("got %s, date %q; want the caption and its credit, and the date 2024-04-09", got, doc.Meta.Date)
	}
}

// A web site after "©", or a source in capitals that the share row took
// for a button, under a caption is its credit; share buttons stay
// buttons.
func TestDroppedCreditUnderCaption(t *testing.T) {
	const T = "Harbour ferry goes electric after eighty years of diesel\n\nThe ferry that crosses the river at Hale now runs on batteries, the operator said on Monday, and the first crossing was full.\n\n"
	const P = "\n\nThe council paid for half of the new boat, and the rest came from a fund for clean transport, the operator said.\n"
	for _, credit := range []string{"© www.halenews.co.uk", "FACEBOOK"} {
		_, doc, _ := kinds(t, T+"The new electric ferry at the north landing in Hale\n"+credit+P)
		if f := firstFigureOf(doc); f == nil || f.Credit == "" {
			t.Errorf("%q under a caption: no credited figure", credit)
		}
	}
	got, _, _ := kinds(t, T+"Share\nFacebook\nWhatsApp"+P)
	if strings.Contains(got, "figure") {
		t.Errorf("share buttons taken for a credit: %s", got)
	}
}

// An English headline over its standfirst is no supra-title over a
// headline; a Spanish supra-title is.
func TestSupraTitleLanguage(t *testing.T) {
	_, doc, _ := kinds(t, "Local\n\nHeated shelters coming to eight Portage Avenue stops\n\nRadiant heaters, wind panels and arrival screens to be in place by mid-December in $1.4-million pilot\n\nBy: Malik Osei\nPosted: 5:00 AM CST Thursday, Nov. 14, 2024\n\nWinnipeg Transit riders waiting on Portage Avenue this winter will be able to stand under a heater for the first time.\n")
	if doc.Meta.Title != "Heated shelters coming to eight Portage Avenue stops" {
		t.Errorf("English title %q", doc.Meta.Title)
	}
	_, doc, _ = kinds(t, "Sociedad\n\nReciclado en los barrios del sur\n\nEl Ayuntamiento instala 40 contenedores de aceite usado en Nervión y Triana\n\nPor Ana Ruiz\n14 de abril de 2024\n\nLos vecinos de Nervión y Triana podrán llevar desde el lunes el aceite usado de cocina a los nuevos contenedores.\n")
	if doc.Meta.Title != "El Ayuntamiento instala 40 contenedores de aceite usado en Nervión y Triana" {
		t.Errorf("Spanish title %q", doc.Meta.Title)
	}
}

// A block laid out as a caption this copy has already shown with its
// credit is a caption too, though no rule finds it alone; with no such
// caption before it, it stays a paragraph.
func TestSameLayoutCaptions(t *testing.T) {
	const para = "The city council voted on Tuesday night to fund the project for three more years, after a long debate about its cost and its results.\n\n"
	for _, c := range []struct{ first, second, caption, credit string }{
		{"La boucle éclairée passera devant le kiosque Edwin-Bélanger. (Maxime Tardif/Le Soleil)", "Des lampadaires sur batterie ont été mis à l’essai en décembre, près du Musée. (Commission des champs de bataille nationaux)", "Des lampadaires sur batterie ont été mis à l’essai en décembre, près du Musée.", "Commission des champs de bataille nationaux"},
		{"Solar municipal en la parte alta de La Isleta donde se levantará el huerto vecinal. Arturo Falcón", "Miembros de la asociación Isleta Verde, durante una visita a la parcela la semana pasada. C7", "Miembros de la asociación Isleta Verde, durante una visita a la parcela la semana pasada.", "C7"},
		{"DANIEL CROWE / FREE PRESS Commuters wait for a bus at Portage Avenue and Sherbrook Street on Wednesday.", "SUPPLIED A rendering of the enclosed shelter design, with heaters mounted under the roof.", "A rendering of the enclosed shelter design, with heaters mounted under the roof.", "SUPPLIED"},
	} {
		src := "A headline about the shelters and the council\n\n" + c.first + "\n\n" + para + para + c.second + "\n\n" + para
		_, doc, _ := kinds(t, src)
		var figs []*document.Figure
		for _, b := range doc.Blocks {
			if f, ok := b.(*document.Figure); ok {
				figs = append(figs, f)
			}
		}
		if len(figs) != 2 || document.PlainText(figs[1].Caption) != c.caption || figs[1].Credit != c.credit {
			t.Errorf("%q: figures %+v", c.second, figs)
		}
		// Without the first caption, the block stays a paragraph.
		_, doc, _ = kinds(t, "A headline about the shelters and the council\n\n"+para+para+c.second+"\n\n"+para)
		for _, b := range doc.Blocks {
			if _, ok := b.(*document.Figure); ok {
				t.Errorf("%q alone: a figure", c.second)
			}
		}
	}
}

// A newsletter's or an app's name right over its promotion titles the
// box and goes with it; a sentence over a promotion stays.
func TestBoxTitle(t *testing.T) {
	const para = "The carts cost about $190 each, and the district will cover the full price of the first batch from its solid waste reserve.\n"
	for _, c := range []struct{ box, gone, kept string }{
		{"Province Afternoon Headlines\nGet the day’s top headlines, breaking news and columns in your inbox.\nThanks for signing up!\nA welcome email is on its way. If you don’t see it, please check your junk folder.\n", "Province Afternoon Headlines", ""},
		{"Take Us With You\nReal-time updates and all local stories you want right in the palm of your hand.\n", "Take Us With You", ""},
		{"The council will vote on the plan in June.\nSign up for our free Evening Briefing email to get the day's news\n", "Evening Briefing", "The council will vote on the plan in June."},
	} {
		_, doc, _ := kinds(t, "Bear-proof carts for every home by 2026\n\n"+para+para+c.box+para)
		var b strings.Builder
		document.Dump(&b, doc)
		md := b.String()
		if strings.Contains(md, c.gone) || c.kept != "" && !strings.Contains(md, c.kept) {
			t.Errorf("%q:\n%s", c.box, md)
		}
	} // A sign-up box set apart: its title and blurb go with its form.
	src := "Bear-proof carts for every home by 2026\n\nThe district will hand out bear-proof garbage carts to every home in its first zone from June, after a record year of bear calls.\n\nConservation officers destroyed three black bears in the district last year after they became used to human food, a staff report says.\n\n“Every one of those bears was killed because of garbage,” said Coun. Harriet Osei, who has pushed for the program since 2022.\n\nWeekly Agriculture\nThe policy fights shaping farms, food and rural America, every Monday.\nEmail\nEmployer\nJob Title\nSign Up\nBy signing up, you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time.\nLoading\nYou will now start receiving email updates\n\nThe carts cost about $190 each, and the district will cover the full price of the first batch from its solid waste reserve.\n\nResidents outside the first zone will be able to order one for a one-time fee of $95 starting in September, the report says.\n"
	_, doc, _ := kinds(t, src)
	var b strings.Builder
	document.Dump(&b, doc)
	if md := b.String(); strings.Contains(md, "Weekly Agriculture") || strings.Contains(md, "policy fights") {
		t.Errorf("sign-up box:\n%s", md)
	}
}

// A list of links punctuated as one sentence ("…;" over "….") goes
// whole under its heading; the paragraph after it stays.
func TestSemicolonLinkList(t *testing.T) {
	const para = "A Câmara dos Deputados abriu licitação para comprar 2.300 cadeiras novas para o plenário e para as comissões da Casa.\n\n"
	src := "Câmara compra 2.300 cadeiras\n\n" + para + "Leia mais:\n\nDeputados aprovam reajuste de cotas de gabinete;\nSenado renova contrato de limpeza por R$ 48 milhões.\n\nPadrão, preço e destino das cadeiras antigas\n\n" + para
	_, doc, _ := kinds(t, src)
	var b strings.Builder
	document.Dump(&b, doc)
	md := b.String()
	if strings.Contains(md, "Deputados aprovam") || strings.Contains(md, "Senado renova") || !strings.Contains(md, "Padrão, preço") {
		t.Errorf("list of links:\n%s", md)
	}
}

// Under a list of cards, each a section label over a headline, a line
// where the next label should be heads the next section.
func TestCardsThenHeading(t *testing.T) {
	src := "Feira ganha usina solar no telhado\nA associação dos feirantes instalou 420 painéis solares no telhado da feira, que agora gera a própria energia.\nO resultado apareceu já na primeira conta de luz, segundo a associação dos feirantes da cidade.\nSaiba Mais\nCidades DF\nCalor seco: Defesa Civil emite alerta para umidade abaixo de 15%\nCidades DF\nFeira do Guará ganha novo estacionamento após reforma\nComo funciona\nO projeto custou R$ 1,4 milhão e foi pago com uma linha de crédito para energia renovável que a associação vai quitar.\nA divisão dos créditos de energia segue três regras definidas em assembleia pelos feirantes.\n"
	_, doc, _ := kinds(t, src)
	var b strings.Builder
	document.Dump(&b, doc)
	md := b.String()
	if strings.Contains(md, "Calor seco") || strings.Contains(md, "Cidades DF") || !strings.Contains(md, `Heading 2 "Como funciona"`) {
		t.Errorf("cards and heading:\n%s", md)
	}
}

// A plea's box glued under a caption, titled, with short lines, goes
// whole; short paragraphs over a plea, with no title on top, stay.
func TestGluedPleaBox(t *testing.T) {
	head := "Seaside lido saved by 3,000 shareholders\nA 1930s open-air pool on the Dorset coast has been saved from demolition after more than 3,000 people bought shares in it.\nSwimmers at the lido on its last open day before the council closed it in September 2022 (Supplied)\n"
	box := "Support truly\nindependent journalism\nOur mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth.\nWhether $5 or $50, every contribution counts.\nSupport us to deliver journalism without an agenda.\nLouise Thomas\nEditor\n\n"
	tail := "The pool, built in 1936, closed after the council said it could no longer pay for repairs to its sea wall and its pumps.\n\nThe community group that led the share offer said it hoped to reopen the pool to swimmers by the summer of 2026.\n"
	_, doc, _ := kinds(t, head+box+tail)
	var b strings.Builder
	document.Dump(&b, doc)
	if md := b.String(); strings.Contains(md, "Support truly") || strings.Contains(md, "Our mission") || strings.Contains(md, "every contribution") || !strings.Contains(md, "The pool, built in 1936") {
		t.Errorf("plea box:\n%s", md)
	}
	short := "The council voted on Monday to keep the pool open.\nIts members said the vote came after months of campaigning.\nThe pool will need a new pump before it reopens.\nA survey found cracks in two of its four walls.\nVolunteers will paint the changing rooms in April.\nThe group hopes to sell 1,000 more shares this year.\nSupport us to deliver journalism without an agenda.\n\n"
	_, doc, _ = kinds(t, head+short+tail)
	b.Reset()
	document.Dump(&b, doc)
	if md := b.String(); !strings.Contains(md, "keep the pool open") || !strings.Contains(md, "months of campaigning") {
		t.Errorf("paragraphs over a plea lost:\n%s", md)
	}
}

// The photo's text alternative, copied over its caption and credit in
// the same words, goes; the caption stays once.
func TestAltOverCaption(t *testing.T) {
	const para = "Dozens of primary school crossings in Melbourne’s north have gone without a supervisor on some mornings this term, councils say.\n\n"
	src := "Schools left without lollipop people\n\n" + para + "Crossing supervisor Bev Nankervis at her post in Reservoir last week.\nCrossing supervisor Bev Nankervis at her post in Reservoir last week.Credit: Simone Castellano\n\n" + para
	_, doc, _ := kinds(t, src)
	var b strings.Builder
	document.Dump(&b, doc)
	md := b.String()
	if strings.Count(md, "Bev Nankervis") != 2 || strings.Contains(md, `Paragraph "Crossing`) { // the caption and its alt text
		t.Errorf("alt text over caption:\n%s", md)
	}
}

// Names joined by slashes, on a line with the place and the date, are
// the byline, and a kicker over the headline is no title; a name and an
// agency so joined are not two authors.
func TestSlashNames(t *testing.T) {
	src := "Local\n\nPalma limitará las terrazas de Santa Catalina este verano\n\nCort reducirá un 20 % el espacio de las mesas en las calles Fábrica y Sant Magí\n\nTerrazas en la calle Fábrica, en una imagen de este fin de semana.\nFoto: Pere Bota\n\nMarta Oliver / Pau Rigo | Palma | 08/04/25 6:00\n\nEl Ajuntament de Palma pondrá coto este verano a las terrazas de Santa Catalina, uno de los barrios con más bares.\n"
	_, doc, _ := kinds(t, src)
	if !strings.HasPrefix(doc.Meta.Title, "Palma limitará") || strings.Join(doc.Meta.Authors, "|") != "Marta Oliver|Pau Rigo" || !strings.HasPrefix(doc.Meta.Date, "2025-04-08") {
		t.Errorf("title %q, authors %q, date %q", doc.Meta.Title, doc.Meta.Authors, doc.Meta.Date)
	}
	if names, _, ok := bylineLine("Juan Pérez / EFE", true); ok && len(names) == 2 {
		t.Errorf("Juan Pérez / EFE: %q", names)
	}
}

// A photographer's copyright under a caption is its credit; the article's
// own copyright at the end stays furniture.
func TestCopyrightCredit(t *testing.T) {
	para := "Dopo oltre trent’anni nelle vie del centro, il mercato del sabato di Bellinzona cambierà casa per una stagione, ha deciso il Municipio.\n"
	src := "Il mercato trasloca in piazza del Sole\n" + para + "Le bancarelle del mercato in piazza Nosetto, dove resteranno fino alla fine di aprile.\n© CdT/Sara Bernasconi\n" + para + "© Copyright Corriere del Ticino\n"
	got, doc, _ := kinds(t, src)
	f := firstFigureOf(doc)
	if f == nil || f.Credit != "CdT/Sara Bernasconi" || !strings.HasSuffix(got, "dropped") {
		t.Errorf("kinds %s, figure %+v", got, f)
	}
}

// A label over its value between the byline and the date ("Tipo" over
// "Notícia") is the header's, and the date after it is the article's; a
// heading of two short lines in the body is not.
func TestLabelOverDate(t *testing.T) {
	head := "Ecopontos de Fortaleza passam a receber óleo de cozinha usado\n\nCada litro entregue vale R$ 0,50 de bônus na fatura. Programa começa em 12 unidades.\n\nLarissa Bezerra\nAutor\n\n"
	body := "A partir da próxima segunda-feira, 27, os moradores de Fortaleza poderão levar óleo de cozinha usado a 12 ecopontos da Capital.\n"
	got, doc, _ := kinds(t, head+"Tipo\nNotícia\n\n08:00 | Out. 24, 2025\n\n"+body)
	if !strings.HasPrefix(doc.Meta.Date, "2025-10-24") || strings.Contains(got, "heading") {
		t.Errorf("kinds %s, date %q", got, doc.Meta.Date)
	}
}

// An agency after the dates on one line ("… ‧ 12/03/24 por Lusa") is the
// source, and the dates the story's; the topic labels under it go, and a
// place under a byline stays its role.
func TestDatedAgencyAndLabels(t *testing.T) {
	head := "Aveiro vai ter os primeiros moliceiros elétricos na ria a partir do verão\n\nA Câmara de Aveiro e os operadores turísticos vão converter 20 moliceiros para motores elétricos até 2026.\n\n"
	body := "A Câmara Municipal de Aveiro anunciou hoje que os primeiros quatro moliceiros com motor elétrico vão começar a navegar nos canais da cidade em junho.\n"
	got, doc, _ := kinds(t, head+"12/03/24 09:41 ‧ 12/03/24 por Lusa\n\nAveiro\nTurismo\n\n"+body)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Lusa" || len(doc.Meta.Authors) != 0 || !strings.HasPrefix(doc.Meta.Date, "2024-03-12") || strings.Contains(got, "heading") || strings.Count(got, "dropped") != 2 {
		t.Errorf("kinds %s; source %+v, authors %q, date %q", got, doc.Meta.Source, doc.Meta.Authors, doc.Meta.Date)
	}
	_, doc, _ = kinds(t, head+"Por Rui Valente\nAveiro\n\n"+body)
	if strings.Join(doc.Meta.Byline, "|") != "Aveiro" {
		t.Errorf("place under byline: %q", doc.Meta.Byline)
	}
}

// Under a byline, an address, a handle, the word "Autor" and the
// buttons to follow or bookmark are no role of the author's.
func TestNoRoleUnderByline(t *testing.T) {
	body := "\n\nLa Ville de Bordeaux va planter 3 000 arbres dans les cours d’école d’ici à la fin de l’année prochaine, a annoncé la mairie.\n"
	for _, under := range []string{"j.lafargue@sudouest.fr", "@jserrabassa", "Autor", "+ FOLLOW", "Artikel merken", "Toggle more options"} {
		_, doc, _ := kinds(t, "Bordeaux plante 3 000 arbres dans les cours d’école\n\nPar Julie Lafargue\n"+under+body)
		if len(doc.Meta.Byline) != 0 || strings.Join(doc.Meta.Authors, "|") != "Julie Lafargue" {
			t.Errorf("%q: byline %q, authors %q", under, doc.Meta.Byline, doc.Meta.Authors)
		}
	}
	_, doc, _ := kinds(t, "Bordeaux plante 3 000 arbres dans les cours d’école\n\nPar Julie Lafargue\nCorrespondante à Bordeaux"+body)
	if strings.Join(doc.Meta.Byline, "|") != "Correspondante à Bordeaux" {
		t.Errorf("role lost: %q", doc.Meta.Byline)
	}
}

func TestRoleText(t *testing.T) {
	for in, want := range map[string]string{"Reporter·Waikato Herald·": "Reporter, Waikato Herald", "Teruel —": "Teruel", "Climate reporter": "Climate reporter", "Rio-Grande": "Rio-Grande"} {
		if got := roleText(in); got != want {
			t.Errorf("roleText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAgencyOwnSite: on an agency's own site, a dateline on its own line
// and the copyright line with its year name the source; a photo's "©
// Belga" does not.
func TestAgencyOwnSite(t *testing.T) {
	for _, c := range []struct {
		in, agency string
		ok         bool
	}{
		{"ATHENS", "", true},
		{"HUELVA, 12 Mar. (EUROPA PRESS) -", "Europa Press", true},
		{"Athens", "", false},
		{"AFP", "", false},
		{"CALENDARIO DE OBRAS 2025", "", false},
		{"BAIDOA, Somalia", "", true},
		{"Paris, le 12 mars 2025", "", true},
	} {
		if a, ok := datelineOnly(c.in); a != c.agency || ok != c.ok {
			t.Errorf("datelineOnly(%q) = %q, %v; want %q, %v", c.in, a, ok, c.agency, c.ok)
		}
	}
	for _, c := range []struct{ in, agency string }{
		{"© Anadolu Agency 2025", "Anadolu Agency"},
		{"© 2025 Reuters", "Reuters"},
		{"© Belga", ""},
		{"© 2025 The Guardian", ""},
	} {
		if a, _ := copyrightAgency(c.in); a != c.agency {
			t.Errorf("copyrightAgency(%q) = %q; want %q", c.in, a, c.agency)
		}
	}
}

// TestBylineHelpersBar: a translator after a bar, an editor with no
// comma, and a translator at the end of a republication notice.
func TestBylineHelpersBar(t *testing.T) {
	for _, c := range []struct{ in, head, want string }{
		{"by Ana Ruiz on 12 March 2025 | Translated by Tom Hale", "by Ana Ruiz on 12 March 2025", "trl Tom Hale"},
		{"By Miriam Tallis edited by Owen Prather", "By Miriam Tallis", "edt Owen Prather"},
		{"Por Irene Cabral Tostes | Editado por Davi Monteiro | 3 de Abril de 2026 às 09h40", "Por Irene Cabral Tostes | 3 de Abril de 2026 às 09h40", "edt Davi Monteiro"},
	} {
		head, cs, ok := BylineHelpers(c.in)
		var got []string
		for _, x := range cs {
			got = append(got, x.Role+" "+x.Text)
		}
		if !ok || head != c.head || strings.Join(got, "|") != c.want {
			t.Errorf("BylineHelpers(%q) = %q, %v, %v; want %q, %q", c.in, head, got, ok, c.head, c.want)
		}
	}
	notice := "Este artículo fue publicado originalmente en inglés. Traducción de Tomás Aguerre."
	rule, _, _ := Furniture(notice)
	cs, ok := NoticeSignoff(rule, notice)
	if !ok || len(cs) != 1 || cs[0].Role != "trl" || cs[0].Text != "Tomás Aguerre" {
		t.Errorf("NoticeSignoff = %v, %v; want the translator", cs, ok)
	}
	if !updateNoteRE.MatchString("Nachtrag vom 13. März 2025, 16:05 Uhr") || updateNoteRE.MatchString("Updates from the council") {
		t.Error("updateNoteRE: want a note of a later addition, and no heading that starts with the word")
	}
}

// TestHeadlineOverItsDate: under a state's masthead, a menu and a label,
// the long headline is the line right over its date; the lines above it
// are kickers. A standfirst over the date is no headline when the first
// line is one.
func TestHeadlineOverItsDate(t *testing.T) {
	body := "\n\nLe ministère lance un programme de suppression de cent vingt seuils abandonnés sur les rivières de l'Ouest, annonce le ministre.\n\nLes premiers chantiers débuteront à l'automne, après une réunion publique dans chaque commune concernée.\n"
	head := "République\n\nFrançaise\n\nMinistère de la Transition écologique, de la Biodiversité, de la Forêt, de la Mer et de la Pêche\n\nRechercher\nEspace presse\nContact\n\nPolitiques publiques\nActualités\nPresse\nLe ministère\n\nAccueil\nPresse\nCommuniqués de presse\n\nCommuniqué de presse\n\n"
	title := "Continuité écologique : 120 seuils abandonnés seront supprimés sur les rivières de Bretagne et des Pays de la Loire d'ici 2027"
	_, doc, _ := kinds(t, head+title+"\n\nPublié le 12 mars 2025"+body)
	if doc.Meta.Title != title || doc.Meta.Date != "2025-03-12" {
		t.Errorf("title %q, date %q; want the long headline over its date", doc.Meta.Title, doc.Meta.Date)
	}
	_, doc, _ = kinds(t, "Greek island turns disused quarry into floating solar farm\n\nPlant on Lesbos will cover about a third of the island's power demand in summer, authority says\n\n12.03.2025"+body)
	if doc.Meta.Title != "Greek island turns disused quarry into floating solar farm" {
		t.Errorf("title %q; want the first line", doc.Meta.Title)
	}
}

// TestBreakingBar: a bar of breaking news over the headline goes with
// the kickers, its items too; a label right over the headline is only
// its kicker.
func TestBreakingBar(t *testing.T) {
	body := "\n\nZbiornik retencyjny przy ul. Dziewulskiego pomieści do 4,2 tys. metrów sześciennych wody, poinformował prezydent miasta.\n\nInwestycja kosztowała 11,8 mln zł i ma ograniczyć podtopienia na osiedlach.\n"
	head := "PAP\nKraj\nŚwiat\nBiznes\n\nPILNE\nSejm uchwalił nowelizację ustawy o publicznym transporcie zbiorowym\n\nKraj\n\n"
	title := "Na toruńskim Rubinkowie otwarto zbiornik, który zatrzyma deszczówkę z trzech osiedli"
	_, doc, _ := kinds(t, head+title+"\n\n04.12.2026, 14:37"+body)
	if doc.Meta.Title != title || doc.Meta.Date != "2026-12-04" {
		t.Errorf("title %q, date %q; want the headline under the bar", doc.Meta.Title, doc.Meta.Date)
	}
	_, doc, _ = kinds(t, "PAP\nKraj\n\nPILNE\n"+title+"\n\n04.12.2026, 14:37"+body)
	if doc.Meta.Title != title {
		t.Errorf("title %q; want the headline under its label", doc.Meta.Title)
	}
}

// TestKickersAroundDate: the outlet's name and motto over a menu, then
// the date and a path of keywords over the headline: all go with the
// kickers.
func TestKickersAroundDate(t *testing.T) {
	title := "Neuer Pilgerweg verbindet zwölf Kirchen im steirischen Murtal"
	in := "Kathpress\nKatholische Presseagentur Österreich\n\nStartseite\nMeldungen\nDossiers\nTermine\nFotos\nÜber uns\nSuche\n\n12.03.2025, 11:27\n\nÖsterreich/Kirche/Wallfahrt/Steiermark\n\n" + title +
		"\n\nDer rund 86 Kilometer lange Weg führt von Judenburg bis Murau und soll im Mai eröffnet werden.\n\nGraz, 12.03.2025 (KAP) Ein neuer Pilgerweg soll ab diesem Frühjahr zwölf Kirchen verbinden, wie der Trägerverein mitteilte.\n"
	_, doc, _ := kinds(t, in)
	if doc.Meta.Title != title || doc.Meta.Date != "2025-03-12" {
		t.Errorf("title %q, date %q", doc.Meta.Title, doc.Meta.Date)
	}
}

// TestWireAndCardRules: the rules read from agencies' and magazines'
// pages: a shop's card, the reporter and agency between slashes in the
// dateline, the initials and agency in brackets at the story's end, a
// credit in square brackets, a Korean crew's sign-off and a byline that
// signs the story.
func TestWireAndCardRules(t *testing.T) {
	para := "Die Küche hat ein Schreiner aus dem Nachbarort aus dem Holz der alten Scheune gefertigt, die auf dem Grundstück stand und abgerissen werden musste."
	got, _, _ := kinds(t, "Leni Falkenberg zieht an den Tegernsee\n\n"+para+"\n\nKissenhülle aus Leinen, salbeigrün\n\n€ 24,95 bei Otto\n\nZum Shop\n\n"+para+"\n")
	if want := "title blank paragraph blank dropped blank dropped blank dropped blank paragraph"; got != want {
		t.Errorf("shop card:\n got %s\nwant %s", got, want)
	}
	_, doc, _ := kinds(t, "Доброволци възстановиха старата оранжерия\n\nВарна, 5 декември /Мария Стоянова, БТА/ Около 200 доброволци са участвали в почистването на старата оранжерия в Морската градина.\n\nРаботата ще продължи и през пролетта, съобщиха от общината.\n")
	if m := doc.Meta; strings.Join(m.Authors, "|") != "Мария Стоянова" || m.Source == nil || m.Source.Name != "BTA" && m.Source.Name != "БТА" {
		t.Errorf("slashed dateline: authors %q, source %+v", m.Authors, m.Source)
	}
	_, doc, _ = kinds(t, "Pfarrei macht aus leerem Pfarrhaus eine Lebensmittelausgabe\n\nWo früher der Pfarrer zu Mittag aß, stapeln sich heute Kisten mit Kartoffeln und Brot vom Vortag.\n\nDie Gruppe will weitermachen, solange das Haus nicht gebraucht werde. (mwo/KNA)\n")
	if m := doc.Meta; m.Source == nil || m.Source.Name != "KNA" {
		t.Errorf("initials at the end: source %+v", m.Source)
	}
	got, doc, _ = kinds(t, "‘섬마을 바다택시’ 첫 운항\n\n정하늘 기자\n\n전남 신안의 작은 섬 주민들이 부르면 달려가는 바다택시가 오늘부터 운항을 시작합니다. 병원에 가는 길이 크게 줄어듭니다.\n\n신안군 비금도 가산선착장에 정박한 ‘섬마을 바다택시’\n[사진 출처 : 신안군 제공]\n\n신안군은 이용 실적을 보고 내년에는 바다택시를 네 척으로 늘리고, 운항 섬도 스무 곳까지 넓힐 계획입니다.\n\nKBS 뉴스 정하늘입니다.\n\n촬영기자:박준영/영상편집:김다은\n")
	if want := "title blank byline blank paragraph blank figure-caption figure-credit blank paragraph blank dropped blank dropped"; got != want {
		t.Errorf("Korean report:\n got %s\nwant %s", got, want)
	}
	if m := doc.Meta; len(m.Contributors) != 2 || m.Contributors[0].Text != "박준영" || m.Contributors[1].Text != "김다은" {
		t.Errorf("Korean crew: %+v", m.Contributors)
	}
	_, doc, _ = kinds(t, "水車小屋が再び回り始めた\n\n2025/12/6 10:15\n\n山あいの集落で、住民たちが半年かけて修理した水車小屋が再び回り始めた。地域の子どもたちも見学に訪れ、保存会の人たちが仕組みを説明した。\n\n【川村千尋】\n\n関連記事\n")
	if m := doc.Meta; strings.Join(m.Authors, "|") != "川村千尋" {
		t.Errorf("byline under the story: authors %q", m.Authors)
	}
}

// TestLetterLines: a newsletter's greeting and closing are paragraphs of
// the letter, not a caption or a heading.
func TestLetterLines(t *testing.T) {
	got, _, _ := kinds(t, "Quartiersgarage Vauban: Wer darf aufs Dach?\nLena Haberkorn\n19. November 2026\nTeilen\nLiebe Leserinnen und Leser,\nwer im Vauban wohnt, kennt die Quartiersgarage Süd vor allem als grauen Kasten, in dem die Autos stehen, die in den Wohnstraßen nicht parken dürfen.\nIch bleibe dran und berichte nach der Versammlung, wie sie ausgegangen ist.\nHerzliche Grüße aus dem Vauban, Lena\n")
	if want := "title byline dropped dropped paragraph paragraph paragraph paragraph"; got != want {
		t.Errorf("letter:\n got %s\nwant %s", got, want)
	}
}

// TestPacificAndArabicCredits: a Philippine caption's credit after a
// dash, and Arabic bylines after "كتب-" or a town and a dash.
func TestPacificAndArabicCredits(t *testing.T) {
	for in, want := range map[string][2]string{
		"Residents walk on the new boardwalk in Bulan, Sorsogon. —PHOTO BY JOSELITO ABAD": {"Residents walk on the new boardwalk in Bulan, Sorsogon.", "JOSELITO ABAD"},
		"A volunteer plants a mangrove seedling. —CONTRIBUTED":                            {"A volunteer plants a mangrove seedling.", "CONTRIBUTED"},
	} {
		if c, cr, ok := CaptionCredit(in); !ok || c != want[0] || cr != want[1] {
			t.Errorf("CaptionCredit(%q) = %q, %q, %v", in, c, cr, ok)
		}
	}
	if names, _, ok := bylineLine("كتب- محمود عبدالحميد:", true); !ok || len(names) != 1 || names[0] != "محمود عبدالحميد" {
		t.Errorf("bylineLine: %q, %v", names, ok)
	}
	if name, place, ok := uncasedNamePlace("عجلون- ليث الخطيب"); !ok || name != "ليث الخطيب" || place != "عجلون" {
		t.Errorf("uncasedNamePlace: %q %q %v", name, place, ok)
	}
}

// TestUnmarkedScripts: Thai ends a sentence with a space; a long line of
// it is a sentence, and six of its characters count as a word.
func TestUnmarkedScripts(t *testing.T) {
	para := strings.TrimSpace(strings.Repeat("ชาวบ้านร่วมกันสร้างฝาย ", 10))
	if !endsSentence(para) || endsSentence("ชาวบ้านบ่อเกลือ จ.น่าน ลงแรงสร้างฝาย") {
		t.Error("a long Thai line is a sentence, a headline is not")
	}
	if n := wordCount(para); n < 30 {
		t.Errorf("wordCount = %d, want 30 or more", n)
	}
}

// TestRomanHeading: a roman numeral alone numbers a section; a full stop
// alone or a word of capitals does not.
func TestRomanHeading(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{{"I.", true}, {"II", true}, {"XIV.", true}, {"XXXIX", true}, {".", false}, {"", false}, {"IIII", false}, {"MIX", false}} {
		if got := romanRE.MatchString(c.in); got != c.ok {
			t.Errorf("romanRE(%q) = %v, want %v", c.in, got, c.ok)
		}
	}
}

// TestCaselessScripts: a script without case has no capitals, so an
// Arabic line is no credit in capitals; Chinese and Japanese count two
// characters a word.
func TestCaselessScripts(t *testing.T) {
	if allCaps("وادي الريان يستقبل") || capsWord("الريان") || !allCaps("MARCIAL GUILLÉN") || !capsWord("AFP/GETTY") {
		t.Error("allCaps and capsWord: want capitals of cased scripts only")
	}
	if _, _, ok := captionWithCredit("وادي الريان يستقبل ١٢ ألف زائر خلال إجازة منتصف العام"); ok {
		t.Error("an Arabic headline split as a caption and its credit")
	}
	if n := wordCount("旧锅炉房变身社区食堂，杨浦老人不用再为一顿饭发愁"); n < 10 {
		t.Errorf("wordCount of a Chinese headline = %d, want a word for every two characters", n)
	}
	if n := wordCount("Rosa Delgado"); n != 2 {
		t.Errorf("wordCount = %d", n)
	}
}

// TestLivePage: a live page's entry times and embedded posts are its
// furniture; n-tv's "+++ time title +++" lines are headings; "AO VIVO:"
// over a longer standfirst is the headline, not an alert ticker.
func TestLivePage(t *testing.T) {
	p := "The engineers have cut out the damaged section of pipe and are lowering a replacement into the trench tonight.\n\n"
	src := "AO VIVO: Temporal deixa bairros alagados em Florianópolis\n\n" +
		"Chuva acumulada passa de 180 milímetros em 24 horas no norte da Ilha e a Defesa Civil mantém alerta máximo\n\n" +
		"4:52pm\n\n+++ 15:40 Bahn nimmt Regionalverkehr wieder auf +++\n\n" + p +
		"Bristol City Council\n@BristolCouncil\nThe A4 Bath Road remains closed. Please avoid the area.\n3:14 PM · Mar 12, 2025\n\n" +
		"há 1 hora\n\n" + p
	got, doc, _ := kinds(t, src)
	want := "title blank paragraph blank dropped blank heading blank paragraph blank dropped dropped dropped dropped blank dropped blank paragraph blank"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if !strings.HasPrefix(doc.Meta.Title, "AO VIVO:") {
		t.Errorf("title %q", doc.Meta.Title)
	}
	// One time alone is no live page's: it stays.
	if got, _, _ := kinds(t, "Harbour ferry goes electric after eighty years of diesel\n\n"+p+"10:40am\n\n"+p); strings.Contains(got, "dropped") {
		t.Errorf("a time alone: %s", got)
	}
}

// TestSoutheastAsianCopy: "Oleh X" and "Penulis: X | Editor: Y" bylines,
// Malay dates ("Mac 19, 2025"), "Baca juga:" links, the writer's
// signature with the editor's initials and the newsroom at the end, and
// an agency after a dash at the end of the last paragraph.
func TestSoutheastAsianCopy(t *testing.T) {
	p := "Sekolah itu kini menjimatkan kira-kira RM3,000 sebulan selepas panel solar dipasang di atas bumbung bangunan utama dan makmal sains."
	_, doc, _ := kinds(t, "Sekolah di pedalaman jimat RM3,000 sebulan guna panel solar\n\nOleh Nik Hafizah Nik Yusoff\n\nMac 19, 2025 @ 11:42am\n\n"+p+"\n\nBaca juga: Bekalan elektrik di tiga kampung terputus\n\n"+p+"\n\n"+p+" – Bernama\n")
	if !slices.Equal(doc.Meta.Authors, []string{"Nik Hafizah Nik Yusoff"}) || doc.Meta.Date != "2025-03-19" || doc.Meta.Source == nil || doc.Meta.Source.Name != "Bernama" || len(doc.Blocks) != 3 {
		t.Errorf("authors %q, date %q, source %+v, %d blocks", doc.Meta.Authors, doc.Meta.Date, doc.Meta.Source, len(doc.Blocks))
	}
	_, doc, _ = kinds(t, "Mga residente sa Marikina, nagtanim ng 2,000 kawayan\n\n"+p+"\n\n—Kristine Mae Lacson/NB, GMA Integrated News\n")
	if !slices.Equal(doc.Meta.Authors, []string{"Kristine Mae Lacson"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "GMA Integrated News" {
		t.Errorf("signature: authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	// The agency the header credits, in capitals after a dash at the end
	// of the last paragraph: wire copy's sign-off, no caption's credit.
	_, doc, _ = kinds(t, "Peniaga pasar malam tawar diskaun kepada pengunjung\n\nBernama\n\nDisember 6, 2025 20:42 MYT\n\n"+p+"\n\n"+p+"\n\n"+p+" - BERNAMA\n")
	if len(doc.Blocks) != 3 || firstFigureOf(doc) != nil {
		t.Errorf("wire sign-off: %d blocks, figure %+v", len(doc.Blocks), firstFigureOf(doc))
	}
}

// TestLeadPhotoInHeader: the lead photo's caption and credit between the
// standfirst and the byline are no body text; the byline and date under
// them are read ("Name, Local Journalism Initiative" is a name and its
// programme, not two names).
func TestLeadPhotoInHeader(t *testing.T) {
	long := "Een rijtje kinderen staat woensdagmiddag te wachten tot de verf op de wipkip droog is, en de buurt kijkt toe vanaf de bankjes rond het veld.\n\n"
	_, doc, _ := kinds(t, "Buurt in Princenhage neemt speeltuin over die de gemeente wilde sluiten\n\nDe speeltuin leek na dertig jaar ten dode opgeschreven. Veertig buurtbewoners richtten een vereniging op.\n\n"+
		"Vrijwilligers schuren de oude klimtoren aan de Haagsituin.\n© Joris Hendrikx\n\nMarloes van Gils\n\n12-03-25, 06:00\n\n"+long+long)
	if !slices.Equal(doc.Meta.Authors, []string{"Marloes van Gils"}) || doc.Meta.Date == "" || len(doc.Figures()) != 1 {
		t.Errorf("authors %q, date %q, %d figures", doc.Meta.Authors, doc.Meta.Date, len(doc.Figures()))
	}
	if names, role, ok := bylineLine("Owen Tessaro, Local Journalism Initiative", true); !ok || !slices.Equal(names, []string{"Owen Tessaro"}) || role != "Local Journalism Initiative" {
		t.Errorf("LJI byline: %q %q %v", names, role, ok)
	}
}

// TestIndicPageHeader: the outlet's name, its menu and the date over a
// section label, then the headline; a breadcrumb ending in the page's
// Latin slug over the headline in the page's script; a dateline signed
// in brackets; the paper's photo labels after a dash; a "read also"
// label over a headline in a copy without blank lines.
func TestIndicPageHeader(t *testing.T) {
	p := "ਕਮੇਟੀ ਦੇ ਪ੍ਰਧਾਨ ਜਥੇਦਾਰ ਸੁਖਦੇਵ ਸਿੰਘ ਨੇ ਦੱਸਿਆ ਕਿ ਪਿਛਲੇ ਸਾਲ ਪਿੰਡ ਦੀਆਂ ਕਈ ਕੁੜੀਆਂ ਨੇ ਦਸਵੀਂ ਤੋਂ ਬਾਅਦ ਪੜ੍ਹਾਈ ਛੱਡ ਦਿੱਤੀ ਸੀ, ਕਿਉਂਕਿ ਸ਼ਹਿਰ ਦਾ ਸਕੂਲ ਬਾਰਾਂ ਕਿਲੋਮੀਟਰ ਦੂਰ ਹੈ।\n\n"
	headline := "ਗੁਰਦੁਆਰਾ ਕਮੇਟੀ ਨੇ ਬੱਚਿਆਂ ਲਈ ਚਲਾਈ ਮੁਫ਼ਤ ਸਕੂਲ ਬੱਸ, 46 ਵਿਦਿਆਰਥਣਾਂ ਨੂੰ ਮਿਲੀ ਰਾਹਤ"
	_, doc, _ := kinds(t, "ਅਜੀਤ\n\nਮੁੱਖ ਪੰਨਾ\nਪੰਜਾਬ\nਦੇਸ਼\nਵਿਦੇਸ਼\nਖੇਡ ਸੰਸਾਰ\nਮਨੋਰੰਜਨ\nਈ-ਪੇਪਰ\n\nਬੁੱਧਵਾਰ, 12 ਮਾਰਚ 2025\n\nਪੰਜਾਬ\n\n"+headline+"\n\n"+
		"ਪਿੰਡ ਬਾਜੀਦਪੁਰ ਵਿਖੇ ਬੱਸ ਵਿਚ ਸਵਾਰ ਹੁੰਦੇ ਬੱਚੇ। -ਫੋਟੋ: ਰਾਜਿੰਦਰ ਕੁਮਾਰ\n\n"+
		"ਫ਼ਿਰੋਜ਼ਪੁਰ, 12 ਮਾਰਚ (ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ)-"+p+p+p)
	if doc.Meta.Title != headline || !slices.Equal(doc.Meta.Authors, []string{"ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ"}) || len(doc.Figures()) != 1 || doc.Figures()[0].Credit != "ਰਾਜਿੰਦਰ ਕੁਮਾਰ" {
		t.Errorf("title %q, authors %q, %d figures", doc.Meta.Title, doc.Meta.Authors, len(doc.Figures()))
	}
	// "(ਸਾਡੇ ਪੱਤਰਕਾਰ)", our correspondent, is no one's name.
	if _, doc, _ := kinds(t, headline+"\n\nਫ਼ਿਰੋਜ਼ਪੁਰ, 12 ਮਾਰਚ (ਸਾਡੇ ਪੱਤਰਕਾਰ)-"+p+p); len(doc.Meta.Authors) != 0 {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	g := "હીરા ઉદ્યોગમાં ચાલતી મંદી વચ્ચે સુરતના વરાછા વિસ્તારમાં એક નાનકડું તાલીમ કેન્દ્ર રત્નકલાકારો માટે આશાનું કિરણ બન્યું છે અને કામ મળવા લાગ્યું છે.\n"
	got, doc, _ := kinds(t, "દિવ્ય ભાસ્કર\nહોમ\nગુજરાત\nદેશ\nવિદેશ\nસ્પોર્ટ્સ\nGujarati News / Local / Gujarat / Surat / Diamond Workers Turn To Solar Panel Installation\n"+
		"હીરા ઉદ્યોગની મંદીમાં નવો રસ્તો: સુરતના 120 રત્નકલાકારો હવે સોલાર પેનલ ફિટ કરે છે\nભાર્ગવી નાયક | સુરત\nકૉપી લિંક\nશેર\n"+g+g+
		"આ પણ વાંચો\nસુરતમાં હીરાના 40 કારખાનાં બંધ, રત્નકલાકારોની સહાય યોજનામાં અરજીઓનો ધસારો\n"+g+
		"કતારગામમાં એક મકાનની છત પર પહેલું કામ કરતા ભાવેશ વાઘેલા –ભાસ્કર ફોટો\n"+g)
	if !strings.HasPrefix(doc.Meta.Title, "હીરા") || strings.Contains(got, "heading") || len(doc.Figures()) != 1 || doc.Figures()[0].Credit != "ભાસ્કર ફોટો" {
		t.Errorf("title %q, %d figures: %s", doc.Meta.Title, len(doc.Figures()), got)
	}
}

// TestEastAsianCredits: Chinese and Korean credits at the end of a
// caption or on a line of their own, Taiwanese slashed credits kept as
// printed, and the reporters of a Chinese story named in its dateline,
// on the date line, in a Taiwanese byline or in brackets at the end.
func TestEastAsianCredits(t *testing.T) {
	for text, want := range map[string][2]string{
		"大坑步道岔路口新設的木製指標，由山友志工親手製作。（記者廖雅婷攝）":                                  {"大坑步道岔路口新設的木製指標，由山友志工親手製作。", "記者廖雅婷攝"},
		"檔主輪流負責煮餸，菜式以少油少鹽為主。（受訪者提供）":                                         {"檔主輪流負責煮餸，菜式以少油少鹽為主。", "受訪者提供"},
		"居民在菜场二楼的社区食堂用餐 新民晚报记者 邱维轩 摄":                                        {"居民在菜场二楼的社区食堂用餐", "新民晚报记者 邱维轩 摄"},
		"12일 부산 영도구 흰여울마을 골목에서 주민협의회 회원들이 빈집을 둘러보고 있다. 정대현 기자 jdh@busan.com": {"12일 부산 영도구 흰여울마을 골목에서 주민협의회 회원들이 빈집을 둘러보고 있다.", "정대현 기자 jdh@busan.com"},
		"'빈집 잇기' 사업으로 문을 열 흰여울마을 공방 조감도. 영도구 제공":                             {"'빈집 잇기' 사업으로 문을 열 흰여울마을 공방 조감도.", "영도구 제공"},
	} {
		if c, cr, ok := captionWithCredit(text); !ok || c != want[0] || cr != want[1] {
			t.Errorf("captionWithCredit(%q) = %q, %q, %v", text, c, cr, ok)
		}
	}
	for text, want := range map[string]string{"（陳嘉俊攝）": "陳嘉俊攝", "圖／台南市文化局提供": "台南市文化局提供", "記者周佩君／攝影": "記者周佩君／攝影"} {
		if c, ok := creditLine(text); !ok || c != want {
			t.Errorf("creditLine(%q) = %q, %v", text, c, ok)
		}
	}
	if _, ok := creditLine("（新華社）"); ok {
		t.Error("an agency in brackets is no photo credit")
	}
	p := "这座菜场建于上世纪九十年代，一楼卖菜，二楼原本是仓库和办公室，多年来基本闲置。去年，街道与菜场经营方商量，把二楼的空间重新规划。\n\n"
	_, doc, _ := kinds(t, "新民网\n\n老菜场楼上开出社区食堂 虹口这家菜场一天接待四百多位居民\n\n2025-03-12 14:35 来源：新民晚报 作者：陈佳颖\n\n分享到：\n\n新民晚报讯（记者 陈佳颖 通讯员 王磊）"+p+p)
	if !slices.Equal(doc.Meta.Authors, []string{"陈佳颖"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "新民晚报" || len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Text != "王磊" {
		t.Errorf("Xinmin: authors %q, source %+v, contributors %+v", doc.Meta.Authors, doc.Meta.Source, doc.Meta.Contributors)
	}
	// The site's own name on the date line is no source.
	if _, doc, _ = kinds(t, "新民晚报\n\n老菜场楼上开出社区食堂 虹口这家菜场一天接待四百多位居民\n\n2025-03-12 14:35 来源：新民晚报\n\n"+p+p); doc.Meta.Source != nil {
		t.Errorf("source %+v", doc.Meta.Source)
	}
	if names, role, ok := bylineLine("聯合報／ 記者周佩君／台南即時報導", true); !ok || !slices.Equal(names, []string{"周佩君"}) || role != "聯合報" {
		t.Errorf("udn byline: %q %q %v", names, role, ok)
	}
	_, doc, _ = kinds(t, "銭湯の煙突、市民の寄付で改修へ 釧路の鶴の湯\n\n"+strings.Repeat("釧路市浦見で60年近く営業を続ける銭湯「鶴の湯」が、老朽化した高さ18メートルの煙突を市民からの寄付で改修する。\n\n", 3)+"（木村直人）\n\nこの記事の関連キーワード\n釧路市\n銭湯\n")
	if !slices.Equal(doc.Meta.Authors, []string{"木村直人"}) {
		t.Errorf("Japanese signature: authors %q", doc.Meta.Authors)
	}
	for text, want := range map[string]string{"Laporan Wartawan BanjarmasinPost.co.id, Muhammad Rizki Anshari": "Muhammad Rizki Anshari", "Laporan Fikar W Eda | Aceh Tengah": "Fikar W Eda"} {
		if names, _, ok := bylineLine(text, true); !ok || len(names) != 1 || names[0] != want {
			t.Errorf("bylineLine(%q) = %q, %v", text, names, ok)
		}
	}
	if names, _, ok := bylineLine("BY KIERAN DOYLE AND SIOBHÁN CREMIN", true); !ok || len(names) != 2 || names[1] != "Siobhán Cremin" {
		t.Errorf("bylineLine: %q %v", names, ok)
	}
	if !entryTimeRE.MatchString("90'+4") || !entryTimeRE.MatchString("27'") {
		t.Error("a match's minute is no entry time")
	}
	for _, text := range []string{"منبع تصویر, BBC توضیح تصویر, رضا فرهمند پیش از اجرا", "BBC توضیح تصویر, رضا فرهمند پیش از اجرا", "Image source, Pitchside Pictures Image caption, Jamie Tresilian scores"} {
		if credit, caption, ok := CreditThenCaption(text); !ok || credit == "" || caption == "" || strings.Contains(caption, ",") {
			t.Errorf("CreditThenCaption(%q) = %q, %q, %v", text, credit, caption, ok)
		}
	}
	if names, _, ok := bylineLine("نویسنده, نیلوفر رحیمی", true); !ok || len(names) != 1 || names[0] != "نیلوفر رحیمی" {
		t.Errorf("bylineLine: %q %v", names, ok)
	}
	if m := slashSignatureRE.FindStringSubmatch("(Kadek Wiranata/balipost)"); m == nil || m[3] != "Kadek Wiranata" {
		t.Errorf("slashSignatureRE: %q", m)
	}
	if head, cs, ok := BylineHelpers("Texto de Daniela Boaventura · Fotografia de André Quaresma"); !ok || head != "Texto de Daniela Boaventura" || len(cs) != 1 || cs[0].Text != "André Quaresma" || cs[0].Role != "pht" {
		t.Errorf("BylineHelpers: %q %v %v", head, cs, ok)
	}
	if head, cs, ok := BylineHelpers("齐鲁晚报·齐鲁壹点 记者 孙悦 通讯员 高翔"); !ok || head != "齐鲁晚报·齐鲁壹点 记者 孙悦" || len(cs) != 1 || cs[0].Text != "高翔" || cs[0].Role != "ctb" {
		t.Errorf("Chinese correspondent: %q %+v %v", head, cs, ok)
	}
	if names, ok := BracketNames("（中部報道部・比嘉美咲、社会部・金城大輔）"); !ok || !slices.Equal(names, []string{"比嘉美咲", "金城大輔"}) {
		t.Errorf("two desks' reporters: %q %v", names, ok)
	}
	for text, want := range map[string]string{"강화=정유진 기자 yjjung@kmib.co.kr": "정유진", "Hasan GÜRSOY / DENİZLİ": "Hasan Gürsoy", "Av Karin Lövgren/TT": "Karin Lövgren", "이서준 (leesj@ytn.co.kr)": "이서준", "楚天都市报极目新闻记者 胡晓雯": "胡晓雯", "大河报·豫视频记者 王梦瑶": "王梦瑶", "尾道支局　藤原健太": "藤原健太", "โดย ศศิธร วงศ์ใหญ่": "ศศิธร วงศ์ใหญ่", "ผู้เขียน: ธีรยุทธ ปานทอง": "ธีรยุทธ ปานทอง"} {
		if names, _, ok := bylineLine(text, true); !ok || strings.Join(names, "|") != want {
			t.Errorf("bylineLine(%q) = %q, %v", text, names, ok)
		}
	}
	if name, place, ok := uncasedNamePlace("إدلب – رهف العمر"); !ok || name != "رهف العمر" || place != "إدلب" {
		t.Errorf("uncasedNamePlace: %q %q %v", name, place, ok)
	}
	// A reporter's name alone under a Japanese story's date; a paywall's
	// label over it is none.
	_, doc, _ = kinds(t, "掘割の船頭に女性3人が挑戦　柳川の川下り\n\n会員限定記事\n\n2025/12/6 6:00\n\n山下真理子\n\n"+strings.Repeat("福岡県柳川市の掘割を巡る川下りで、女性3人が船頭の見習いを始めた。竹ざおで舟を操る技術と、乗客への案内を学んでいる。\n\n", 3))
	if !slices.Equal(doc.Meta.Authors, []string{"山下真理子"}) {
		t.Errorf("Japanese name under the date: authors %q", doc.Meta.Authors)
	}
}

// TestGreekAndTurkishCopy: Greek bylines in the genitive give the names
// in the nominative, and capitals keep a final sigma; "Φωτ.: X" is a
// credit; in a copy without blank lines, a "read also" label's
// headlines are dropped, not a short heading after them.
func TestGreekAndTurkishCopy(t *testing.T) {
	for in, want := range map[string]string{"Της Δέσποινας Καραγιάννη": "Δέσποινα Καραγιάννη", "Του Νίκου Βαφειάδη": "Νίκος Βαφειάδης", "ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ": "Γιαννης Παπαδοπουλος", "Του Κώστα Δημητρίου": "Κώστας Δημητρίου"} {
		if names, _, ok := bylineLine(in, true); !ok || !slices.Equal(names, []string{want}) {
			t.Errorf("bylineLine(%q) = %q, %v; want %q", in, names, ok, want)
		}
	}
	if c, ok := creditLine("Φωτ.: Νίκος Βαφειάδης"); !ok || c != "Νίκος Βαφειάδης" {
		t.Errorf("creditLine = %q, %v", c, ok)
	}
	p := "Alandaki işçiler, bir ay önce muhtarlık aracılığıyla belediyeye dilekçe verdiklerini ve şebeke suyu istediklerini söyledi.\n"
	got, _, _ := kinds(t, "Karataş yolundaki çadır alanında 300 kişi tankerle gelen suya muhtaç\n"+p+p+"İLGİLİ HABERLER\nUrfa'dan Çukurova'ya yola çıkan tarım işçilerini taşıyan minibüs devrildi\nMevsimlik tarım işçileri: Yevmiyeler yine enflasyonun altında kaldı\n"+p+"Su sorunu büyüyor\n"+p)
	if want := "title paragraph paragraph dropped dropped dropped paragraph heading paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestObituaryAndEndCopy: an obituary's portrait caption ("Name
// (1938–2025)") over "© privat" or "(Courtesy of …)" is a figure, not a
// byline, and its life dates are not the article's date; "Photo
// d’archives X" credits X; "More by this Author" in the header takes no
// paragraph of the story with it; "Avtor: X, STA" after the story is its
// byline; "(CMC)" in a dateline is the source.
func TestObituaryAndEndCopy(t *testing.T) {
	long := "Wer in Fürth wissen wollte, wann die Gustavstraße ihre ersten Gaslaternen bekam, rief bei Gerda Wiesinger an, und meistens wusste sie es aus dem Kopf.\n\n"
	_, doc, _ := kinds(t, "Fürth trauert um die Archivarin Gerda Wiesinger, die das Gedächtnis der Stadt rettete\n\n(* 4. Mai 1938; † 2. März 2025)\n\n12.03.2025 17:45 Uhr\n\nVon Sabine Dorsch-Lehner\n\nGerda Wiesinger (1938–2025)\n© privat\n\n"+long+long+long)
	if !slices.Equal(doc.Meta.Authors, []string{"Sabine Dorsch-Lehner"}) || !strings.HasPrefix(doc.Meta.Date, "2025-03-12") || len(doc.Figures()) != 1 || doc.Figures()[0].Credit != "privat" {
		t.Errorf("authors %q, date %q, %d figures", doc.Meta.Authors, doc.Meta.Date, len(doc.Figures()))
	}
	for in, want := range map[string]string{"Photo d’archives Thomas Jouanneau": "Thomas Jouanneau", "(Courtesy of the Kessler family)": "Courtesy of the Kessler family"} {
		if c, ok := creditLine(in); !ok || c != want {
			t.Errorf("creditLine(%q) = %q, %v", in, c, ok)
		}
	}
	p := "Boda boda riders in Arusha's central business district will from next month be required to park only at 48 designated bays, as the city council moves to decongest its streets.\n"
	got, doc, _ := kinds(t, "Arusha sets aside 48 parking bays for boda boda riders in city centre\nBy Baraka Lyimo\nMore by this Author\nWednesday, March 12, 2025\n"+p+p+p+p)
	if want := "title byline dropped dropped paragraph paragraph paragraph paragraph"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	s := "Mestna občina Celje bo do poletja uredila novo brv čez Savinjo, ki bo povezala park ob reki s starim mestnim jedrom in kolesarsko stezo.\n\n"
	_, doc, _ = kinds(t, "Celje bo dobilo novo brv čez Savinjo\n\n"+s+s+s+"Avtor: Katja Mlakar, STA\n\nKomentarji (57)\n")
	if !slices.Equal(doc.Meta.Authors, []string{"Katja Mlakar"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "STA" {
		t.Errorf("end byline: authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	for in, want := range map[string]string{
		"ШЫМКЕНТ. KAZINFORM — Облыста жаңа датчиктер орнатылды.":             "Kazinform",
		"Каракол, 6 декабря. АКИpress — В городе открылся новый пункт.":      "АКИpress",
		"ԳՅՈՒՄՐԻ, 6 ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։ Քաղաքում բացվել է արհեստանոց։":    "Արմենպրես",
		"Каракол, 6 декабря. Жители пришли на встречу — многие с детьми.":    "",
		"إربد 6 كانون الأول (بترا) - افتتحت جمعية زراعية أهلية بنكا للبذور.": "بترا",
		"(Teleborsa) - Le Fonderie hanno chiuso l'esercizio in utile.":       "Teleborsa",
	} {
		if a, _ := datelineAgency(in); a != want {
			t.Errorf("datelineAgency(%q) = %q, want %q", in, a, want)
		}
	}
	if a, ok := datelineAgency("BRIDGETOWN, Barbados (CMC) — Vendors at the Oistins Fish Fry"); !ok || a != "CMC" {
		t.Errorf("datelineAgency = %q, %v", a, ok)
	}
}

// TestArabicAndPersianCopy: Persian solar dates; "به گزارش ایسنا،" names
// the source; an Arabic name alone over the source line and the date is
// the byline; "المصدر: "النهار"" is a source line; Arabic credits after a
// tatweel, after "صورة:", and in brackets over the caption.
func TestArabicAndPersianCopy(t *testing.T) {
	for in, want := range map[string]string{"۲۱ اسفند ۱۴۰۳ / ۱۱:۲۰": "2025-03-11", "تاریخ انتشار: ۲۳ اسفند ۱۴۰۳ - ۰۹:۱۰": "2025-03-13", "1 فروردین 1404": "2025-03-21", "۱۱ دی ۱۳۹۹": "2020-12-31"} {
		if d, ok := dateIn(in); !ok || d != want {
			t.Errorf("dateIn(%q) = %q, %v; want %q", in, d, ok, want)
		}
	}
	if d, ok := dateIn("۳۱ اسفند ۱۴۰۳"); ok {
		t.Errorf("31 Esfand read as %q: the month has thirty days at most", d)
	}
	if c, cr, ok := captionWithCredit("متدربون يثبتون ألواح الهيكل في ورشة القوارب بدبا الفجيرة ـ البيان"); !ok || cr != "البيان" || c != "متدربون يثبتون ألواح الهيكل في ورشة القوارب بدبا الفجيرة" {
		t.Errorf("tatweel credit: %q %q %v", c, cr, ok)
	}
	for in, want := range map[string]string{"صورة: هسبريس": "هسبريس", "(تصوير أحمد منتش)": "أحمد منتش"} {
		if c, ok := creditLine(in); !ok || c != want {
			t.Errorf("creditLine(%q) = %q, %v", in, c, ok)
		}
	}
	p := "لم يكن أحد من سكان حي الست نفيسة في صيدا يتوقع أن تعود الحديقة العامة إلى الحياة بعد سنوات من الإهمال والنفايات المتراكمة.\n\n"
	_, doc, _ := kinds(t, "متطوعون يعيدون الحياة إلى حديقة عامة في صيدا\n\nريما عسيران\n\nالمصدر: \"النهار\"\n\n12-03-2025 | 10:15\n\n"+p+p+p)
	if !slices.Equal(doc.Meta.Authors, []string{"ريما عسيران"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "النهار" || doc.Meta.Date != "2025-03-12" {
		t.Errorf("Annahar: authors %q, source %+v, date %q", doc.Meta.Authors, doc.Meta.Source, doc.Meta.Date)
	}
	f := "به گزارش ایسنا، این کتابخانه که با همکاری اداره کل کتابخانه‌های عمومی استان راه‌اندازی شده، هر هفته به روستاهای دورافتاده سر می‌زند.\n\n"
	_, doc, _ = kinds(t, "کتابخانه سیار به ۳۲ روستای استان یزد می‌رسد\n\n"+f+f)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "ایسنا" {
		t.Errorf("ISNA: source %+v", doc.Meta.Source)
	}
}

// TestFrancophoneAndNoticeCopy: "Par X - Envoyée spéciale à Y" gives the
// name without "Par"; "Crédit photo : X"; a heading ending "de F CFA" is
// no caption with a credit; "Avec la collaboration d'X" names a
// contributor; a byline after the date and a bullet.
func TestFrancophoneAndNoticeCopy(t *testing.T) {
	if names, role, ok := bylineLine("Par Élise Kouamé-Dadié - Envoyée spéciale à Korhogo", true); !ok || !slices.Equal(names, []string{"Élise Kouamé-Dadié"}) || role != "Envoyée spéciale à Korhogo" {
		t.Errorf("bylineLine = %q, %q, %v", names, role, ok)
	}
	if c, ok := creditLine("Crédit photo : Khadim Sagna"); !ok || c != "Khadim Sagna" {
		t.Errorf("creditLine = %q, %v", c, ok)
	}
	if _, _, ok := captionWithCredit("Un pari à 11 milliards de F CFA"); ok {
		t.Error("a heading ending on a currency read as a caption and its credit")
	}
	p := "Les pêcheurs de la baie des Ha! Ha! ont commencé mardi à retirer leurs cabanes, une semaine plus tôt que prévu à cause du redoux des derniers jours.\n\n"
	_, doc, _ := kinds(t, "La pêche blanche prend fin plus tôt à La Baie\n\n"+p+p+p+"Avec la collaboration d'Olivier Harvey\n")
	if len(doc.Meta.Contributors) != 1 || doc.Meta.Contributors[0].Text != "Olivier Harvey" {
		t.Errorf("contributors %+v", doc.Meta.Contributors)
	}
	q := "O Instituto Português do Mar e da Atmosfera colocou seis distritos do litoral sob aviso laranja devido à agitação marítima forte.\n\n"
	_, doc, _ = kinds(t, "Agitação marítima coloca seis distritos sob aviso laranja\n\n12 nov, 2025 - 09:15 • Inês Falcão Rebelo com Lusa\n\n"+q+q+q)
	if !slices.Equal(doc.Meta.Authors, []string{"Inês Falcão Rebelo"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "Lusa" || doc.Meta.Date != "2025-11-12" {
		t.Errorf("authors %q, source %+v, date %q", doc.Meta.Authors, doc.Meta.Source, doc.Meta.Date)
	}
}

// TestBusinessPageCopy: a sign-off glued to its dash names a contributor;
// "(Avec AFP)" under the story is a source line.
func TestBusinessPageCopy(t *testing.T) {
	if cs, ok := signoff("—Dana Whitfield contributed to this article."); !ok || len(cs) != 1 || cs[0].Text != "Dana Whitfield" {
		t.Errorf("signoff = %+v, %v", cs, ok)
	}
	if names, _, ok := sourceLine("(Avec AFP)"); !ok || !slices.Equal(names, []string{"AFP"}) {
		t.Errorf("sourceLine = %q, %v", names, ok)
	}
	if _, ok := matchBoilerplateName("Banca Ferrandi ha chiuso il trimestre con un utile di 412 milioni, in crescita del 4,1%"); ok {
		t.Error("a sentence with a percentage read as a price strip")
	}
}

// matchBoilerplateName is the name of the boilerplate row text matches.
func matchBoilerplateName(text string) (string, bool) {
	if r := matchBoilerplate(text); r != nil {
		return r.Name, true
	}
	return "", false
}

// TestPriceStripNotTable: a results table's row, two figures and a
// change, is no price strip.
func TestPriceStripNotTable(t *testing.T) {
	for _, row := range []string{"Cifra de negocio 3.870 4.121 -6,1%", "Beneficio neto 412 398 +3,5%"} {
		if name, ok := matchBoilerplateName(row); ok {
			t.Errorf("%q dropped as %s", row, name)
		}
	}
}

// TestDenseListsAndBoxes, pasted without blank lines: the items under a
// colon stay the story's, however short; a box the page closes with a
// line of its own goes whole; and a heading over a paragraph after that
// box is a heading, not one of its buttons.
func TestDenseListsAndBoxes(t *testing.T) {
	p := "Der Deutsche Wetterdienst hat für große Teile Nord- und Osthessens eine Unwetterwarnung vor Glatteis herausgegeben, die bis Donnerstagmittag gilt.\n"
	src := "Glatteis in Nordhessen\n" + p + p +
		"Die Warnung gilt bislang für diese Landkreise:\nLandkreis Kassel und die Stadt Kassel\nWerra-Meißner-Kreis\nSchwalm-Eder-Kreis\nLandkreis Hersfeld-Rotenburg\n" + p +
		"Weitere Informationen\nAktuelle Warnungen\nAlle Warnungen finden Sie auf unserer Wetterseite.\nEnde der weiteren Informationen\nSchulbusse und Bahn\n" + p
	_, doc, _ := kinds(t, src)
	var md bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, s := range []string{"Werra-Meißner-Kreis", "Schwalm-Eder-Kreis", "Landkreis Hersfeld-Rotenburg", "## Schulbusse und Bahn"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q lost:\n%s", s, out)
		}
	}
	for _, s := range []string{"Wetterseite", "Ende der weiteren"} {
		if strings.Contains(out, s) {
			t.Errorf("%q kept:\n%s", s, out)
		}
	}
}

// TestCentralEuropeanAndReleaseCopy: "From:" over a government's bodies
// credits them; "Published" alone over the date labels it; a credit to
// someone's archive after its label; a tracklist numbered from 1 stays;
// a guest's bio and disclosure under a piece marked with an asterisk go.
func TestCentralEuropeanAndReleaseCopy(t *testing.T) {
	if c, ok := creditLine("Fot. archiwum stowarzyszenia Sąsiedzi z Oruni"); !ok || c != "archiwum stowarzyszenia Sąsiedzi z Oruni" {
		t.Errorf("creditLine = %q, %v", c, ok)
	}
	if c, ok := creditLine("Créditos: Nuno Pedroso Alves"); !ok || c != "Nuno Pedroso Alves" {
		t.Errorf("creditLine = %q, %v", c, ok)
	}
	p := "Twenty-three bus depots in England will be fitted with overhead chargers and new electrical connections under a fund announced today by the department.\n\n"
	_, doc, _ := kinds(t, "Councils to share £48 million for bus depots\n\nFrom:\nDepartment for Transport and Office for Zero Emission Vehicles\nPublished\n6 December 2025\n\n"+p+p+p)
	if doc.Meta.Date != "2025-12-06" || doc.Meta.Source == nil || !strings.Contains(doc.Meta.Source.Name, "Department for Transport") {
		t.Errorf("date %q, source %+v", doc.Meta.Date, doc.Meta.Source)
	}
	q := "O disco foi gravado numa casa de pescadores em Montisola, com as janelas abertas sobre o lago, e soa como um diário de inverno escrito devagar.\n\n"
	_, doc, _ = kinds(t, "Acqua ferma\n\nPor Helena Mattos Ribeiro*\n\n"+q+q+"Tracklist\n\n1. Acqua ferma\n2. Sulzano\n3. Le ultime corriere\n4. Vetro\n\n"+q+
		"*Helena Mattos Ribeiro é professora de Ecologia da Universidade de Brasília.\n\nHelena Mattos Ribeiro recebe financiamento do CNPq.\n")
	var md bytes.Buffer
	if err := markdown.Write(&md, doc); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	if !strings.Contains(out, "Le ultime corriere") || !strings.Contains(out, "Sulzano") {
		t.Errorf("the tracklist was dropped:\n%s", out)
	}
	if strings.Contains(out, "professora") || strings.Contains(out, "financiamento") {
		t.Errorf("the guest's bio or disclosure kept:\n%s", out)
	}
}

// TestRegionalAndRecipeCopy: a brand with "!" over the menu is the
// masthead, not the headline, and "עודכן:" is an update; Torstar's
// credits ("Name The Hamilton Spectator", "Name photo"); "Redacció /
// ACN" under the standfirst is the newsroom and its agency, no credit;
// "Egilea: X" is a Basque byline; a recipe's ingredients are no
// headings nor menu lines.
func TestRegionalAndRecipeCopy(t *testing.T) {
	p := "תושבי שכונת הדר בחיפה הפכו את גג המקלט הציבורי לגינה קהילתית, ובה עשרות ערוגות של עגבניות, חסה ותבלינים שמטפלים בהם המתנדבים.\n"
	_, doc, _ := kinds(t, "וואלה!\nחדשות\nספורט\nכסף\nתרבות\nבריאות\nאוכל\nתיירות\nTECH\nחדשות בארץ\nעל גג המקלט צומחות עגבניות\n"+p+"עידו רבינוביץ\n06/12/2025 10:15\nעודכן: 06/12/2025 12:40\n"+p+p)
	if doc.Meta.Title != "על גג המקלט צומחות עגבניות" || doc.Meta.Date != "2025-12-06" {
		t.Errorf("title %q, date %q", doc.Meta.Title, doc.Meta.Date)
	}
	if c, ok := creditLine("Priya Van Heerden photo"); !ok || c != "Priya Van Heerden photo" {
		t.Errorf("creditLine = %q, %v", c, ok)
	}
	q := "A group of Hamilton stair-climbers spent three weeks counting everyone who used the Wentworth Stairs, and the numbers surprised city staff.\n\n"
	_, doc, _ = kinds(t, "Counting the climbers\n\nBy Tomasz Braganza-Hill\nThe Hamilton Spectator\n\nWed., March 12, 2025\n\n"+q+q+
		"Climbers on the Wentworth Stairs on a cold morning in February.\n\nGareth Lindqvist The Hamilton Spectator\n\n"+q)
	if len(doc.Figures()) != 1 || doc.Figures()[0].Credit != "Gareth Lindqvist The Hamilton Spectator" {
		t.Errorf("figures %+v", doc.Figures())
	}
	r := "Els usuaris es podran endur sobres de llavors de tomàquet, mongeta o enciam amb el carnet de la biblioteca i n'hauran de retornar una part\n"
	s := "La biblioteca Torras i Bages de Vilafranca del Penedès ha obert aquest dissabte un banc de llavors de varietats locals, amb una quarantena d'espècies.\n"
	_, doc, _ = kinds(t, "Vilafranca obre un banc de llavors\n"+r+"Redacció / ACN\n06/12/2025 - 09:30\n"+s+s+s)
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "ACN" || len(doc.Figures()) != 0 {
		t.Errorf("source %+v, figures %d", doc.Meta.Source, len(doc.Figures()))
	}
	if names, _, ok := bylineLine("Egilea: Maddi Etxart Larrondo", true); !ok || !slices.Equal(names, []string{"Maddi Etxart Larrondo"}) {
		t.Errorf("bylineLine = %q, %v", names, ok)
	}
	for _, l := range []string{"Calabaza, 500 g", "Cebolla, 1", "300 g de lentejas", "2 cups flour"} {
		if !ingredientRE.MatchString(l) {
			t.Errorf("%q is no ingredient", l)
		}
		if ok, _ := headingShape(l); ok {
			t.Errorf("%q shaped as a heading", l)
		}
	}
	if ingredientRE.MatchString("Two weeks, 2.1 million forints") {
		t.Error("a heading with a figure read as an ingredient")
	}
}

// TestNordicAndCampusCopy: Nordic bylines joined by "og", "och" or "ja"
// split into names, an agency among them credited as the source;
// "Name skrifar"; a credit to whoever gave the photo after its label.
func TestNordicAndCampusCopy(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Af Mette Vangsgaard og Rasmus Holt", []string{"Mette Vangsgaard", "Rasmus Holt"}},
		{"Av Kari Nordmann och Per Holm", []string{"Kari Nordmann", "Per Holm"}},
		{"Kolbrún Hrönn Sveinsdóttir skrifar", []string{"Kolbrún Hrönn Sveinsdóttir"}},
	} {
		if names, _, ok := bylineLine(c.in, true); !ok || !slices.Equal(names, c.want) {
			t.Errorf("bylineLine(%q) = %q, %v", c.in, names, ok)
		}
	}
	for in, want := range map[string]string{"Photo courtesy of Newnham JCR": "courtesy of Newnham JCR", "Foto: cortesía Huerto Tlalocan.": "cortesía Huerto Tlalocan", "Llun: Elfed Wyn Roberts": "Elfed Wyn Roberts"} {
		if c, ok := creditLine(in); !ok || c != want {
			t.Errorf("creditLine(%q) = %q, %v", in, c, ok)
		}
	}
	if _, ok := matchBoilerplateName("4/5"); ok {
		t.Error("a review's rating read as a gallery counter")
	}
}

// TestAgencyInBylineAndFirstHome: an agency joined to a reporter's name
// is the source, not an author; "Texto X" over "Fotografia Y" credits
// the writer and not the photographer; a date where a first home would
// be names no outlet.
func TestAgencyInBylineAndFirstHome(t *testing.T) {
	p := "Kabeltyve har stjålet flere hundrede meter kobberledning fra en station på Vestfyn, og togene kører derfor langsommere resten af ugen.\n\n"
	_, doc, _ := kinds(t, "Kabeltyveri standser tog\n\nAf Ida Marie Lauritsen og Ritzau\n\n6. dec. 2025, 13.20\n\n"+p+p+p)
	if !slices.Equal(doc.Meta.Authors, []string{"Ida Marie Lauritsen"}) || doc.Meta.Source == nil || doc.Meta.Source.Name != "Ritzau" {
		t.Errorf("authors %q, source %+v", doc.Meta.Authors, doc.Meta.Source)
	}
	q := "A casa dos pescadores de Viana do Castelo reabriu como restaurante, com peixe do dia e uma esplanada virada para o rio Lima.\n\n"
	_, doc, _ = kinds(t, "Viana à mesa\n\nTexto Rita Almada Nunes\nFotografia Tiago Serrão\n\n12 março 2025 12:00\n\n"+q+q+q)
	if !slices.Equal(doc.Meta.Authors, []string{"Rita Almada Nunes"}) {
		t.Errorf("authors %q", doc.Meta.Authors)
	}
	if name, ok := FirstHome("This article was originally published in February 2024 and has been updated.", false); ok {
		t.Errorf("FirstHome = %q", name)
	}
}

// TestMalayRussianAndWireLayouts: a Malaysian paper's caption for a
// stock photo ("Gambar hiasan") is a figure's; "Автор: X" over "Фото: Y"
// under the story credits the author, no photo; and Europa Press's
// dateline without its dash credits the agency.
func TestMalayRussianAndWireLayouts(t *testing.T) {
	p := "Pengerusi koperasi berkata kos keseluruhan projek termasuk panel solar, bateri simpanan dan pendawaian baharu berjumlah kira-kira RM310,000 tahun ini.\n\n"
	_, doc, _ := kinds(t, "Penghuni rumah panjang nikmati bekalan elektrik\n\n"+p+"Gambar hiasan\n\n"+p)
	if figs := figuresOf(doc); len(figs) != 1 || document.PlainText(figs[0].Caption) != "Gambar hiasan" || figs[0].Credit != "" {
		t.Errorf("Gambar hiasan: figures %+v", figs)
	}
	q := "Шахматный клуб в подвале на улице Советской Конституции открыт каждый вечер, и туда приходят дети и взрослые со всего района.\n\n"
	_, doc, _ = kinds(t, "Шахматы в подвале\n\n"+q+q+"Автор: Екатерина Мельникова\nФото: Алексей Войтович\n")
	if figs := figuresOf(doc); len(figs) != 0 || !slices.Contains(doc.Meta.Authors, "Екатерина Мельникова") {
		t.Errorf("Автор/Фото: figures %+v, authors %q", figs, doc.Meta.Authors)
	}
	r := "El Ayuntamiento de Jerez ha adjudicado la rehabilitación de la antigua bodega de la calle Porvenir, cerrada desde 2009, para convertirla en una biblioteca."
	_, doc, _ = kinds(t, "La antigua bodega será una biblioteca de barrio\n\nJEREZ DE LA FRONTERA, 6 (EUROPA PRESS) "+r+"\n\n"+r+"\n")
	if doc.Meta.Source == nil || doc.Meta.Source.Name != "Europa Press" {
		t.Errorf("Europa Press dateline: source %+v", doc.Meta.Source)
	}
}

// figuresOf is doc's figures, in order.
func figuresOf(doc *document.Document) []*document.Figure {
	var figs []*document.Figure
	document.Walk(doc.Blocks, func(b document.Block) {
		if f, ok := b.(*document.Figure); ok {
			figs = append(figs, f)
		}
	})
	return figs
}

// TestCommentsIngredientsAndArchivePhoto: a reader's comment between the
// comments' count and "Leave a Reply" goes; "6 œufs" is an ingredient,
// no heading; and "Foto d'archivio" alone is an archive photo's caption.
func TestCommentsIngredientsAndArchivePhoto(t *testing.T) {
	p := "The council opened the night market on Friday, and vendors say the longer hours will bring in workers from the factories nearby.\n\n"
	_, doc, rep := kinds(t, "Council opens night market\n\n"+p+p+"1 Comment\n\nChisomo K\n\nGood move but security must be tight.\n\nLeave a Reply\n")
	for _, e := range rep.Entries {
		if (e.Text == "Chisomo K" || strings.HasPrefix(e.Text, "Good move")) && e.Rule != "boilerplate/comments" {
			t.Errorf("%q: %s", e.Text, e.Rule)
		}
	}
	q := "Mathilde garde la recette de sa grand-mère, qu'elle a adaptée pour un four de maison et pour huit personnes.\n\n"
	_, doc, _ = kinds(t, "La fouace de Mathilde\n\n"+q+q+"Les ingrédients\n\n500 g de farine\n6 œufs\n150 g de beurre mou\n1 pincée de sel\n\n"+q)
	for _, b := range doc.Blocks {
		if h, ok := b.(*document.Heading); ok && document.PlainText(h.Text) != "Les ingrédients" {
			t.Errorf("heading %q", document.PlainText(h.Text))
		}
	}
	r := "I pescatori di Cesenatico hanno ridipinto le barche storiche del porto canale in vista delle feste di dicembre.\n\n"
	_, doc, _ = kinds(t, "Le barche storiche tornano a colori\n\n"+r+"Foto d'archivio\n\n"+r)
	if figs := figuresOf(doc); len(figs) != 1 || document.PlainText(figs[0].Caption) != "Foto d'archivio" {
		t.Errorf("Foto d'archivio: figures %+v", figs)
	}
}

// TestHeadlineAfterShortMenuAndSpeakers: a headline that a menu's count
// reached, over a standfirst with no full stop and a name and date, is
// the title; and a speaker's question in a transcript is no heading.
func TestHeadlineAfterShortMenuAndSpeakers(t *testing.T) {
	menu := "Neatkarīgā\nLatvija\nPolitika\nEkonomika\nPasaulē\nViedokļi\nSports\nIzklaide\n\nLatvija\n\n"
	p := "Daugavpils cietoksnī pēc vairāku gadu sarunām beidzot radīsies vieta, kur strādāt un mācīt amatniekiem, un pirmās darbnīcas atvērs pavasarī.\n\n"
	_, doc, _ := kinds(t, menu+"Daugavpils cietokšņa kazarmās iekārtos amatnieku darbnīcas\n\nPašvaldība nodos biedrībai uz 15 gadiem vienu no tukšajām ēkām, bet remontu amatniekiem būs jāsāk pašiem\n\nIlze Strautiņa\nPiektdiena, 2025. gada 5. decembris\n\n"+p+p+p+p)
	if doc.Meta.Title != "Daugavpils cietokšņa kazarmās iekārtos amatnieku darbnīcas" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	q := "IRENE SANCHO: La masa madre, sin duda. Anselmo lo hacía a ojo y nosotras necesitábamos apuntarlo todo en una libreta durante meses.\n\n"
	_, doc, _ = kinds(t, "Alloza recupera su horno\n\n"+q+"MARTA LAFUENTE: ¿Y salen las cuentas?\n\n"+q)
	for _, b := range doc.Blocks {
		if h, ok := b.(*document.Heading); ok {
			t.Errorf("heading %q", document.PlainText(h.Text))
		}
	}
}

// TestSignaturesAfterStory: a labelled byline that closes the story
// ("Bài và ảnh: X") and a name with the place it was filed from
// ("Олена Гнатюк, Житомир"), over a channel's plea, credit the author.
func TestSignaturesAfterStory(t *testing.T) {
	p := "Bếp cơm 5.000 đồng ở phường Linh Trung mỗi ngày phục vụ hơn ba trăm suất cơm cho công nhân và sinh viên khó khăn trong khu vực.\n\n"
	_, doc, _ := kinds(t, "Bếp cơm 5.000 đồng giữa khu trọ\n\n"+p+p+"Bài và ảnh: Lê Thùy Dương\n")
	if !slices.Equal(doc.Meta.Authors, []string{"Lê Thùy Dương"}) {
		t.Errorf("Bài và ảnh: authors %q", doc.Meta.Authors)
	}
	q := "У Коростені волонтери відкрили безкоштовну пральню для переселенців, і за перший місяць нею скористалися понад двісті родин з області.\n\n"
	_, doc, _ = kinds(t, "У Коростені відкрили пральню для переселенців\n\n"+q+q+"Олена Гнатюк, Житомир\n\nПідписуйтесь на наш Telegram-канал\n")
	if !slices.Equal(doc.Meta.Authors, []string{"Олена Гнатюк"}) {
		t.Errorf("name and place: authors %q", doc.Meta.Authors)
	}
}

// TestColumnistNameOverHeadline: "NAME: headline", with the byline under
// it naming the same columnist, is the headline, no alert's ticker.
func TestColumnistNameOverHeadline(t *testing.T) {
	p := "Walk into almost any spaza shop in Soweto or Tembisa and ask the owner how much credit is outstanding, and she will open a school exercise book.\n\n"
	_, doc, _ := kinds(t, "OPINION / COLUMNISTS\n\nLUNGILE MAHLANGU-VOSLOO: Spaza owners don't need another loan app. They need a receipt\n\nInformal traders already keep careful credit books. Lenders should learn to read them\n\n12 March 2025 - 05:00\n\nby LUNGILE MAHLANGU-VOSLOO\n\n"+p+p+p)
	if want := "LUNGILE MAHLANGU-VOSLOO: Spaza owners don't need another loan app. They need a receipt"; doc.Meta.Title != want {
		t.Errorf("title %q, want %q", doc.Meta.Title, want)
	}
}

// TestJapaneseForms: a caption with no credit, told by "＝" and the place
// or day, or the place in brackets, and no related headline's "＝"
// source; a byline in square brackets; a speaker's quotation; a
// station's name.
func TestJapaneseForms(t *testing.T) {
	for in, want := range map[string]bool{
		"市町が共同で導入するトイレカー＝5日、岐阜県大垣市":  true,
		"選別機の最終調整をする社員（愛知県豊橋市）":      true,
		"試験営業で客に料理を出す店主（先月・福岡市中央区）":  true,
		"糸の通し方を教える岡田正一さん（中央）＝京都市上京区": true,
		"避難所の簡易トイレ、備蓄に地域差＝自治体調査":     false,
		"同社は5日、新しい選別機を発表した。":         false,
	} {
		if got := jaCaptionRE.MatchString(in); got != want {
			t.Errorf("jaCaptionRE(%q) = %v, want %v", in, got, want)
		}
	}
	if names, role, ok := uncasedByline("[松尾涼子，ITmedia]"); !ok || len(names) != 1 || names[0] != "松尾涼子" || role != "ITmedia" {
		t.Errorf("uncasedByline = %q, %q, %v", names, role, ok)
	}
	if !jaSpeakerQuoteRE.MatchString("（屋台を始める　山下拓也さん）「常連さんと初めてのお客さんが隣り合って話をする場所をつくりたい」") {
		t.Error("jaSpeakerQuoteRE: want a speaker's quotation")
	}
	for in, want := range map[string]bool{"RKB毎日放送": true, "北海道新聞": true, "テレビ朝日": true, "社会": false, "国内": false} {
		if got := jaOutletRE.MatchString(in); got != want {
			t.Errorf("jaOutletRE(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestGeorgianHeading: Mkhedruli has no capitals in use, so a short
// Georgian line may head a section.
func TestGeorgianHeading(t *testing.T) {
	if ok, why := headingShape("რას ამბობენ მერიაში"); !ok {
		t.Errorf("headingShape(Georgian) = %v, %s", ok, why)
	}
}

// TestChineseForms: "(完)" ends agency copy and is no credit (a credit
// line that keeps "摄" is in TestCreditLine); the editors in brackets; the agency's dateline; a
// button in lenticular brackets is no name.
func TestChineseForms(t *testing.T) {
	if _, _, ok := captionWithCredit("据了解，安吉县计划明年将碳汇计量范围扩大到更多乡镇。(完)"); ok {
		t.Error("captionWithCredit: (完) is no credit")
	}
	cs, ok := zhSignoff("(责编：陈思远、周雅琳)")
	if !ok || len(cs) != 2 || cs[0].Text != "陈思远" || cs[1].Text != "周雅琳" || cs[0].Role != "edt" {
		t.Errorf("zhSignoff = %v, %v", cs, ok)
	}
	if m := zhDatelineRE.FindStringSubmatch("新华社兰州12月6日电（记者马晓岚、赵一鸣）初冬时节，临夏的培训班开课了。"); m == nil || m[1] != "马晓岚、赵一鸣" {
		t.Errorf("zhDatelineRE = %q", m)
	}
	if _, _, ok := uncasedByline("【纠错】"); ok {
		t.Error("uncasedByline: 【纠错】 is a button")
	}
	if names, _, ok := labelledSource("来源：人民网－人民日报"); !ok || strings.Join(names, "|") != "人民网|人民日报" {
		t.Errorf("labelledSource = %q, %v", names, ok)
	}
}

// TestFrenchSwissForms: "Photo Name" under a caption, a name and an
// agency after a slash, a relative update line, and a Romanian "doi"
// that is no DOI.
func TestFrenchSwissForms(t *testing.T) {
	if c, ok := adjacentCredit("Photo Chloé Lambert"); !ok || c != "Chloé Lambert" {
		t.Errorf("adjacentCredit = %q, %v", c, ok)
	}
	if got := slashedOutlets("Théo Chappuis / ATS"); got != nil {
		t.Errorf("slashedOutlets = %q, want a byline", got)
	}
	if _, update, _, ok := dateLine("Mis à jour il y a 2 heures"); !ok || !update {
		t.Errorf("dateLine: want an update line")
	}
	if citationRE.MatchString("Medicul spune că în ultimii doi ani a trimis la spital trei sugari.") || !citationRE.MatchString("Nature Microbiology DOI: 10.1038/s41564") {
		t.Error("citationRE: want a DOI, not the Romanian word")
	}
	if !endsSentence("Քաղաքում բացվել է արհեստանոց։") {
		t.Error("endsSentence: Armenian full stop")
	}
}

// TestLabelPairs: the BBC's figure layout in a language whose labels are
// not known, told by two labels that share a word; a list of places with
// commas is none.
func TestLabelPairs(t *testing.T) {
	for _, c := range []struct{ a, b, credit, caption string }{
		{"Ffynhonnell y llun, Osian Tudur", "Disgrifiad o’r llun, Mae’r Gwalch wedi bod ar gau", "Osian Tudur", "Mae’r Gwalch wedi bod ar gau"},
		{"Isi foto, BBC", "Nkọwa foto, Otu nwanyị na-ere akwa", "BBC", "Otu nwanyị na-ere akwa"},
		{"،تصویر کا ذریعہ، ثنا بلوچ/بی بی سی", "،تصویر کا کیپشن، شمیم بی بی اور ان کی ساتھی", "ثنا بلوچ/بی بی سی", "شمیم بی بی اور ان کی ساتھی"}, // BBC Urdu's comma before its labels too
		{"د انځور سرچینه، Getty Images", "د انځور تشریح، ځوانان د کابل سیند پر غاړه", "Getty Images", "ځوانان د کابل سیند پر غاړه"},
		{"Sleeman Park, which was ruled out", "Riverside Park, where the flooding could delay it", "", ""},
		{"Cuerdas nuevas, manos viejas", "Las cuerdas, que son lo más caro, llegaron", "", ""},
		{"Madrid, Spain", "Madrid, the capital, is hot", "", ""}, // one label
	} {
		credit, caption, ok := labelPair(c.a, c.b)
		if credit != c.credit || caption != c.caption || ok != (c.credit != "") {
			t.Errorf("labelPair(%q, %q) = %q, %q, %v; want %q, %q", c.a, c.b, credit, caption, ok, c.credit, c.caption)
		}
	}
	credit, caption, ok := LabelPair("", "Ahavuye isanamu, Ange Uwase/BBC Insiguro y'isanamu, Umwarimukazi afasha abanyeshuri")
	if !ok || credit != "Ange Uwase/BBC" || caption != "Umwarimukazi afasha abanyeshuri" {
		t.Errorf("LabelPair, one text: %q, %q, %v", credit, caption, ok)
	}
	if _, _, ok := LabelPair("", "Una delle due cabine, che possono trasportare fino a 15 persone"); ok {
		t.Error("LabelPair split a caption with a comma")
	}
}

// TestCaselessByline: a name alone between the headline and its date, in
// a script without capitals, is the byline; a four-word headline of long
// words is a headline.
func TestCaselessByline(t *testing.T) {
	doc, _, err := Import(strings.NewReader("რადიო თავისუფლება\n\nმთავარი\nსაქართველო\nმსოფლიო\nეკონომიკა\n\nფშაველელმა მეფუტკრეებმა კოოპერატივი შექმნეს\n\nთამარ გოგოლაძე\n\n05 დეკემბერი, 2025\n\n"+
		"თიანეთის მუნიციპალიტეტის სოფელ ფშაველში ადგილობრივმა მეფუტკრეებმა კოოპერატივი შექმნეს და თაფლის გაყიდვა ერთად დაიწყეს, რაც მათ შემოსავალს ზრდის.\n\n"+
		"კოოპერატივის თავმჯდომარე ამბობს, რომ ერთად მუშაობა უფრო ადვილია და ქალაქში თაფლის ჩატანაც იაფი ჯდება, ვიდრე ადრე, როცა ყველა ცალ-ცალკე მიდიოდა.\n"), "ka.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title != "ფშაველელმა მეფუტკრეებმა კოოპერატივი შექმნეს" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	if len(doc.Meta.Authors) != 1 || doc.Meta.Authors[0] != "თამარ გოგოლაძე" {
		t.Errorf("authors %v", doc.Meta.Authors)
	}
}
