package importer

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// boilerplateRow is one kind of page furniture that a copied article
// carries and a manuscript does not want.
type boilerplateRow struct {
	Name string // rule name in reports, after "boilerplate/"
	Lang string // the language the words are in; every row applies to every text
	// Match is tried on the whole normalised line; anchor it.
	Match *lazyRegexp
	// Needs, when set, is lower-case text the line must contain before
	// Match is tried, or several such texts separated by "|", one of
	// which it must contain: unanchored case-insensitive patterns scan the
	// whole line, and most lines are long paragraphs.
	Needs string
	// Also, when set, must match the line too (anywhere in it).
	Also *lazyRegexp
	// List says the line heads a list of links (topics, stories) that is
	// dropped with it; see dropLists.
	List bool
	// Box says the line heads a box of the page (a report-an-error or
	// support-us box) whose other lines, up to the next blank line, go
	// with it.
	Box bool
	// Points says the box's lines are a summary's points: sentences,
	// shorter than the story's, that a dense copy must not mistake for
	// its paragraphs.
	Points bool
	// Alone says the line is furniture only with a blank line (or the
	// top) above it: right under a caption it is the caption's credit,
	// which the figures' rules read.
	Alone bool
	// Titled says the short line right above it, with no blank line
	// between, is its box's title and goes with it ("Have a question
	// about getting around the region?" over "Ask The Bee’s Service
	// Journalism team.").
	Titled bool
	// Foot says the line is the button at the foot of its box: the lines
	// above it, three at most, up to a blank line, go with it ("Gothamist
	// is funded by sponsors …", "Your donation keeps …" over "Donate").
	Foot bool
	// Long lets Match see lines longer than shortMax bytes; most rows are
	// labels and buttons, and skipping long lines keeps paragraphs cheap.
	Long bool
	Why  string // for the report, in English like the rest of it
}

// appealRE is a sentence asking readers to pay for the journalism: to
// subscribe, support or give, or saying that it depends on them.
var appealRE = re(`(?i)^(?:(?:please\s+)?(?:subscribe|support|donate|give|assine|apoie|contribua|suscr[ií]bete|apoya|colabora|abonnez-vous|soutenez|unterstützen sie|abonnieren sie|abbonati|sostieni)\b.{0,120}\b(?:journalism|jornalismo|periodismo|periodisme|journalisme|journalismus|giornalismo|journalistiek|xornalismo)|.{0,40}\b(?:journalism|jornalismo|periodismo|periodisme|journalisme|journalismus|giornalismo|journalistiek|xornalismo)\b.{0,60}\b(?:depends on|depende de|depende das|dépend de|hängt von|dipende da|needs|ha bisogno de[il]|necesita a|precisa de|a besoin de|braucht) (?:you|readers|its readers|quem o lê|persoas que o len|sus lectores|ses lecteurs|ihren lesern|i lettori|suoi lettori|seus leitores|ihre leser)|.{0,40}\b(?:journalism|jornalismo|periodismo|periodisme|journalisme|journalismus|giornalismo|journalistiek|xornalismo)\b.{0,30}? (?:costs money|cuesta dinero|coûte de l'argent|kostet geld|custa dinheiro|costa denaro|té un cost|tiene un coste|has a cost|a un coût|hat seinen preis|ha un costo|tem um custo|heeft een prijs)\b|.{0,80}\b(?:journalism|jornalismo|periodismo|periodisme|journalisme|journalismus|giornalismo|journalistiek|xornalismo)\b.{0,60}\b(?:necessitem|necesitamos|we need|precisamos|nous avons besoin|wir brauchen|abbiamo bisogno|hebben we)\b.{0,40}\b(?:suport|apoyo|support|apoio|soutien|unterstützung|sostegno|steun|ajuda|ayuda|help|nodig)\b).{0,200}$`)

// boilerplate is THE table of what to drop. To teach the importer a new
// promotion or prompt, add a row here and a case to TestBoilerplate.
var boilerplate = []boilerplateRow{
	// App and notification promotions.
	{Name: "app-promo", Lang: "fr", Long: true, Needs: "whatsapp|telegram", Match: re(`(?i)^(?:rejoignez|rejoindre|join|follow|suivez|únete|únase|siga|junte-se|entre (?:no|para o)|iscriviti|unisciti)\b.{0,40}\b(?:chaîne|channel|canal|grupo|groupe|community|comunidade|canale)\b.{0,30}\b(?:whatsapp|telegram)\b.{0,160}$`), Why: "a prompt to join the outlet's messaging channel"},
	{Name: "licensing", Lang: "pt", Long: true, Match: re(`(?i)^(?:publicado na edição n[º°o.]*\s*\d+|questo articolo è (?:stato )?pubblicato sul numero \d+|this article (?:appears|appeared) in the .{1,40} (?:print )?(?:issue|edition)|aus dem spiegel \d+/\d{4}|erschienen in (?:der )?ausgabe \d+|cet article est paru dans (?:le n°|le numéro)|este artículo se publicó en el número)\b.{0,240}$`), Why: "print edition note"},
	{Name: "licensing", Lang: "en", Needs: "copyright", Match: re(`(?i)^copyright\s*(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?\p{Lu}[^.!?]{1,50}\.?$`), Why: "copyright line"},
	{Name: "licensing", Lang: "pt", Match: re(`(?i)^(?:todos os direitos reservados|todos los derechos reservados|all rights reserved|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati)\s*©.{0,80}$`), Why: "copyright line"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(?:in \p{L}+\s*(?:\|\s*)?)?comments off on .{3,200}$`), Why: "comments closed, with the headline"},
	{Name: "site-blurb", Lang: "en", Long: true, Match: re(`(?i)^(?:get (?:current|latest|all) (?:updates on |the latest )?(?:\p{L}+ )?news\b.{0,40}\b(?:along with|in \p{L}+ related to)\b.{0,200}|get current updates on\b.{0,200}|discover the latest (?:\p{L}+ )?news,.{0,80}\bupdates\.?)$`), Why: "the site's blurb for search engines"},
	{Name: "comments", Lang: "en", Long: true, Needs: "comment threads", Match: re(`(?i)^.{0,60}\bdoes not (?:append|allow|open) comment threads (?:to|on) stories\b.{0,200}$`), Why: "comments closed on agency copy"},
	{Name: "share", Lang: "en", Match: re(`(?i)^(?:kindly share this story:?|share this story:|ajouter à mes favoris|ajouter aux favoris|zu den favoriten hinzufügen|zu favoriten hinzufügen|añadir a favoritos|aggiungi ai preferiti|adicionar aos favoritos|save to my favourites)$`), Why: "share or bookmark button"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^now you can (receive|get) notifications\b`), Long: true, Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "es", Match: re(`(?i)^ahora puedes recibir notificaciones\b`), Long: true, Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^(?:watch|stream|mira|regarde[zr]?|schauen sie|guarda|assista|bekijk)\b.{0,100}\b(?:youtube|playlist|channel|streaming app|canal|chaîne|kanal|canale|kanaal)\b.{0,60}$`), Why: "a promotion of the outlet's video channel"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)\b(receive|get|turn on) (our )?notifications\b.*\bapp\b`), Needs: "notifications", Long: true, Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "es", Match: re(`(?i)\b(recibir|activar?) (las )?notificaciones\b.*\bapp\b`), Needs: "notificaciones", Long: true, Why: "app and notification promotion"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^(download|get|install) (the|our) .{0,40}\bapp\b`), Long: true, Why: "app promotion"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^.{0,120}\b(?:right )?in the palm of your hand\.?$`), Needs: "palm of your hand", Long: true, Why: "app promotion"},
	{Name: "newsletter", Lang: "en", Long: true, Match: re(`(?i)^by (?:submitting|entering|providing) your email(?: address)?,? you (?:agree|consent|acknowledge)\b.{0,300}$`), Why: "a newsletter form's consent line"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^(?:thanks for signing up\b.{0,80}$|you will now start receiving\b.{0,80}$|you are already subscribed\.?$|a welcome email is on its way\b.{0,160}$|we ran into a problem signing you up\b.{0,80}$|sorry, something went wrong\.? please try again( later)?\.?$|submitting(\.\.\.|…)$)`), Long: true, Why: "a sign-up form's message"},
	{Name: "app-promo", Lang: "es", Match: re(`(?i)^(descarga|descargue|instala) (la|nuestra) .{0,40}\bapp\b`), Long: true, Why: "app promotion"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^(sign up|subscribe)\b.{0,80}\bnewsletter\b`), Long: true, Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^sign up (for|to) (our|the) (free )?.{0,60}\b(e-?mails?|newsletters?|briefing)\b`), Long: true, Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "es", Match: re(`(?i)^(suscr[ií]bete|suscr[ií]base|reg[ií]strate)\b.{0,80}\b(bolet[ií]n|newsletter)\b`), Long: true, Why: "newsletter promotion"},
	// A notice over embedded content that waits for consent to cookies,
	// besides "Ce contenu est bloqué …" below: "En cliquant sur
	// « J’accepte », les cookies … seront déposés". A sentence about
	// cookies in a story names no button or blocked content.
	{Name: "consent", Lang: "fr", Long: true, Needs: "cookie|traceur", Match: re(`(?i)^.{0,200}\b(?:cookies?|traceurs)\b.{0,200}$`), Also: re(`(?i)(?:\b(?:ce contenu|this content|dieser inhalt|diesen ergänzenden inhalt|este contenido|questo contenuto|este conteúdo|deze inhoud|en cliquant|by clicking|wenn sie auf|al hacer clic|cliccando|ao clicar|door op)\b|« ?j['’]accepte ?»|"accept(?: all)?"|„(?:alle )?akzeptieren“)`), Why: "a notice over content blocked until cookies are accepted"},
	{Name: "consent", Lang: "fr", Long: true, Needs: "cookie", Match: re(`(?i)^(?:(?:per|to|pour|para|um|om)\s.{0,40}?,?\s)?(?:ce site|notre site|this (?:web)?site|our (?:web)?site|we use|nous utilisons|este sitio(?: web)?|utilizamos|diese (?:web)?seite|wir (?:verwenden|nutzen)|questo sito|utilizziamo|este site|usamos|deze (?:web)?site|wij gebruiken|we gebruiken)\b.{0,60}\bcookies?\b.{0,200}$`), Why: "a cookie consent notice"},
	{Name: "consent", Lang: "de", Match: re(`(?i)^(?:externe inhalte|externer inhalt|contenu externe|contenus externes|contenuti esterni|external content)$`), Why: "the label over content blocked until cookies are accepted"},
	{Name: "consent", Lang: "fr", Match: re(`(?i)^(gérer mes choix|j['’]accepte|accepteren|tout accepter|accept all cookies|manage (my )?(cookie )?(choices|preferences)|cookie settings|paramétrer les cookies|alle akzeptieren|aceptar todas?( las cookies)?|accetta tutti)$`), Why: "a button of a cookie consent notice"},
	{Name: "more-stories", Lang: "en", Match: re(`(?i)^click here to read more\b`), Why: "link to more stories"},
	{Name: "more-stories", Lang: "en", Long: true, Needs: "coverage here", Match: re(`(?i)^.{0,100}\b(?:explore|read|see|find|follow)\b.{0,40}\bcoverage here\.?$`), Why: "link to more stories"},
	{Name: "more-stories", Lang: "es", Match: re(`(?i)^(haz|hac[eé]) clic aqu[ií] para (leer|ver) m[aá]s\b`), Why: "link to more stories"},
	{Name: "follow-us", Lang: "en", Match: re(`(?i)^follow us on\b.{0,80}$`), Why: "social media prompt"},
	{Name: "follow-us", Lang: "en", Long: true, Match: re(`(?i)^like \S.{0,40} on facebook,? (?:and )?follow @\w+ on (?:twitter|x)\b.{0,80}$`), Why: "social media prompt"},
	{Name: "follow-us", Lang: "en", Match: re(`(?i)^(?:[+＋]\s*)?(?:follow|suivre|seguir|folgen|segui|volgen|segueix)$`), Why: "a button to follow the author"},
	{Name: "follow-us", Lang: "fr", Match: re(`(?i)^(?:voir mon actu|mon actu|ajouter à mon actu)$`), Why: "a button to follow the outlet"},
	{Name: "follow-us", Lang: "fr", Long: true, Match: re(`(?i)^(?:cet article vous a été utile\s?\?|was this article (?:helpful|useful)\?|¿te ha resultado útil este artículo\?|war dieser artikel hilfreich\?|questo articolo ti è stato utile\?|este artigo foi útil\?)\s.{0,300}\b(?:suivre|follow|seguir|folgen|seguire|segui)\b.{0,200}$`), Why: "a prompt to follow the outlet"},
	{Name: "follow-us", Lang: "es", Match: re(`(?i)^s[ií]guenos en\b.{0,80}$`), Why: "social media prompt"},
	{Name: "follow-us", Lang: "pt", Match: re(`(?i)^(?:follow us|siga(?:-nos)? n[oa]s?|siga-nos|s[ií]guenos|suivez-nous|folgen sie uns|folge uns|seguici|seguiteci|volg ons|segueix-nos)\s*:?$`), Why: "the label of a row of social media icons"},
	{Name: "follow-us", Lang: "es", Long: true, Needs: "sigue toda la informaci", Match: re(`(?i)^sigue toda la informaci[oó]n de .{0,160}$`), Why: "social media prompt"},
	{Name: "follow-us", Lang: "es", Long: true, Match: re(`(?i)^(puedes seguir a|follow [^.]{0,60} on (facebook|x|twitter|instagram)|suivez[- ][^.]{0,60} sur|siga [^.]{0,60} n[oa]s? (facebook|x|twitter|instagram)|folgen sie [^.]{0,60} auf|segui [^.]{0,60} su (facebook|x|twitter|instagram)|volg [^.]{0,60} op|segueix [^.]{0,60} a|kövesse [^.]{0,60} (?:a |az )?(?:facebookon|instagramon|google hírekben|youtube-on)|urmăre[șş]te [^.]{0,60} pe (?:google news|facebook|instagram|whatsapp)|sledujte [^.]{0,60} na (?:facebooku|instagramu|x|google news)|obserwuj [^.]{0,60} (?:w google news|na facebooku|na instagramie))\b.{0,300}$`), Why: "social media prompt"},

	// Share prompts: a lone button label or a short call to share.
	{Name: "share", Lang: "en", Match: re(`(?i)^(share|resize|simpan|kongsi|deila|แชร์|แชร์ข่าว|compartix|per mail teilen|mail teilen|del artiklen|del artikel|del artikkelen|dela artikeln|kopier lenke|kopiera länk|kopier link|kopioi linkki|dela|del|e-post|epost|sähköposti|jaa artikkeli|jaga artiklit|dalintis|toggle more options|post|share this( article| story| page)?|share (?:story|article|post)|share on \w+|copy link|copy url|save|share full article|gift article|link copied|copy|print|email|link|save article|share this|save for later|add to favorites|social sharing|share via|share this article via|tweet|i-share|buy now|buy this photo|buy photo|like|gefällt mir|j'aime|me gusta|mi piace|curtir)$`), Why: "share button"},
	{Name: "share", Lang: "en", Match: re(`(?i)^(?:facebook|twitter|x|linkedin|reddit|whatsapp|email|threads|bluesky)(?: / (?:meta|x|twitter)(?: (?:icon|logo))?| (?:icon|logo))$`), Why: "share button with its icon's name"},
	{Name: "share", Lang: "it", Match: re(`(?i)^(?:vedi azioni|altre azioni|more actions|más acciones|plus d['’]actions|weitere aktionen)$`), Why: "the button that opens the share and print menu"},
	{Name: "toc", Lang: "it", Match: re(`(?i)^(?:indice della pagina|indice dei contenuti|table of contents|on this page|sur cette page|sommaire|índice de contenidos|contenido de la página|en esta página|inhaltsverzeichnis|auf dieser seite|nesta página|op deze pagina|inhoudsopgave)$`), List: true, Why: "the page's table of contents"},
	{Name: "share", Lang: "es", Match: re(`(?i)^(compartir|comparte( esta nota| este art[ií]culo)?|comparta|copiar (enlace|liga|link)|guardar|compartir en \w+|enviar por correo|correo|correo electr[oó]nico|imprimir|imprime la página completa|ir a los comentarios|enviar)$`), Why: "share button"},
	{Name: "share", Lang: "pl", Match: re(`(?i)^(udostępnij|kopiuj link|skopiuj link|sdílet|sdílej:?|jaa|kopírovat odkaz|zdieľať|kopírovať odkaz|megosztás|link másolása|distribuie(?: pe \w+)?|copiază link-ul|podeli:?|podijeli:?|kopiraj link|deli:?|kopiraj povezavo|dalintis|dalīties|jaga)$`), Why: "share button"},
	{Name: "ad", Lang: "pl", Match: re(`(?i)^(reklama|hirdetés|publicitate|oglas|oglasi|reklāma|reklaam|článok pokračuje pod (?:video )?reklamou|pokračování článku pod reklamou|dalszi cikk a hirdetés után|articolul continuă după reclamă)$`), Why: "advertisement label"},
	{Name: "subscribe", Lang: "pl", Match: re(`(?i)^(predplatné|předplatné|prenumeruj|prenumerata|előfizetés|abonează-te|pretplata|pretplati se|naročnina|prihlásiť|přihlásit|zaloguj się|bejelentkezés|autentificare|prijava)$`), Why: "subscription or login button"},
	{Name: "subscribe", Lang: "pl", Long: true, Match: re(`(?i)^(ten artykuł czytasz w ramach bezpłatnego limitu|získejte neomezený přístup\b.{0,120}|čítajte neobmedzene\b.{0,160}|czytaj bez limitu\b.{0,160}|wyborcza na wszystkich urządzeniach|predplatné \S+|olvass korlátlanul\b.{0,120}|subskrybuj [\p{L} .-]{1,40}|czytaj bez ograniczeń .{0,200})$`), Why: "paywall or subscription prompt"},
	{Name: "subscribe", Lang: "cs", Long: true, Needs: "předplatné|predplatné|prenumerata|előfizetés|abonament", Match: re(`(?i)^.{0,160}\b(?:předplatné|predplatné|prenumerata|előfizetés|abonamentul?) (?:už |jen |már |de la )?(?:od|za|от|from|de la|\d).{0,120}$`), Why: "a subscription's price"},
	// Basque pages: "Gaiak:" over the tags, "Iruzkinak" over the comments,
	// "Lotutako albisteak", "Saioa hasi", "Harpidetu", the licence line.
	{Name: "related-topics", Lang: "eu", Match: re(`(?i)^(?:gaiak|etiketak|lotutako albisteak|gehien irakurritakoak|irakurrienak)\s*:?$`), List: true, Why: "related links or tags heading"},
	{Name: "comments", Lang: "ms", Long: true, Needs: "komen", Match: re(`(?i)^(?:komen|komen anda|hanya (?:pelanggan|pembaca berdaftar|ahli) .{1,40} (?:boleh|dibenarkan) (?:menghantar|memberi|menulis) komen\.?)$`), Why: "comments"},
	{Name: "comments", Lang: "vi", Match: re(`(?i)^(?:bạn đọc vui lòng gõ tiếng việt có dấu\.?|gửi bình luận|bình luận(?: \(\d+\))?|bạn đọc cần đăng nhập để bình luận\..{0,200}|hãy là người đầu tiên bình luận(?: về bài viết này)?\.?)$`), Why: "comments"},
	{Name: "licensing", Lang: "vi", Needs: "sao chép", Match: re(`(?i)^không được sao chép.{0,200}$`), Why: "the paper's licence and reprint notice"},
	{Name: "footer", Lang: "vi", Match: re(`(?i)^báo điện tử [^.]{1,30} - cơ quan (?:của|chủ quản:?) .{1,80}$`), Why: "the paper's imprint in the footer"},
	{Name: "channel-promo", Lang: "vi", Needs: "google news", Match: re(`(?i)^theo dõi .{1,40} trên google news\.?$`), Why: "news aggregator promotion"},
	{Name: "read-also", Lang: "vi", Match: re(`(?i)^>+\s*(?:đọc thêm|xem thêm|tin liên quan)\s*:\s*\S.{1,160}$`), Why: "link to another story"},
	{Name: "disclaimer", Lang: "en", Long: true, Needs: "award-winning staff|stand der recherche", Match: re(`(?i)^(?:our expert, award-winning staff selects\b.{0,400}|hinweis: dieser (?:beitrag|artikel) gibt den stand der recherche\b.{0,300})$`), Why: "the site's notice on how it chooses or checks what it publishes"},
	{Name: "tip-line", Lang: "es", Long: true, Needs: "contenido dudoso|inform others about what is true", Match: re(`(?i)^(?:¿viste (?:un|algún) contenido dudoso\?.{0,200}|want to inform others about what is true and what is not\?.{0,120})$`), Why: "a prompt to send or share fact-checks"},
	{Name: "support-box", Lang: "de", Box: true, Match: re(`(?i)^unterstütze unsere arbeit$`), Why: "a plea for support, a box of the page"},
	{Name: "comments", Lang: "eu", Long: true, Needs: "iruzkin", Match: re(`(?i)^(?:iruzkinak(?:\s*\(\d+\))?|iruzkina idazteko,? saioa hasi behar duzu\.?|iruzkindu)$`), Why: "comments"},
	{Name: "subscribe", Lang: "eu", Match: re(`(?i)^(?:saioa hasi|harpidetu|egin zaitez harpidedun|harpidedun egin)$`), Why: "subscription or login button"},
	{Name: "licensing", Lang: "eu", Long: true, Needs: "creative commons", Match: re(`(?i)^(?:edukiak creative commons lizentziapean|els continguts .{0,40}creative commons|os contidos .{0,40}creative commons)\b.{0,200}$`), Why: "the site's licence"},
	{Name: "comments", Lang: "hu", Long: true, Needs: "hozzászólások|komentarz|comentarii|názory", Match: re(`(?i)^(?:a hozzászólások nem a szerkesztőség\b.{0,300}|komentarze (?:są|nie) .{0,60}\b(?:opini[ąia]|poglądów) .{0,300}|comentariile (?:nu )?(?:reprezint[ăa]|reflect[ăa]) .{0,300}|názory (?:čtenářů|čitateľov) .{0,300})$`), Why: "the rules or disclaimer of the comments"},
	{Name: "comments", Lang: "cs", Match: re(`(?i)^(vstoupit do diskuse|awennit|iwenniten|diskuse|diskusia|hozzászólások|komentari|komentarze|comentarii|komentarji|komentarai|komentāri|kommentaarid|kommentarer|kommentit)(?:\s*\(\d+\)|\s+\d+)?$`), Why: "comments link"},
	{Name: "comments", Lang: "fi", Long: true, Needs: "keskustella", Match: re(`(?i)^voit keskustella aiheesta\b.{0,60}\bsaakka\.?$`), Why: "the time the comments close"},
	{Name: "tip-line", Lang: "fr", Match: re(`(?i)^ou (?:appelez|téléphonez)-nous\b.{0,60}$`), Why: "the tip box's telephone line"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^your subscription (?:could not be saved\. please try again|has been successful)\.?$`), Why: "the newsletter form's messages"},
	{Name: "disclaimer", Lang: "fr", Long: true, Needs: "aide financière", Match: re(`(?i)^ce contenu a été (?:produit|réalisé) avec l['’]aide financière (?:de|des|du) .{1,160}$`), Why: "a funding note on the copy"},
	{Name: "channel-promo", Lang: "id", Long: true, Needs: "whatsapp channel", Match: re(`(?i)^simak breaking news dan berita pilihan kami\b.{0,300}$`), Why: "a prompt to follow the outlet's WhatsApp channel"},
	{Name: "consent", Lang: "de", Long: true, Needs: "verwendet cookies|verwenden cookies", Match: re(`(?i)^\S.{0,40}\b(?:verwendet|verwenden) cookies\b.{0,200}$`), Why: "cookie notice"},
	{Name: "tip-line", Lang: "fr", Match: re(`(?i)^vous avez une histoire à nous raconter\s?\?(?:\s*écrivez-nous\.?)?$`), Why: "a call for readers' stories"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^newspaper section:\s*\S.{0,30}$`), Why: "the print edition's section"},
	{Name: "share", Lang: "en", Long: true, Needs: "share or comment", Match: re(`(?i)^share or comment on this article:?(?:\s.{0,300})?$`), Why: "share button with the headline"},
	{Name: "interface", Lang: "tr", Match: re(`(?i)^haberin devamı$`), Why: "a button that unfolds the rest of the story"},
	{Name: "appeal", Lang: "de", Match: re(`(?i)^gemeinsam für freie presse$`), Why: "the title of the paper's plea for support"},
	{Name: "appeal", Lang: "de", Long: true, Needs: "zugänglich", Match: re(`(?i)^die \S+(?: \S+)? ist (?:frei|kostenlos) zugänglich, weil .{0,200}$`), Why: "a plea for readers' money"},
	{Name: "consent", Lang: "tr", Long: true, Needs: "çerez", Match: re(`(?i)^(?:.{0,120}\s)?çerezler(?:i|e)? kullan\p{L}*.{0,200}$`), Why: "cookie notice"},
	{Name: "share", Lang: "fa", Match: re(`^(?:ارسال به دوستان|نسخه چاپی|لینک کوتاه\s*:?|لینک کوتاه کپی شد)$`), Why: "share button or short link"},
	{Name: "comments", Lang: "fa", Match: re(`^(?:دیدگاه خود را بنویسید|نظر خود را بنویسید|ارسال دیدگاه)$`), Why: "comments"},
	{Name: "licensing", Lang: "fa", Long: true, Needs: "حقوق", Match: re(`^تمام(?:ی)? حقوق(?: مادی و معنوی)?\s.{0,80}محفوظ است\.?$`), Why: "copyright line"},
	{Name: "licensing", Lang: "ro", Long: true, Needs: "drepturile rezervate", Match: re(`(?i)^(?:\S.{0,60}\s)?toate drepturile rezervate\..{0,200}$`), Why: "copyright line"},
	{Name: "appeal", Lang: "ro", Long: true, Needs: "donații|donatii", Match: re(`(?i)^\S.{0,40} este o publicație independentă, care trăiește din donații\w*.{0,120}$`), Why: "a plea for readers' money"},
	{Name: "related-topics", Lang: "ro", Match: re(`(?i)^știri din aceeași categorie$`), List: true, Why: "related links heading"},
	{Name: "appeal", Lang: "ko", Match: re(`^(?:한겨레는 타협하지 않겠습니다|진실을 밝히는 데 한 걸음 더 다가가겠습니다\.?(?:\s*한겨레를 후원해주세요\.?)?|한겨레를 후원해주세요\.?)$`), Why: "a plea for readers' support"},
	{Name: "comments", Lang: "ja", Match: re(`^ユーザー登録すると、?コメントを書けるようになります。?$`), Why: "comments"},
	{Name: "app-promo", Lang: "bn", Long: true, Match: re(`^খবরের টাটকা আপডেট পেতে ডাউনলোড করুন .{1,60}অ্যাপ$`), Why: "a prompt to download the outlet's app"},
	{Name: "licensing", Lang: "es", Long: true, Needs: "prohibida la reproducción", Match: re(`(?i)^copyright ©\s?.{1,60}\.\s*prohibida la reproducción total o parcial\b.{0,160}$`), Why: "copyright line"},
	{Name: "share", Lang: "ru", Match: re(`^(?:Одноклассники|ВКонтакте|Телеграм)$`), Why: "share button"},
	{Name: "interface", Lang: "en", Match: re(`^abc\.net\.au/news/[a-z0-9-]+/\d+$`), Why: "the story's short address"},
	{Name: "newsletter", Lang: "el", Match: re(`(?i)^(?:εγγραφείτε|εγγραφή στο newsletter)$`), Why: "newsletter sign-up button"},
	{Name: "newsletter", Lang: "el", Long: true, Needs: "newsletter", Match: re(`(?i)^newsletter\s.{0,200}\sστο (?:email|e-mail|inbox) σας\.?(?:\s+εγγραφείτε)?$`), Why: "newsletter promotion"},
	{Name: "ad", Lang: "he", Match: re(`^(?:תוכן שיווקי|בשיתוף \S.{0,30})$`), Why: "sponsored content label"},
	{Name: "related-topics", Lang: "he", Match: re(`^עוד באתר \S.{0,20}:?$`), List: true, Why: "related links heading"},
	{Name: "appeal", Lang: "en", Match: re(`(?i)^(?:you['’]re a dedicated reader|we['’]re really pleased that you['’]ve read \d+ .{1,40} articles in the past month\.?|join our community)$`), Why: "a plea to readers who read often"},
	{Name: "comments", Lang: "lt", Long: true, Match: re(`(?i)^(?:komentuoti gali tik prisijungę skaitytojai|kommentera(?:r)? kan (?:bara|endast) inloggade|kun kirjautuneet käyttäjät voivat kommentoida|kommentaarida saavad vaid sisse logitud kasutajad)\.?$`), Why: "the rules of the comments"},
	{Name: "related-topics", Lang: "pl", Match: re(`(?i)^(teglar|märksõnad|sildid|birkas|atslēgvārdi|žymos|raktažodžiai|λέξεις κλειδιά|tematy|subiecte|tag-uri|témy|témata|tagovi|tagi|etichete|címkék|oznake|štítky|teme|ključne besede|kulcsszavak|tagy)\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "related-topics", Lang: "cs", Match: re(`(?i)^(susiję straipsniai|saistītie raksti|seotud artiklid|relaterede artikler|relaterte artikler|relaterade artiklar|aiheeseen liittyvät|mohlo by vás zajímat|mohlo by vás zaujímať|kapcsolódó|kapcsolódó cikkek|povezano|povezane vesti|vezane vijesti|powiązane|polecamy|polecane|preporučujemo|preporucujemo|препоручујемо|doporučujeme|odporúčame|priporočamo|zobacz też|zobacz także|související články|súvisiace články|articole similare|te-ar putea interesa)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "app-promo", Lang: "sr", Long: true, Match: re(`(?i)^(budite uvek informisani\b.{0,120}|pridružite se \S+ zajednici na (?:viberu|whatsappu|telegramu)\b.{0,80}|sledite nas na\b.{0,80}|urmărește-ne pe\b.{0,80}|urmărește (?:știrile )?\S{2,30}(?: și)? pe google news\.?|obserwuj nas\b.{0,80}|sledujte nás\b.{0,80})$`), Why: "a prompt to follow the outlet on a messaging app"},
	// Greek, Cyrillic (Russian, Ukrainian, Bulgarian, Serbian) and Turkish.
	{Name: "share", Lang: "ru", Match: re(`(?i)^(поделиться|поділитися|сподели|подели|κοινοποίηση|κοινοποιήστε|μοιραστείτε|paylaş|paylaşın|скопировать ссылку|копировать ссылку|скопіювати посилання|копіювати посилання|копирай линка|копирај линк|пошаљи|pošalji|pošlji|изпрати|αντιγραφή συνδέσμου|bağlantıyı kopyala|linki kopyala|печать|друк|εκτύπωση|yazdır|штампај|принтирай)$`), Why: "share button"},
	{Name: "ad", Lang: "ru", Match: re(`(?i)^(реклама|реклами|διαφήμιση|διαφημιση|reklam|оглас|огласи|продолжение после рекламы|продовження після реклами)$`), Why: "advertisement label"},
	{Name: "subscribe", Lang: "ru", Match: re(`(?i)^(подписаться|подписка|оформить подписку|підписатися|передплата|передплатити|абонирай се|абонамент|претплата|претплати се|εγγραφή|συνδρομή|γίνετε συνδρομητής|abone ol|giriş yap|войти|увійти|вход|вхід|σύνδεση|пријава|пријави се)$`), Why: "subscription or login button"},
	{Name: "comments", Lang: "ru", Match: re(`(?i)^(комментарии|комментировать|пікір қалдыру|пікірлер|коментарі|коментувати|коментари|коментирай|σχόλια|σχολιάστε|yorumlar|yorum yap|yorum yaz)(?:\s*\(\d+\))?$`), Why: "comments link"},
	{Name: "related-topics", Lang: "ja", Match: re(`^(?:この記事の関連キーワード|関連キーワード|関連タグ|キーワード|标签|標籤|关键词|關鍵字|태그|관련 태그|#태그)[：:]?$`), List: true, Why: "tag list heading"},
	{Name: "related-topics", Lang: "ru", Match: re(`(?i)^(теги|теґи|тегтер|тегдер|метки|теми|теме|тагове|тагови|етикети|ознаке|кључне речи|ετικέτες|θέματα|etiketler|konular)\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "related-topics", Lang: "ru", Match: re(`(?i)^(по теме|по темі|читайте также|читайте по теме|мавзӯи марбут|читайте також|чытайце таксама|čytajcie taksama|новости по теме|новини за темою|още по темата|още от категорията|свързани новини|свързани статии|σχετικά άρθρα|σχετικές ειδήσεις|σχετικά θέματα|διαβάστε επίσης|διαβάστε ακόμη|διαβάστε ακόμα|[iİ]lgili haberler|[iİ]lgili haber|benzer haberler|повезане вести|повезани текстови|најчитаније|самое читаемое|самое популярное|найпопулярніше|найчитаніше|най-четени|най-четено|τα πιο δημοφιλή|δημοφιλή|πιο πρόσφατα|çok okunanlar|haberle ilgili daha fazlası|en çok okunanlar|en çok okunan haberler|popüler haberler|son dakika)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "app-promo", Lang: "ru", Long: true, Match: re(`(?i)^(?:(?:шановні читачі|уважаемые читатели|dear readers),?\s*)?(подписывайтесь на (?:наш|нас в).{0,80}|підписуйтесь на (?:наш|нас у).{0,80}|підписуйтеся на (?:наш|нас у).{0,80}|последвайте ни.{0,80}|ακολουθήστε (?:μας|το \S+) στ\S*.{0,80}|bizi takip edin.{0,80}|пратите нас на.{0,80}|следите за нами в.{0,80}|стежте за нами в.{0,80})$`), Why: "a prompt to follow the outlet"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^register \(it['’]s quick and free\) or sign in(?: now)?\.?$`), Why: "the comments' sign-in prompt"},
	{Name: "comments", Lang: "en", Long: true, Needs: "names will appear", Match: re(`(?i)^(?:first and last names|your (?:full )?name) will appear (?:with|next to|beside) (?:each|your) (?:submission|comment)\b.{0,300}$`), Why: "comment rules"},
	{Name: "comments", Lang: "hr", Long: true, Needs: "koment", Match: re(`(?i)^(?:za komentiranje morate biti prijavljeni|za komentarisanje morate biti prijavljeni|pravila komentarisanja|pravila komentiranja|komentiranje je mogoče le za prijavljene).{0,300}$`), Why: "comment rules"},
	{Name: "interface", Lang: "fa", Match: re(`^(?:(?:کد خبر|کد مطلب|شناسه خبر|رقم الخبر)\s*[:：]?\s*[0-9۰-۹٠-٩]+|(?:دسته‌بندی|دسته بندی|سرویس)\s*[:：]\s*\S.{0,30}|انتهای پیام|پایان پیام)$`), Why: "the news agency's code, category or end mark"},
	// "Juttua muokattu 14.3. kello 10.20: Lisätty …", "Artikeln
	// uppdaterad 14/3 kl 10.20": a Nordic paper's note of an edit.
	{Name: "update-note", Lang: "fi", Long: true, Match: re(`(?i)^(?:juttua (?:on )?muokattu|juttua päivitetty|artikeln (?:är )?uppdaterad|artikkelen (?:er )?oppdatert|artiklen (?:er )?opdateret)\s.{0,300}$`), Why: "the outlet's note of an edit"},
	{Name: "credibility", Lang: "en", Match: re(`^(?i:credibility|trust indicators)\s*:?$`), List: true, Why: "the badges of a trust label (\"Original Reporting\", \"Sources Cited\")"},
	{Name: "related-topics", Lang: "fa", Match: re(`^(?:برچسب‌ها|برچسب ها|کلیدواژه‌ها|کلمات کلیدی|الوسوم|وسوم)\s*[:：]?$`), List: true, Why: "tag list heading"},
	{Name: "related-topics", Lang: "fa", Match: re(`^(?:پربازدیدترین|پربازدیدترین‌ها|پربیننده‌ترین|پربیننده ترین|پربحث‌ترین|آخرین اخبار|الأكثر قراءة|الأكثر مشاهدة|الأكثر قراءة اليوم|أخبار ذات صلة|مواضيع ذات صلة)\s*[:：]?$`), List: true, Why: "most-read list heading"},
	{Name: "comments", Lang: "fa", Long: true, Match: re(`^(?:ارسال نظر|نظرات|نظر شما|دیدگاه‌ها|أضف تعليقك|أضف تعليق|التعليقات|تعليقات الزوار(?:\s*\(\d+\))?|نظرات شما پس از (?:تایید|تأیید) .{0,120}|نظراتی که حاوی .{0,200}|تبصرے|تبصرے ادارے کی پالیسی کے مطابق .{0,120})$`), Why: "comments"},
	{Name: "counter", Lang: "bg", Match: re(`(?i)^(?:прочетена|прочетено|видяна|видяно) \d[\d\s]* пъти$`), Why: "a count of views"},
	{Name: "counter", Lang: "fr", Match: re(`(?i)^[\d\s.,]*\d\s*(?:vues|views|lectures|lecturas|visualizações|visualizaciones|visite|letture|aufrufe|mal gelesen)$`), Why: "a view counter"},
	// "👁 4 512", "Просмотров: 2 870", "Ko‘rishlar: 1 204": a view counter
	// after its sign or label.
	{Name: "counter", Lang: "ru", Match: re(`(?i)^(?:👁️?|👀|views?:|просмотров:|қаралды:|просмотры:|переглядів:|перегляди:|ko[ʻ‘'’]rishlar:|qaralgan:|wyświetlenia:|zobrazení:|vizualizări:|afișări:|прочитания:|преглеждания:)\s*\d{1,3}(?:[.,\x{a0}\x{202f} ]\d{3})*$`), Why: "a view counter"},
	{Name: "comments", Lang: "be", Match: re(`(?i)^(?:каб пакінуць каментар,? увайдзіце\.?|kamentary|каментары|kamentary budziem publikavać paśla maderacyi\.?|каментары будзем публікаваць пасля мадэрацыі\.?)$`), Why: "comments"},
	// Swahili (blind310): Mwananchi, Taifa Leo, BBC News Swahili, DW
	// Kiswahili, VOA Swahili, HabariLeo.
	{Name: "related-topics", Lang: "sw", Match: re(`(?i)^(?:soma zaidi|soma pia|habari zaidi|habari zaidi kuhusu taarifa hii|habari zinazohusiana|zilizosomwa zaidi|habari maarufu|mada|zaidi ya mwandishi huyu)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "read-also", Lang: "sw", Match: re(`(?i)^(?:soma (?:zaidi|pia)|pia soma)\s*:\s*\S.{1,160}$`), Why: "link to another story"},
	{Name: "share", Lang: "sw", Match: re(`(?i)^(?:shiriki(?: habari hii| taarifa hii)?|barua pepe|nakili kiungo)$`), Why: "share button"},
	{Name: "newsletter", Lang: "sw", Match: re(`(?i)^(?:jiunge na jarida (?:letu|la [\pL ]{1,30})|pata habari (?:kuu|muhimu) .{0,60}barua pepe.{0,80})$`), Why: "newsletter promotion"},
	{Name: "comments", Lang: "sw", Match: re(`(?i)^(?:barua pepe yako haitachapishwa\..{0,120}|maoni yote yanakaguliwa kabla ya kuchapishwa\.?|toa maoni|maoni(?: \(\d+\))?)$`), Why: "comments"},
	{Name: "follow-us", Lang: "sw", Match: re(`(?i)^(?:fuatilia habari zetu|pakua app ya .{1,30}|tufuate (?:kwenye|katika) .{1,60})$`), Why: "a prompt to follow the outlet"},
	{Name: "footer", Lang: "sw", Long: true, Needs: "sauti ya amerika", Match: re(`(?i)^sauti ya amerika ni huduma ya utangazaji\b.{0,300}$`), Why: "the outlet's imprint in the footer"},
	{Name: "skip", Lang: "sw", Match: re(`(?i)^(?:ruka kwenda .{1,60}|ruka hadi .{1,60})$`), Why: "a skip link for screen readers"},
	// The skip links of Afaan Oromoo, Tigrinya and Amharic pages.
	{Name: "skip", Lang: "om", Match: re(`^(?:Qabiyyee ijootti darbi|ናብ ቀንዲ ትሕዝቶ ሕለፍ|ዋናውን ይዘት ለማንበብ እለፍ|ወደ ዋናው ይዘት ይለፉ)$`), Why: "a skip link for screen readers"},
	// Fana's footer: "to get timely, fresh and complete news: website …",
	// "always: thank you for being with us!".
	{Name: "follow-us", Lang: "am", Long: true, Match: re(`^(?:ወቅታዊ፣ ትኩስ እና የተሟሉ መረጃዎችን ለማግኘት.{0,300}|ዘወትር፦ ከእኛ ጋር ስላሉ እናመሰግናለን!?)$`), Why: "the outlet's invitation to follow it"},
	{Name: "consent", Lang: "sw", Long: true, Needs: "cookies|vidakuzi", Match: re(`(?i)^tunatumia (?:cookies|vidakuzi)\b.{0,300}$`), Why: "cookie notice"},
	{Name: "ad", Lang: "sw", Match: re(`(?i)^(?:matangazo|tangazo)$`), Why: "advertisement label"},
	{Name: "licensing", Lang: "de", Match: re(`(?i)^https?://p\.dw\.com/p/\w+$`), Why: "the article's permanent link"},
	{Name: "summary-label", Lang: "sw", Match: re(`(?i)^muktasari\s*:?$`), Why: "the label over the standfirst or the story's summary"},
	// Polish regional papers (blind311), Central American papers
	// (blind309), sports pages (blind314).
	{Name: "newsletter", Lang: "pl", Long: true, Needs: "newsletter", Match: re(`(?i)^bądź na bieżąco!? zapisz się na newsletter\b.{0,200}$`), Why: "newsletter promotion"},
	{Name: "follow-us", Lang: "pl", Match: re(`(?i)^(?:.{1,40} w google news\s*[-–—]\s*obserwuj nas!?|dołącz do nas na facebooku!?|polub nas na facebooku!?|polub nas i bądź na bieżąco\b.{0,60}|obserwuj nas na .{1,30}!?)$`), Why: "a prompt to follow the outlet"},
	{Name: "interface", Lang: "pl", Match: re(`(?i)^spis treści pojawi się po przewinięciu\.?$`), Why: "the page's table of contents, a placeholder"},
	{Name: "ad", Lang: "pt", Match: re(`(?i)^\+?\s*aposte (?:em|no|na) .{1,60} e ganhe .{1,40}$`), Why: "a betting advertisement"},
	{Name: "signoff-initials", Lang: "es", Match: re(`^\((?:FIN|END)\)(?:\s+\p{Lu}{2,4}(?:/\p{Lu}{2,4})*)?$`), Why: "the wire's end marker and its editors' initials: \"(FIN) RQA/JCC\""},
	{Name: "signoff-initials", Lang: "fr", Match: re(`^(?:Tous )?(?i:propos recueillis par) \p{Lu}{1,3}\.?$`), Why: "who took the quotes, by initials only"},
	{Name: "counter", Lang: "th", Match: re(`^(?:อ่าน|เข้าชม|ผู้เข้าชม)\s*\d{1,3}(?:,\d{3})*\s*ครั้ง$`), Why: "a view counter"},
	{Name: "counter", Lang: "ro", Match: re(`(?i)^\d{1,3}(?:[.,\x{a0}\x{202f} ]\d{3})*\s+(?:vizualizări|afișări|views|просмотров|просмотра|праглядаў|переглядів|wyświetleń|zobrazení)$`), Why: "a view counter"},
	{Name: "video", Lang: "fr", Match: re(`(?i)^(?:à voir en vidéo|à voir aussi en vidéo|a ver en vídeo|da vedere in video|veja o vídeo|im video|watch the video)\s*:?$`), Why: "video teaser label"},
	{Name: "audio", Lang: "pt", Match: re(`(?i)^(?:ouça|ouvir|escuche|écouter|anhören|ascolta|haberi dinle)$`), Why: "audio player button"},
	{Name: "share", Lang: "tr", Match: re(`(?i)^(?:(?:facebook|x|twitter|whatsapp|linkedin|telegram)['’](?:ta|te|da|de) paylaş|paylaş|yazdır|kopyala|linki kopyala)$`), Why: "share button"},
	{Name: "gallery", Lang: "pl", Match: re(`(?i)^(?:zobacz galerię|przejdź do galerii|see (?:the )?gallery|voir la galerie|ver galería|zur bildergalerie)\s*\(\d+\s*(?:zdjęć|zdjęcia|photos?|fotos|bilder)\)$`), Why: "a link to the photo gallery"},
	{Name: "tip-line", Lang: "fr", Long: true, Needs: "confidentialité|anonymat", Match: re(`(?i)^(?:écrivez-nous|contactez-nous|appelez-nous).{0,120}(?:confidentialité|anonymat).{0,120}$`), Why: "the newsroom's tip line"},
	{Name: "section-link", Lang: "es", Match: re(`(?i)^(?:consulta el mapa del tráfico(?: en directo| en tiempo real)?|mappa del traffico in tempo reale|live traffic map|carte du trafic en (?:temps réel|direct)|verkehrslage live|mapa do trânsito em tempo real)$`), Why: "link to a live traffic map"},
	{Name: "print-notice", Lang: "de", Match: re(`^Sendung:\s.{2,80}$`), Why: "the broadcast the story went out in"},
	{Name: "comments", Lang: "tr", Long: true, Needs: "yorum|σχόλια", Match: re(`(?i)^(?:yorumlar,? kullanıcıların kendi görüşleridir\..{0,300}|yorumlar kullanıcılar tarafından yazılmaktadır\..{0,300}|yorum (?:yazabilmek|yapabilmek) için .{0,200}|.{0,40}yorum kuralları\s*:.{0,300}|yorumlarınız .{0,80}(?:onay|yayımlan).{0,200}|τα σχόλια (?:δημοσιεύονται|ελέγχονται|υπόκεινται) .{0,300})$`), Why: "comment rules"},
	{Name: "channel-promo", Lang: "tr", Needs: "google news", Match: re(`(?i)^(?:.{0,40}google news['’]?(?:te|ta|'de|'da)? takip et|ακολουθήστε (?:το|τη|την|τον|μας|την σελίδα του|τη σελίδα της) .{0,40}στο google news|follow .{0,40} on google news)$`), Why: "news app promotion"},
	{Name: "appeal", Lang: "tr", Long: true, Needs: "abone ol", Match: re(`(?i)^.{0,100}\bdestek olmak için abone olun\.?$`), Why: "subscription appeal"},
	{Name: "licensing", Lang: "tr", Needs: "saklıdır", Match: re(`(?i)^.{0,60}©.{0,60}tüm hakları saklıdır\.?(?:\s*(?:i|İ)zinsiz .{0,40})?$`), Why: "copyright line"},
	{Name: "licensing", Lang: "tr", Long: true, Needs: "servis edilmiş", Match: re(`(?i)^bu haber,? .{2,40} tarafından servis edilmiş.{0,200}$`), Why: "the agency copy's disclaimer"},
	{Name: "follow-us", Lang: "tr", Match: re(`(?i)^(?:takip et|abone ol|ακολουθήστε)$`), Why: "a button to follow the author"},
	{Name: "comments", Lang: "ru", Long: true, Match: re(`(?i)^(?:влезте в профила си,? за да коментирате|войдите,? чтобы (?:оставить комментарий|комментировать)|увійдіть,? щоб (?:залишити коментар|коментувати)|пријавите се да бисте коментарисали|συνδεθείτε για να σχολιάσετε|yorum yapabilmek için (?:giriş yapın|üye olun)).{0,80}$`), Why: "comments notice"},
	{Name: "report-error", Lang: "ru", Long: true, Match: re(`(?i)^(?:máte pripomienku alebo ste našli chybu|našli ste chybu|našli jste chybu|помітили помилку|заметили ошибку|нашли ошибку|забелязахте грешка|уочили сте грешку|βρήκατε (?:κάποιο )?λάθος|hata mı (?:buldunuz|gördünüz))\s?\?.{0,120}$`), Why: "a prompt to report an error"},
	{Name: "app-promo", Lang: "tr", Long: true, Match: re(`(?i)^google news['’](?:te|ta|de|da) .{1,40} abone ol(?:un)?\.?$`), Why: "a prompt to follow the outlet"},
	{Name: "share", Lang: "hi", Match: re(`^(?:शेयर|शेयर करें|कॉपी लिंक|लिंक कॉपी करें|शेअर|শেয়ার|শেয়ার করুন|লিংক কপি|ਸ਼ੇਅਰ|ਲਿੰਕ ਕਾਪੀ|શેર|કૉપી લિંક|કોપી લિંક|பகிர்|ஷேர்|షేర్|షేర్ చేయండి|ସେୟାର|ସେୟାର କରନ୍ତୁ|ಹಂಚಿಕೊಳ್ಳಿ|ഷെയർ|شیئر|شیئر کریں|کاپی لنک)$`), Why: "share button"},
	{Name: "share", Lang: "fr", Match: re(`(?i)^(partager|offrir le monde|offrir l'article|partager sur \w+|copier le lien|lire plus tard|offrir cet article|imprimer|envoyer par e-mail|sauvegarder)$`), Why: "share button"},
	{Name: "share", Lang: "de", Match: re(`(?i)^(teilen|artikel teilen|link kopieren|zur merkliste(?: hinzufügen)?|auf die merkliste|merkliste|zum merkzettel|merken|drucken|per e-mail versenden|artikel drucken|artikel verschenken|als e-mail versenden|artikel merken)$`), Why: "share button"},
	{Name: "share", Lang: "pt", Match: re(`(?i)^(partilhar|partilhe|compartilhar|compartilhe|cadastrar|copiar link|salvar|salvar artigos|imprimir|enviar por e-mail)\s*:?$`), Why: "share button"},
	{Name: "share", Lang: "it", Match: re(`(?i)^(condividi|condividi su \w+|scrivi alla redazione|invia notizia|segnala notizia|salva|copia link|stampa|invia per email|commenta)$`), Why: "share button"},
	{Name: "share", Lang: "nl", Match: re(`(?i)^(deel|deel (dit )?artikel:?|delen|opslaan|bewaar|link kopiëren|kopieer link|printen)$`), Why: "share button"},
	{Name: "share", Lang: "ca", Match: re(`(?i)^(comparteix|desa|correu|copia l'enllaç|imprimeix)$`), Why: "share button"},
	{Name: "share", Lang: "en", Match: re(`(?i)^(facebook|twitter|x|x\.com|x \(twitter\)|linkedin|whatsapp|messenger|telegram|reddit|pinterest|flipboard|bluesky|threads|e-mail|email|mail|print)$`), Why: "share button"},
	{Name: "share", Lang: "en", Match: re(`(?i)^(click here to share( on social media)?|share\d+|save articles to read later\b.*)$`), Why: "share button"},
	{Name: "channel-promo", Lang: "it", Needs: "whatsapp", Long: true, Match: re(`(?i)^.{0,80}\b(?:su|on|sur|en|no|auf|op) whatsapp\b.{0,200}$`), Why: "messaging channel promotion"},
	{Name: "section-link", Lang: "it", Match: re(`(?i)^(vai a tutte le notizie di|tutte le notizie di|all the latest from|more news from|toutes les actualités de|todas las noticias de|alle nachrichten aus|todas as notícias de)\s+\S.{0,40}$`), Why: "link to the section's front page"},
	{Name: "section-link", Lang: "es", Match: re(`(?i)^(?:sigue|siga|follow|suivez|segui|seguite|acompanhe|volg|segueix)\b.{0,20}\b(?:en directo|en vivo|live|en direct|in diretta|la diretta|ao vivo|em direto|en directe)\b.{0,80}$`), Why: "a link to the live page"},
	{Name: "section-link", Lang: "pt", Match: re(`(?i)^(?:sigue|siga|follow|suivez|segui|seguite|acompanhe|acompañe|volg|segueix)\b.{0,80}\b(?:ao minuto|minuto a minuto|minute by minute|minute par minute|minuto per minuto|as it happened)$`), Why: "a link to the match's minute-by-minute page"},
	{Name: "footer", Lang: "en", Long: true, Match: re(`(?i)^this (?:site|website) is part of [\p{L}'’ ]{2,40} (?:network|group|family)\b.{0,120}$`), Why: "the publisher's network, in the footer"},
	// Boxes asking readers to report an error, or to support the paper.
	{Name: "report-error", Lang: "en", Box: true, Match: re(`(?i)^(report an error|report a correction|report a typo|suggest a correction|spotted an (error|mistake)\??|found an (error|mistake)\??|found a (mistake|typo|error) in this (article|story)\??|report it to us\.?|signaler une (erreur|coquille)|vous avez (repéré|trouvé) une (erreur|faute)\s?\?|reportar un error|reporta un error|¿(encontraste|viste) (un|algún) error\?|segnala un errore|hai trovato un errore\?|comunicar erro|reportar erro|encontrou algum erro\b.{0,80}|fehler (gefunden|entdeckt|melden)\??|fehler auf \S{2,40} entdeckt\?)$`), Why: "a box asking readers to report an error"},
	{Name: "ai-summary", Lang: "en", Box: true, Points: true, Titled: true, Match: re(`(?i)^(ai[- ](assisted|generated) summary|summary generated by ai|ki-generierte zusammenfassung|zusammenfassung \(ki\)|résumé généré par (l['’])?ia|resumen generado (por|con) ia|resumo gerado por ia|riassunto generato (dall['’])?ia)$`), Why: "a summary that software wrote: the box, its title and its points"},
	{Name: "ai-summary", Lang: "en", Box: true, Points: true, Long: true, Match: re(`(?i)^(?:this is (?:an )?ai[- ]generated summari[sz]ation|this summary (?:was|is) (?:generated|written) by ai|ce résumé a été généré par (?:une )?ia|este resumen (?:fue|ha sido) generado por ia|diese zusammenfassung wurde (?:von einer ki|mit ki) erstellt)\b.{0,200}$`), Why: "a summary that software wrote: its notice and its points"},
	{Name: "support-box", Lang: "ca", Box: true, Long: true, Needs: "possible|posible", Match: re(`(?i)^.{0,60}\b(possible gràcies als subscriptors|made possible by (our |its )?(readers|subscribers|members)|possible grâce à nos abonnés|posible gracias a (nuestros|nuestras|los|las) (suscriptores|socios|socias|lectores))\b.{0,200}$`), Why: "a box asking readers to support the paper"},
	{Name: "support-box", Lang: "sr", Match: re(`(?i)^(?:podrži|podržite|подржи|подржите|podpri|podprite|soutenez|unterstützen sie|apóyanos|apoie o|sostieni)(?:\s+\S+){1,2}$`), Why: "the button under the outlet's plea for support"},
	{Name: "support-box", Lang: "hu", Long: true, Match: re(`(?i)^(?:ha fontosnak tartod,? amit csinálunk\b.{0,200}|támogatom|támogass(?:on|d)(?: minket)?|wesprzyj(?: nas)?\b.{0,120}|podpořte (?:nás|nezávislou žurnalistiku)\b.{0,120}|podporte (?:nás|nezávislú žurnalistiku)\b.{0,120}|susține(?:-ne)?\b.{0,120}|podržite (?:nas|nezavisno novinarstvo)\b.{0,120}|podprite nas\b.{0,120}|az? telex a független újságírásért)$`), Why: "the outlet's plea for support, or its button"},
	{Name: "support-box", Lang: "de", Box: true, Match: re(`(?i)^(unabhängigkeit braucht unterstützung|unterstützen sie (uns|unabhängigen journalismus)|support (independent|our) journalism|soutenez (le|notre) journalisme( indépendant)?|apoie o jornalismo( independente| profissional)?|apoy[ae] el periodismo( independiente)?|sostieni il giornalismo( indipendente)?)$`), Why: "a box asking readers to support the paper"},
	{Name: "appeal", Lang: "en", Needs: "journalis", Long: true, Match: appealRE, Why: "an appeal to subscribe or give"},
	{Name: "support-box", Lang: "it", Long: true, Needs: "sostieni|support|soutenez|apóyanos|apoya|apoie|unterstütze", Match: re(`(?i)^.{20,400}[.!]\s+(?:[^.!?]{0,40}\s)?(?:sostieni|sostienici|support|soutenez|apóyanos|apoya|apoie|unterstützen sie|unterstütze)\s+(?:us|nous|uns|[\p{L}.-]+)[.!]?$`), Why: "a plea for support that ends by naming the outlet"},
	{Name: "support-box", Lang: "en", Long: true, Needs: "support", Match: re(`(?i)^(?:.{0,200}\breader support (?:helps|keeps|makes)\b.{0,200}|(?:will|would|can|could) you (?:support|help fund) (?:our work|us|our journalism)(?: today)?\s?\?)$`), Why: "a box asking readers to support the paper"},
	{Name: "appeal", Lang: "pt", Needs: "jornalis", Long: true, Match: appealRE, Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "es", Needs: "periodis", Long: true, Match: appealRE, Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "it", Needs: "giornalis", Long: true, Match: appealRE, Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "gl", Needs: "xornalis", Long: true, Match: appealRE, Why: "an appeal to subscribe or give"},
	{Name: "fact-check-programme", Lang: "en", Long: true, Match: re(`(?i)^(?:\*\s*)?(?:this (?:article|fact[- ]check|check|story) (?:is|was) (?:part of|written as part of|produced as part of) (?:our|meta|facebook)\b|the post was flagged as part of|cet article fait partie de notre|cet article a été réalisé dans le cadre|este (?:artículo|contenido) (?:forma parte|se ha elaborado)|esta (?:checagem|verificação) faz parte|questo articolo fa parte|dieser (?:artikel|faktencheck) (?:ist teil|entstand im rahmen))\b.{0,400}$`), Why: "the fact-checker's note on the programme or the readers' question that the check answers"},
	// The fact-checker's note on its partnership or network: "Facta
	// aderisce al programma di fact-checking indipendente di Meta.",
	// "Faktisk.no er medlem av IFCN …", "Nota editorial: este conteúdo
	// foi selecionado pelo Polígrafo no âmbito de uma parceria …".
	{Name: "fact-check-programme", Lang: "it", Long: true, Needs: "meta|ifcn|fact-check|faktencheck", Match: re(`(?i)^(?:nota editorial:\s*)?(?:\S.{0,60}\b(?:aderisce al programma di fact-checking|er medlem av ifcn|är medlem i ifcn|er medlem af ifcn|is a (?:verified )?signatory (?:of|to) the ifcn|è firmatari[oa] del codice\b.{0,20}\bifcn|est signataire du code\b.{0,20}\bifcn|ist (?:unterzeichner|mitglied) de[sr] ifcn)|este conteúdo foi selecionado\b.{0,80}\b(?:meta|facebook)|dieser faktencheck ist im rahmen einer kooperation mit meta)\b.{0,300}$`), Why: "the fact-checker's note on its partnership or network"},
	// "¿Te llegó un contenido dudoso? Envialo al WhatsApp de Chequeado",
	// "Hai un contenuto da verificare?", "Har du sett noe du lurer på?":
	// a fact-checker's call for claims to check.
	{Name: "tip-line", Lang: "es", Long: true, Needs: "te llegó|recibiste|hai un contenuto|hai visto|natknąłeś|natknęłaś|har du sett|har du set|tem alguma dúvida|recebeu|vous avez vu|haben sie etwas|have you seen|did you see|has visto|tips oss|tipsa oss|zgłoś", Match: re(`(?i)^(?:¿te llegó|¿recibiste|hai un contenuto|hai visto|natknąłeś się|natknęłaś się|har du sett noe|har du set noget|tem alguma dúvida|recebeu (?:uma|algum|alguma)|vous avez vu passer|haben sie etwas gesehen|have you seen (?:a|something)|did you see something|¿has visto|tips oss|tipsa oss|zgłoś nam).{0,250}$`), Why: "a fact-checker's call for claims to check"},
	// "Faktisk.no vurderer påstander på en skala fra helt sant til helt
	// feil. Les mer om metoden vår.": the note on the method.
	{Name: "fact-check-programme", Lang: "nb", Long: true, Needs: "skala|scale|metod|method", Match: re(`(?i)^(?:\S.{0,40} (?:vurderer påstander på en skala|bedömer påståenden på en skala|rates (?:claims|statements) on a scale|bewertet behauptungen auf einer skala|califica (?:las )?afirmaciones (?:en|con) una escala|évalue les affirmations sur une échelle|classifica (?:le )?affermazioni su una scala|avalia (?:as )?afirmações numa escala)\b.{0,200}|(?:les|läs|read|lesen sie|lea|lisez|leggi|leia) (?:mer|more|mehr|más|plus|di più|mais) (?:om|about|über|sobre|sur|sul|su) (?:metoden vår|vår metod|our (?:method|methodology)|unsere methodik|nuestra metodología|notre méthode|la nostra metodologia|a nossa metodologia)\.?)$`), Why: "the fact-checker's note on its method"},
	// "Slik jobber vi" over the fact-checker's note on its method.
	{Name: "fact-check-programme", Lang: "nb", Box: true, Match: re(`(?i)^(?:slik jobber vi|så jobber vi|så arbetar vi|sådan arbejder vi|how we work|wie wir arbeiten|cómo trabajamos|come lavoriamo|comment nous travaillons|como trabalhamos|über dpa-faktencheck|jak pracujemy)\s*:?$`), Why: "the fact-checker's note on its method"},
	// "Sistema de avaliação do Polígrafo:" over its scale of verdicts.
	{Name: "fact-check-programme", Lang: "pt", List: true, Match: re(`(?i)^(?:sistema de avaliação(?: do \S.{0,30})?|escala de avaliação|our rating system|our ratings|notre échelle de notation|unsere bewertungsskala|nuestra escala|nuestras calificaciones|la nostra scala di valutazione|skala ocen)\s*:?$`), Why: "the fact-checker's scale of verdicts"},
	// "Avaliação do Polígrafo:" over the verdict.
	{Name: "fact-check-programme", Lang: "pt", Match: re(`(?i)^(?:avaliação do \S.{0,30}|a nossa avaliação|nossa avaliação|ocena demagoga|werdykt|la nostra valutazione|notre évaluation|nuestra calificación|calificación)\s*:$`), Why: "the label of the fact-check's verdict"},
	{Name: "fact-check-programme", Lang: "es", Long: true, Needs: "participa en el programa", Match: re(`(?i)^\S{2,30} participa en el programa de verificación\b.{0,300}$`), Why: "the fact-checker's note on the programme it takes part in"},
	{Name: "outlet-note", Lang: "en", Long: true, Needs: "local journalism initiative|local democracy reporting", Match: re(`(?i)^.{0,120}\b(?:is funded by the (?:canadian )?government through (?:its|the) local journalism initiative|(?:is|was) (?:funded|written|produced) (?:by|through|under|as part of) the local democracy reporting (?:service|scheme)|local democracy reporting (?:service|scheme) is (?:a )?(?:partnership|funded))\b.{0,300}$`), Why: "the note on who funds the reporting"},
	{Name: "comments", Lang: "en", Long: true, Needs: "conversations are", Match: re(`(?i)^conversations are opinions of our readers\b.{0,200}$`), Why: "the rules of the comments"},
	// The masthead's imprint in the footer: "VG | Ansvarlig redaktør: X",
	// "Chefredaktör och ansvarig utgivare: X", "VG arbeider etter Vær
	// Varsom-plakatens regler for god presseskikk".
	{Name: "outlet-note", Lang: "nb", Long: true, Needs: "redaktør|utgivare|päätoimittaja|chefredakt|vær varsom|granskas|del av", Match: re(`(?i)^(?:.{0,60}\b(?:ansvarlig redaktør|ansvarshavende (?:chef)?redaktør|ansvarig utgivare|vastaava päätoimittaja|chefredaktør|chefredaktör)\b.{0,160}|.{1,40} (?:arbeider etter|arbejder efter|følger) vær varsom-plakatens\b.{0,200}|.{1,40} har forpliktet seg til å følge vær varsom-plakaten\b.{0,200}|.{1,40} (?:granskas av|är en del av)\b.{0,40}\b(?:mediekoncern|medieombudsmannen|pressens opinionsnämnd)\b.{0,200})$`), Why: "the outlet's imprint or press ethics note"},
	// A comment form's notices: "Deine E-Mail-Adresse wird nicht
	// veröffentlicht.", "Votre adresse courriel ne sera pas publiée.",
	// "Debatten er lukket for denne artikel."
	{Name: "comments", Lang: "de", Long: true, Needs: "veröffentlicht|publiée|published|publicad|publicado|pubblicato|lukket|stengt|stängda|suljettu", Match: re(`(?i)^(?:(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\.?.{0,120}|votre adresse (?:e-mail|courriel|de messagerie) ne sera pas publiée\.?.{0,120}|your email address will not be published\.?.{0,120}|tu (?:dirección de )?correo electrónico no será publicad[oa]\.?.{0,120}|o seu (?:endereço de )?e-?mail não será publicado\.?.{0,120}|il tuo indirizzo email non sarà pubblicato\.?.{0,120}|debatten er lukket(?: for denne artikel)?\.?|kommentarfeltet er stengt\.?|kommentarerna är stängda\.?|kommentointi on suljettu\.?)$`), Why: "the notices of a comment form"},
	// Broadcasters' pages: the transcript's label and notes, the written
	// version's note, the podcast's promotion, the captions' notice.
	{Name: "audio", Lang: "en", Long: true, Needs: "transcri|transkript|captioning|version écrite|podcast|fassung|episod|folgen|read time|listen back", Match: re(`(?i)^(?:transcript|transcription|transkript|transcripción|transcrição|trascrizione|show transcript|hide transcript|(?:this|the) transcript (?:was|is|has been) (?:generated|produced|created|machine-generated)\b.{0,200}|closed captioning is provided by\b.{0,200}|cet article est la version écrite\b.{0,300}|provenant du podcast|dieser (?:text|beitrag) ist die (?:schriftliche|verschriftlichte) fassung\b.{0,300}|(?:ascolta|escucha|écoutez|hören sie|ouça|listen to) (?:gli altri|los demás|les autres|weitere|os outros|more|all) (?:podcast|episodes?|episodi|episodios|épisodes|folgen|episódios)\b.{0,200}|estimated read time:?\s*[\d–-]+\s*(?:minutes?|min)|listen back:\s*\p{Lu}.{4,120})$`), Why: "a transcript's label or note, or the audio's promotion"},
	{Name: "affiliate", Lang: "en", Long: true, Needs: "affiliate marketing", Match: re(`(?i)^.{1,60} participates in (?:various )?affiliate marketing programs?\b.{0,300}$`), Why: "an affiliate disclosure"},
	{Name: "appeal", Lang: "en", Long: true, Needs: "gift|series|project", Match: re(`(?i)^(?:your (?:monthly )?gift keeps (?:stories|journalism|reporting) like this\b.{0,120}|.{1,50} is supported (?:with|by) your gifts to\b.{0,200}|this story is part of .{1,80}(?:'s|’s) (?:series|project)\b.{0,200})$`), Why: "an appeal to give, or the series a story belongs to"},
	{Name: "follow-us", Lang: "pt", Match: re(`(?i)^(?:seguir|siga(?:-nos)?|síguenos|seguir en|folgen sie uns|suivez-nous|seguici) (?:no|en|auf|sur|su) google (?:news|notícias|noticias|nachrichten|actualités|notizie)$`), Why: "social media prompt"},
	{Name: "comments", Lang: "es", Long: true, Needs: "cerrados|closed|fermés|geschlossen|deaktiviert|fechados|chiusi", Match: re(`(?i)^(?:los comentarios (?:de este artículo )?están cerrados|comments (?:on this (?:article|story) )?are closed|les commentaires sont fermés|die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|os comentários (?:deste artigo )?estão fechados|i commenti sono chiusi)\.?$`), Why: "comments closed"},
	{Name: "outlet-note", Lang: "en", Long: true, Needs: "registered charity", Match: re(`(?i)^\p{Lu}[\p{L}.\- ]{1,30} is a registered charity\b.{0,200}$`), Why: "the outlet's note about itself, in the footer"},
	{Name: "outlet-note", Lang: "it", Long: true, Needs: "testata giornalistica", Match: re(`(?i)^\p{Lu}[\p{L}.\- ]{1,30} è una testata giornalistica registrata\b.{0,200}$`), Why: "the outlet's note about itself, in the footer"},
	{Name: "outlet-note", Lang: "es", Long: true, Needs: "sin ánimo de lucro", Match: re(`(?i)^\p{Lu}[\p{L}.\- ]{1,30} es un medio sin ánimo de lucro\b.{0,200}$`), Why: "the outlet's note about itself, in the footer"},
	{Name: "outlet-note", Lang: "pt", Long: true, Needs: "signatári", Match: re(`(?i)^\p{Lu}[\p{L}.\- ]{1,30} é signatári[oa] d[oa]\b.{0,200}$`), Why: "the outlet's note about itself, in the footer"},
	{Name: "licensing", Lang: "fr", Long: true, Needs: "copyright", Match: re(`(?i)^copyright\s*©\s*\S.{0,40}\b\d{4}(?:\s*[-–]\s*\d{4})?\.?(?:\s.{0,200})?$`), Why: "copyright line"},
	{Name: "update-note", Lang: "en", Long: true, Match: re(`(?i)^(?:correction|clarification|rectification|rectificatif|corrección|aclaración|correção|correzione|rettifica|korrektur|berichtigung)\s+\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?\s+\d{4}\s*:\s*.{10,400}$`), Why: "the outlet's note of a correction or an update"},
	{Name: "update-note", Lang: "fr", Long: true, Match: re(`(?i)^\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}\s*:\s*(?:ajoute|ajout|précise|corrige|modifie|actualise|adds?|added|updates?|updated|corrects?|corrected|añade|agrega|corrige|acrescenta|aggiunge|ergänzt)\b.{0,200}$`), Why: "a line of the article's update log"},
	{Name: "update-note", Lang: "pt", Long: true, Match: re(`(?i)^(?:este conteúdo|esta reportagem|esta checagem|este texto|esta matéria|this (?:article|story|content|fact[- ]check|piece)|cet article|cette vérification|este artículo|este contenido|este texto|questo articolo|dieser (?:artikel|beitrag|text)) (?:foi|was|has been|a été|fue|ha sido|è stato|wurde) (?:atualizad[oa]|updated|mis à jour|actualizado|aggiornato|aktualisiert|corrigid[oa]|corrected|corrigé|corregido|corretto|korrigiert)\b.{0,300}$`), Why: "the outlet's note of an update"},
	{Name: "feedback", Lang: "en", Match: re(`(?i)^(?:was this (?:article|page|fact[- ]check) (?:helpful|useful)\??|do you like the content of this article\??|¿te ha resultado útil(?: este artículo)?\??|cet article vous a-t-il été utile\s?\?|este artigo foi útil\??|questo articolo ti è stato utile\??|ti è stato utile questo articolo\??|war dieser artikel hilfreich\??|(?:is|was) this page (?:useful|helpful)\??|questa pagina ti è stata utile\??|¿(?:le|te) ha resultado útil esta (?:información|página)\??|cette page vous a-t-elle été utile\s?\?|esta página foi útil\??|war diese seite hilfreich\??|was deze pagina nuttig\??)$`), List: true, Why: "a box asking whether the article helped, with its buttons"},
	{Name: "tip-line", Lang: "fr", Match: re(`(?i)^(?:vous souhaitez que (?:l['’]\S+|nous) vérifi\w* une information\s?\?|contactez-nous|¿quieres que verifiquemos algo\?|want us to fact[- ]check something\?)$`), Why: "a box inviting readers to send a claim to check"},
	{Name: "interface", Lang: "en", Long: true, Match: re(`(?i)^(?:please note:? )?(?:that )?(?:this (?:article|story|text) (?:was|has been|is) (?:machine[- ])?translated from|dieser (?:artikel|beitrag|text) wurde aus dem|cet article a été traduit de|este artículo (?:fue|ha sido) traducido del|questo articolo è stato tradotto dal|este artigo foi traduzido do|dit artikel is vertaald uit het)\b.{0,160}$`), Why: "a note that the story was translated, with a link to the original"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(story continues|story continues below|copied!?|bottalk|authors and topics you follow will be added to your personal news feed in following\.?|link copied!?|gift this article( free)?|artikelrechte erwerben|lesermeinungen|kommentare werden nur für abonnenten angezeigt\.?|continua após a publicidade|continua depois da publicidade|continua dopo la pubblicità|la suite après cette publicité|sigue leyendo|learn more|get in touch|have a confidential tip for our reporters\? get in touch|vous avez aimé cet article\s?\?|did you like this article\?|sign up for push alerts\b.{0,120})$`), Why: "interface text of the page"},
	{Name: "list-marker", Lang: "en", Match: re(`(?i)^(list of \d+ items|list \d+ of \d+|end of list)$`), Why: "a list's screen-reader marker"},

	// Advertising, and the words that skip past it.
	{Name: "ad", Lang: "en", Match: re(`(?i)^(advertisement|advertising|sponsored|skip advertisement|scroll to continue with content|story continues below advertisement|article continues below|continua a leggere sotto|continua a leggere dopo la pubblicità|la noticia continúa|continúa después de la publicidad|la suite après la publicité|ad|anzeige|publicidad|publicité|publicidade|pubblicità|advertentie|publicitat|publizitatea|werbung|reklame|publicidade|annonse|annons|annonce|mainos|reklaam|reklama|reklāma|mainos päättyy)$`), Why: "advertisement label"},

	// Skip links and site chrome.
	{Name: "skip", Lang: "en", Match: re(`(?i)^(skip to (main )?content.*|skip to navigation|skip next section|skip to comments|skip to (?:footer|search|main menu|menu)|jump to|ir al contenido|ir al pie de página|aller au contenu|aller au menu|aller au pied de page|aller à la recherche|zur navigation springen|zum footer springen|zum inhalt springen|vai al contenuto|passa al contenuto( principale)?|naar de inhoud|(saltar|ir|pular|passar) para o conte[uú]do( principal)?|(salta|ves|vés) al contingut( principal)?|p[řr]ej[ií]t (na|k) obsah(u)?|presko[cč]i[tť] na obsah|ugr[aá]s a tartalomra|przejd[źz] do (tre[śs]ci|zawarto[śs]ci)|sari la con[țţt]inut|перейти к (содержимому|содержанию|основному содержанию)|перейти до (вмісту|основного вмісту)|דלג לתוכן( העיקרי)?|דלג לתוכן המרכזי|انتقل إلى المحتوى|democracy dies in darkness|new)$`), Why: "site navigation"},

	// Reading time, audio and video players.
	{Name: "reading-time", Lang: "en", Match: re(`(?i)^(\d+ ?(min|mins|minutes?|minuten|minutos|minuti|minuts)( (read|to read|de lecture|lesezeit|de leitura|di lettura|leestijd|de lectura))?\.?|(temps de lecture|durée de lecture|duración de (?:la )?lectura|lecture|tiempo de lectura|lesezeit|tempo de leitura|tempo di lettura|leestijd|reading time|temps de lectura) ?:? ?\d+ ?(min|minutes?|minuten|minutos|minuti|minuts)\.?|\d+' di lettura|\d+:\d{2}( min)?|\d+:\d{2}(:\d{2})? ?/ ?\d+:\d{2}(:\d{2})?)$`), Why: "reading time or player time"},
	{Name: "audio", Lang: "en", Match: re(`^(?i:audio by) \p{Lu}[\p{L}.]{2,30}$`), Why: "the audio player's label and its maker"},
	{Name: "audio", Lang: "es", Match: re(`(?i)^(audio generado (con|por) (ia|inteligencia artificial)|audio generated (by|with) ai|áudio gerado por (ia|inteligência artificial)|audio généré par (l'ia|intelligence artificielle))\b.{0,40}$`), Why: "audio player"},
	{Name: "audio", Lang: "en", Match: re(`(?i)^(listen to this article|listen|lyssna på artikeln|lytt til artikkelen|lyt til artiklen|kuuntele artikkeli|kuula artiklit|klausyti straipsnio|reproducir|artikel anhören|hören|artikel hören|escuchar( (este|el) art[ií]culo| la noticia)?|écouter( cet article)?|ouvir( (este artigo|o texto|a notícia))?|ascolta( l'articolo)?|luister naar dit artikel|escolta( l'article)?|diminuir fonte|aumentar fonte|(?:diminuir o |aumentar o )?tamanho da fonte|(?:reducir|aumentar) (?:el )?tamaño de (?:la )?(?:letra|fuente)|tamaño de (?:la )?(?:letra|fuente)|taille du texte|schriftgröße|dimensione del testo|text size|font size|(as )?heard on)\b.{0,40}$`), Why: "audio player or text size control"},
	{Name: "video", Lang: "en", Match: re(`(?i)^(watch|video|vídeo|vidéo|ver vídeo|assista|guarda( il video)?|bekijk( de video)?|mira)\s*[:|]?\s*.{0,80}\d{1,2}:\d{2}$`), Why: "video teaser with its duration"},
	{Name: "video", Lang: "en", Match: re(`(?i)^(video|vídeo|vidéo|watch|audio|podcast|play video\b.*|media caption,.*|(video|vídeo|vidéo|vidéo|filmpje)\s*[|:]\s*.{1,160})$`), Why: "video teaser"},
	{Name: "video", Lang: "en", Match: re(`(?i)^(?:click to play video|play video|watch video|cliquez pour lire la vidéo|haz clic para reproducir el vídeo)\s?:\s.{1,200}$`), Why: "video teaser"},
	{Name: "video", Lang: "fr", Match: videoDurationRE, Why: "a video's duration"},
	{Name: "video", Lang: "it", Match: re(`(?i)^(?:ottieni il codice embed|copia il codice embed|get (?:the )?embed code|copy embed code|obtener el código embed|leggi l['’]articolo completo su \S+)$`), Why: "a video player's embed and link buttons"},
	{Name: "video", Lang: "it", Match: re(`^(?:Video|VIDEO) \p{Lu}{2,8}$`), Why: "an agency's video label"},
	{Name: "video", Lang: "de", Match: re(`(?i)^(?:sendung (?:am|vom)|ausgestrahlt am|diffusée? le|émission du|emitido el|emitida el|emitido em|emitida em|andato in onda|in onda il|uitgezonden op|emès el|emesa el|broadcast on|aired on|as heard on)\s.{4,160}$`), Why: "a broadcast's date and programme"},
	{Name: "video", Lang: "nl", Match: re(`(?i)^(video afspelen|video abspielen|reproducir (el )?v[ií]deo|lire la vid[ée]o|riproduci( il)? video|reproduzir (o )?v[ií]deo|reprodueix el v[ií]deo)$`), Why: "video player button"},
	{Name: "gallery", Lang: "en", Match: re(`(?i)^(?:(?:(?:photo|foto|bild|image|imagen|imagem|immagine|slide|diapo)\s+)?\d{1,3} (?:of|de|sur|von|di|van|/) \d{1,3}|\d{1,3}/(?:[1-46-9]|1[1-9]|[2-9]\d))$`), Why: "photo gallery counter"}, // not "4/5", a review's rating
	{Name: "gallery", Lang: "de", Match: re(`(?i)^(?:bildergalerie|galer[ií]a|galeria de fotos|galeria|fotogallery|fotogalleria|diaporama|fotostrecke|photo essay|slideshow|ver galeria completa|ver galería completa|voir le diaporama|alle bilder|zur galerie)(?:\s*[|:]\s*\S.{0,80})?$`), Why: "photo gallery label"},
	{Name: "gallery", Lang: "it", Match: galleryButtonsRE, Why: "a gallery's buttons"},
	{Name: "gallery", Lang: "es", Match: re(`(?i)^\d{1,3} (fotos|photos|bilder|immagini|afbeeldingen|imatges|fotografías|fotografias)$`), Why: "photo gallery counter"},

	// Subscription prompts and paywall notes.
	{Name: "subscribe", Lang: "de", Long: true, Needs: "kostenlos|gratis|grátis|free|por |offert", Match: re(`(?i)^.{0,120}\b(\d+ (wochen|monate?) (kostenlos|gratis)|(first|1|one) month (free|for \S+)|primer mes (gratis|por \S+)|\d+ mois offerts?|primeiro mês grátis|\d+ mes[ei] gratis|\d+ (weken|maanden) gratis)\b.{0,80}$`), Why: "subscription trial offer"},
	{Name: "subscribe", Lang: "en", Match: re(`(?i)^(subscribe( now| to continue reading)?|subscribers? only|for subscribers|suscr[ií]bete( para seguir leyendo)?|subscríbete|subscriu-te|lee sin l[ií]mites|article réservé aux abonnés|réservé aux abonnés|s'abonner|abonnez-vous|assine( a \S+)?|assine ou faça login|recurso exclusivo para assinantes|exclusivo para assinantes|abonnieren|jetzt abonnieren|abbonati|solo per gli abbonati|abonneer( nu)?|subscriu-te|carregando\.{0,3}|loading\.{0,3}|cargando\.{0,3})$`), Why: "subscription prompt"},
	{Name: "subscribe", Lang: "en", Long: true, Match: re(`(?i)^thanks for reading [^!.?]{2,60}[!.] subscribe for free to receive new posts(?: and support (?:my|our) work)?\.?$`), Why: "a newsletter's subscription prompt"},
	{Name: "comments", Lang: "de", Long: true, Match: re(`(?i)^(?:sie müssen angemeldet sein,? um (?:einen )?kommentare? zu (?:schreiben|verfassen)|reageren is niet (?:meer )?mogelijk(?: onder dit artikel)?|je moet ingelogd zijn om te reageren)\.?$`), Why: "the rules of the comments"},
	{Name: "subscribe", Lang: "it", Match: re(`(?i)^(?:compra questo numero|acquista questo numero|buy this issue|achetez ce numéro|acheter ce numéro|compra este número|compre esta edição|dieses heft kaufen)(?:\s*\|\s*(?:abbonati|subscribe|abonnez-vous|suscríbete|assine|abonnieren))?$`), Why: "a prompt to buy the issue the story appeared in"},
	{Name: "subscribe", Lang: "en", Match: re(`(?i)^(?:you['’]ve read|you have read|has leído|vous avez lu|sie haben|hai letto|você leu|je hebt)\s+\d{1,3}\s+(?:of \d{1,3}\s+)?(?:free\s+)?(?:articles?|artículos?|articles? gratuits?|artikel|articoli|artigos?|artikelen)\b.{0,60}$`), Why: "a paywall's count of the articles read"},
	{Name: "affiliate", Lang: "en", Long: true, Needs: "commission|comissão|comisión|provision|partner", Match: re(`(?i)^(?:if you buy something from (?:a|an|our) .{1,40} link, .{1,60} (?:may|might) earn a commission\b.{0,200}|.{0,80}\bwe (?:may|might) earn (?:a |an )?(?:affiliate )?commission\b.{0,200}|als amazon-partner verdienen wir\b.{0,200}|.{0,60}\b(?:pode|podemos|poderá) receber (?:uma )?comissão\b.{0,200}|.{0,60}\bnous (?:pouvons|pourrions) percevoir une commission\b.{0,200}|.{0,60}\bpodemos (?:recibir|obtener) una comisión\b.{0,200}|.{0,80}\b(?:erhalten|bekommen) wir (?:ggf\. |gegebenenfalls |eine )?(?:kleine )?provision\b.{0,200})$`), Why: "an affiliate disclosure"},
	{Name: "subscribe", Lang: "de", Needs: "werbefrei|ohne werbung|nutzen sie das|javascript|ad-free", Match: re(`(?i)^(?:.{1,40} (?:werbefrei|ohne werbung) (?:lesen|nutzen|genießen)(?: mit .{1,30})?|oder nutzen sie das .{1,30}(?:angebot|abo)|bitte aktivieren sie javascript\.?|read .{1,30} ad-free(?: with .{1,30})?)$`), Why: "an ad-free subscription's prompt"},
	{Name: "subscribe", Lang: "de", Match: re(`(?i)^(?:(?:für sie )?(?:ist )?diese funktion (?:ist )?nur (?:mit einem abonnement|für abonnenten|für abonnentinnen und abonnenten) verfügbar|this feature is (?:only )?available (?:only )?(?:to|for) subscribers|cette fonctionnalité est réservée aux abonnés|esta función (?:solo )?está disponible (?:solo )?para suscriptores|questa funzione è riservata agli abbonati|deze functie is alleen beschikbaar voor abonnees)\.?$`), Why: "a feature kept for subscribers"},
	{Name: "subscribe", Lang: "pt", Long: true, Match: re(`(?i)^(?:este artigo é de acesso (?:livre|exclusivo) (?:para|a) assinantes|this (?:article|story) is (?:free|available|open) (?:to|for) subscribers|cet article est réservé aux abonnés|votre abonnement vous permet d['’]accéder à cet article|your subscription gives you access to this (?:article|story)|este artículo es (?:exclusivo|solo) para suscriptores|tu suscripción te permite acceder a este artículo|dieser artikel ist (?:nur )?für abonnenten|questo articolo è riservato agli abbonati)\b.{0,200}$`), Why: "a note that the article is for subscribers"},
	{Name: "bio", Lang: "pt", Long: true, Match: re(`(?i)^(?:\(?(?:o autor|a autora|os autores|as autoras) (?:escreve|escrevem) (?:de acordo com|segundo|ao abrigo d[oa])(?: [oa])? (?:antiga ortografia|antigo acordo ortográfico)|\(?(?:por opção d[oa] autora?, )?(?:este|o) (?:texto|artigo) (?:não segue|foi escrito segundo|está escrito segundo) (?:o|as regras do)? ?(?:novo |antigo )?acordo ortográfico)\.?\)?\.?$`), Why: "the note that the author writes in the old spelling"},
	{Name: "appeal", Lang: "it", Long: true, Needs: "abbon|subscri|abonn|suscri|assin|abo", Match: re(`(?i)^.{0,120}\b(?:sostienil[oa]|sostienici|support (?:us|it)|soutenez-(?:nous|le)|apóyanos|apoie-nos|unterstützen sie (?:uns|ihn|es)|steun ons)\b.{0,40}\b(?:abbonamento|abbonandoti|subscription|subscribing|abonnement|abonnant|suscripción|suscribiéndote|assinatura|assinando|abo)\b.{0,100}$`), Why: "an appeal to subscribe or give"},
	{Name: "print-notice", Lang: "en", Long: true, Needs: "print edition|printed edition|edición impresa|édition imprimée|print-ausgabe|in the print on", Match: re(`(?i)^(?:(?:published|appeared|a version of this (?:article|story) (?:appeared|appears)|publicado|publié|erschienen) in the (?:print|printed) edition\b.{0,200}$|a version of this (?:article|story) (?:appeared|appears) in the print on .{4,40}, of .{2,60}$|(?:publicado en la edición impresa|publié dans l['’]édition imprimée|erschienen in der print-ausgabe)\b.{0,200}$)`), Why: "a note of the print edition the story appeared in"},
	{Name: "related-topics", Lang: "en", List: true, Match: re(`^(?:[\p{Lu}][\p{L}.'’]*(?: [\p{Lu}][\p{L}.'’]*){0,3}) (?:Favorites|Favourites|Picks|Recommends)$`), Why: "a list of the outlet's other stories"},
	{Name: "print-notice", Lang: "it", Match: re(`(?i)^(?:edizione del|edición del|édition du|ausgabe vom|edição de|editie van|print edition(?: of)?)$`), Why: "the label of the print edition's date"},
	{Name: "subscribe", Lang: "pt", Long: true, Match: re(`(?i)^(?:leia (?:este|o) artigo na íntegra|lea (?:este|el) artículo completo|read the full (?:article|story) in (?:our|the|this)|lisez (?:cet|l['’])article en intégralité|lesen sie den (?:ganzen|vollständigen) artikel|leggi l['’]articolo completo)\b.{0,40}\b(?:edição|edición|edition|édition|ausgabe|edizione|assinatura|suscripción|subscription|abonnement|abbonamento|bancas|quiosco|kiosque|kiosk|edicola)\b.{0,200}$`), Why: "a pointer to the print edition or the subscription for the rest of the story"},
	{Name: "appeal", Lang: "es", Long: true, Needs: "periodis|sostiene|socio|soci@|journalis|sustained|member", Match: re(`(?i)^(?:sin (?:socios|socias|lectores|suscriptores) no hay periodismo(?: independiente)?|without (?:members|readers|subscribers) there is no (?:independent )?journalism|(?:este periódico|este diario|this (?:news)?paper|this site) (?:se sostiene|is sustained|is funded) (?:gracias a|by) (?:las personas|sus lectores|its readers|readers|people)\b.{0,200}|hazte soci[oa](?:, hazte soci[oa])?)\.?$`), Why: "an appeal to subscribe or give"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:more|read more|mehr|más|plus|altro|mais|meer|més)\s?(?:…|\.\.\.)$`), Why: "a button that opens more of a box"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^(?:we welcome your (?:feedback|comments)|we encourage you to share your thoughts)\b.{0,300}$`), Why: "the rules of the comments"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:end of (?:the )?(?:article|story)|lusa/fim|fin de l['’]article|fin del artículo|fim do artigo|fine dell['’]articolo|ende des artikels|einde artikel)$`), Why: "the marker at the story's end"},
	{Name: "feedback", Lang: "en", Match: re(`(?i)^(?:how does this (?:story|article) make you feel|how does this make you feel|what do you think of this (?:story|article)|¿qué te pareció (?:esta nota|este artículo)|comment avez-vous trouvé cet article|wie fanden sie diesen artikel|o que (?:você )?achou desta (?:matéria|notícia)|gostou desta (?:matéria|notícia)|what did you think of this (?:article|story)|cosa ne pensi di questo articolo|wie hat ihnen (?:dieser|der) artikel gefallen|qu['’]avez-vous pensé de cet article)\s?\?$`), Why: "a prompt to rate the story"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^[\p{L}0-9 .&'’-]{2,40} (?:encourages|welcomes|invites) (?:commentary|comments|reader comments|debate)\b.{0,300}$`), Why: "the rules of the comments"},
	{Name: "appeal", Lang: "en", Long: true, Needs: "costs money|cost money", Match: re(`(?i)^(?:independent |good |quality |local |public-interest |investigative )?(?:reporting|journalism|news) costs? money\b.{0,300}$`), Why: "an appeal to subscribe or give"},
	{Name: "newsletter", Lang: "en", Long: true, Needs: "newsletter", Match: re(`(?i)^(the |our |this )?([\p{L}'’-]+ ){0,4}newsletter\b.{0,300}\b(provides|delivers|brings you|sign up|subscribe|straight to your inbox)\b`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Long: true, Needs: "forwarded|reader-supported", Match: re(`(?i)^.{0,200}\b(?:is reader-supported|(?:someone|a friend) forwarded (?:this|it)(?: email| newsletter)? to you)\b.{0,300}$`), Why: "a newsletter's footer: how it is paid for, and how to sign up when it was forwarded"},
	{Name: "newsletter", Lang: "en", Long: true, Needs: "newsletters may contain", Match: re(`(?i)^privacy notice: newsletters may contain\b`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^(sign up to\b.{0,60}|free (weekly|daily) newsletter|after newsletter promotion|newsletter|iscriviti alla newsletter\b.*|inscrivez-vous\b.{0,60}newsletter.*|receba no seu e-?mail\b.*|recibe\b.{0,40}newsletter.*|melden sie sich\b.{0,40}newsletter.*|schrijf je in\b.{0,60}nieuwsbrief.*)$`), Long: true, Why: "newsletter promotion"},

	// Notices, prompts and boxes met in blind12 and blind13, in the
	// words each language uses for them.
	{Name: "share", Lang: "fr", Match: re(`(?i)^(partager la page|partage\s*:?|partagez(?: cet article)?|partager cet article)$`), Why: "share button"},
	{Name: "share", Lang: "en", Match: re(`(?i)^add [\p{L} .&'’-]{1,40} (on|to|as a preferred source on) google$`), Why: "a button to follow the outlet in Google's results"},
	{Name: "save-prompt", Lang: "en", Long: true, Match: re(`(?i)^((log in|sign in),? (register )?or subscribe to save (this|the) (article|story)\b.{0,40}|you can save this (article|story) by registering\b.{0,120})$`), Why: "a prompt to log in to save the article"},
	{Name: "archive-notice", Lang: "fr", Long: true, Match: re(`(?i)^(prenez note que cet article publi[ée]+ en \d{4}|cet article a été publié il y a plus d|this article is (more than|over) \w+ years? old|this article was published more than|este art[ií]culo (fue publicado hace|tiene) más de|dieser artikel ist (mehr als|älter als)|questo articolo è stato pubblicato più di|este artigo foi publicado há mais de)\b.{0,200}$`), Why: "a notice that the article is old"},
	{Name: "document-link", Lang: "pt", Long: true, Match: re(`(?i)^(leia a íntegra|leia na íntegra|lea el (?:texto|documento|informe) completo|read the full (?:text|report|document|statement|ruling|decision)|lisez l['’]intégralité|consultez le document|lesen sie (?:hier )?(?:den|das|die) (?:vollständige|ganze)|leggi il (?:testo|documento) completo|lees het volledige)(?:[\s.,;:!?].{0,120})?$`), Why: "a link to the full text of a document"},
	{Name: "comments", Lang: "pt", Long: true, Match: re(`(?i)^(?:os comentários são de (?:inteira |exclusiva )?responsabilidade\b.{0,160}|os comentários estão reservados a (?:leitores|utilizadores|assinantes)|o seu endereço de e-?mail não será publicado|your email address will not be published|tu dirección de correo electrónico no será publicada|votre adresse e-?mail ne sera pas publiée|ihre e-?mail-adresse wird nicht veröffentlicht|il tuo indirizzo email non sarà pubblicato|je e-?mailadres wordt niet gepubliceerd)\b.{0,120}$`), Why: "the comment form's notice"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^(we want (?:our )?comments to be|please be respectful of other readers|comments are moderated|los comentarios están moderados|les commentaires sont modérés|kommentare werden moderiert|i commenti sono moderati|os comentários são moderados|read the rules here)\b.{0,300}$`), Why: "the rules of the comments"},
	{Name: "comments", Lang: "fr", Long: true, Match: re(`(?i)^(les commentaires sont fermés|comments are closed|los comentarios están cerrados|die kommentare sind (geschlossen|deaktiviert)|kommentare sind (geschlossen|deaktiviert)|i commenti sono chiusi|os comentários estão fechados|reacties zijn gesloten|(die )?diskussion ist (geschlossen|beendet)|the discussion (is|has been) closed|comments have been closed|commenting (is|has been) closed|la discussion est (close|fermée)|la discussione è chiusa|la discusión está cerrada|a discussão está (encerrada|fechada)|de discussie is gesloten)\b.{0,200}$`), Why: "comments closed"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(comments are (now )?closed( on this (article|story))?|commenting (is|has been) (closed|disabled)( on this (article|story))?|los comentarios están cerrados|les commentaires sont fermés|kommentare sind geschlossen|die kommentarfunktion ist geschlossen|i commenti sono chiusi|os comentários estão (encerrados|fechados)|reageren is (niet meer mogelijk|gesloten)|reacties zijn gesloten)\.?$`), Why: "a notice that comments are closed"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^(save my name, email, and website in this browser for the next time i comment|guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente|enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire|meinen namen, meine e-mail-adresse und meine website in diesem browser für die nächste kommentierung speichern|salva il mio nome, email e sito web in questo browser per la prossima volta che commento|salvar meus dados neste navegador para a próxima vez que eu comentar|mijn naam, e-mail en site bewaren in deze browser voor de volgende keer wanneer ik een reactie plaats)\.?$`), Why: "the consent box of a comment form"},
	{Name: "subscribe", Lang: "en", Long: true, Match: re(`(?i)^(?:did you know|saviez-vous|¿sabías que|sabías que|wussten sie|lo sapevi|sabia que)\b.{0,60}\b(?:subscription|abonnement|suscripción|assinatura|abbonamento|abo)\b.{0,300}$`), Why: "a promotion of the outlet's subscription"},
	{Name: "subscribe", Lang: "nl", Long: true, Match: re(`(?i)^(?:wilt u (?:meer|verder) lezen|wil je (?:meer|verder) lezen|want to (?:read more|keep reading)|envie de lire la suite|vous voulez lire la suite|¿quieres (?:seguir leyendo|leer más)|möchten sie weiterlesen|vuoi (?:continuare a leggere|leggere di più)|quer (?:ler mais|continuar a ler))\s?\?\s.{0,160}\b(?:abonnement|subscri|suscri|abonn|assin|abbon)\w*\b.{0,200}$`), Why: "a prompt to subscribe to read on"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(join the conversation|diskutieren sie mit:?|kommentar(e)? zu(m)? artikel:?|únete a la conversación|rejoignez la conversation|partecipa alla discussione)$`), Box: true, Why: "comments box"},
	{Name: "contact", Lang: "en", Long: true, Needs: "write to", Match: re(`(?i)^write to [^@]{2,80} at \S+@\S+?(?:,? and [^@]{2,60} at \S+@\S+?)*\.?$`), Why: "the authors' addresses under the story"},
	{Name: "contact", Lang: "en", Match: re(`(?i)^(connect|contact (me|him|her|us)) via [\p{L} ,]{1,40}\.?$`), Why: "the author's contact line"},
	{Name: "contact", Lang: "en", Long: true, Needs: "can be reached", Match: re(`(?i)^[-—–]?\s*\S.{0,100}\bcan be reached (?:at|by e-?mail at|via e-?mail at|on)\s+\S+@\S+\.\w+\.?(?:\s.{0,160})?$`), Why: "the author's address under the story"},
	{Name: "contact", Lang: "en", Long: true, Needs: "@", Match: re(`(?i)^[\p{L}'’. -]{3,60} (can be reached|may be reached|can be contacted) at \S+@\S+.{0,120}$`), Why: "the author's contact line"},
	{Name: "tip-line", Lang: "pt", Long: true, Match: re(`(?i)^(tem uma sugestão de pauta\?|got a (news )?tip\?|have a (news )?tip\?|¿tienes una denuncia\?|vous avez une information à nous (transmettre|signaler)\b|haben sie einen hinweis\?|hai una segnalazione\?|vous avez un scoop\b|got a story\b|have you got a story\b|we pay for your stories!?$|tem uma história para contar\?|¿tienes una historia\b|heeft u een tip\b|écrivez-nous à l['’]adresse\b).{0,200}$`), Why: "a prompt to send the newsroom a tip"},
	{Name: "appeal", Lang: "it", Long: true, Match: re(`(?i)^(ti è piaciuto questo articolo\?|did you (like|enjoy) this (article|story)\?|¿te ha gustado (este artículo|esta noticia)\?|vous avez aimé cet article\s*\?|hat ihnen (dieser artikel|der artikel) gefallen\?|gostou (deste artigo|desta matéria|desta reportagem)\?|con tu apoyo podemos\b|with your support,? we can\b|avec votre soutien,? nous\b|com o seu apoio,? (podemos|conseguimos)\b|mit ihrer unterstützung\b|con il tuo (sostegno|aiuto)\b).{0,200}$`), Box: true, Why: "an appeal to subscribe or give"},
	{Name: "newsletter", Lang: "es", Long: true, Match: re(`(?i)^\P{L}{0,12}¿quiere(s)? (conocer|recibir|saber) (las|todas las) (últimas )?noticias\b.{0,200}$`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "es", Long: true, Match: re(`(?i)^(recibe|receba|ricevi|recevez|erhalten sie) (cada|todas las|todas as|ogni|chaque|jeden|jede)\b.{0,100}\b(correo|e-?mail|caixa|casella|boîte|postfach|inbox)\b.{0,80}$`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Long: true, Match: re(`(?i)^we use your sign-?up to (send|provide) (you|content)\b.{0,300}$`), Why: "newsletter promotion"},
	{Name: "licensing", Lang: "de", Match: re(`(?i)^\(\s*["„“»«]?[^()]{2,40}["“”«»]?\s*,\s*print-ausgabe\s*,\s*[\d.]{6,10}\s*\)$`), Why: "print edition note"},

	// Met in blind15.
	{Name: "appeal", Lang: "ca", Long: true, Needs: "lector|lecteur|leser|lettori|leitores", Match: re(`(?i)^.{0,60}\b(viu dels seus lectors|vive de sus lectores|vit de ses lecteurs|lebt von seinen lesern|vive dei suoi lettori|vive dos seus leitores)\b.{0,300}$`), Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "es", Long: true, Match: re(`(?i)^(suscribite|suscríbete|apúntate a (la|nuestra) newsletter)\b.{0,200}$`), Why: "an appeal to subscribe or give"},
	{Name: "print-notice", Lang: "de", Long: true, Match: re(`(?i)^(aufgerufen am|abgerufen am|retrieved on|consulté le|consultado el)\s.{0,60}https?://\S+$`), Why: "the address and time a printed page was fetched"},
	{Name: "newsletter", Lang: "de", Long: true, Match: re(`(?i)^die wichtigsten nachrichten\b.{0,80}\b(postfach|e-?mail|inbox|posteingang)\b.{0,80}$`), Why: "newsletter promotion"},
	{Name: "more-stories", Lang: "en", Long: true, Match: re(`(?i)^get the latest [\p{L} ]{1,40} news\b.{0,200}$`), Why: "link to more stories"},
	{Name: "trust", Lang: "en", Match: re(`(?i)^[\p{L} .]{1,30} is a trust project member$`), Why: "the Trust Project's label"},
	// "This article was amended on 12 March 2025. An earlier version gave
	// the wrong figure …": the outlet's correction, under the story.
	{Name: "update-note", Lang: "en", Long: true, Match: re(`(?i)^this (?:article|story|piece|report) (?:was|has been) (?:amended|corrected) on [^.]{4,40}\.(?:\s.{0,300})?$`), Why: "the outlet's note of a correction"},
	{Name: "comments", Lang: "fr", Match: re(`(?i)^(?:réagissez|réagir|commentez|ajouter un commentaire|laisser un commentaire|deja un comentario|deixe um comentário|lascia un commento|join the discussion)$`), Why: "the comments' heading"},
	{Name: "footer", Lang: "fr", Match: re(`(?i)^(?:qui sommes-nous\s*\??|who we are|about us|quiénes somos|chi siamo|wer wir sind|quem somos|over ons|mentions légales|aviso legal|note legali|impressum|colofon)$`), Why: "a link of the page's footer"},
	// "Gruber-Lenz M, … Nature Geoscience, 12. März 2026, doi: 10.1038/…":
	// the reference of the study a release or story reports, which names
	// it by its DOI.
	{Name: "reference", Lang: "de", Box: true, Match: re(`(?i)^(?:originalpublikation|originalveröffentlichung|original publication|publication originale|publicación original|pubblicazione originale|publicatie|references?|referenz)\s*:?$`), Why: "the label over the study's reference"},
	{Name: "press-contact", Lang: "nl", Box: true, Match: re(`(?i)^(?:persverantwoordelijke|perscontact|images to download|bilder zum herunterladen|images à télécharger)\s*:?$`), Why: "the release's press contact or images for the press"},
	{Name: "reference", Lang: "en", Long: true, Needs: "doi", Match: re(`(?i)^.{0,500}\b(?:doi\s?:?\s*|doi\.org/)10\.\d{4,9}/\S+?\.?$`), Why: "the reference of the study, with its DOI"},
	{Name: "footer", Lang: "en", Long: true, Needs: "traditional", Match: re(`(?i)^.{0,120}\backnowledges? (?:the )?traditional (?:owners|custodians)\b.{0,400}$`), Why: "the acknowledgement of the land's traditional owners, in the footer"},
	{Name: "newsletter", Lang: "sl", Match: re(`(?i)^(?:prijavite se na (?:newsletter|e-novice|e-vijesti|novice)|naročite se na (?:e-novice|novice)|prijavi se na newsletter|abonează-te la newsletter(?:ul)?(?: .{1,40})?|få de viktigaste nyheterna .{1,60}(?:varje (?:morgon|dag)|i din inkorg)|prenumerera på (?:vårt )?nyhetsbrev(?: .{1,40})?|tilaa uutiskirje(?: .{1,40})?|abonner på nyhetsbrev(?:et)?(?: .{1,40})?)\.?$`), Why: "newsletter promotion"},
	{Name: "comments", Lang: "nb", Match: re(`(?i)^(?:kommentarfeltet er stengt(?: for denne saken)?|kommentarsfältet är stängt(?: för denna artikel)?|kommentarfeltet er lukket(?: for denne artikel)?|kommentointi on suljettu(?: tästä jutusta)?|skomentuj(?: \(\d{1,5}\))?|komentarze \(\d+\)|yorum yap|yorumlar \(\d+\))\.?$`), Why: "comments"},
	{Name: "audio", Lang: "nb", Match: re(`(?i)^(?:lytt til saken|lytt til artikkelen|lyssna på artikeln|kuuntele artikkeli|lyt til artiklen|posłuchaj artykułu|makaleyi dinle)$`), Why: "audio player"},
	{Name: "ad", Lang: "pl", Match: re(`(?i)^(?:dalsza część artykułu pod (?:materiałem wideo|reklamą|wideo)|dalszy ciąg (?:materiału|artykułu) pod (?:wideo|reklamą)|請繼續往下閱讀\.{0,3}|请继续往下阅读\.{0,3}|haberin devamı (?:için|reklamdan sonra)|artikkelen fortsetter under annonsen)$`), Why: "advertisement label"},
	{Name: "follow-us", Lang: "tr", Needs: "google", Match: re(`(?i)^(?:google news['’]te .{1,40}takip edin|.{1,40}['’][yn]?[ıiuü] google (?:news['’](?:te|ta)|haberler['’](?:den|dan)) takip edin)\.?$`), Why: "a prompt to follow the outlet"},
	// Interface words that a copy with no blank lines no longer sets
	// apart in a run of short lines: buttons and notices, one per row's
	// kind.
	{Name: "share", Lang: "vi", Match: re(`(?i)^(?:link copiato|copia link|compartilhar notícia|compartir noticia|העתקת קישור|שלח לחבר|שתפו|gem artikel|gem)$`), Why: "share button"},
	{Name: "audio", Lang: "sk", Match: re(`(?i)^(?:počúvajte článok|vypočujte si článok|poslechněte si článek|ಅಕ್ಷರ ಗಾತ್ರ|अक्षर का आकार|ফন্ট সাইজ)$`), Why: "audio player or text size control"},
	{Name: "subscribe", Lang: "pl", Match: re(`(?i)^(?:zamów prenumeratę|kup prenumeratę|darme de alta|date de alta|sign in \| get access|get access)$`), Why: "subscription prompt"},
	{Name: "channel-promo", Lang: "pt", Match: re(`(?i)^(?:entrar no canal|entrar al canal|unirse al canal)$`), Why: "messaging channel promotion"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:this field is required\.?|available to uk users only\.?|republish|write to the editorial office|video ?player ?close|terms/privacy policy|terms and privacy policy|(?:apple podcasts|spotify|rss)(?: \| (?:apple podcasts|spotify|rss|google podcasts))+|\d{1,4} commentaires?\(s\))$`), Why: "a form's, a player's or a page's interface"},
	// An organisation's plea and buttons under its story: "Doe agora",
	// "Sua doação apoia famílias …", "Signez la pétition …".
	{Name: "appeal", Lang: "pt", Match: re(`(?i)^(?:doe agora|dona ahora|dona ara|faire un don|je fais un don|donate now|donate today|give now|jetzt spenden|spenden sie jetzt|dona ora|doneer nu|wpłać darowiznę|sign the petition|signez la pétition|firma la petición|assine a petição|jetzt unterschreiben|je signe|firma ahora|take action|agir|act now)$`), Why: "an appeal to give or to act"},
	{Name: "appeal", Lang: "pt", Long: true, Needs: "doação|aportación|donación|don |spende|donation|gift|petition|pétition|petición|petição", Match: re(`(?i)^(?:(?:sua|a sua|tu|su|votre|ton|ihre|deine|your) (?:doação|aportación(?: mensual)?|donación|don|spende|donation|monthly gift|gift)\b.{0,200}|con tu aportación(?: mensual)? .{0,200}|(?:signez|sign|firma|assine|unterschreiben sie) (?:la |the |a |die )?(?:pétition|petition|petición|petição)\b.{0,200})$`), Why: "an appeal to give or to act"},
	{Name: "more-stories", Lang: "en", Long: true, Match: re(`(?i)^(?:for more .{2,80} (?:reporting|coverage|news) on .{2,60}, (?:please )?(?:visit|see)\s*:?.{0,200}|find out more about our work in .{2,60}|learn more about our work in .{2,60}|más información sobre nuestro trabajo en .{2,60}|en savoir plus sur notre action (?:en|au|aux) .{2,60})$`), Why: "link to more stories"},
	{Name: "comments", Lang: "tr", Match: re(`(?i)^(?:yorumlar|bu habere henüz yorum yapılmamış\.?|ilk yorumu sen yap(?:ın)?\.?|yorum yazmak için giriş yapın\.?|kalan karakter\s*:\s*\d+|yorum yapmak için kurallarımızı okuyun\.?)$`), Why: "comments"},
	{Name: "newsletter", Lang: "tr", Long: true, Needs: "bülten", Match: re(`(?i)^.{0,60}\bbülten(?:ine|imize|e)? abone olun\b.{0,160}$`), Why: "newsletter promotion"},
	{Name: "audio", Lang: "el", Match: re(`(?i)^(?:μέγεθος γραμματοσειράς|μικρότερο μέγεθος γραμματοσειράς|μεγαλύτερο μέγεθος γραμματοσειράς|yazı boyutu)$`), Why: "audio player or text size control"},
	// "About Monash University", "Sobre Oxfam Intermón", "Over WUR": the
	// label of the organisation's own box, or a menu's link (a label
	// only: in a menu, a box would take the lines under it).
	{Name: "footer", Lang: "en", Match: re(`^(?:` + aboutLabels + `) ?\p{Lu}[\p{L}\p{N}&'’.\-]*(?: [\p{Lu}&][\p{L}\p{N}&'’.\-]*){0,4}$`), Why: "the organisation's own box"},
	{Name: "comments", Lang: "en", Long: true, Needs: "comment", Match: re(`(?i)^comments should be relevant to the article\b.{0,300}$`), Why: "comments"},
	{Name: "comments", Lang: "fr", Match: re(`(?i)^(?:les points de vue de nos lecteurs|vos commentaires|réactions des lecteurs)$`), Why: "comments"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "reproduction", Match: re(`(?i)^reproduction of (?:content|material|articles?) from this (?:site|website)\b.{0,300}$`), Why: "copyright line or disclaimer"},
	{Name: "appeal", Lang: "fr", Match: re(`(?i)^(?:soutenez (?:un journal|une rédaction|un média) indépendante?|soutenez-nous|soutenez le courrier)$`), Why: "an appeal to subscribe or give"},
	{Name: "reading-time", Lang: "es", Match: re(`(?i)^(?:læsetid|lesetid|lästid|lukuaika|время чтения|час читання|okunma süresi|okuma süresi|tiempo de lectura|temps de lecture|tempo de leitura|tempo di lettura|lesezeit|reading time|leestijd|temps de lectura)\s*:?\s*\d{1,2}\s*(?:'|’|′|min\.?|mins|minutos?|minutes?|minuti|minuten|minutter|minuter|minuuttia|мин\.?|минут|хв\.?|dk\.?|dakika)(?: read)?$`), Why: "reading time"},
	// "【関連記事】X", "【写真】X": a link to another story or to the
	// photo gallery, in lenticular brackets.
	{Name: "read-also", Lang: "ja", Match: re(`^【(?:関連記事|関連ニュース|関連|写真を見る|写真特集|写真|動画|画像|あわせて読みたい)】\s*\S.{1,120}$`), Why: "link to another story"},
	// "【関連記事】", "関連ニュース" alone, over the list of headlines.
	{Name: "related-topics", Lang: "ja", Match: re(`^【?(?:関連記事|関連ニュース|おすすめ記事|こちらもおすすめ|アクセスランキング|ランキング|総合ランキング|人気記事|新着記事|よく読まれている記事|この記事を読んだ人は(?:こんな記事も読んでいます)?)】?$`), List: true, Why: "related links heading"},
	{Name: "newsletter", Lang: "ja", Match: re(`^(?:.{0,40}ニュースレター.{0,60}(?:お届けします|配信しています|配信中)[。！]?|ニュースレターに登録する|登録する)$`), Why: "newsletter promotion"},
	{Name: "licensing", Lang: "ja", Match: re(`^[（(][^（）()「」]{1,20}「[^」]{1,30}」\s*\d{4}年\d{1,2}月\d{1,2}日(?:放送|放映)[）)]$`), Why: "the broadcast the report aired in"},
	{Name: "paywall", Lang: "ja", Long: true, Needs: "有料会員", Match: re(`^(?:有料会員限定|.{0,40}有料会員になると.{0,120})$`), Why: "the paywall's label or offer"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:short url|short link|copy short url)$`), Why: "a form's, a player's or a page's interface"},
	// A betting partner's notice on sports pages: "18+ begambleaware.org.
	// Please gamble responsibly.", "El juego con dinero puede producir
	// ludopatía. Juega con responsabilidad.".
	{Name: "disclaimer", Lang: "en", Long: true, Needs: "gambl|ludopat|juega con responsabilidad|gioca responsabilmente|jogue com responsabilidade|verantwortungsbewusst|glücksspiel|sportsbook|jeu excessif|speel bewust", Match: re(`(?i)^.{0,120}(?:begambleaware|gamble responsibly|gambling problem|gambling can be addictive|puede producir ludopatía|juega con responsabilidad|gioca responsabilmente|jogue com responsabilidade|spiele verantwortungsbewusst|glücksspiel kann süchtig machen|jouer comporte des risques|speel bewust|sportsbook is owned and operated by).{0,300}$`), Why: "a betting partner's notice"},
	// "WATCH: Baltimore neighbors turn vacant lot into community garden":
	// a local station's link to its video of another story.
	{Name: "video", Lang: "en", Match: re(`^(?:WATCH|VIDEO|WATCH LIVE|WATCH MORE)\s*:\s*\p{Lu}.{4,160}[^.]$`), Why: "a link to a video of another story"},
	{Name: "licensing", Lang: "ro", Long: true, Needs: "preluarea", Match: re(`(?i)^preluarea (?:materialelor|informațiilor|informatiilor|articolelor|conținutului)\b.{0,200}$`), Why: "copyright line"},
	// Chinese sites' app prompts, reprint notices and list labels: "打开APP阅读",
	// "未经正式授权严禁转载本文，侵权必究。", "版权声明：…", "热播榜".
	{Name: "app-promo", Lang: "zh", Match: re(`^(?:打开|下载|打開|下載).{0,16}(?:APP|App|app|客户端|客戶端).{0,16}$`), Why: "a prompt to open or download the outlet's app"},
	{Name: "licensing", Lang: "zh", Long: true, Needs: "授权|授權|转载|轉載|版权|版權|刊载", Match: re(`^(?:.{0,40}版权声明[：:].{0,400}|.{0,40}(?:未经.{0,12}授权|严禁转载|不得转载|禁止转载|未經.{0,12}授權|嚴禁轉載|不得轉載).{0,200}|本网站所刊载信息.{0,200})$`), Why: "copyright line"},
	{Name: "original-title", Lang: "zh", Match: re(`^(?:原标题|原標題)[：:]\s*《[^》]{4,80}》$`), Why: "the story's title where it first ran"},
	{Name: "related-topics", Lang: "zh", Match: re(`^(?:热播榜|热门推荐|热点推荐|推荐阅读|精彩推荐|.{0,6}新闻精选)[：:]?$`), List: true, Why: "related links heading"},
	// "Do you work at Ledgerly or another fintech startup and have a tip?
	// Contact this reporter via email at …".
	{Name: "tip-line", Lang: "en", Long: true, Needs: "tip?|story?", Match: re(`(?i)^.{0,120}\bhave a (?:news )?(?:tip|story)(?: to share)?\?\s*(?:contact|reach|email|message|get in touch)\b.{0,300}$`), Why: "the newsroom's tip line"},
	// Comment boxes' notices in Turkish, Danish and Norwegian: "Bu habere
	// henüz yorum yapılmamış. İlk yorumu siz yapın.", "Yorumunuz editör
	// onayından sonra yayınlanacaktır.", "Du skal være logget ind for at
	// kommentere.".
	{Name: "comments", Lang: "tr", Long: true, Needs: "yorum|kommentere", Match: re(`(?i)^(?:bu habere henüz yorum yapılmamış\.?\s*(?:[iİ]lk yorumu siz yapın\.?)?|yorumunuz .{0,40}(?:onay|yayınlan).{0,80}|du (?:skal|må) være logget (?:ind|inn) for at kommentere\.?)$`), Why: "comments"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:next story|previous story|next article|previous article|spara|gem artikel|lagre artikkel|cookieindstillinger|cookie-innstillinger|cookieinställningar)$`), Why: "a form's, a player's or a page's interface"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "syndicated", Match: re(`(?i)^this (?:story|article|report) is from a syndicated (?:agency )?feed\b.{0,200}$`), Why: "copyright line or disclaimer"},
	{Name: "tip-line", Lang: "nb", Long: true, Needs: "tips", Match: re(`(?i)^(?:har du (?:et )?tips(?: til (?:en|os|oss) sak)?\?|har du et tip\?|tipsa oss).{0,200}$`), Why: "the newsroom's tip line"},
	{Name: "comments", Lang: "el", Long: true, Needs: "σχολιάσ", Match: re(`(?i)^για να σχολιάσετε,? (?:πρέπει|θα πρέπει) να (?:συνδεθείτε|είστε συνδεδεμένοι|κάνετε σύνδεση).{0,80}$`), Why: "comments"},
	{Name: "licensing", Lang: "en", Match: re(`(?i)^(?:no reproduction without (?:prior )?permission|無断転載(?:を)?禁(?:じます|止))\.?。?$`), Why: "copyright line"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(?:reply to ["“].{5,200}["”]|(?:komentáre|komentarze|kommentare|komentari|komentáře)\s*\(\d{1,5}\)|\d{1,5} (?:komentarzy|komentarze|komentáre|komentárov|komentářů))$`), Why: "comments"},
	{Name: "share", Lang: "es", Match: re(`(?i)^(?:(?:compartir|partager|condividi|teilen|share|partilhar|compartilhar|enviar|envoyer|invia) (?:en|on|sur|su|auf|no|via|por|par|per) (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|correo|messenger))$`), Why: "share button"},
	{Name: "footer", Lang: "it", Match: re(`(?i)^(?:contact us|submit tips? for investigations|privacy(?: policy| notice)?|cookie policy|cookies? policy|informativa (?:sulla )?privacy|informativa cookie|datenschutz(?:erklärung|hinweise)?|cookie-richtlinie|política de (?:privacidad|privacidade|cookies)|politique de (?:confidentialité|cookies)|termos de uso|términos de uso|terms of (?:use|service)|condizioni d['’]uso|nutzungsbedingungen|privacyverklaring|cookiebeleid)$`), Why: "a link of the page's footer"},
	{Name: "footer", Lang: "ja", Match: re(`^(?:[\p{Han}\p{Katakana}ー]{1,12}社について|利用規約|個人情報保護方針|プライバシーポリシー|お問い合わせ|記事・写真の利用について|著作権について|サイトマップ)$`), Why: "a link of the page's footer"},
	// "Class Editori S.p.A. - P.IVA 08114020152": the publisher's company
	// and tax number, in the footer.
	{Name: "footer", Lang: "it", Needs: "iva|vat|ust-id|ust.-id|cif|nif|nipc|kvk|btw|cnpj", Match: re(`(?i)^.{0,80}\b(?:p\.\s?iva|partita iva|vat(?: no\.?| number| reg(?:istration)?\.?(?: no\.?)?)?|ust\.?-?id(?:nr)?\.?|cif|nif|nipc|kvk|btw(?:-nummer)?|cnpj)\s*[:.]?\s*(?:[A-Z]{2}\s?)?\d[\d ./-]{7,18}\d\b.{0,120}$`), Why: "the publisher's company and tax number"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(?:don['’]t miss these (?:insights|stories) from .{1,40}|read more .{1,40} coverage|more from .{1,30} pro)$`), List: true, Why: "related links heading"},
	{Name: "market-data", Lang: "it", Needs: "%", Match: re(`^\p{Lu}[\p{L}&/.'’-]*(?:\s(?:[\p{L}&/.'’-]+|\d{2,3}))*\s+\d[\d .]*[.,](?:\d{2}|\d{4})\s*(?:[A-Z]{3}|€|\$|pts?\.?|punti|puntos|points)?\s*[▲▼+−-]\s?\d[\d.,]*\s?%$`), Why: "a price or index strip: a name, a price with its decimals and its change"},
	{Name: "subscribe", Lang: "de", Match: re(`^(?:WiWo Plus|F\+|SZ Plus|Handelsblatt Plus|FAZ\+|Zeit Plus|Spiegel\+|Abbonati|Abonnez-vous|Suscríbete|Assine)$`), Why: "a subscribers' badge or button"},
	{Name: "subscribe", Lang: "it", Long: true, Match: re(`(?i)^(?:articolo riservato agli abbonati|contenuto riservato agli abbonati|article réservé aux abonnés|artículo exclusivo para suscriptores|exclusivo para assinantes|this article is for subscribers(?: only)?|nur für abonnenten)\.?$`), Why: "paywall notice"},
	{Name: "market-data", Lang: "en", Match: re(`(?i)^(?:stock chart icon|chart icon)$`), List: true, Why: "a stock chart's widget"},
	{Name: "market-data", Lang: "en", Long: true, Match: re(`(?i)^(?:\*?data is a real-?time snapshot\b.{0,200}|\*?data (?:is )?delayed (?:at least )?\d+ minutes\b.{0,200}|market data (?:provided|powered) by\b.{0,120}|quotes? (?:are )?delayed (?:by )?(?:at least )?\d+ minutes\b.{0,160})$`), Why: "a market data notice"},
	{Name: "licensing", Lang: "pt", Long: true, Needs: "©|(c)|copyright", Match: re(`(?i)^.{1,60}\s(?:©|\(c\)|copyright)\s*\d{4}\.?\s*(?:all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|tüm hakları saklıdır(?:\. (?:i|İ)zinsiz kullanılamaz)?)\.?$`), Why: "copyright line"},
	{Name: "disclaimer", Lang: "it", Long: true, Needs: "innocen|unschuld", Match: re(`(?i)^(?:per (?:tutti )?gli (?:imputati|indagati) vale la presunzione di innocenza|vale la presunzione di innocenza|(?:toute personne|la personne|les personnes) .{0,60}présumée?s? innocente?s?|rige la presunción de inocencia|(?:for all|all) (?:the )?(?:defendants|accused) .{0,40}presum(?:ed|ption of) innocen|es gilt die unschuldsvermutung|vale a presunção de inocência)\b.{0,200}$`), Why: "the presumption of innocence notice"},
	{Name: "lifespan", Lang: "de", Match: re(`^\(?\s*(?:\*\s*[^;†]{4,30};\s*†\s*[^)]{4,30}|\*?\s*\d{4}\s*[-–—]\s*†?\s*\d{4})\s*\)?$`), Why: "the life dates under an obituary's headline"},
	{Name: "comments", Lang: "pt", Long: true, Match: re(`(?i)^(?:deixe (?:sua|a sua) mensagem de condolências|leave (?:a|your) (?:condolence|message of condolence)|sign the guest ?book|deja tu mensaje de condolencias?|laissez un message de condoléances|kondolieren sie|schreiben sie ins kondolenzbuch)\b.{0,200}$`), Why: "condolence prompt"},
	{Name: "more-stories", Lang: "de", Long: true, Match: re(`(?i)^(?:traueranzeigen|todesanzeigen) .{0,80}finden sie (?:auf|unter|bei) \S.{0,80}$`), Why: "link to the death notices"},
	{Name: "disclaimer", Lang: "en", Long: true, Match: re(`(?i)^(?:capital at risk\b.{0,240}|this (?:content|article|material) is (?:for information(?:al purposes)? only|not (?:investment|financial) advice)\b.{0,200}|(?:este artículo|este contenido) (?:es meramente informativo|no constituye (?:una )?recomendación de inversión)\b.{0,200}|(?:cet article|ce contenu) (?:est fourni à titre informatif|ne constitue pas un conseil en investissement)\b.{0,200}|(?:dieser artikel|dieser inhalt) (?:dient nur (?:der|zur) information|stellt keine anlageberatung dar)\b.{0,200})$`), Why: "an investment disclaimer"},
	{Name: "disclaimer", Lang: "en", Long: true, Needs: "opini|meinung|views|engagent|legalidad", Match: re(`(?i)^(?:la legalidad, veracidad y (?:la )?calidad de la información es (?:estricta|exclusiva) responsabilidad\b.{0,200}|the views expressed (?:here |in this (?:article|column|piece) )?are (?:those of the author|the author['’]s own)\b.{0,120}|(?:las|les|die|le|as)\b.{0,40}\b(?:opiniones|opinions|opinioni|opiniões|meinungen)\b.{0,60}\b(?:responsabilidad exclusiva|exclusiva responsabilidad|n['’]engagent que|nicht mit jenen der redaktion|non rappresentano|responsabilidade exclusiva|sont celles de|übereinstimmen)\b.{0,120}|(?:este artículo|esta columna|este texto|cet article|cette tribune|dieser (?:beitrag|artikel|kommentar)|questo articolo|este artigo) (?:refleja|reflète|refletem?|gibt|riflette) (?:únicamente |uniquement |exclusivamente |ausschließlich |esclusivamente )?(?:la opinión|l['’]opinion|a opinião|die meinung|l['’]opinione)\b.{0,200}|les tribunes (?:publiées )?n['’]engagent que leurs auteurs?\b.{0,160})$`), Why: "the paper's disclaimer of an opinion piece"},
	{Name: "feedback", Lang: "en", Long: true, Needs: "letter", Match: re(`(?i)^have an opinion on anything you['’]ve read in .{1,40}\? please email us your letter\b.{0,200}$`), Why: "a prompt to write a letter to the editor"},
	{Name: "subscribe", Lang: "en", Match: re(`(?i)^(?:already a subscriber\?\s*)?log in$`), Why: "a log-in link"},
	{Name: "subscribe", Lang: "en", Long: true, Match: re(`(?i)^be part of the conversation with other .{2,40} readers by getting\b.{0,120}$`), Why: "a subscription offer"},
	{Name: "licensing", Lang: "de", Match: re(`(?i)^(?:hier können sie die nutzungsrechte an diesem artikel erwerben|nutzungsrechte erwerben|rechte erwerben)$`), Why: "licensing, standards or copyright line"},
	{Name: "support-box", Lang: "en", Long: true, Needs: "newsroom|news organi|publication", Match: re(`(?i)^.{0,60}\bis an? (?:nonprofit|non-profit|independent|reader-funded|reader-supported|member-supported) (?:newsroom|news organi[sz]ation|publication)\b.{0,300}$`), Why: "a box asking readers to support the paper"},
	{Name: "document-link", Lang: "en", Match: re(`(?i)^(?:read the full (?:agenda|report|document|ruling|decision|bill|text|statement|letter|filing|lawsuit|complaint)|view the (?:agenda|document|full document)|lire le document|consulte el documento|leggi il documento|lees het (?:document|rapport))\b.{0,40}$`), List: true, Why: "a link to a document, with its title under it"},
	{Name: "video", Lang: "nl", Match: re(`(?i)^(?:(?:bekijk|kijk) (?:hier )?(?:de|het) .{1,40} (?:terug|live)|watch (?:the )?(?:full )?.{1,40} (?:here|again|live)|revoir .{1,40} ici|mira (?:aquí )?(?:el|la) .{1,40} completa?|guarda (?:qui )?(?:il|la) .{1,40} integrale)\s*:?$`), Why: "a link to a video or stream, over its player"},
	{Name: "report-error", Lang: "en", Long: true, Match: re(`(?i)^feedback:\s*use this form to (?:send a message to|contact|reach) the (?:author|editors?)\b.{0,300}$`), Why: "a prompt to write to the author"},
	{Name: "report-error", Lang: "de", Long: true, Match: re(`(?i)^(?:wenn sie (?:inhaltliche )?anmerkungen zu diesem (?:artikel|beitrag) haben|if you have (?:any )?(?:comments|feedback|corrections) (?:on|about) this (?:article|story)),.{0,300}$`), Why: "a prompt to write to the newsroom about the article"},
	{Name: "report-error", Lang: "fr", Long: true, Match: re(`(?i)^(?:vous avez (?:repéré|remarqué|relevé) une (?:erreur|faute)\b.{0,120}|did you (?:spot|notice) (?:an error|a mistake)\b.{0,120}|¿(?:has|ha) (?:visto|detectado|encontrado) (?:un|algún) error\b.{0,120}|hai (?:trovato|notato) un errore\b.{0,120}|fout gezien\?.{0,120})$`), Why: "a prompt to report an error"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(?:related news|related stories|related articles|more stories|other stories|schlagworte|nos suggestions|segnalazioni|letters to the editor|cartas al director|lettere al direttore|related posts|mest læste|mest lästa|mest leste|luetuimmat|à la une|(?:meer nieuws|mehr nachrichten|more news|más noticias|mais notícias|altre notizie) (?:uit|aus|from|de|da) \p{Lu}[\p{L} -]{1,30}|notas relacionadas|noticias relacionadas|ofertas|ofertas del día|notícias relacionadas|articles liés|notizie correlate|gerelateerde artikelen|artikel berkaitan|berita berkaitan|artikel terkait|berita terkait|mainaig a damdamag|imagraden nniḍen|tibzimin|көп оқылғандар|tin, ảnh liên quan|tin liên quan|e-?paper|read (?:the )?e-?paper(?: online)?)$`), List: true, Why: "related links heading"},
	{Name: "audio", Lang: "pt", Match: re(`(?i)^(?:pausar|pause|pausieren|mettre en pause|change size|change text size|text size|font size|tamaño de (?:la )?letra|taille du texte|schriftgröße|dimensione (?:del )?testo)$`), Alone: true, Why: "audio player or text size control"},
	{Name: "gift-box", Lang: "pt", Box: true, Match: re(`(?i)^(?:presente para assinantes|gift (?:this )?article|regalar (?:este )?artículo|offrir (?:cet )?article|artikel verschenken|regala (?:questo )?articolo|presenteie|cadeau(?:artikel)?)$`), Why: "a box offering the article as a gift"},
	{Name: "gift-box", Lang: "pt", Long: true, Match: re(`(?i)^(?:você pode presentear \d+ (?:textos|reportagens|artigos)\b.{0,160}|you (?:can|have) (?:\d+|unlimited) (?:gift )?articles? to (?:give|gift)\b.{0,160})$`), Why: "a box offering the article as a gift"},
	{Name: "feedback", Lang: "en", Foot: true, Match: re(`(?i)^(?:your opinion matters|tu opinión importa|votre avis compte|la tua opinione conta|sua opinião importa|ihre meinung zählt|jouw mening telt)$`), Why: "a box asking for the reader's opinion, with its button"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^(?:comments will be moderated|comments are moderated|los comentarios (?:serán|son) moderados|les commentaires (?:sont|seront) modérés)\b.{0,300}$`), Why: "the rules of the comments"},
	{Name: "buy-link", Lang: "es", Match: re(`(?i)^(?:búsquelo en su librería|búscalo en tu librería|cómpralo aquí|buy (?:this|the) book|acheter ce livre|trouver ce livre chez (?:votre|un) libraire|dieses buch kaufen|acquista il libro|compre o livro)$`), Why: "a link to buy the book"},
	{Name: "page-contents", Lang: "de", Match: re(`(?i)^(?:inhalt|inhaltsverzeichnis|sommaire|table of contents|índice de contenidos)$`), List: true, Why: "the contents of an article printed on several pages"},
	{Name: "page-contents", Lang: "de", Match: re(`(?i)^(?:(?:seite|page|página|pagina) \d{1,2} [—–-] .{1,120}$|(?:auf einer seite lesen|artikel auf einer seite lesen|lire sur une seule page|read on one page)$)`), Why: "the contents of an article printed on several pages"},
	{Name: "video", Lang: "de", Match: re(`(?i)^(?:player wird geladen|video wird geladen|loading (?:the )?(?:video|player)|chargement (?:du lecteur|de la vidéo)|cargando (?:el )?(?:reproductor|vídeo))(?:\.\.\.|…)?$`), Why: "a video player's loading notice"},
	{Name: "update-note", Lang: "en", Match: re(`(?i)^(?:this (?:story|article|page|report) (?:will be|is being|may be) updated\b.{0,60}|this (?:story|article) was updated (?:at|on) .{1,120}|this is a (?:developing|breaking)(?: news)? story\b.{0,80}|cet article (?:sera|va être) mis à jour\b.{0,60}|(?:esta|la) (?:nota|noticia|información) (?:se actualizará|está en desarrollo|será actualizada)(?:[\s.,;:!].{0,60})?|(?:notícia|matéria) em (?:atualização|desenvolvimento)(?:[\s.,;:!].{0,40})?|(?:articolo|notizia) in aggiornamento\b.{0,40}|(?:dieser artikel|diese meldung) wird (?:laufend )?aktualisiert\b.{0,40}|dit artikel wordt (?:voortdurend )?bijgewerkt\b.{0,40})$`), Why: "a note that the story will be updated"},
	{Name: "update-note", Lang: "en", Long: true, Match: re(`(?i)^update(d)?\s*[\d/.,: ]{4,30}(a\.?m\.?|p\.?m\.?)?\s*[A-Z]{0,4}\s*:\s*this (article|story) (was|has been) updated\b.{0,200}$`), Why: "a note that the article was updated"},
	{Name: "tip-line", Lang: "en", Long: true, Titled: true, Match: re(`(?i)^(do you have something to add to this story\b|do you have a (news )?(?:tip|story)(?: for us)?\b|tips? voor de (stads)?redactie\?|heb je nieuws of een tip\?|hebt u nieuws of een tip\?|heb (?:jij|u) een tip voor (?:onze|de) redactie\?|heb (?:jij|je|u) een tip of zie (?:je|jij|u) een fout\?|¿tienes una noticia\?|haben sie einen hinweis für die redaktion\?).{0,200}$`), Why: "a prompt to send the newsroom a tip"},
	{Name: "tip-line", Lang: "nl", Match: re(`(?i)^(?:tip de redactie|tip ons|send us a tip|you['’]re on the news|envíanos tu noticia|hinweis an die redaktion|segnalaci una notizia)$`), Why: "the title of a box inviting tips for the newsroom"},
	{Name: "mission", Lang: "en", Long: true, Match: re(`(?i)^[\p{L} .]{1,30} is committed to (questioning|challenging|holding|telling)\b.{0,300}$`), Why: "the outlet's statement of its mission"},
	{Name: "related-topics", Lang: "ca", Match: re(`(?i)^(us pot interessar|us pot interessar també|també us pot interessar|et pot interessar|també et pot interessar)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "share", Lang: "nl", Match: re(`(?i)^(bewaren|delen|opslaan)$`), Why: "share button"},

	// Met in blind16 and blind17.
	{Name: "share", Lang: "en", Match: re(`(?i)^click to (share|email|print)\b.{0,60}$`), Why: "share button"},
	{Name: "gallery-label", Lang: "en", Match: re(`(?i)^(photo gallery|fotogalerie|galería de fotos|galerie photos|galleria fotografica|ampliar imagen|ampliar foto|enlarge image|enlarge photo|view larger image|bild vergrößern|agrandir l['’]image|ingrandisci(?: immagine)?|vergroot afbeelding)(\s*\(click to enlarge\))?$`), Why: "photo gallery label"},
	{Name: "powered-by", Lang: "fr", Match: re(`(?i)^(propulsé par|powered by|desarrollado por|bereitgestellt von)\s.{1,40}$`), Why: "the page's technology credit"},
	{Name: "reading-time", Lang: "de", Match: re(`(?i)^lesedauer:?\s*\d+\s*min(uten|\.)?$`), Why: "reading time"},
	{Name: "reading-time", Lang: "es", Match: re(`(?i)^(?:lectura de|leitura de|lettura di|lecture de|lesezeit von)\s+\d+\s*(?:minutos?|minuti|minutes?|minuten|min\.?)$`), Why: "reading time"},
	{Name: "comments", Lang: "es", Long: true, Match: re(`(?i)^(comenta|comentar|vous souhaitez réagir à cet article\s*\?.{0,120}|esta funcionalidad es exclusiva para (usuarios )?registrados\.?)$`), Why: "comments"},
	{Name: "error-report", Lang: "fr", Long: true, Match: re(`(?i)^(vous avez trouvé une erreur\s*\?|reporta un error\b|fehler gefunden\s*\?|(report|spotted) an error\b|segnala un errore\b|encontrou um erro\s*\?).{0,120}$`), Why: "a prompt to report an error"},
	// "Sie haben einen Fehler entdeckt oder einen Hinweis? Schreiben Sie
	// uns …", "Si encontrás un error en esta nota, escribinos …".
	{Name: "error-report", Lang: "de", Long: true, Needs: "fehler|error|errore|erreur|erro|feil|fout|błąd", Match: re(`(?i)^(?:sie haben einen fehler entdeckt|si encontr[aá]s un error|si encuentras un error|si ves un error|avete trovato un errore|hai trovato un errore|vous avez repéré une erreur|se encontrar um erro|har du funnet en feil|heb je een fout gezien|znalazłeś błąd|did you spot an error|if you (?:spot|find|see) an error)[^.?]{0,80}[?,.].{0,200}$`), Why: "a prompt to report an error"},
	{Name: "subscribe", Lang: "en", Match: re(`(?i)^unlimited digital access:.{0,60}$`), Why: "subscription prompt"},
	{Name: "appeal", Lang: "pt", Long: true, Match: re(`(?i)^(caro leitor|cara leitora|caros leitores|querido lector|cher lecteur|chère lectrice|liebe leserin|lieber leser|caro lettore|cara lettrice|beste lezer|dear reader)\b[,:!]?(\s.{0,400})?$`), Box: true, Why: "an appeal to the reader"},
	{Name: "appeal", Lang: "fr", Long: true, Match: re(`(?i)^.{2,40} (est|é|es|ist|è|is) (un|uma?|una|ein|an?) (média|jornal|periódico|medio|medium|giornale|newsroom|news (site|outlet)|journal)\b.{0,40}\b(indépendant|independente|independiente|unabhängig|indipendente|onafhankelijk|independent)\b.{0,60}\b(financé|financiado|finanziert|finanziato|gefinancierd|funded|sostenuto|apoiado|que precisa|que necesita|qui a besoin|that needs|das .{0,20}braucht|che ha bisogno).{0,300}$`), Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "it", Long: true, Match: re(`(?i)^(il giornalismo locale|local journalism|el periodismo local|le journalisme local|o jornalismo local|lokaljournalismus)\b.{0,40}\b(ha bisogno|needs|necesita|a besoin|precisa|braucht)\b.{0,300}$`), Why: "an appeal to subscribe or give"},
	{Name: "subscribe", Lang: "pt", Long: true, Match: re(`(?i)^(receba|reciba|recevez|receive|erhalten sie) (todas as semanas|cada semana|chaque semaine|every week|jede woche) (a|la|l['’]|the|die) (edição|edición|édition|edition|ausgabe)\b.{0,200}$`), Why: "subscription prompt"},
	{Name: "newsletter", Lang: "en", Long: true, Match: re(`(?i)^find out what['’]s happening in .{2,60}with free, real-time updates from patch\.?$`), Why: "newsletter promotion"},
	{Name: "share", Lang: "en", Match: re(`(?i)^print friendly,? pdf (&|and) email$`), Why: "share button"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^verified .{1,40} badge$`), Why: "interface text"},
	{Name: "subscribe", Lang: "de", Match: re(`^\p{L}[\p{L}.]{0,20}\s?\+$`), Why: "a subscribers' badge (\"Nordkurier+\", \"MZ+\")"},
	{Name: "comments", Lang: "it", Long: true, Match: re(`(?i)^(nouveau commentaire|new comment|nuevo comentario|novo comentário|neuer kommentar|nuovo commento|nieuwe reactie|nou comentari)\s*:?$`), Why: "comment form"},
	{Name: "comments", Lang: "de", Match: re(`(?i)^((hier geht es )?zu den kommentaren|go to (the )?comments|jump to comments|aller aux commentaires|ir a (los )?comentarios|vai ai commenti|ir para os comentários|naar de reacties)$`), Why: "a link to the comments"},
	{Name: "comments", Lang: "it", Long: true, Match: re(`(?i)^(lascia un commento|leave a comment|deja un comentario|laissez un commentaire|deixe um comentário|hinterlasse einen kommentar|devi essere loggato per pubblicare un commento\.?|you must be logged in to post a comment\.?|you must be logged in to join the discussion(?: or read more comments)?\.?)$`), Why: "comments"},
	{Name: "comments", Lang: "de", Long: true, Match: re(`(?i)^die kommentarfunktion (wurde|ist)\b.{0,80}\b(geschlossen|deaktiviert)\b.{0,200}$`), Why: "comments closed"},
	{Name: "related-topics", Lang: "fr", List: true, Match: re(`(?i)^(?:ces articles peuvent vous intéresser|ces articles pourraient vous intéresser|à découvrir aussi)$`), Why: "related links heading"},
	{Name: "related-topics", Lang: "de", List: true, Match: re(`(?i)^(?:für sie empfohlen|empfohlen für sie|das könnte sie auch interessieren|das könnte sie interessieren)$`), Why: "related links heading"},
	{Name: "death-notices", Lang: "fr", Box: true, Match: re(`(?i)^(?:avis de décès|death notices)$`), Why: "the paper's death notices, a box of the page"},
	{Name: "related-topics", Lang: "fr", List: true, Match: re(`(?i)^(thématiques|thèmes|temáticas|tematiche|themen|thema's|temes)\s*:$`), Why: "tags heading"},
	// "Keywords storks, İzmir, Gediz Delta, migration": the label and
	// three or more tags of a few words, with no colon between, as a
	// page's two columns paste.
	{Name: "related-topics", Lang: "en", Match: re(`^(?:Keywords|KEYWORDS|Tags|TAGS|Etiquetas|Etiquetes|Palabras clave|Parole chiave|Mots-clés|Schlagwörter|Trefwoorden|Palavras-chave) [^\s.!?:;,]+(?: [^\s.!?:;,]+){0,3}(?:, [^\s.!?:;,]+(?: [^\s.!?:;,]+){0,3}){2,}$`), Why: "a list of tags on one line, after its label"},
	{Name: "related-topics", Lang: "fr", Match: re(`(?i)^(?:tags?|etiquetas|etiquetes|étiquettes|mots[- ]clés|palavras[- ]chave|paraules clau|schlüsselwörter|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|argomenti|parole chiave|palabras clave|temas|tópicos|trefwoorden|onderwerpen|keywords|topics|categories|categorías|catégories|kategorien|categorie|categorias|categorieën|categories|témata|témy|tematy|słowa kluczowe|etichete|cuvinte cheie|címkék|kulcsszavak|tagovi|oznake|teme|ključne riječi|ključne besede|ключови думи|етикети|теги|теґи|метки|теми|мітки|ключевые слова|kata kunci|từ khóa|chủ đề|แท็ก|キーワード|태그)\s?:\s*[^.!?:;]{1,200}\.?$`), Why: "a list of tags on one line"},
	{Name: "uploader", Lang: "de", Match: re(`(?i)^(hochgeladen von|uploaded by|subido por|envoyé par|caricato da|enviado por|geüpload door|pujat per)\s+\S.{0,60}$`), Why: "who uploaded the photo"},
	{Name: "newsletter", Lang: "de", Long: true, Match: re(`(?i)^((dann )?melde dich (jetzt )?(für|zum) .{0,40}newsletter an\b|(du möchtest|möchten sie) regelmäßig (nachrichten|news|informationen)\b).{0,160}$`), Why: "newsletter promotion"},
	{Name: "comments", Lang: "de", Long: true, Match: re(`(?i)^(du möchtest|möchten sie) (kommentieren|zur diskussion beitragen|mitdiskutieren)\?.{0,200}$`), Why: "a prompt to comment"},
	{Name: "comments", Lang: "de", Match: re(`(?i)^diskutieren sie mit[!.]\s*jetzt (?:anmelden|registrieren|einloggen) und (?:mit)?(?:kommentieren|diskutieren)[!.]?$`), Why: "a prompt to comment"},
	{Name: "comments", Lang: "pt", Long: true, Match: re(`(?i)^(nenhum comentário|no comments(?: yet)?|sin comentarios|aucun commentaire|keine kommentare|nessun commento|geen reacties|cap comentari|seja o primeiro a comentar|be the first to comment|sé el primero en comentar|soyez le premier à (?:commenter|réagir))\b[.!:]?(\s.{0,80})?$`), Why: "comments"},
	{Name: "subscribe", Lang: "pt", Long: true, Match: re(`(?i)^(tenha|ganhe|get|obtenez|obtén|erhalten sie|ottieni|accedeix|accédez|accede|accedi) (acesso|access|accès|acceso|zugang|accesso|a totes|a todos|à tous|a tutti|unlimited)\b.{0,40}\b(conteúdos|contenidos|contenus|inhalte|contenuti|continguts|content|notícies|noticias|articles|artigos|edição|edición|édition|ausgabe|edizione|edició)(?:[^\p{L}].{0,119})?$`), Why: "subscription prompt"},
	{Name: "licensing", Lang: "pt", Long: true, Match: re(`(?i)^(texto|artigo|artículo|article|this (?:article|story)|dieser artikel|questo articolo|aquest article) (?:foi |was |a été |fue |wurde |è stato )?(?:originalmente |originally |initialement |originariamente |ursprünglich )?(publicado|publicada|published|publié|erschienen|pubblicato|publicat)\b.{0,40}\b(edição impressa|edición impresa|print edition|édition papier|édition imprimée|printausgabe|print-ausgabe|edizione cartacea|edició impresa|edició en paper)\b.{0,120}$`), Why: "print edition note"},
	{Name: "related-topics", Lang: "nl", Match: re(`(?i)^(lees ook\.|noticia relacionada|weitere artikel aus dieser kategorie)$`), List: true, Why: "related links heading"},

	// Comments, licensing and standards, print notes, copyright lines.
	{Name: "comments", Lang: "en", Match: re(`(?i)^(name|nome|nom|nombre|naam|e-?mail|correo electrónico|website|site|sitio web|site web|comment|comentário|comentario|commentaire|kommentar|commento|reactie|reply to|antwort an|répondre à|responder a|rispondi a)\s*\*?\s*:$`), Why: "a field of the comment form"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(log in om te reageren|wil je reageren\? stuur (?:dan )?een (?:e-)?mail naar de redactie\.?|per comentar cal iniciar (?:la )?sessió|per comentar cal que (?:us identifiqueu|iniciïs la sessió|inicieu la sessió|estiguis registrat)(?:[\s.,;:!?].{0,60})?|log in to comment|kommenteerimiseks logi sisse\.?|you must be logged in to (?:post a )?comment\.?|pour commenter, vous devez être connecté(?:e)? à votre compte(?: abonné)?\.?|para comentar(?:,)? (?:debes|tienes que|tiene que) (?:estar registrado|iniciar sesión|ser suscriptor)\.?|um (?:zu )?kommentieren, müssen sie (?:angemeldet|eingeloggt) sein\.?|per commentare (?:devi|è necessario) (?:essere registrato|accedere|essere abbonato)\.?|you must log in to (?:post a )?comment\.?|inicia sesión para comentar|connectez-vous pour commenter|comments?|read \d+ comments|view comments|show comments|comment on this story|leave a comment|comentarios|comentários|ver todos os comentários|commentaires|kommentare|commenti|leggi i commenti|reacties|comentaris|normas|os comentários são da exclusiva responsabilidade dos seus autores\.?|feedback: .{0,60}|(?:comments?|comentarios|comentários|commentaires|kommentare|commenti|comentaris|reacties) \(?\d+\)?|\d+ (?:comments?|comentarios?|comentários?|commentaires?|kommentare?|postings|commenti|commento|comentaris|comentari|reacties|reactie)|commenter|comentar|kommentieren|commenta|comments are subject to our community guidelines\.?|para comentar debes iniciar sesión\.?|iniciar sesión|log in|se connecter|anmelden|accedi)$`), Why: "comments"},
	{Name: "trust", Lang: "es", Match: re(`(?i)^(why you can trust [\p{L} .]{1,30}|conforme a los criterios de|saber más|más información sobre the trust project|con la confianza de the trust project|trust project)$`), Why: "the Trust Project's label"},
	{Name: "related-card", Lang: "en", Match: re(`(?i)^(related article|related video|related story|artículo relacionado|article lié|verwandter artikel|articolo correlato|matéria relacionada|vídeos: .{0,60}|veja mais notícias .{0,60})$`), Why: "a card linking to another story"},
	// "… हमारे WhatsApp चैनल से जुड़ें", "আনন্দবাজার অনলাইন এখন
	// হোয়াটসঅ্যাপেও।": the channel's name in an Indic script.
	{Name: "channel-promo", Lang: "hi", Long: true, Needs: "whatsapp|হোয়াটসঅ্যাপ|వాట్సాప్|व्हाट्सएप|வாட்ஸ்அப்|ହ୍ୱାଟସଆପ|واٹس ایپ", Match: re(`(?i)^.{0,160}(?:(?:whatsapp|হোয়াটসঅ্যাপ|వాట్సాప్|व्हाट्सएप|வாட்ஸ்அப்|ହ୍ୱାଟସଆପ|واٹس ایپ)\S{0,8}\s*(?:چینل|चैनल|চ্যানেল|ଚ୍ୟାନେଲ|ఛానల్|சேனல்|ചാനൽ|ಚಾನಲ್|ચેનલ|ਚੈਨਲ)|(?:এখন|अब|ఇప్పుడు|இப்போது)\s.{0,30}(?:whatsapp|হোয়াটসঅ্যাপ|వాట్సాప్|व्हाट्सएप|வாட்ஸ்அப்)).{0,160}$`), Why: "messaging channel promotion"},
	{Name: "channel-promo", Lang: "it", Match: re(`(?i)^(iscriviti al canale|segui il canale|siga o canal|únete al canal|rejoignez la chaîne|join the channel|folge dem kanal)$`), Why: "messaging channel promotion"},
	{Name: "licensing", Lang: "en", Long: true, Match: re(`(?i)^(©|\(c\)).{0,600}$`), Why: "copyright line"},
	// "Main image credit: X (under CC BY 4.0)", "(Photo source: X)" after
	// the story: the credit of a lead photo with no caption, which a
	// copied text does not hold.
	{Name: "lead-credit", Lang: "en", Match: re(`(?i)^(?:top|cover|featured|header|lead) (?:image|photo|picture)s? (?:by|via|from) \S.{1,80}$`), Why: "the credit of the page's top photo, which the copy does not carry"},
	{Name: "lead-credit", Lang: "en", Alone: true, Match: re(`(?i)^(?:\(?(?:main|lead|top|header|featured|cover) (?:image|photo|picture)(?: credit)?s?\s*:\s*[^()]{2,100}(?:\([^()]{2,40}\))?\)?$|\(photo source\s*:\s*[^()]{2,100}\)$)`), Why: "the credit of the lead photo, which has no caption"},
	// "This feature was produced as part of a BIRN cross-border reporting
	// programme. The views expressed are those of the authors."
	{Name: "licensing", Lang: "fr", Match: re(`(?i)^(?:cet article est (?:également|aussi) disponible en|this (?:article|story) is (?:also )?available in|este artículo (?:también )?está disponible en|dieser artikel ist auch auf|questo articolo è disponibile anche in|este artigo também está disponível em) \p{L}+\.?$`), Why: "a note of the article's other language"},
	{Name: "licensing", Lang: "en", Long: true, Match: re(`(?i)^(?:editor['’]s note:\s*)?this (?:feature|article|story|report|investigation|piece|analysis) was (?:produced|written|reported|prepared|made) (?:as part of|with the support of|with support from|with the financial support of|in partnership with|under) .{3,300}$`), Why: "the note of the programme a story was produced for"},
	{Name: "licensing", Lang: "fr", Long: true, Match: re(`(?i)^(local journalism initiative|initiative de journalisme local|(this (article|story|content) (was|is) (produced|made possible|funded) (with|by|thanks to) (the )?(financial )?(support|funding|help)|cet article a été (produit|réalisé|rendu possible) (avec|grâce à) (le soutien|l['’]appui|l['’]aide)( financier)?)\b.{0,200})$`), Why: "funding statement"},
	{Name: "licensing", Lang: "fr", Long: true, Needs: "ournalism initiative|ournalisme local", Match: re(`(?i)^(?:|.{0,80}[^\p{L},. ]\s*|.{0,80}\b(?:by|of|the|through|under|a|an|du|de|la|l['’]|d['’]|par|dans le cadre de)\s+)(?:local journalism initiative|initiative de journalisme local)\b.{0,120}$`), Why: "funding statement"}, // not "Owen Tessaro, Local Journalism Initiative", a byline
	{Name: "licensing", Lang: "en", Long: true, Match: re(`(?i)^(all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati)\.\s.{0,100}\b(reproduc|reproduit|reprodu[çz]|republish|redistribut|vervielfältig|riprodu)\w*\b.{0,300}$`), Why: "copyright line"},
	{Name: "licensing", Lang: "es", Long: true, Needs: "prohibida la redistribución|zaščitena z avtorskimi|zaštićen je autorskim|kopijuoti ir platinti|was first published", Match: re(`(?i)^(?:está expresamente prohibida la redistribución\b.{0,200}|vsebina je zaščitena z avtorskimi pravicami\..{0,120}|sadržaj sajta \S+ zaštićen je autorskim pravima\..{0,120}|\S+ primena, kad informacijos kopijuoti ir platinti\b.{0,120}|this report by the canadian press was first published\b.{0,60})$`), Why: "an agency's notice on reprinting its copy"},
	{Name: "licensing", Lang: "es", Match: re(`^\p{Lu}[\p{L}\p{M}'’&.-]*(?:[,:]?\s+(?:(?:de|del|la|y|e|et|und|&|di|da|van)\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*){1,6},?\s+(?:S\.A\. de C\.V\.|S\.A\.U?\.?|S\.L\.U?\.?|S\.p\.A\.|S\.r\.l\.|GmbH(?: & Co\. KG)?|Ltd\.?|LLC|B\.V\.|N\.V\.|Lda\.?|SARL|SAS|Inc\.?)$`), Why: "the publishing company's name, in the page's footer"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "associated press", Match: re(`(?i)^the associated press(’|')?s? .{0,100}\breceives\b.{0,40}\bsupport\b`), Why: "funding statement"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "appears in print", Match: re(`(?i)^a version of this article appears in print\b`), Why: "print edition note"},
	{Name: "licensing", Lang: "nl", Long: true, Match: re(`(?i)^(een versie van dit artikel verscheen (ook )?in|(eine fassung dieses artikels|dieser artikel) erschien (auch |zuerst )?in|(une version de )?cet article (est paru|a été publié) dans|(una versión de )?este artículo (se publicó|fue publicado|apareció) en la edición|questo articolo (è stato pubblicato|è uscito) (su|sul|nell)|(uma versão d)?este (artigo|texto) (foi publicad[oa]|saiu) n[ao] edição)\b.{0,200}$`), Why: "print edition note"},
	{Name: "related-topics", Lang: "en", List: true, Match: re(`(?i)^(more on this topic|lesen sie auch|previous article|next article|articolo precedente|articolo successivo|article précédent|article suivant|artículo anterior|artículo siguiente|artigo anterior|próximo artigo|vorheriger artikel|nächster artikel|vorig artikel|volgend artikel|lees meer over|tags relacionados|temas relacionados|sujets liés|vous aimerez aussi|vous aimerez aussi lire|à lire aussi sur le même sujet)\s*:?$`), Why: "related links heading"},
	{Name: "share", Lang: "fr", Match: re(`(?i)^(partagez l['’]article sur les réseaux sociaux|partager par e-?mail|partager :|l['’]article sur les réseaux sociaux|regala aquest article|regala este artículo|offrir cet article|bookmark|open this photo in gallery:?)$`), Why: "share button"},
	{Name: "byline-label", Lang: "fr", Match: re(`(?i)^(article rédigé par|rédigé par|written by|escrito por|geschrieben von|scritto da|reporter:|journalist:|auteur:|autor:|autore:)$`), Why: "the label of a byline"},
	{Name: "comments", Lang: "fr", Match: re(`(?i)^(qu['’]en pensez-vous ?\?|what do you think\?|¿qué opinas\?|o que você acha\?|was meinen sie\?|cosa ne pensi\?)$`), Why: "comment prompt"},
	{Name: "comments", Lang: "it", Long: true, Needs: "moder", Match: re(`(?i)^.{0,120}\b(comments|commenti|commentaires|comentarios|comentários|kommentare|reacties)\b.{0,30}\b(are|sono|sont|son|são|werden|worden|been) (open|aperti|ouverts|abiertos|abertos|geöffnet|geopend|moderated|moderati|modérés|moderados|moderiert|gemodereerd)\b.{0,300}$`), Why: "comment moderation notice"},
	{Name: "support-box", Lang: "it", Box: true, Foot: true, Match: re(`(?i)^(sostieni|support|soutenez|apoya|apoie|unterstützen sie) [\p{L}.-]+\.\p{L}{2,10}$`), Why: "a box asking readers to support the paper"},
	{Name: "support-box", Lang: "en", Foot: true, Match: re(`(?i)^(donate|donate now|donate today|give now|make a donation|become a member|join now|support us|spenden|jetzt spenden|faire un don|je fais un don|donar|dona ara|haz una donación|fai una donazione|dona ora|doe|doneer|doar|fazer uma doação|mitglied werden|jetzt mitglied werden|devenir membre|devenez membre|hazte socio|hazte socia|diventa socio|torne-se membro|word lid)$`), Why: "a button asking readers to give, at the foot of its box"},
	{Name: "support-box", Lang: "en", Box: true, Match: re(`(?i)^(support (us|our [\p{L}.-]+(?: [\p{L}.-]+)?) (today|now))$`), Why: "a box asking readers to support the paper"},
	{Name: "feedback", Lang: "de", Long: true, Titled: true, Match: re(`(?i)^(?:haben sie|have you|got|vous avez|¿tienes|¿tiene|hai|tem|heb je|heeft u)\b.{0,30}\b(?:anmerkungen|feedback|remarques?|comentarios|osservazioni|comentários|opmerkingen)\b.{0,20}\b(?:artikel|article|story|artículo|articolo|artigo)\b.{0,80}$`), Why: "a box asking for the reader's feedback"},
	{Name: "app-promo", Lang: "it", Match: re(`(?i)^(?:attiva|activa|active|activez|activer|ativa|ative|ativar|turn on|enable|aktivieren sie|aktiviere|zet)\s+(?:le |las |les |as |the |die |de )?(?:push[- ]?)?(?:notifiche|notificaciones|notifications|notificações|benachrichtigungen|mitteilungen|meldingen|notificacions)\b.{0,60}$`), Why: "a prompt to turn on the outlet's notifications"},
	{Name: "share", Lang: "fr", Match: re(`(?i)^(send to a friend|email (this )?to a friend|envoyer (à|a) un ami|envoyer cet article (à|a) un ami|enviar a un amigo|enviar a um amigo|invia (a|ad) un amico|an einen freund (senden|schicken)|stuur door naar een vriend|envia-ho a un amic)$`), Why: "share button"},
	{Name: "licensing", Lang: "en", Box: true, Match: re(`(?i)^(disclosure statement|republish this article)$`), Why: "disclosure and republishing box"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "republish", Match: re(`(?i)^our articles may be republished\b.{0,200}$`), Why: "republishing licence"},
	{Name: "subscribe", Lang: "pt", Long: true, Match: re(`(?i)^(assine|subscreva) (o|a|já) [\p{L} .-]{1,30}( e .{0,100})?$`), Why: "subscription prompt"},
	{Name: "ad", Lang: "ar", Match: re(`^(?:إعلان|اعلان|تبلیغات|פרסומת|广告|廣告|贊助商廣告|赞助商广告|広告|광고|AD|विज्ञापन|जाहिरात|বিজ্ঞাপন|ప్రకటన|விளம்பரம்|ಜಾಹೀರಾತು|പരസ്യം|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|اشتہار|\[PR\]|PR)$`), Why: "advertisement"},
	{Name: "app-promo", Lang: "zh", Match: re(`^.{0,40}(?:用APP看新聞|下載APP|下载APP|下載.{1,8}App|下载.{1,8}App|按我看活動辦法|點我下載).{0,40}$`), Why: "app promotion"},
	{Name: "interface", Lang: "hi", Match: re(`^(?:सार|विस्तार|ताज़ा|ताजा|अ-|अ\+|অ-|অ\+|A-|A\+)$`), Why: "the labels of a summary and its full text, and text-size buttons"},
	{Name: "interface", Lang: "hi", Match: re(`^(?:एप में पढ़ें|ऐप में पढ़ें|ऐप में खोलें)$`), Why: "a link that opens the story in the outlet's app"},
	{Name: "app-promo", Lang: "hi", Long: true, Match: re(`^रहें हर खबर से अपडेट,? डाउनलोड करें .{0,200}$`), Why: "app promotion"},
	{Name: "related-topics", Lang: "hi", Match: re(`^(?:ताज़ा खबरें|ताजा खबरें|ताज़ा ख़बरें|लेटेस्ट खबरें)$`), List: true, Why: "related links heading"},
	{Name: "consent", Lang: "hi", Long: true, Needs: "कुकीज", Match: re(`^हम .{0,80}कुकीज .{0,400}$`), Why: "cookie notice"},
	{Name: "interface", Lang: "en", Long: true, Match: re(`^Web Title:\s+\S.{0,300}$`), Why: "the page's English title, under a story in another language"},
	{Name: "follow-us", Lang: "bn", Long: true, Match: re(`^(?:গুগল নিউজে .{2,40} খবর পেতে ফলো করুন|पढ़िए .{2,60} हर ताज़ा खबर .{0,120}|मराठीतील सर्व .{2,60} बातम्या वाचा\..{0,200})$`), Why: "a prompt to follow the outlet or read more of its news"},
	{Name: "licensing", Lang: "ko", Match: re(`^(?:<\s*저작권자\s*(?:\(c\)|ⓒ|©)\s*[^>]{1,80}>|.{0,80}無断転載を禁じます.{0,200}|(?:版权所有|版權所有|جميع الحقوق محفوظة|כל הזכויות שמורות|.{0,80}무단\s?전재.{0,80}|.{0,120}(?:不得轉載|不得转载|禁止转载|禁止轉載|未經授權|未经授权).{0,120}|کلیه حقوق|جملہ حقوق محفوظ|सर्वाधिकार सुरक्षित|সর্বস্বত্ব সংরক্ষিত|ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ|பதிப்புரிமை|సర్వ హక్కులు|ಸರ್ವ ಹಕ್ಕುಗಳನ್ನು|എല്ലാ അവകാശങ്ങളും|સર્વાધિકાર સુરક્ષિત).{0,200})$`), Why: "copyright line"},
	{Name: "subscribe", Lang: "ja", Match: re(`^(?:会員記事|有料記事|会員限定記事|会員限定|有料|会员专享|구독|유료기사|מנויים בלבד)$`), Why: "a members' article label"},
	{Name: "share", Lang: "zh", Match: re(`^(?:字号|字体|字體|字号大小|分享到|分享|인쇄하기|微信|微信好友|朋友圈|新浪微博|微博|QQ空间|QQ好友|シェア|공유|공유하기|글자크기조정|글자크기 설정|글자크기 변경|글자크기|글자 크기|リンクをコピー|ブックマーク|この記事をスクラップする|この記事をシェアする|スクラップ|はてなブックマーク|はてブ|ポスト|Pocket|이 기사를 공유합니다|인쇄|印刷|打印|שתפו|הדפסה|مشاركة|طباعة|اشتراک‌گذاری|چاپ|فيسبوك|إكس|واتساب|تلغرام|تويتر|لينكدإن|تلگرام|واتس‌اپ|کپی لینک|نسخ الرابط|هم\x{200C}?رسانی(?: این مطلب)?|نظرها|بستن)[：:]?$`), Why: "share, print and text-size buttons"},
	{Name: "report-error", Lang: "pt", Match: re(`(?i)^(?:viu algum erro\?|encontrou (?:algum|um) erro\?|¿?viste algún error\?)\s*(?:fale com a redação|avise a redação|escreva para a redação|avísanos)?\.?$`), Why: "a prompt to report an error"},
	{Name: "report-error", Lang: "ko", Match: re(`^(?:제보는 카카오톡 \S+.{0,60}|◎?\s*공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다\..{0,120}|.{0,30}독자 여러분의 (?:소중한 )?제보를 기다립니다\.?)$`), Why: "a prompt to send the newsroom a tip"},
	{Name: "comments", Lang: "ko", Match: re(`^(?:로그인 후 댓글을 (?:남길|작성할|쓸) 수 있습니다\.?|댓글을 (?:남기|작성하)려면 로그인(?:하세요| 해주세요)\.?)$`), Why: "comments"},
	{Name: "feedback", Lang: "ko", Match: re(`^이 기사에 대해 어떻게 생각하시나요\?$`), Why: "a prompt to rate the story"},
	{Name: "ad", Lang: "en", Match: re(`(?i)^advertise with [\p{L} .-]{1,30}\.?$`), Why: "advertising link"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^(sign up now\b.{0,80}|.{0,40}\bnewsletters? in your inbox\.?)$`), Why: "newsletter promotion"},
	{Name: "channel-promo", Lang: "en", Needs: "whatsapp", Long: true, Match: re(`(?i)^.{0,80}\b(whatsapp (channel|kanal|canal|canale)|(canal|canale|chaîne|kanal) de whatsapp|saluran whatsapp)\b.{0,200}$`), Why: "messaging channel promotion"},
	{Name: "licensing", Lang: "en", Match: re(`(?i)^(purchase licensing rights|reuse this content|our standards:.*|se adhiere a los criterios de|the trust project|réutiliser ce contenu|contribuer|order reprints.*|a version of this article appears in print\b.*|©?\s*riproduzione riservata\b.*|© ?\d{4} .{0,40}|\(c\) .{0,40}|©.{0,40}|all rights reserved\.?|todos los derechos reservados\.?|tous droits réservés\.?|alle rechte vorbehalten\.?|tutti i diritti riservati\.?|todos os direitos reservados\.?|alle rechten voorbehouden\.?|wszelkie prawa zastrzeżone\.?|všechna práva vyhrazena\.?|purchase licensing rights, opens new tab|lecture du monde en cours sur un autre appareil\.?|permalink\s+\S+|geselecteerd door de redactie)$`), Why: "licensing, standards or copyright line"},
	// "Chequeado es una organización sin fines de lucro.", "Il nostro
	// lavoro è gratuito per tutti. Aiutaci a mantenerlo tale.": the
	// outlet's note on how it is funded.
	{Name: "appeal", Lang: "es", Long: true, Needs: "lucro|profit|gratuito|niezależni|gemeinnützig|lucrativos", Match: re(`(?i)^(?:\S.{0,40} (?:es una organización sin fines de lucro|es un medio sin fines de lucro|is a (?:non-?profit|nonprofit) (?:newsroom|news organi[sz]ation)|è un['’]organizzazione (?:senza scopo di lucro|no[- ]profit)|ist eine gemeinnützige (?:redaktion|organisation)|é uma organização sem fins lucrativos)\.?(?: apoyá\b.{0,100})?|il nostro lavoro è gratuito per tutti\b.{0,100}|jesteśmy niezależni dzięki\b.{0,100})$`), Why: "the outlet's note on how it is funded"},
	// "Gracias por leer este artículo. Para mantenerse al día, suscríbase
	// …": the thanks that opens a newsletter's prompt.
	{Name: "newsletter", Lang: "es", Long: true, Needs: "gracias por leer|thank you for reading|thanks for reading|merci d|grazie per aver letto|danke fürs lesen|danke für das lesen|obrigado por ler|bedankt voor het lezen", Match: re(`(?i)^(?:gracias por leer(?: este artículo| [^.!]{1,40})?|thank(?:s| you) for reading(?: this (?:article|story)| [^.!]{1,40})?|merci d['’]avoir lu (?:cet article|jusqu['’]au bout)|grazie per aver letto(?: questo articolo)?|danke für(?:s| das) lesen(?: dieses artikels)?|obrigado por ler(?: este artigo)?|bedankt voor het lezen(?: van dit artikel)?)[.!]\s.{0,240}(?:suscr|subscri|abonn|iscriv|newsletter|boletín|bulletin|inscreva|registr|sign up).{0,200}$`), Why: "a newsletter's prompt"},
	// "Empfohlener redaktioneller Inhalt" over "An dieser Stelle finden
	// Sie einen ergänzenden Inhalt von Instagram …": an embed's consent.
	{Name: "embed", Lang: "de", Long: true, Needs: "empfohlener|an dieser stelle", Match: re(`(?i)^(?:empfohlener redaktioneller inhalt|an dieser stelle finden sie (?:einen |den )?(?:ergänzenden|externen|passenden) inhalt\b.{0,200})$`), Why: "an embedded post's consent box"},
	// "Giornalista, scrive di moda e tendenze per Donna Moderna dal
	// 2016.": the author's note, under the name.
	{Name: "bio", Lang: "it", Long: true, Needs: "scrive|writes|écrit|escribe|escreve|schreibt", Match: re(`(?i)^(?:giornalista|journalist|journaliste|periodista|jornalista|redakteurin|redakteur|autorin|writer|editor|redattrice|redattore)[^.,]{0,30}, (?:scrive|writes|écrit|escribe|escreve|schreibt)\b.{0,240}$`), Why: "author biography"},
	// "People is part of the Dotdash Meredith family of brands."
	{Name: "licensing", Lang: "en", Long: true, Needs: "family of|part of", Match: re(`(?i)^\S.{0,40} is (?:a )?part of (?:the )?.{1,40} (?:family of (?:brands|publications|titles|websites|sites)|media group|publishing group)\.?$`), Why: "the outlet's owner"},
	// "Questo articolo contiene link di affiliazione: …"
	{Name: "affiliate", Lang: "it", Long: true, Needs: "affiliazione|affiliation|afiliación|afiliação|affiliate", Match: re(`(?i)^(?:questo articolo contiene link di affiliazione|cet article (?:contient|peut contenir) des liens d['’]affiliation|este artículo contiene enlaces de afiliación|este artigo contém links de afiliação|this article contains affiliate links|dieser artikel enthält affiliate-links)\b.{0,300}$`), Why: "an affiliate disclosure"},
	// "Seko TVNET arī Telegram un Instagram": a Baltic follow prompt;
	// Georgian's share button and tag label.
	{Name: "follow-us", Lang: "lv", Long: true, Needs: "telegram|instagram|facebook|tiktok|youtube", Match: re(`(?i)^(?:seko|sekojiet|sekite|jälgi|jälgige)\s.{1,40}\b(?:telegram|instagram|facebook|tiktok|youtube)\b.{0,60}$`), Why: "a prompt to follow the outlet"},
	{Name: "share", Lang: "ka", Match: re(`^(?:გაზიარება|გააზიარე)$`), Why: "share button"},
	{Name: "licensing", Lang: "ms", Long: true, Needs: "hak cipta", Match: re(`(?i)^hak cipta\b.{0,60}(?:©|\(c\)|terpelihara|dilindungi).{0,80}$`), Why: "copyright line"},
	{Name: "page-contents", Lang: "id", Match: re(`(?i)^(?:halaman\s*:?|halaman selanjutnya|halaman berikutnya)$`), Why: "the links to the story's pages"},
	{Name: "licensing", Lang: "ru", Long: true, Needs: "перепечатка|перепечатывание", Match: re(`(?i)^(?:перепечатка|перепечатывание) .{0,160}(?:запрещен[аоы]?|только с разрешения|без разрешения).{0,80}$`), Why: "the bar on reprints"},
	{Name: "appeal", Lang: "ru", Long: true, Needs: "рассказать?", Match: re(`(?i)^есть о ч[её]м рассказать\? .{0,200}$`), Why: "the newsroom's call for tips"},
	{Name: "licensing", Lang: "nb", Long: true, Needs: "artikkelen er|artikel is een|article is produced|article was produced|sommige rechten", Match: re(`(?i)^(?:(?:denne artikkelen er (?:produsert|finansiert)(?: og (?:produsert|finansiert))? av|dit artikel is een publicatie van|this article (?:is|was) produced (?:and (?:financed|funded) )?by) .{1,80}|.{1,60},? sommige rechten voorbehouden\.?)$`), Why: "a partner's or publisher's notice"},
	{Name: "subscribe", Lang: "fr", Long: true, Needs: "recevez chaque", Match: re(`(?i)^recevez chaque (?:mois|semaine|trimestre) (?:le|votre) magazine\b.{0,150}$`), Why: "subscription prompt"},
	{Name: "related-topics", Lang: "nb", Match: re(`(?i)^(?:mer fra|mere fra|mer från|mehr von) \S+(?: \S+)?$`), List: true, Why: "related links heading"},
	{Name: "bio", Lang: "nb", Long: true, Needs: " er journalist|skriver om", Match: re(`^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2} er (?:journalist|frilansjournalist|kommunikasjonsrådgiver|redaktør|skribent)(?:[ ,.].{0,200})?$`), Why: "author biography"},
	// "We independently pick what we recommend. …", "Hollis Greer's trip
	// was hosted by X.", "A jornalista viajou a convite do X.": a travel
	// or shopping page's affiliate notice, and who paid for the trip.
	{Name: "disclaimer", Lang: "en", Long: true, Needs: "independently|trip was|recherche|a convite|invitad|invité|prodotti", Match: re(`(?i)^(?:we independently (?:pick|select|choose|review|research)\b.{0,250}|.{0,60}(?:'s|’s|our|the) trip was (?:hosted|provided|paid for|sponsored|arranged) by\b.{0,150}|(?:die|diese) recherche(?:reise)? wurde (?:unterstützt|ermöglicht|finanziert) (?:von|vom|durch)\b.{0,120}|(?:o|a) (?:jornalista|repórter) viajou a convite d[aoe]s?\b.{0,120}|(?:el|la) periodista viajó invitad[oa] por\b.{0,120}|(?:le|la) journaliste (?:était|a été) invitée? par\b.{0,120}|tutti i prodotti (?:citati|presenti|consigliati|selezionati)\b.{0,250})$`), Why: "an affiliate notice, or who paid for the trip"},
	{Name: "newsletter", Lang: "de", Long: true, Needs: "die wichtigsten nachrichten aus", Match: re(`(?i)^die wichtigsten nachrichten aus (?:ihrer|deiner|der|unserer) (?:stadt|region|heimat)\b.{0,120}$`), Why: "newsletter prompt"},
	{Name: "comments", Lang: "de", Long: true, Needs: "kommentieren ist nur", Match: re(`(?i)^kommentieren ist nur (?:mit|für) .{0,80}möglich\.?$`), Why: "comments"},
	{Name: "interface", Lang: "nb", Long: true, Needs: " år gam|vuotta vanha", Match: re(`(?i)^(?:(?:denne )?(?:artikkelen|artikeln|artiklen) (?:er|är) (?:over|mer enn|mere end|mer än|över|äldre än) (?:\d+|ett|et) år(?: gammel| gammal)?|artikkeli on yli \d+ vuotta vanha)\.?$`), Why: "the notice that the story is old"},
	{Name: "interface", Lang: "es", Match: re(`(?i)^(?:episodio|episode|épisode|folge|odcinek|aflevering|puntata)\s+\d{1,4}$`), Why: "a podcast's episode number"},
	{Name: "related-topics", Lang: "es", Match: re(`(?i)^(?:más episodios|more episodes|other episodes|autres épisodes|plus d['’]épisodes|weitere folgen|altri episodi|mais episódios)(?: (?:de|of|von|di|du) .{1,40})?$`), List: true, Why: "a podcast's other episodes"},
	{Name: "audio", Lang: "es", Long: true, Needs: "episodio completo|full episode|épisode complet|ganze folge", Match: re(`(?i)^(?:el episodio completo|the full episode|l['’]épisode complet|die ganze folge) (?:está|is|est|ist) (?:disponible|available|verfügbar)\b.{0,120}$`), Why: "the audio's promotion"},
	{Name: "newsletter", Lang: "et", Long: true, Needs: "uudiskir", Match: re(`(?i)^telli .{0,60}uudiskir\p{L}*\b.{0,150}$`), Why: "newsletter prompt"},
	{Name: "comments", Lang: "et", Long: true, Needs: "kommentaare", Match: re(`(?i)^kommentaare saavad lisada ainult\b.{0,120}$`), Why: "comments"},
	{Name: "follow-us", Lang: "lt", Long: true, Needs: "galite sekti", Match: re(`(?i)^.{1,40} naujienas galite sekti ir\b.{0,80}$`), Why: "a prompt to follow the outlet"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(?:key events|wichtigste ereignisse|moments clés|momentos clave)$`), List: true, Why: "a live page's list of its key entries"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:show key events only|only show key events|refresh|load more(?: updates| posts)?|newest first|oldest first|neueste zuerst|älteste zuerst|aktualisieren|weitere einträge laden)$`), Why: "a live page's controls"},
	{Name: "counter", Lang: "uk", Match: re(`(?i)^\d{1,3}(?:[\x{a0}\x{202f} ]\d{3})* (?:коментар(?:і|ів)?|комментари(?:й|я|ев)|переглядів|перегляди|перегляд|просмотр(?:ов|а)?|comments?|views)$`), Why: "a count of comments or views"},
	{Name: "licensing", Lang: "uk", Long: true, Needs: "при використанні", Match: re(`(?i)^при використанні матеріалів .{0,250}$`), Why: "the terms of reuse"},
	// Science and health sites' notes about the story: how it was
	// checked, how to cite or republish it, and where it first ran.
	{Name: "licensing", Lang: "en", Long: true, Needs: "originally published|republished for free|subject to copyright|retrieved|journal information|editorial process|use our content|how we reviewed", Match: re(`(?i)^(?:originally published by .{1,60} as .{0,200}|this (?:story|article) can be republished for free\b.{0,80}|use our content|this document is subject to copyright\b.{0,300}|citation: .{10,300} retrieved \d{1,2} \p{L}+ \d{4} from .{0,200}|journal information: .{1,120}|this article (?:was|has been) reviewed (?:under|according to) .{1,40} editorial process\b.{0,300}|how we reviewed this article:?)$`), Why: "a note on how the story was checked, cited or republished"},
	{Name: "share", Lang: "en", Match: re(`(?i)^republish (?:this|our) (?:story|article)$`), Why: "share button"},
	{Name: "outlet-note", Lang: "en", Long: true, Needs: "newsroom", Match: re(`(?i)^\p{Lu}[\p{L}. ]{1,40} is a (?:national |nonprofit |non-profit )?newsroom\b.{0,300}$`), Why: "the outlet's note about itself"},
	{Name: "related-topics", Lang: "he", Match: re(`^(?:תגיות|תגים)\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "comments", Lang: "he", Match: re(`^(?:תגובות|הוסיפו תגובה|הוסף תגובה)(?:\s*\(\d+\))?$`), Why: "comments"},
	{Name: "interface", Lang: "he", Match: re(`^לכתבה המלאה$`), Why: "a link's button"},
	// An opinion page's notes: whose views these are, where to read more
	// of them, and how to join the comments.
	{Name: "disclaimer", Lang: "en", Long: true, Needs: "expresses the views|views expressed|diverse opinions|opinion alerts", Match: re(`(?i)^(?:this (?:piece|article|column) expresses the views of its authors?(?:\(s\))?\b.{0,120}|.{0,250}\bthe views expressed (?:here |in this (?:article|column|piece) )?are (?:the author's|the writer's|his|her|their) own\.?|you can read diverse opinions\b.{0,250}|opinion alerts:.{0,200})$`), Why: "an opinion page's note"},
	{Name: "comments", Lang: "en", Long: true, Needs: "have your say|comments to be|civil forum|comment on this article", Match: re(`(?i)^(?:have your say(?:\.\.\.|…)?|we want .{1,30} comments to be .{0,250}|.{1,30} is committed to maintaining a lively but civil forum\b.{0,300}|would you like to comment on this article\??)$`), Why: "comments"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "catch all the", Match: re(`(?i)^\(?catch all the (?:\S+ ){0,2}news\b.{0,300}$`), Why: "the outlet's promotion of its other news"},
	{Name: "paywall", Lang: "en", Match: re(`(?i)^bl premium$`), Why: "a subscriber's badge"},
	{Name: "comments", Lang: "ko", Long: true, Match: re(`^(?:댓글(?: \d+)?|댓글을 작성하려면 로그인이 필요합니다\.?)$`), Why: "comments"},
	{Name: "feedback", Lang: "ko", Long: true, Match: re(`^(?:이 기사를 추천합니다|이 기사가 마음에 들었다면,? 좋아요를 눌러주세요\.?)$`), Why: "the reader's reaction buttons"},
	{Name: "related-topics", Lang: "ko", Match: re(`^(?:인/기/기/사|인기기사|많이 본 뉴스|많이 본 기사)$`), List: true, Why: "most-read list heading"},
	{Name: "newsletter", Lang: "ko", Match: re(`^\p{Hangul}{1,10} 뉴스레터$`), Box: true, Why: "newsletter prompt"},
	{Name: "share", Lang: "id", Match: re(`(?i)^(?:bagikan|bagikan artikel|bagikan berita|salin link|salin tautan|kongsi|kongsi artikel|kongsi berita|salin pautan|اشتراک گذاری|شیئر|شیئر کریں)$`), Why: "share button"},
	{Name: "related-topics", Lang: "ka", Match: re(`^(?:თეგები|ტეგები|თემები)\s*:?$`), List: true, Why: "tag list heading"},
	// "Nur Mitglieder der Dreisam-Depesche können kommentieren.",
	// "Devenez membre de La Vilaine Lettre pour commencer à commenter.":
	// comments for members only.
	{Name: "comments", Lang: "de", Long: true, Needs: "kommentieren|commenter|comment|comentar|commentare|comentar", Match: re(`(?i)^(?:nur (?:mitglieder|abonnenten|abonnentinnen)\b.{1,60}\bkönnen kommentieren|devenez (?:membre|abonné)\b.{1,60}\bpour (?:commencer à )?commenter|only (?:paid )?(?:members|subscribers)\b.{1,60}\bcan comment|solo (?:los )?(?:socios|suscriptores|miembros)\b.{1,60}\bpueden comentar|solo (?:gli )?(?:abbonati|iscritti|membri)\b.{1,60}\bpossono commentare|apenas (?:os )?(?:assinantes|membros)\b.{1,60}\bpodem comentar)\.?$`), Why: "comments for members only"},
	// "Die Dreisam-Depesche ist unabhängig und werbefrei. Sie wird von
	// 1.240 Mitgliedern finanziert.": a member-funded outlet's note.
	{Name: "appeal", Lang: "de", Long: true, Needs: "werbefrei|ad-free|sin publicidad|sans publicité|senza pubblicità", Match: re(`(?i)^\S.{0,40} (?:ist unabhängig und werbefrei|is independent and ad-free|es independiente y sin publicidad|est indépendante? et sans publicité|è indipendente e senza pubblicità)\b.{0,200}$`), Why: "the outlet's plea for support"},
	// A plan's price in a paywall's box ("0 zł / month", "$5 per month"),
	// with the plan's name over it ("Free", "Paid").
	{Name: "paywall", Lang: "en", Titled: true, Match: re(`(?i)^(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|zł|kr|chf|eur|usd))\s*(?:/|per|al|par|pro|a|por)\s*(?:month|mes|mois|monat|mese|mês|miesiąc|year|año|an|jahr|anno|ano|rok)$`), Why: "a plan's price in a paywall's box"},
	// "Un servicio de la Sociedad Suiza de Radio y Televisión SRG SSR":
	// the outlet's owner under its name; "Idiomas: ES": its languages.
	{Name: "licensing", Lang: "es", Match: re(`(?i)^(?:un servicio de|un service de|ein (?:angebot|dienst|service) (?:von|der|des)|un servizio (?:di|della|del)|a service of|um serviço d[ao]|een dienst van)\s.{2,80}$`), Why: "the outlet's owner"},
	{Name: "language-menu", Lang: "es", Match: re(`(?i)^(?:idiomas|idioma|languages|language|langues|langue|sprachen|sprache|lingue|lingua|línguas|talen)\s*:\s*\p{Lu}{2}(?:\s*[|/·,]\s*\p{Lu}{2})*$`), Why: "the page's languages"},
	// "Powered by BLOX Content Management System from TownNews.com."
	{Name: "powered-by", Lang: "en", Long: true, Needs: "powered by", Match: re(`(?i)^powered by .{1,60}\b(?:content management system|cms)\b.{0,60}$`), Why: "the platform's own links"},
	// "(Lea también: Barranco amplía el horario de su biblioteca)": a link
	// to another story, in brackets between paragraphs.
	{Name: "read-also", Lang: "es", Match: re(`(?i)^\((?:lea también|lee también|leia também|leia mais|lire aussi|à lire aussi|read also|read more|leggi anche|lesen sie auch|ver también|vea también|te puede interesar|mira también)\s*:\s*[^()]{5,200}\)\.?$`), Why: "a link to another story, in brackets"},
	// "JN ACCESS RANKING", "Kyodo News Digital Archives" over "Photos,
	// videos and articles for licensing": a ranking's label; the
	// agency's archive, for sale.
	{Name: "related-topics", Lang: "en", Match: re(`^(?:\p{Lu}{2,5} )?(?i:access ranking)$`), List: true, Why: "most-read list heading"},
	{Name: "licensing", Lang: "en", Titled: true, Match: re(`(?i)^(?:photos|images|pictures)(?:, videos)? and (?:articles|stories|videos) (?:for|available for) licensing\.?$`), Why: "the archive's offer of licences"},
	{Name: "share", Lang: "ro", Match: re(`(?i)^(?:trimite pe e-?mail|trimite prin e-?mail|distribuie)$`), Why: "share button"},
	// "Subscribe now to access the full digital edition of The Fiji
	// Times.", "Don't miss out on the latest news and information.",
	// "Abante News Online is now on Viber! Join our community …".
	{Name: "newsletter", Lang: "en", Long: true, Needs: "subscribe now|miss out", Match: re(`(?i)^(?:subscribe now to (?:access|read|get|enjoy)\b.{0,120}|don['’]t miss out on the latest news\b.{0,120})$`), Why: "a subscription prompt"},
	{Name: "channel-promo", Lang: "en", Long: true, Needs: "is now on", Match: re(`(?i)^.{1,60} is now on (?:viber|whatsapp|telegram|google news)\b.{0,200}$`), Why: "messaging channel promotion"},
	// "Ang mga komento ay hindi sumasalamin sa pananaw ng Abante.": the
	// comments' disclaimer in Filipino; WordPress's "Leave a Reply".
	{Name: "comments", Lang: "tl", Long: true, Needs: "komento|leave a reply", Match: re(`(?i)^(?:ang mga komento ay hindi sumasalamin\b.{0,200}|leave a reply)$`), Why: "comments"},
	// "MindaNews is the news service arm of the Mindanao News and
	// Information Cooperative Center.": the outlet's note on itself.
	{Name: "outlet-note", Lang: "en", Long: true, Needs: "arm of", Match: re(`(?i)^\S.{0,40} is the (?:news service|news|online|digital|media) arm of\b.{0,200}$`), Why: "the outlet's note on itself"},
	// "Hinweis: Die Inhalte dienen ausschließlich der Information und
	// stellen keine Anlageberatung dar.", "Aviso: Este artículo no es un
	// consejo de inversión.": a markets page's disclaimer.
	{Name: "disclaimer", Lang: "de", Long: true, Needs: "anlageberatung|inversión|investissement|investment advice|financial advice|consulenza|investimento|beleggingsadvies", Match: re(`(?i)^(?:(?:hinweis|aviso|avertissement|disclaimer|avviso|aviso legal|disclaimer legal)\s*:\s*)?.{0,120}(?:keine anlageberatung|no (?:es|constituye) (?:un )?(?:consejo|asesoramiento|recomendación) de inversión|ne constituent pas un conseil en investissement|(?:is|does) not (?:constitute )?(?:investment|financial) advice|non costituisc\w+ (?:una )?consulenza|não (?:constitui|é) (?:uma )?recomendação de investimento|geen beleggingsadvies).{0,300}$`), Why: "the disclaimer that the story is no investment advice"},
	// "Bildquellen: Nordhyd, finanzen.net": the page's picture credits.
	{Name: "licensing", Lang: "de", Match: re(`(?i)^(?:bildquellen|bildnachweis|bildnachweise)\s*:\s*.{1,160}$`), Why: "the page's picture credits"},
	// "Messages (12)", "Ajouter un message", "Connectez-vous pour
	// participer": a forum under the story.
	{Name: "comments", Lang: "fr", Match: re(`(?i)^(?:messages \(\d+\)|ajouter un message|connectez-vous pour participer\b.{0,80})$`), Why: "comments"},
	// Substack's and Ghost's paywall and log-in: "Este post es para
	// suscriptores de pago", "Sigue leyendo con una prueba gratuita de 7
	// días", "Déjà membre ? Se connecter".
	{Name: "paywall", Lang: "es", Match: re(`(?i)^(?:este post es para suscriptores de pago|this post is for paid subscribers|ce billet est réservé aux abonnés payants|dieser beitrag ist für zahlende abonnenten|questo post è per gli abbonati a pagamento|este post é para assinantes pagos|sigue leyendo con una prueba gratuita de \d+ días|keep reading with a \d+-day free trial|continuez la lecture avec un essai gratuit de \d+ jours)\.?$`), Why: "a paywall's notice"},
	{Name: "comments", Lang: "fr", Match: re(`(?i)^(?:déjà membre\s?\?\s*se connecter|se connecter|already a member\?\s*(?:sign|log) in|¿ya eres miembro\?\s*inicia sesión)$`), Why: "log-in prompt"},
	// Vietnamese's save and share buttons, and its tag labels.
	{Name: "share", Lang: "vi", Match: re(`(?i)^(?:lưu|chia sẻ|lưu bài|chia sẻ bài viết|sao chép link|sao chép liên kết|sao chép đường dẫn|gửi bài viết|gửi bài|zalo|in bài|글씨키우기|글씨줄이기|글자크기|شارك|مشاركة\s*:?|حجم الخط|طباعة)$`), Why: "share button"},
	{Name: "ad", Lang: "vi", Match: re(`(?i)^quảng cáo$`), Why: "advertisement label"},
	{Name: "related-topics", Lang: "vi", Match: re(`(?i)^(?:tin liên quan|tin cùng chuyên mục|đọc thêm|tin mới nhất|bạn có quan tâm|có thể bạn quan tâm)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "vi", Match: re(`(?i)^(?:từ khóa|từ khoá|chủ đề|tags)\s*:$`), List: true, Why: "tag list heading"},
	// Korean and Japanese pleas and notices: "기사를 후원해주세요",
	// "독자님의 후원이 정론을 지킵니다.", NHK's "このページは受信料で制作
	// しています。"
	{Name: "appeal", Lang: "ko", Match: re(`^(?:기사를 후원해\s?주세요|후원하기|독자님의 후원이 .{1,30}\.?|.{0,20}受信料で制作しています。?)$`), Why: "the outlet's plea for support"},
	// A broadcast transcript's labels and its sign-off: "[앵커]",
	// "[리포트]", "KBS 뉴스 정하늘입니다.".
	{Name: "transcript", Lang: "ko", Match: re(`^(?:[\[<‹](?:앵커|앵커 ?멘트|리포트|기자|녹취)[\]>›]|◀\s*(?:앵커|리포트|기자|인터뷰)\s*▶|\S{1,15} 뉴스 \p{Hangul}{2,4}입니다\.?)$`), Why: "a broadcast transcript's label or sign-off"},
	// An agency's or paper's notice that its copy is protected: "Materiały
	// redakcyjne PAP … są chronione prawem autorskim.", "Publikování nebo
	// šíření obsahu je bez písemného souhlasu ČTK zakázáno.".
	{Name: "licensing", Lang: "pl", Long: true, Needs: "autor|souhlas|súhlas|zgod|съгласие|съгласието|copyright|urheberrecht|droit d|derechos de|diritti|direitos|pravom|pravem", Match: re(`(?i)^.{0,120}(?:chronione prawem autorskim|zaštićen\w* autorskim pravom|chráněn\w* autorským zákonem|protejat de drepturile de autor|bez písemného souhlasu|bez písomného súhlasu|bez pisemnej zgody|без (?:писменото |изричното )?съгласие|само със съгласието на|protected by copyright|urheberrechtlich geschützt|protégés? par le droit d['’]auteur|protegid[oa]s? por (?:los )?derechos de autor|protetti dal diritto d['’]autore|protegid[oa]s? por direitos autorais).{0,240}$`), Why: "the notice that the copy is protected"},
	{Name: "licensing", Lang: "ja", Match: re(`^(?:.{0,30}無断転載.{0,20}(?:禁じます|禁止(?:します)?)。?|.{0,20}の許諾なく転載することを禁じます。?|.{0,30}무단\s?전재.{0,40}금지\.?)$`), Why: "copyright line"},
	// "La Vilaine Lettre © 2026": the outlet's name before the sign.
	{Name: "licensing", Lang: "fr", Needs: "©", Match: re(`^\p{Lu}[^©]{0,40} © ?\d{4}\.?$`), Why: "licensing, standards or copyright line"},
	{Name: "separator", Lang: "en", Match: re(`^([-_*=•·~—–]\s*){3,}$`), Why: "separator"},
	{Name: "separator", Lang: "en", Match: re(`^[-–—·•|/]$`), Why: "a punctuation mark alone, between the parts of a header or a list"},
	{Name: "separator", Lang: "en", Match: re(`^(?:[◆◇♦⁂❦❧]|#\s*#\s*#|[-–—]?\s*` + releaseEndWords + `\s*[-–—]?|[-–—]30[-–—])$`), Why: "the mark that ends a press release"},
	{Name: "release-label", Lang: "en", Match: re(`(?i)^(?:peer-reviewed publication|news releases?|press releases?|for immediate release|pour diffusion immédiate|communiqués? de presse|pressemitteilung(?:en)?|notas? de prensa|comunicat[oi] stampa|persberichte?n?|nieuwsbericht)$`), Why: "the label of a press release or of the page that lists them"},
	{Name: "licensing", Lang: "en", Long: true, Match: re(`(?i)^(?:copyright\s*(?:©\s*)?\d{4}\b.{0,200}|disclaimer:\s.{10,400})$`), Why: "copyright line or disclaimer"},
	{Name: "bio", Lang: "en", Long: true, Match: re(`(?i)^(sobre la firma|sobre o autor|à propos de l'auteur|about the author|über den autor|l'autore|over de auteur|sobre l'autor)\b.*$`), Why: "author biography"},
	{Name: "bio", Lang: "en", Needs: "more about", Match: re(`^\S.{0,200}\bMore about [\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3}$`), Long: true, Why: "author biography"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(read )?more (\S+ ){0,3}(stories|news)$`), List: true, Why: "related links heading"},
	{Name: "trust", Lang: "en", Long: true, Match: re(`(?i)^(this website and its associated newspapers (follow|adhere to) the independent press standards organisation\b.{0,200}|each story \p{Lu}.{0,40} writes is checked by an editing team\b.{0,200})$`), Why: "standards statement"},
	{Name: "appeal", Lang: "en", Long: true, Match: re(`(?i)^our journalism relies on (a growing number of )?readers\b.{0,300}$`), Why: "a request to support the paper"},
	{Name: "bio", Lang: "en", Match: re(`(?i)^read more about \p{Lu}[\p{L}'’. -]{1,40}\.?$`), Why: "a link to the author's page"},
	{Name: "app-promo", Lang: "nl", Long: true, Match: re(`(?i)^(altijd het laatste nieuws uit .{1,40}\? download de app\b.{0,60}|wil je elke (ochtend|dag|avond) het belangrijkste nieuws\b.{0,120})$`), Why: "app and newsletter promotion"},
	{Name: "poll", Lang: "nl", Match: re(`(?i)^(poll|peiling|umfrage|sondage|encuesta|sondaggio|enquete)$`), List: true, Why: "a poll's label and question"},
	{Name: "comments", Lang: "fr", Long: true, Match: re(`(?i)^(vos réactions|pour réagir à cet article,? connectez-vous\b.{0,120}|para comentar,? inici[aá] sesión\b.{0,80})$`), Why: "comments"},
	{Name: "related-topics", Lang: "en", Long: true, Needs: "content highlights", Match: re(`(?i)^content highlights:\s.{1,200}$`), Why: "the story's summary for search engines"},
	{Name: "licensing", Lang: "en", Long: true, Match: re(`(?i)^local democracy reporting is public interest journalism\b.{0,160}$`), Why: "funding statement"},
	{Name: "audio", Lang: "en", Long: true, Match: re(`(?i)^(produced with ai narration by|narrated by ai|this (article|story) was narrated by)\b.{0,120}$`), Why: "audio player"},
	{Name: "newsletter", Lang: "en", Long: true, Needs: "newsletter", Match: re(`(?i)^this (story|article) was featured in .{1,60}, a newsletter\b.{0,200}$`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Long: true, Match: re(`(?i)^(ontvang elke (ochtend|dag|avond) (het belangrijkste )?nieuws\b.{0,120}|alle nachrichten aus .{1,40} gibt es auch in unserer\b.{0,160}|stay across the headlines from\b.{0,200}|don['’]t miss out on the headlines from\b.{0,200}|get the day['’]s top headlines\b.{0,200})$`), Why: "newsletter promotion"},
	{Name: "gallery", Lang: "de", Match: re(`(?i)^(fotostrecke ansehen|zur fotostrecke|bildergalerie ansehen|voir la galerie|ver galería|view gallery|see the gallery|lihat foto)$`), Why: "photo gallery link"},
	{Name: "licensing", Lang: "de", Match: re(`(?i)^rubriklistenbild:\s*.{1,80}$`), Why: "the credit of the section page's picture"},
	{Name: "report-error", Lang: "de", Long: true, Match: re(`(?i)^(haben sie einen fehler (gefunden|entdeckt)\?|fout opgemerkt\b|fout gezien\b|weet jij meer over dit onderwerp\b|heb je een tip\b|avez-vous une information\b).{0,160}$`), Why: "a prompt to report an error or send a tip"},
	{Name: "read-also", Lang: "en", Match: re(`^(?:👉|➡️?|▶️?|►)\s*\p{Lu}.{8,}$`), Why: "link to another story, after a pointing sign"},
	{Name: "read-also", Lang: "en", Match: re(`^(?i:read):\s+[\p{Lu}“"‘].{8,}$`), Why: "link to another story"},
	{Name: "ad", Lang: "en", Long: true, Match: re(`(?i)^this advertisement has not loaded yet,? but your article continues below\.?$`), Why: "advertisement"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^(add your comment to this story|comments not loading\?.{0,160}|to join the conversation,? please (log|sign) in\b.{0,160}|.{1,40} wants our comment sections to be lively\b.{0,300}|reageer)$`), Why: "comments"},
	{Name: "byline-label", Lang: "en", Match: re(`(?i)^(author of the article|auteur de l['’]article|autor del artículo|autor des artikels):?$`), Why: "a label over the byline"},
	{Name: "related-topics", Lang: "fr", Match: re(`(?i)^(le plus lu|les plus lus|les plus lues|les articles les plus lus|lo más leído|lo más visto|o mais lido|os mais lidos|i più letti|meistgelesen|meest gelezen)\s*:?$`), List: true, Why: "most-read list heading"},
	{Name: "related-topics", Lang: "de", Match: re(`(?i)^(links|weblinks|externe links|external links|liens externes|enlaces externos|link esterni|links externos)\s*:$`), List: true, Why: "a list of links to other sites"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(?:more on this (?:news|press) release|more news releases|weitere meldungen(?:: .{1,60})?|documentos relacionados|documents associés)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(recommended from editorial|recommended reading|meer over|mehr zum thema aus|plus sur ce sujet|related fact[- ]checks|more fact[- ]checks|latest fact[- ]checks|más bulos|más desmentidos|autres vérifications|nos dernières vérifications|altri fact-checking|mais checagens|outras checagens)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "es", List: true, Match: re(`^(?i:más de|más noticias de|plus de|mais de|altro da|altre notizie da|meer uit|més de) \p{Lu}[\p{L} .-]{1,40}$`), Why: "related links heading: more from the section"},
	{Name: "related-topics", Lang: "ca", Match: re(`(?i)^(notícies relacionades|historias relacionadas|noticias relacionadas|articles liés|articles similaires|articles similaires dans la rubrique|articoli simili|artículos similares|similar articles|ähnliche artikel|notizie correlate|gerelateerde artikelen|related stories|more stories)( (?:de|from) .{1,40})?$`), List: true, Why: "related links heading"},
	{Name: "contact", Lang: "en", Long: true, Needs: "@", Match: re(`(?i)^.{0,160}\b(us|our news team|our newsroom|the newsroom|news desk|redactie|la rédaction|la redacción|la redazione|die redaktion)\b.{0,80}\S+@\S+\.[a-z]{2,}.{0,60}$`), Why: "how to reach the newsroom"},
	{Name: "contact", Lang: "en", Long: true, Needs: "@", Match: re(`(?i)^contact \p{Lu}[\p{L}'’. -]{1,60}:\s*\S+@\S+.{0,160}$`), Why: "how to reach the author"},
	{Name: "comments", Lang: "en", Long: true, Needs: "comment", Match: re(`(?i)^.{0,100}\b(tell us|let us know|have your say|share your (views|thoughts))\b.{0,60}\bcomments?\b.{0,30}$`), Why: "a prompt to comment"},
	{Name: "interface", Lang: "es", Match: re(`(?i)^(¿ya tienes (una )?cuenta\??|already have an account\??|déjà (un compte|abonné)\s*\??|já tem (uma )?conta\??|hai già un account\??|schon registriert\??|heb je al een account\??)$`), Why: "a log-in prompt"},
	{Name: "contact", Lang: "en", Long: true, Needs: "@", Match: re(`(?i)^reach \p{Lu}[\p{L}'’. -]{1,60} at \S+@\S+.{0,160}$`), Why: "how to reach the author"},
	{Name: "more-stories", Lang: "en", Match: re(`(?i)^(for more stories like this|for more (news|stories),?) .{0,60}\bpage\b.{0,20}$`), Why: "link to more stories"},
	{Name: "more-stories", Lang: "de", Long: true, Match: re(`(?i)^mehr (nachrichten|artikel|news|meldungen|themen) (aus|zu|über|von) .{1,60}\bhier\b.{0,40}$`), Why: "link to more stories"},
	{Name: "republished", Lang: "es", Long: true, Match: re(`(?i)^(esta historia fue publicada originalmente|este conteúdo foi publicado originalmente|este contenido fue publicado originalmente|this story was originally published|cet article a été publié initialement|questo articolo è stato pubblicato originariamente|dieser artikel erschien zuerst)\b.{0,160}$`), Why: "where the story first appeared"},
	{Name: "support-box", Lang: "es", Long: true, Match: re(`(?i)^(apoye mi trabajo|support my work|soutenez mon travail|apoie o meu trabalho|unterstützen sie meine arbeit)\b.{0,120}$`), Why: "a box asking readers to support the paper"},
	{Name: "newsletter", Lang: "de", Long: true, Needs: "newsletter", Match: re(`(?i)^.{0,100}\b(hier können sie sich|melden sie sich|jetzt anmelden|sign up|subscribe now|inscrivez-vous|iscriviti|suscr[ií]bete|schrijf je in|abonneer je)\b.{0,160}$`), Why: "newsletter promotion"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(article content|l['’]essentiel|摘要|zur startseite|back to top|back to home|retour à l['’]accueil|volver a la portada|torna alla home|terug naar home|voltar ao topo|share this with|en bref|in brief|en resumen|in breve|kurz gesagt|in het kort|em resumo|what you need to know|key points|lo más importante|puntos clave|i punti chiave|les points clés|das wichtigste(?: in kürze| im überblick)?|pontos-chave|o mais importante|pinned|pinned post|fijado|fixado|épinglé|angepinnt|in evidenza|lo que (?:debes|hay que) saber|ce qu['’]il faut savoir|das müssen sie wissen|o que você precisa saber|cosa c['’]è da sapere|thank you for subscribing!?|something went wrong,? please try again( later)?\.?|sign up|cancel|play now|the video will start in \d+|the video will auto-?play soon\s*\d*\s*cancel|video (?:loading|unavailable)|(?:click|tap) to play|story saved|(?:log|sign) in,? register or subscribe to save (?:articles|stories) for later\.?|register for free to save this article for later,? or sign in if you (?:already )?have an account\.?|this ad hasn['’]t loaded yet\.? the article continues below\.?|mehr infos?|more info|plus d['’]infos|meer info|más info|mais info|più info)\s*:?$`), Why: "interface text"},
	{Name: "interface", Lang: "en", Long: true, Needs: "bookmarks", Match: re(`(?i)^you can find this story in\s+my bookmarks\b.{0,120}$`), Why: "interface text: where a saved story goes"},
	{Name: "ask-us", Lang: "en", Long: true, Titled: true, Needs: "team|desk|newsroom|submission|journalists|reporters", Match: re(`(?i)^(?:ask|tell|email|e-mail|contact|write to|send) (?:the|our|us)\b.{0,120}\b(?:team|desk|newsroom|journalists|reporters|submissions?)\b.{0,120}$`), Why: "an invitation to put questions to the newsroom"},
	// "0" and "214" under the byline: a comment count, a view count.
	{Name: "counter", Lang: "en", Match: re(`^(?:\d{1,3}(?:[.,\x{a0} ]\d{3})*$|\(\d{1,5}\)$|\d{1,3}(?:[.,]\d)?[kK]$)`), Why: "a number alone: a count of comments, shares or views"},
	{Name: "counter", Lang: "en", Match: re(`^(?:♥|❤️?|♡|💬|👍|🔁)\s*\d{1,3}(?:[.,\x{a0} ]\d{3})*$`), Why: "a count of likes or comments after its sign"},
	{Name: "counter", Lang: "ru", Match: re(`(?i)^\d{1,3}(?:[.,\x{a0} ]\d{3})*\s+(?:прочитания|прочитане|коментара|коментар|коментари|просмотров|просмотра|просмотр|переглядів|перегляди|перегляд|прегледа|преглед|προβολές|σχόλια|görüntülenme|okunma|yorum)$`), Why: "a count of views or comments"},
	{Name: "subscribe", Lang: "es", Long: true, Match: re(`(?i)^(¿ya eres suscriptor\??|already a subscriber\??|déjà abonné\s?\??|pas encore abonné\s?\??|pas encore inscrit\s?\??|not a subscriber yet\??|¿aún no eres suscriptor\??|noch kein abonnent\??|non sei ancora abbonato\??|ainda não é assinante\??|sei già abbonato\??|schon abonnent\??|já é assinante\??|abonnez-vous dès maintenant\b.{0,160})$`), Why: "subscription prompt"},
	{Name: "comments", Lang: "de", Long: true, Match: re(`(?i)^(um ((artikel|beiträge) )?(zu )?kommentieren( zu können)?\b.{0,120}|para comentar,? (ingres[aá]|inicia sesión|reg[ií]strate)( .{0,80})?|comentar es (?:una ventaja|un servicio|una función) exclusiv[ao] para (usuarios registrados|suscriptores|socios).{0,40})$`), Why: "comments"},
	{Name: "consent", Lang: "fr", Long: true, Match: re(`(?i)^(ce contenu est bloqué car vous n['’]avez pas accepté|this content is blocked because you have not accepted|dieser inhalt ist blockiert|este contenido está bloqueado|questo contenuto è bloccato)( .{0,200})?$`), Why: "a placeholder for content blocked without consent"},
	{Name: "channel-promo", Lang: "it", Long: true, Needs: "whatsapp", Match: re(`(?i)^segui .{1,60} (sul nostro canale|sul canale|su) whatsapp.{0,60}$`), Why: "channel promotion"},
	{Name: "related-topics", Lang: "de", Match: re(`(?i)^(weitere informationen|à lire sur le sujet|dieses thema im programm:?)$`), List: true, Why: "related links heading"},
	{Name: "programme", Lang: "de", Long: true, Match: re(`(?i)^(dieses thema im programm|this story was broadcast on|ce sujet a été diffusé dans)\s*:.{1,200}$`), Why: "the programme that broadcast the story"},
	{Name: "bio", Lang: "en", Match: re(`(?i)^(read more by|more by|more stories by|articles by|plus d['’]articles de|mehr von|altri articoli di|meer van) \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3}$`), Why: "a link to the author's other stories"},
	{Name: "newsletter", Lang: "de", Long: true, Needs: "newsletter", Match: re(`(?i)^(unser|unsere|notre|nuestro|nuestra|a nossa|o nosso|la nostra|il nostro|onze)\b.{0,40}newsletter\b.{0,300}$`), Why: "newsletter promotion"},
	{Name: "letters", Lang: "nl", Long: true, Match: re(`(?i)^(reageren\?|réagir\s?\?|reagieren\?|¿quiere opinar\?).{0,40}\b(brief|lettre|leserbrief|carta)\b.{0,120}$`), Why: "a prompt to write a letter to the editor"},
	{Name: "print-page", Lang: "es", Match: re(`(?i)^(cuerpo|secci[oó]n|edici[oó]n impresa|print edition|seite|page|p[aá]gina)\s*\S{0,3}\s*[-–|,]\s*(p[aá]gina|page|seite|pag\.?)\s*\d{1,3}$`), Why: "the page of the print edition"},
	{Name: "read-also", Lang: "es", Match: re(`^(?i:más en|mais em|more from|plus sur|mehr bei|altro su) \p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20})?:$`), List: true, Why: "the label over links to the outlet's other stories"},
	{Name: "read-also", Lang: "es", Match: re(`^\[[^\[\].!?，]{10,200}\]$`), Why: "a link to another story, in square brackets"}, // not "[松尾涼子，ITmedia]", a byline
	{Name: "read-also", Lang: "fr", Match: re(`^(?i:` + readAlso + `)\s*(?:>>|[:|.>›»→–-])?\s+[\p{Lu}¿¡«“"„‘].{8,}$`), Why: "link to another story"},
	{Name: "read-also", Lang: "fr", Match: re(`^(?i:à lire aussi|a lire aussi|lire aussi|read more|read also|also read|leia também|leia mais|leggi anche|lee también|lea también|lesen sie auch|lees ook)\p{Lu}\p{Ll}.{8,}$`), Why: "link to another story, its label glued to the headline"},
	{Name: "read-also", Lang: "pl", Long: true, Match: re(`^(?i:` + readAlsoCentral + `)(?:\s*[:：|.>›»→–—՝፦፡-]?\s*[\p{Lu}\p{Lo}\p{Georgian}¿¡«“"„‘「].{4,300}|\s*[:：፦]?|\s*(?:\.{2,3}|…))$`), Why: "link to another story, or the label over such links"},
	{Name: "read-also", Lang: "en", Match: re(`^(?i:read more in|read more from|more in|more from|lire plus dans|leer más en|lea más en|mehr in|leggi di più su|leia mais em|lees meer in)\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,40}:\s*\S.{5,200}$`), Why: "a link to another story of the outlet: \"Read more in <outlet>: <headline>\""},
	{Name: "read-also", Lang: "es", Match: re(`^(?:En|In|Sur|Auf|Su|Em|Op|Bij)\s+\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*)?\s+\|\s+\S.{10,200}$`), Why: "a link to another story of the outlet: \"En <outlet> | <headline>\""},
	{Name: "read-also", Lang: "en", Match: re(`(?i)^(` + readAlso + `|lire l['’]enquête|lire le récit|lire la tribune|related coverage|related|dans la même rubrique|more|mehr|per approfondire|passend zum artikel|mehr zum thema|saiba mais|lee|lea|mira|read|also read)\s*:?\s*[|:]\s*\S.*$`), Why: "link to another story"},

	// The end marker of a list of links: "Fin de Artículos recomendados".
	{Name: "related-topics", Lang: "es", Match: re(`(?i)^(fin de|end of) (art[ií]culos recomendados|noticias recomendadas|recommended (articles|stories)|related (articles|stories|content))$`), Why: "end of a related links list"},

	// Lists of links after the article.
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(related topics|more on this story|related stories|related content|top stories|related articles|related|read more|read next|most viewed|most read|most read \w+|explore more on these topics|related coverage|see more on:?.*|suggested topics:?|more from \S.{0,30}|topics|tags|you may also like|recommended|keep reading|recommended stories|more stories|you might also like|most popular|read more from .{1,40}?:?)(?:\.{3}|…)?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(?:` + readAlso + `)\s*(?::|\.\.\.|…)?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^read related (?:\S+ ){0,2}coverage:?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "fr", Match: re(`(?i)^(?:dans la même rubrique|dans la même catégorie|dans la même section|en la misma categor[ií]a|na mesma categoria|nella stessa categoria|in derselben kategorie|in dezelfde categorie|in the same category|en la misma secci[oó]n|na mesma sec[cç][aã]o|nella stessa sezione|in derselben rubrik|in dezelfde rubriek|in the same section|more in this section|a la mateixa secci[oó])\s*:?$`), List: true, Why: "related links heading"},
	// Lines that syndicated copy and many outlets share.
	{Name: "licensing", Lang: "en", Match: re(`(?i)^copyright (?:©\s*)?\d{4} [\p{L}0-9 .,&'’-]{2,60}$`), Why: "copyright line"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "all rights reserved", Match: re(`(?i)^copyright (?:\d{4} .{1,80}|.{1,80}\b\d{4}\.?\s)\ball rights reserved\b.{0,200}$`), Why: "copyright line"},
	{Name: "licensing", Lang: "de", Long: true, Match: re(`(?i)^(?:dieser (?:text|artikel|beitrag) erschien zuerst\b|this (?:story|article) (?:first|originally) appeared\b|cet article a d['’]abord été publié(?:[^\p{L}]|$)|este art[ií]culo se public[oó] originalmente\b|questo articolo è stato pubblicato originariamente\b|este artigo foi publicado originalmente\b|this (?:story|article) is republished from\b|this (?:story|article) was reported by .{1,60}? and first published\b|cet article est republié à partir de\b|este artículo fue publicado originalmente en\b|este artigo foi republicado d[oa]\b|este artículo (?:fue|ha sido) republicado de\b|questo articolo è stato ripubblicato da\b|dieser (?:artikel|beitrag) wurde (?:von|aus) .{1,40} übernommen\b).{0,200}$`), Why: "where the story first appeared"},
	{Name: "licensing", Lang: "fr", Long: true, Match: re(`(?i)^(?:ce reportage|cet article|this (?:story|article|report|reporting)|este reportaje|este art[ií]culo|questo articolo|dieser (?:beitrag|artikel))\b.{0,40}\b(?:bénéficie du soutien|est (?:réalisé|publié) avec le soutien|is (?:supported|funded) by|was (?:supported|funded|produced with support) by|cuenta con el apoyo|ha sido financiad[oa]|è realizzat[oa] con il sostegno|wurde gefördert|entstand mit unterstützung)\b.{0,200}$`), Why: "the reporting's funding note"},
	{Name: "app-promo", Lang: "en", Long: true, Needs: "tickets", Match: re(`(?i)^.{0,300}\b(?:buy|get|grab|book) your tickets (?:today|now|here)\b.{0,40}$`), Why: "a promotion of the outlet's event"},
	{Name: "appeal", Lang: "de", Long: true, Needs: "gemeinnützig|profit|lucrativos|lucro|lucratif|scopo di lucro|advertentievrij|reclamevrij|ad-free", Match: re(`(?i)^\S.{0,80}\b(?:ist gemeinnützig|is (?:a |an )?(?:independent,? )?non-?profit|sem fins lucrativos|sin ánimo de lucro|sense ànim de lucre|sans but lucratif|senza scopo di lucro|is advertentievrij|is reclamevrij|is ad-free)\b.{0,400}$`), Also: re(`(?i)journalis|jornalis|periodis|giornalis|recherch|reportag|verhaal|stor(?:y|ies)\b|artikel|articles?\b`), Why: "the outlet's note on how it is funded"},
	{Name: "appeal", Lang: "pt", Needs: "contamos|comptem|dependemos|rely on|count on|depend on|comptons|zählen|sind auf|contiamo|rekenen", Match: re(`(?i)^[^"“«„'‘].{0,80}\b(?:contamos com|contamos con|comptem amb|dependemos d[eo]|we (?:rely|count|depend) on|nous comptons sur|wir zählen auf|wir sind auf|contiamo su|we rekenen op)\b.{0,40}\b(?:apoio|apoyo|suport|support|soutien|unterstützung|sostegno|steun|ajuda|ayuda|aliados|leitores|lectores|lectors|readers|members|membres|lecteurs|lettori|lezers|leden)\b.{0,120}$`), Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "fr", Long: true, Needs: "soutenez|support us|apóyanos|apoie|unterstützen sie uns|sostienici|steun ons|doneu|dons|donation|donacion|doaç|spenden|donazion|donatie", Match: re(`(?i)^.{0,240}\b(?:soutenez-nous|support us|apóyanos|apoie-nos|unterstützen sie uns|sostienici|steun ons|doneu-nos|grâce aux dons|thanks to (?:the )?donations|gracias a las donaciones|graças às doações|dank (?:der |ihrer )?spenden|grazie alle donazioni|dankzij (?:de )?donaties)\b.{0,300}$`), Also: re(`(?i)\b(?:don|dons|donation|donations|donación|donaciones|doação|doações|spende|spenden|donazione|donazioni|donatie|donaties|lecteurs|readers|lectores|leitores|leser|lettori|lezers)\b`), Why: "an appeal to subscribe or give"},
	{Name: "appeal", Lang: "nl", Match: re(`(?i)^(?:je bepaalt zelf wat je betaalt|you decide (?:what|how much) (?:you )?pay|pay what you (?:want|can)|tú decides cuánto pagas|vous choisissez (?:le montant|combien vous payez)|sie entscheiden,? wie viel sie zahlen|decidi tu quanto pagare|você decide quanto paga)\.?$`), Why: "an appeal to subscribe or give"},
	{Name: "licensing", Lang: "it", Match: re(`(?i)^(?:foto (?:di )?copertina|immagine (?:di )?copertina|cover (?:photo|image|picture)|photo de couverture|image de couverture|foto de portada|imagen de portada|foto de capa|imagem de capa|titelbild|titelfoto|aufmacherfoto|omslagfoto|foto de portada)\s*:\s*\S.{1,200}$`), Why: "the credit of the cover photo, which has no caption"},
	{Name: "newsletter", Lang: "fr", Long: true, Needs: "mail|inbox|boîte|correo|bandeja|postfach|casella", Match: re(`(?i)^(?:abonnez-vous|inscrivez-vous|subscribe|sign up|suscr[ií]bete|reg[ií]strate|abonnieren sie|melden sie sich an|iscriviti|inscreva-se|assine|schrijf je in|meld je aan|subscriu-te)\b.{0,160}\b(?:par e-?mail|by e-?mail|por e-?mail|per e-?mail|via e-?mail|in your inbox|dans votre boîte|en tu (?:correo|bandeja)|no seu e-?mail|in ihr postfach|nella tua casella|in je (?:inbox|mailbox))\b.{0,200}$`), Why: "newsletter promotion"},
	// The label over a release's attachments: "Allegati", "Downloads".
	{Name: "download", Lang: "it", Match: re(`(?i)^(?:allegati|downloads|descargas|documentos adjuntos|archivos adjuntos|téléchargements?|documents? à télécharger|pièces? jointes?|anhänge|dateien zum download|bijlagen|anexos|attachments)\s*:?$`), List: true, Why: "the label over a release's attachments"},
	// A release's press contact: "Contact presse :", "Ufficio stampa
	// della Giunta regionale", "Department for Transport press office",
	// over its telephone and e-mail lines.
	{Name: "press-contact", Lang: "fr", Box: true, Match: re(`(?i)^(?:contacts? (?:presse|médias?)|press (?:contacts?|enquiries|inquiries)|media (?:contacts?|enquiries|inquiries)|(?:.{1,60} )?press office|pressekontakt|pressestelle(?: .{1,60})?|ansprechpartner(?:in)? für (?:die )?(?:presse|medien)|ufficio stampa(?: .{1,60})?|contactos? de prensa|contacto (?:para|con los) medios|gabinete de (?:comunicación|prensa)(?: .{1,60})?|assessoria de (?:imprensa|comunicação)(?: .{1,60})?|perscontact|persvoorlichting|service de presse(?: .{1,60})?|bureau de presse(?: .{1,60})?)\s*:?$`), Why: "the label of a press contact"},
	// "Dieser Pressemitteilung sind Fotos beigefügt. Die Verwendung ist
	// … honorarfrei."
	{Name: "press-contact", Lang: "de", Long: true, Needs: "honorarfrei|free of charge", Match: re(`(?i)^.{0,160}\b(?:honorarfrei|free of charge for editorial use)\b.{0,160}$`), Why: "a note on the release's photos for the press"},
	// "Notes to editors" over the release's background points.
	// "Kontakt" over a name, a phone and an address (a label only: a
	// menu's "Contact" is one too, and no box); "Voor meer informatie
	// kunt u contact opnemen met X": a release's contact.
	{Name: "press-contact", Lang: "de", Match: re(`(?i)^(?:kontakt|contact|contacto|contatti|contatto|contato|kontakta|kontaktperson(?:er)?|yhteystiedot|lisätietoja|further information|more information|weitere informationen|pour plus d['’]informations|más información y contacto|kontakt für (?:medien|rückfragen)|wissenschaftliche ansprechpartner(?:in)?|wissenschaftlicher kontakt|scientific contacts?)\s*:?$`), Why: "the label of a release's contact"},
	{Name: "press-contact", Lang: "nl", Long: true, Needs: "contact opnemen|kontakta|contactez|contact|kontaktieren", Match: re(`(?i)^(?:voor (?:meer informatie|vragen)(?: over .{1,80})?,? (?:kunt u|kun je|neem) contact (?:opnemen )?met|för (?:mer information|frågor),? kontakta|pour (?:plus d['’]informations|toute question),? contactez|for (?:more information|further information|media enquiries|interviews),? (?:please )?contact|für (?:weitere informationen|rückfragen),? (?:kontaktieren sie|wenden sie sich an))(?:\b.{2,300}|\s*:)$`), Why: "a release's contact"},
	{Name: "press-contact", Lang: "en", Box: true, Match: re(`(?i)^(?:notes? (?:to|for) editors|notes aux rédactions|note aux rédactions|hinweis(?:e)? für (?:die )?redaktionen|nota (?:per le|alle) redazioni|nota para (?:los )?(?:editores|medios)|noot voor de redactie)\s*:?$`), Why: "notes to editors under a press release"},
	{Name: "download", Lang: "de", Match: re(`(?i)^(?:download|herunterladen|télécharger|descargar|scarica|baixar)\s+(?:jpe?g|png|tiff?|pdf|zip)\s*\(\d+(?:[.,]\d+)?\s?(?:ko|kb|mo|mb)\)$`), Why: "a link to download a photo or document, with its size"},
	{Name: "download", Lang: "fr", Needs: "pdf|doc|odt|zip|xls", Match: re(`(?i)^(?:(?:télécharger|download|descargar|descarga|herunterladen|scarica|baixar|downloaden)\b.{0,120}|.{1,120}\s)\(?(?:pdf|docx?|odt|zip|xlsx?)\s*[,-–]?\s*\d+(?:[.,]\d+)?\s?(?:ko|kb|mo|mb|kib|mib)\)?$`), Why: "a link to download a document, with its size"},
	{Name: "skip", Lang: "en", Match: re(`(?i)^(?:full article|full story|art[ií]culo completo|article complet|vollständiger artikel|articolo completo|artigo completo|volledig artikel|article sencer)(?:\s*\|\s*comments(?: \(\d+\))?)?$`), Why: "a tab of the page"},
	{Name: "appeal", Lang: "fr", Match: re(`(?i)^(?:abonnez-vous|subscribe|suscr[ií]bete|assine|abonnieren sie|abbonati|abonneer je|subscriu-te)\b.{0,40}\b(?:profitez|enjoy|disfruta|aproveite|genießen|approfitta|geniet|gaudeix)\b.{0,120}$`), Why: "an appeal to subscribe or give"},
	{Name: "audio", Lang: "es", Match: re(`(?i)^(?:ver resumen|ocultar resumen|see summary|show summary|hide summary|voir le résumé|zusammenfassung (?:anzeigen|einblenden)|vedi riassunto|ver resumo|toon samenvatting)$`), Why: "a button that shows the article's summary"},
	{Name: "tip-line", Lang: "de", Long: true, Needs: "tip|info|dica|segnalazione", Match: re(`(?i)^(?:hinweis:\s*|tipp:\s*)?(?:sie haben einen tipp|haben sie einen tipp|have a tip|got a tip|do you have a tip|vous avez une info|vous avez des informations|¿tienes información|¿tiene información|tem uma dica|hai una segnalazione|heb je een tip|heeft u een tip)\b.{0,300}$`), Why: "a call for readers' tips"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "supporter", Match: re(`(?i)^disclosure:\s.{0,200}\b(?:has been|is|are|have been) (?:a )?(?:financial )?supporters? of\b.{0,600}$`), Why: "the outlet's disclosure of its funders"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "learn about", Match: re(`(?i)^learn about (?:our|the \S.{0,40}?['’]s?) (?:policies|standards|ethics)\b.{0,200}$`), Why: "a link to the outlet's standards"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "provides funding", Match: re(`(?i)^.{0,120} provides funding as a (?:founding )?(?:member|partner) of .{1,80}$`), Why: "the outlet's funding note"},
	{Name: "licensing", Lang: "de", Match: re(`^dpa-infocom, dpa:\d{6}-\d{2}-\d+/\d+$`), Why: "the agency's copy tag"},
	{Name: "contact", Lang: "en", Long: true, Needs: "@", Match: re(`^[-—–]?\s*\p{Lu}[\p{L}'’. -]{2,40}[;:] \S+@\S+\.\w+(?:[;,] .{0,200})?$`), Why: "the author's signature with an address"},
	{Name: "related-topics", Lang: "en", List: true, Match: re(`(?i)^(?:filed under|in|see more)\s*:$`), Why: "related links heading"},
	{Name: "newsletter", Lang: "en", Long: true, Match: re(`(?i)^by (?:signing up|clicking sign up|subscribing),? you (?:consent|agree)\b.{0,300}$`), Why: "newsletter promotion"},
	{Name: "appeal", Lang: "pt", Match: re(`(?i)^(?:gostou d[ao] (?:matéria|texto|reportagem)\?|te gustó (?:esta nota|este artículo)\?|vous avez aimé cet article\s?\?|hat ihnen (?:dieser artikel|der artikel) gefallen\?|vond je dit artikel (?:goed|interessant)\?).{0,200}$`), Long: true, Why: "a plea after the story"},
	{Name: "letters", Lang: "pt", Long: true, Match: re(`(?i)^(?:dê a sua opinião!?|d[eé] tu opini[oó]n|donnez votre avis|sagen sie uns ihre meinung|dicci la tua)\b.{0,240}$`), Why: "letters to the editor"},
	{Name: "interface", Lang: "en", Long: true, Match: re(`(?i)^(?:please use (?:the )?chrome browser for a more accessible video player|ler resumo da notícia|ver resumo|leia as regras de uso d[oa] .{1,40}\.?)$`), Why: "page interface text"},
	{Name: "subscribe", Lang: "es", Long: true, Match: re(`(?i)^(?:acced[eé]|accede|accedé) a todas las notas\b.{0,120}$`), Why: "subscription prompt"},
	{Name: "audio", Lang: "it", Long: true, Match: re(`(?i)^(?:ascolta ora|escucha ahora|écouter maintenant|jetzt anhören|ouça agora|listen now)\s*:.{0,200}$`), Why: "audio player"},
	{Name: "channel-promo", Lang: "pt", Long: true, Needs: "whatsapp", Match: re(`(?i)^(?:receba|recibe|recib[ií]|ricevi|recevez|erhalten sie)\b.{0,80}\b(?:no seu|pelo|en tu|por|sul tuo|sur votre|auf ihr\w*|via) whatsapp\b.{0,200}$`), Why: "messaging channel promotion"},
	// Newsletter and app prompts that ask the reader to act, in any of the
	// languages: "Keine Nachrichten aus
	// Magdeburg mehr verpassen: Hier geht es zum kostenlosen Newsletter",
	// "Get more Colorado outdoors news by signing up for our weekly
	// Trailhead newsletter", "Descarregue a nossa App gratuita".
	{Name: "newsletter", Lang: "en", Long: true, Needs: "newsletter|bolet|bollettino|nieuwsbrief|infolettre|butllet", Match: re(`(?i)^.{0,160}\b(?:newsletters?|bolet[ií]n|boletim|bollettino|nieuwsbrief|infolettre|butllet[ií])\b.{0,160}$`), Why: "newsletter promotion", Also: re(`(?i)\b(?:sign(?:ing)? up|subscribe|subscriu|subscreva|suscr[ií]bete|abonnez|abonnieren|anmelden|inscr[ií]bete|inscreva|iscriviti|registr\w*|receive|recib\w*|receb\w*|ricev\w*|recevez|erhalten sie|ontvang|hier geht|click|klicken|clique|pulsa|verpassen|don['’]?t miss|jeden (?:werktag|morgen|tag)|every (?:weekday|morning|day)|chaque (?:matin|jour)|cada (?:mañana|día)|todos os dias|ogni (?:mattina|giorno)|elke (?:ochtend|dag)|no te pierdas|ne manquez|non perdere|n[ãa]o perca|mis niets|en nuestro boletín|in our newsletter|dans notre (?:newsletter|lettre)|in unserem newsletter|nella nostra newsletter|na nossa newsletter|in onze nieuwsbrief)\b`)},
	{Name: "newsletter", Lang: "en", Long: true, Needs: "inbox", Match: re(`(?i)^.{0,160}\b(?:sent|delivered|straight) (?:straight |directly )?to your inbox\b.{0,80}$`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Long: true, Titled: true, Needs: "inbox|mail|correo|bandeja|caixa|posteingang|postfach|boîte|bústia|buzón", Match: re(`(?i)^(?:get|receive|recibe|recibí|receba|recevez|erhalten sie|ricevi|ontvang)?.{0,80}\b(?:in your inbox|en tu (?:mail|correo|e-?mail|bandeja)|na sua caixa|no seu e-?mail|dans votre boîte|in ihr(?:em)? (?:postfach|posteingang)|nella tua casella|in je mailbox|a la teva bústia|en tu buzón|dans ta boîte)(?:[\s.,;:!?].{0,200})?$`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "fr", Long: true, Titled: true, Match: re(`(?i)^(?:recevez|recibe|receba|ricevi|erhalten sie|receive|ontvang) (?:chaque|cada|todas as|ogni|jeden|every|elke) (?:matin|mañana|manhã|mattina|morgen|morning|ochtend|jour|día|dia|giorno|tag|day|dag|semaine|semana|settimana|woche|week)\b.{0,120}$`), Why: "newsletter promotion"},
	{Name: "newsletter", Lang: "en", Match: re(`(?i)^(?:infolettre|get the newsletter|recibir (?:el )?newsletter|receber newsletter|recevoir la newsletter|newsletter abonnieren|ricevi la newsletter|subscrever|inscreva-se|suscr[ií]birme|iscriviti|je m['’]inscris|aanmelden|subscriu-te)$`), Why: "newsletter button"},
	{Name: "newsletter", Lang: "de", Long: true, Titled: true, Needs: "newsletter", Match: re(`(?i)^(?:der|die|das|le|la|el|il|o|a|de|het)\s+newsletter\s+(?:der|des|von|de|du|del|della|di|do|da|van)\s+.{1,40}?\s(?:mit|avec|con|com|met)\s.{0,160}$`), Why: "newsletter promotion: the outlet's newsletter with its news"},
	{Name: "app-promo", Lang: "en", Long: true, Match: re(`(?i)^(?:download|get|install|descarga|descargue|descarregue|baixe|instala|scarica|t[ée]l[ée]chargez|laden sie|lade dir|download)\b.{0,50}\bapps?\b.{0,80}$`), Why: "app promotion"},
	{Name: "app-promo", Lang: "en", Match: re(`(?i)^[\p{L}' .-]{1,40} app\s*[➔→›>»]$`), Why: "app promotion"},
	{Name: "audio", Lang: "en", Match: re(`(?i)^(?:(?:only )?have a minute\? )?listen instead$`), Why: "audio player"},
	{Name: "audio", Lang: "nl", Match: re(`(?i)^(voorlezen|lees voor|artikel voorlezen|beluister( dit artikel)?)$`), Why: "audio player"},
	{Name: "ad", Lang: "de", Match: re(`(?i)^(?:lesen sie (?:mehr|weiter) nach der anzeige|weiter nach der anzeige|(?:the )?(?:article|story) continues (?:after|below) (?:the )?(?:advertisement|ad)|la suite apr[eè]s (?:la|cette) publicit[ée]|contin[uú]a (?:despu[eé]s del anuncio|tras la publicidad|dopo la pubblicit[aà]|ap[oó]s a publicidade)|lees verder (?:na|onder) de advertentie)\.?$`), Why: "advertisement"},
	{Name: "embed", Lang: "en", Match: re(`(?i)^(?:(?:view this post on instagram|ver esta publicaci[oó]n en instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|visualizza questo post su instagram|ver (?:esta|essa) (?:publica[çc][ãa]o|foto) no instagram|bekijk dit bericht op instagram|veure aquesta publicaci[oó] a instagram)$|(?:a post shared by|una publicaci[oó]n compartida (?:de|por)|une publication partag[ée]e par|ein beitrag geteilt von|un post condiviso da|uma publica[çc][ãa]o compartilhada por|een bericht gedeeld door|una publicaci[oó] compartida per)\b.{1,80}$)`), Why: "an embedded post's frame"},
	// Russian, Ukrainian and Hebrew channel prompts: "Подписывайтесь на
	// Delfi в Telegram …", "Новини Чернівців та області - у
	// Telegram-каналі X", "הצטרפו לערוץ הטלגרם של וואלה! חדשות".
	{Name: "channel-promo", Lang: "ru", Long: true, Needs: "telegram|viber|whatsapp|телеграм|вайбер|טלגרם|וואטסאפ", Match: re(`(?i)^(?:(?:[^?]{1,80}\?\s+)?(?:подписывайтесь|подпишитесь|підписуйтесь|підпишіться|читайте|следите|стежте|приєднуйтесь|присоединяйтесь)(?: .{0,60})?\s(?:в|у|на)(?: наш\p{L}*)? (?:telegram|viber|whatsapp|телеграм|вайбер)|.{1,80} [-–—] (?:в|у) (?:telegram|viber|телеграм)-канал\S*|(?:לקבלת עדכונים שוטפים )?הצטרפו לערוץ ה(?:טלגרם|וואטסאפ)).{0,200}$`), Why: "messaging channel promotion"},
	{Name: "channel-promo", Lang: "ru", Long: true, Match: re(`(?i)^(?:(?:[^?]{1,80}\?\s+)?(?:подписывайтесь|подпишитесь|читайте нас|следите за нами)(?: на .{1,40}?)? (?:в|на) (?:max|дзен\p{L}*|vk|вк|вконтакте|одноклассниках|rutube)|.{1,80} [-–—] в нашем (?:telegram|телеграм)-канале.{0,80})\.?$`), Why: "messaging channel promotion"},
	// "Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter":
	// how to report a typo.
	{Name: "report-error", Lang: "uk", Long: true, Needs: "ctrl", Match: re(`(?i)^(?:нагадаємо: )?(?:якщо ви помітили помилку|если вы (?:заметили|нашли) ошибку|нашли ошибку\??|помітили помилку\??|заметили ошибку\??).{0,160}ctrl\s?\+\s?enter.{0,40}$`), Why: "how to report an error"},
	// Pleas in the outlet's own voice: "La Directa és un mitjà cooperatiu,
	// sense accionistes ni publicitat…", "Vlast.kz существует благодаря
	// читателям", "Berria irakurleei esker egiten da", "ARGIAk ez du jabe
	// handirik: irakurleek … eusten diote", "Praza Pública é un xornal
	// independente que depende das súas lectoras".
	{Name: "appeal", Lang: "ca", Long: true, Needs: "mitjà|существует|існує|irakurleei|jabe handirik|xornal independente|medio independiente|jornal independente", Match: re(`(?i)^\p{Lu}[\p{L}.\- ]{1,30} (?:és un mitjà (?:cooperatiu|independent)\b|существует благодаря (?:читателям|вам)|існує завдяки (?:читачам|вам)|irakurleei esker egiten da|ez du jabe handirik|é un xornal independente|es un medio independiente\b|é um jornal independente\b).{0,300}$`), Why: "an appeal to subscribe or give"},
	// Affiliate notes in German, Spanish and Italian: "Mit * markierte
	// Links sind Affiliate-Links", "X puede llevarse una comisión por las
	// compras", "Alcuni link di questa pagina sono affiliati".
	{Name: "affiliate", Lang: "de", Long: true, Needs: "affiliate|comisión|affiliati|afiliado|independently selected", Match: re(`(?i)^(?:.{0,80}\baffiliate-links?\b.{0,300}|.{0,60}\bpuede (?:llevarse|recibir|obtener) una comisión\b.{0,200}|alcuni link (?:di|in) questa pagina sono affiliati\b.{0,300}|.{0,60}\blinks? (?:de )?afiliados?\b.{0,300}|all listings featured in this story are independently selected\b.{0,300})$`), Why: "an affiliate disclosure"},
	{Name: "channel-promo", Lang: "ca", Long: true, Match: re(`(?i)^(?:segueix|s[ií]guenos|sigue|siga|segue|suivez|folgen sie|folge|segui|volg|follow|[úu]nete|junte-se|rejoignez|entra)\b.{0,80}\b(?:a|en|on|sur|auf|op|no|su|al|via|em)\s+(?:whatsapp|telegram|google (?:news|discover|notícias|noticias|actualités|nachrichten|notizie))\b.{0,200}$`), Why: "messaging channel promotion"},
	{Name: "contact", Lang: "pt", Match: re(`(?i)^(?:d[úu]vidas, cr[íi]ticas e sugest[õo]es\?|fale com a gente|fale conosco)$`), Why: "contact the newsroom"},
	{Name: "related-topics", Lang: "de", List: true, Match: re(`(?i)^(?:mehr|weitere) (?:nachrichten |artikel |news |themen )?(?:aus|zu|über) (?:der region |dem |der )?[\p{L}][\p{L} .-]{1,40}$`), Why: "related links heading"},
	{Name: "related-topics", Lang: "es", Match: re(`(?i)^(escrito en|temas relacionados|m[aá]s sobre este tema|noticias relacionadas|historias relacionadas|lo m[aá]s le[ií]do|lo m[aá]s visto|m[aá]s informaci[oó]n|m[aá]s sobre:?|archivado en|etiquetas|temas|te puede interesar|tambi[eé]n te puede interesar|art[ií]culos recomendados|noticias recomendadas|mir[aá] tambi[eé]n|ver tambi[eé]n|lee tambi[eé]n|lea tambi[eé]n|te recomendamos|leer m[aá]s acerca de:?|m[aá]s acerca de:?)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "fr", Match: re(`(?i)^(lire aussi|à lire aussi|lire l['’]enquête|lire le récit|lire la tribune|sur le même sujet|dans la même rubrique|les plus lus|mots-clés|sujets associés|voir aussi|pour aller plus loin\s*:?|la rédaction vous conseille|à lire également|à voir aussi|à découvrir|à découvrir aussi|a découvrir)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "de", Match: re(`^(?i:mehr zum thema|more on|more about|plus sur|más sobre|mais sobre|altro su|meer over|més sobre)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$`), List: true, Why: "related links heading: more on a topic"},
	{Name: "related-topics", Lang: "de", Match: re(`(?i)^((lesen sie )?mehr zum thema|weiterlesen:?|mehr lesen über|meistgelesen|das könnte (?:sie|dich) (?:auch )?(?:noch )?interessieren|ähnliche (?:beiträge|artikel|themen)|verwandte beiträge|schlagwörter|stichwörter|themen|weitere meldungen(?: aus \S+(?: \S+)?)?|mehr meldungen|dw empfiehlt|weitere artikel|verwandte artikel|auch interessant|zum weiterlesen)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "it", Match: re(`(?i)^(?:parole chiave|palabras clave|mots[- ]clés|schlagw(?:ö|oe)rter|schlüsselwörter|trefwoorden|keywords|paraules clau)\s*:?$`), List: true, Why: "the heading of a list of tags"},
	{Name: "related-topics", Lang: "pt", Match: re(`(?i)^(leia mais|leia também|mais lidas|tópicos|palavras-chave:?|leia tudo sobre o tema e siga:?|veja também|relacionadas|notícias relacionadas|artigos relacionados|matérias relacionadas|saiba mais|mais populares|mais nesta categoria:?|mais nesta secção:?|more in this category:?|más en esta categoría:?|plus dans cette catégorie:?)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "it", Match: re(`(?i)^(leggi anche|approfondisci:?|i più letti|più letti|potrebbe interessarti anche|ti potrebbe interessare|ti potrebbero interessare(?: anche)?:?|argomenti|tag|i più letti di oggi)$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "nl", Match: re(`(?i)^(lees ook|meest gelezen|(?:meer )?over dit onderwerp|gerelateerde artikelen|onderwerpen)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "ca", Match: re(`(?i)^(llegeix també|llegiu també|arxivat a|el més llegit|etiquetes|temes|temes relacionats)$`), List: true, Why: "related links heading"},
	// "Published in The Express Tribune, March 12th, 2025.": the paper's
	// print edition the story ran in.
	{Name: "print-notice", Lang: "en", Match: re(`^Published in (?:The )?\p{Lu}[\p{L}.'’ -]{1,40}, (?:\p{L}+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2} \p{L}+),? \d{4}\.?$`), Why: "a note of the print edition the story ran in"},
	// Portals that carry other outlets' stories (MSN, AOL, WEB.DE,
	// Libero, Terra): the notice that the story is an agency's, unedited;
	// their sponsored grids and recommendations.
	{Name: "licensing", Lang: "de", Long: true, Needs: "übernommen|syndicated|modificato", Match: re(`(?i)^\(?(?:dieser (?:text|artikel|beitrag) wurde (?:automatisch )?von (?:der (?:nachrichten)?agentur )?\S.{0,40}? übernommen und von der redaktion nicht (?:inhaltlich )?bearbeitet|(?:except for the headline, )?this (?:story|article) has not been edited by .{1,40}? staff and is (?:auto-generated|published) from a syndicated(?: news agency)? feed|questo (?:articolo|testo) (?:è stato|e['’] stato) (?:pubblicato|scritto|redatto) da .{1,40}? e non (?:è stato|e['’] stato) modificato dalla redazione)\.?\)?$`), Why: "a notice that the story is an agency's, not edited by the site"},
	{Name: "licensing", Lang: "pt", Needs: "reservados|réservés|vorbehalten|riservati|reserved", Match: re(`(?i)^\p{Lu}[\p{L}.&'’ -]{1,40}?\.?\s+(?:todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|all rights reserved)\.?$`), Why: "copyright line"},
	{Name: "ad", Lang: "it", Match: re(`(?i)^(?:contenuti sponsorizzati|contenidos patrocinados|conteúdos patrocinados|contenus sponsorisés|gesponserte inhalte|sponsored stories|sponsored links|raccomandato da|recommended by|empfohlen von|recomendado por|recommandé par|top-deals des tages)$`), Why: "advertisement label"},
	{Name: "related-topics", Lang: "de", Match: re(`(?i)^(?:empfehlungen der redaktion|mehr [\p{L}-]{2,30}-news|more for you|trending now)$`), List: true, Why: "related links heading"},
	{Name: "app-promo", Lang: "pt", Match: re(`(?i)^(?:fique por dentro das principais notícias|não perca as principais notícias)$`), Why: "app and notification promotion"},
	// Local television stations' pages: the pointer to the station's
	// site under every story, the line under the video player, the
	// player's placeholder.
	{Name: "interface", Lang: "en", Long: true, Needs: "head to|go to|visita|visite", Match: re(`(?i)^(?:for (?:the latest|more) (?:local )?(?:news|breaking news)\b[^.]{0,80}?,? (?:head|go) to .{1,50}?\.?$|para (?:más|las últimas) noticias\b[^.]{0,80}?,? visita .{1,50}?\.?$)`), Why: "a pointer to the station's site"},
	{Name: "video", Lang: "en", Long: true, Needs: "above|below|arriba|abajo", Match: re(`(?i)^(?:video|watch|vídeo|mira el video|en el video) (?:above|below|arriba|abajo)\s?:\s?.{3,200}$`), Why: "the line under a video player"},
	{Name: "interface", Lang: "en", Match: re(`(?i)^(?:loading|cargando|chargement(?: en cours)?|carregando|caricamento(?: in corso)?|wird geladen|laden)\s?(?:\.{3}|…)?$`), Why: "a player's or widget's placeholder"},
	{Name: "related-topics", Lang: "es", Match: re(`(?i)^(?:videos? recomendados?|vídeos? recomendados?|recommended videos?|videos? relacionados?|lo último en [\p{L} ]{2,30}|historias recomendadas|más noticias de [\p{L} ]{2,30})\s*:?$`), List: true, Why: "related links heading"},
	{Name: "share", Lang: "es", Match: re(`(?i)^(?:comparte (?:la|esta) (?:nota|noticia)|compartir (?:la |esta )?(?:nota|noticia)|partilhe (?:esta )?notícia|condividi (?:la |questa )?notizia)$`), Why: "share button"},
	// The chrome of blogging platforms (Substack, Medium, WordPress,
	// Ghost, Blogger, Hashnode) around a post.
	{Name: "follow-us", Lang: "en", Match: re(`(?i)^[·∙•]?\s?(?:\d[\d.,]*[kKmM]? (?:followers?|following|subscribers?|abonnés|abonnements|seguidores|seguidos|follower)|last published .{1,30})$`), Why: "a count of followers, or the publication's activity"},
	{Name: "like", Lang: "en", Match: re(`(?i)^(?:(?:like|likes|j['’]aime|me gusta|mi piace|gefällt mir|curtir)\s*\(\d+\)$|\d+ (?:likes?|restacks?|claps?|reactions?)$|(?:restacks?|j['’]aime ça\s?:|like this\s?:|me gusta esto\s?:|mi piace\s?:|gostar disto\s?:|(?:like|mi piace|j['’]aime|me gusta|gefällt mir|curtir|gosto|vind ik leuk|lubię to)\s+(?:loading|caricamento|chargement|cargando|wird geladen|carregando|laden|ładowanie)(?:\.\.\.|…)|cargando…|caricamento…)$)`), Why: "a like or restack button, or its count"},
	{Name: "comments", Lang: "en", Long: true, Needs: "réflexion|thought|respons|respuesta|risposte|resposta|antwort", Match: re(`(?i)^\d+ (?:réflexions?|thoughts?|responses?|respuestas?|risposte|respostas|antworten) (?:sur|on|to|a|en|su|em|zu|auf) .{1,200}$`), Why: "the count of comments over them"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(?:discussion about this post|what are your thoughts\?|see all responses|\d+ more comments?(?:\.\.\.|…)?|responses \(\d+\)|(?:laisser un commentaire|leave a (?:comment|reply)|deja un comentario|lascia un commento|deixe um comentário) (?:annuler la réponse|cancel reply|cancelar respuesta|annulla risposta|cancelar resposta)|posta un commento|post a comment|publicar un comentario|publier un commentaire|postar um comentário)$`), Why: "comments"},
	{Name: "share", Lang: "it", Match: re(`(?i)^(?:postalo sul blog|blog this!|bloguear esto|bloggez ceci\s?!|postar no blog)$`), Why: "share button"},
	{Name: "related-topics", Lang: "it", Needs: "etichette|labels|etiquetas|libellés|marcadores|étiqueté|tagged|publié dans|posted in|publicado en|pubblicato in", Match: re(`(?i)^(?:(?:etichette|labels|etiquetas|libellés|marcadores|étiqueté|tagged)\s*:?\s+\S.{0,200}$|(?i:publié dans|posted in|publicado en|pubblicato in)\s+\p{Lu}[^\d:]{0,60}$)`), Why: "the post's labels or category"},
	{Name: "related-topics", Lang: "it", Match: re(`(?i)^(?:post più recente|post più vecchio|newer posts?|older posts?|entrada más reciente|entrada antigua|entradas antiguas|article plus récent|article plus ancien|postagem mais recente|postagem mais antiga|neuerer post|älterer post|navigation de l['’]article|post navigation|navegación de entradas)$`), Why: "the links to the blog's next and previous posts"},
	{Name: "related-topics", Lang: "it", Match: re(`(?i)^(?:post più popolari|popular posts|entradas populares|articles les plus consultés|postagens mais visitadas|beliebte posts|archivio blog|blog archive|archivo del blog|archives du blog|arquivo do blog|blog-archiv|articles récents|recent posts|entradas recientes|articoli recenti|leer más|(?-i:More from \p{Lu}[^:.!?]{1,60}))$`), List: true, Why: "the blog's lists of other posts"},
	{Name: "bio", Lang: "it", Match: re(`(?i)^(?:informazioni personali|about me|datos personales|qui êtes-vous\s?\?|quem sou eu|über mich)$`), Why: "the blogger's box"},
	{Name: "bio", Lang: "it", Match: re(`(?i)^(?:visualizza il mio profilo completo|view my complete profile|ver todo mi perfil|afficher mon profil complet|visualizar meu perfil completo|mein vollständiges profil anzeigen)$`), Why: "a link to the blogger's profile"},
	{Name: "powered-by", Lang: "it", Match: re(`(?i)^(?:(?:tema|theme|thème|design) \S{1,30}\.\s)?(?:con tecnologia|powered by|con la tecnología de|fourni par|com tecnologia do|bereitgestellt von|hecho con|made with|built with|propulsé par) (?:blogger|ghost|wordpress|hashnode|substack|medium)\.?$`), Why: "the platform's own links"},
	{Name: "powered-by", Lang: "en", Match: re(`(?i)^(?:start writing|get the app|ready for more\?|open in app|member-only story|search for|recherche pour|buscar|cerca|suche nach|pesquisar por)\s*:?$`), Why: "the platform's own links"},
	{Name: "powered-by", Lang: "en", Long: true, Needs: "substack", Match: re(`(?i)^substack is (?:where|the home for) .{1,120}$`), Why: "the platform's slogan"},
	{Name: "embed", Lang: "en", Match: re(`^[—–-] ?[^()]{1,60} \(@[A-Za-z0-9_]{1,15}\) (?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2}\.? \p{L}+\.? \d{4})$`), Why: "the attribution line of an embedded post"},
	// A plea that names journalism and asks for a subscription ("Help
	// keep independent local journalism strong. Subscribe to The Canberra
	// Times from $1 a week."); last, so that an appeal row names it first.
	{Name: "subscribe", Lang: "en", Long: true, Needs: "journalis|periodismo|jornalismo|giornalismo", Match: re(`(?i)^.{0,100}\b(?:journalism|journalisme|journalismus|periodismo|jornalismo|giornalismo)\b.{0,60}\b(?:subscribe|abonnez-vous|abonnieren sie|suscr[ií]bete|suscríbase|assine|abbonati)\b.{0,80}$`), Why: "subscription prompt"},
	// Vietnamese papers' footers: the reprint notice, the licence and the
	// owner, with the box around them.
	{Name: "licensing", Lang: "vi", Long: true, Foot: true, Match: re(`(?i)^(?:ghi rõ nguồn\s.{0,200}|giấy phép (?:hoạt động báo|xuất bản|số)\s.{0,200}|cơ quan chủ quản\s*:.{0,200}|bản quyền thuộc về\s.{0,200})$`), Why: "the paper's licence and reprint notice"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "all rights reserved", Match: re(`(?i)^(?:copyright|©)\s*(?:©\s*|\(c\)\s*)?\d{4} [^.]{1,60}\. all rights reserved\..{0,400}$`), Why: "copyright line"},
	{Name: "licensing", Lang: "en", Needs: "reserved|vorbehalten|réservés|reservados|riservati|voorbehouden", Match: re(`(?i)^(?:copyright\s*)?©\s*(?:\d{4}\s*)?[^©]{1,80}?\.?\s+(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden)\.?$`), Why: "copyright line"},
	{Name: "licensing", Lang: "de", Long: true, Needs: "reserved|vorbehalten|réservés|reservados|riservati|voorbehouden", Match: re(`(?i)^(?:copyright\s*)?©\s*(?:\d{4}\s*)?[^©]{1,80}?\.?\s+(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden)\.\s.{0,300}$`), Why: "copyright line and the bar on reuse after it"},
	{Name: "read-also", Lang: "en", Match: re(`^Explore\p{Lu}[\p{L}\p{N}'’-]*\s.{8,200}$`), Why: "a link to another story, its label \"Explore\" glued to the headline"},
	{Name: "comments", Lang: "vi", Long: true, Match: re(`(?i)^ý kiến bạn đọc sẽ được biên tập trước khi đăng\.?$`), Why: "the comments' notice"},
	{Name: "appeal", Lang: "en", Match: re(`(?i)^(?:donate to the newsroom(?: now)?\.?|donate now\.?|donate)$`), Box: true, Why: "a plea for donations"},
	{Name: "save-prompt", Lang: "en", Match: re(`(?i)^(?:read later|save for later|save article|saved|lire plus tard|später lesen|leer más tarde)$`), Why: "a button to save the story"},
	{Name: "comments", Lang: "es", Long: true, Match: re(`(?i)^(?:deja una respuesta|deja un comentario|esta es la opinión de los lectores\b.{0,200})$`), Why: "comment form"},
	// Indonesian, Persian and English notices of rights, reading times,
	// end marks and sign-in prompts.
	{Name: "licensing", Lang: "id", Long: true, Match: re(`(?i)^(?:dilarang keras mengambil konten\b.{0,300}|hak cipta dilindungi undang-undang\.?)$`), Why: "copyright line"},
	{Name: "licensing", Lang: "fa", Long: true, Match: re(`^(?:تمامی|کلیه) حقوق\s.{0,80}(?:محفوظ است|است)\.?$`), Why: "copyright line"},
	{Name: "licensing", Lang: "en", Long: true, Match: re(`(?i)^(?:you may republish this article\b.{0,300}|ldr is local body journalism co-funded by\b.{0,120}|editor['’]s note: .{1,60} is one of several organizations working with facebook\b.{0,300})$`), Why: "republishing or funding notice"},
	{Name: "reading-time", Lang: "fa", Match: re(`^زمان مطالعه\s*:?\s*[\d۰-۹]+\s*دقیقه$`), Why: "reading time"},
	{Name: "related-topics", Lang: "fa", Match: re(`^(?:مطالب مرتبط|مرتبط|خبرهای مرتبط|اخبار مرتبط)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "footer", Lang: "fa", Match: re(`^(?:انتهای پیام\s*/?|لینک کوتاه\s*:\s*\S+)$`), Why: "the agency's end mark or short link"},
	{Name: "ad", Lang: "id", Long: true, Match: re(`(?i)^baca berita dengan sedikit iklan,? klik di sini\.?$`), Why: "advertisement notice"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^want to comment on this article\? register for free or sign in\.?$`), Why: "comments prompt"},
	{Name: "related-topics", Lang: "id", Match: re(`(?i)^lihat juga\s*:?$`), List: true, Why: "related links heading"},
	// Arabic comment notices, tags and coverage credits; view counters.
	{Name: "comments", Lang: "ar", Long: true, Match: re(`^(?:لا توجد تعليقات(?: حتى الآن)?\.?(?:\s*كن أول من يعلق\.?)?|أضف تعليقاً|التعليقات)$`), Why: "the comments' notice"},
	{Name: "related-topics", Lang: "ar", Match: re(`^(?:الكلمات المفتاحية|كلمات مفتاحية|الوسوم)\s*[:：]?$`), List: true, Why: "tag list heading"},
	{Name: "counter", Lang: "ru", Match: re(`(?i)^(?:просмотров|переглядів|комментариев|коментарів|views|hits|aufrufe|zugriffe|vues|affichages|visualizzazioni|visualizaciones|visitas|acessos|lượt xem)\s*:\s*\d[\d\s.,]*$`), Why: "a view or comment counter"},
	// Central Europe's and the Balkans' tip lines, newsletters, comment
	// notices and pleas.
	{Name: "tip-line", Lang: "pl", Long: true, Match: re(`(?i)^(?:masz newsa|masz (?:dla nas )?temat|imate li (?:važnu )?(?:priču|vijest|informaciju)|máte tip na|máš tip na|van egy jó (?:sztorija|története|témája))\b.{0,200}$`), Why: "the newsroom's tip line"},
	{Name: "newsletter", Lang: "sk", Long: true, Match: re(`(?i)^(?:každé ráno vám pošleme\b.{0,120}|najdôležitejšie správy dňa do vašej schránky\.?|nejdůležitější zprávy dne do vaší schránky\.?|každé ráno o (?:siedmej|šiestej|ôsmej|sedmé|šesté|osmé|\d{1,2})\b.{0,100}|.{0,60}\bkaždé ráno vo vašej schránke\.?|.{0,60}\bkaždé ráno ve vaší schránce\.?|najważniejsze informacje .{0,40}\b(?:prosto )?na (?:twoją|twojego) (?:skrzynkę|maila)\.?)$`), Why: "newsletter promotion"},
	{Name: "comments", Lang: "sk", Long: true, Match: re(`(?i)^(?:diskusia je dostupná len pre predplatiteľov|diskuse je dostupná jen pro předplatitele|a hozzászólások? (?:megtekintéséhez|írásához) be kell jelentkeznie?)\.?$`), Why: "the comments' notice"},
	{Name: "appeal", Lang: "hu", Match: re(`(?i)^támogasd (?:a|az) \S.{1,30}!?$`), Box: true, Why: "a plea for support"},
	{Name: "channel-promo", Lang: "th", Long: true, Needs: "line|ไลน์", Match: re(`(?i)^(?:ติดตาม|เพิ่มเพื่อน|กดติดตาม).{0,80}(?:line|ไลน์).{0,80}$`), Why: "a messaging channel's promotion"},
	{Name: "channel-promo", Lang: "en", Long: true, Needs: "telegram|whatsapp|viber", Match: re(`(?i)^(?:follow|join|subscribe to) (?:us on |our |the )?(?:[\p{L}'’]+ )?(?:telegram|whatsapp|viber) (?:channel|group|community)\b[^.!?]{0,80}[.!]?$`), Why: "a messaging channel's promotion"},
	{Name: "channel-promo", Lang: "sr", Long: true, Match: re(`(?i)^\S.{1,40} (?:je|smo) na (?:viberu|telegramu|whatsappu)\.(?:\s.{0,60})?$`), Why: "a messaging channel's promotion"},
	// "Abonează-te la canalul nostru de Telegram", "Kazinform жаңалықтарын
	// Telegram-да оқыңыз": a short line with no sentence's mark that names
	// a messaging app, in any language; last, so that the share and
	// follow rows take their lines first.
	{Name: "channel-promo", Lang: "ro", Needs: "telegram|whatsapp|viber", Match: re(`(?i)^(?:(?:[^\s.!?]+\s+){1,8}(?:telegram|whatsapp|viber)(?:[-'’ʼ][^\s.!?]*)?(?:\s+[^\s.!?]+){0,8}$|(?:[^\s.!?]+\s+){0,8}(?:telegram|whatsapp|viber)(?:[-'’ʼ][^\s.!?]*)?(?:\s+[^\s.!?]+){1,8}$)`), Why: "messaging channel promotion"},
	{Name: "related-topics", Lang: "en", Match: re(`(?i)^(?:this (?:article|story) (?:is )?tagged (?:under|with)|tagged (?:under|with|as))\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "licensing", Lang: "en", Long: true, Needs: "redistributed", Match: re(`(?i)^this material may not be published, broadcast, rewritten,? or redistributed\b.{0,160}$`), Why: "copyright line"},
	{Name: "share", Lang: "he", Match: re(`^(?:שתף|שתפו|שיתוף|מייל|דוא"ל|וואטסאפ|פייסבוק|טוויטר|הדפס|העתק קישור)$`), Why: "share button"},
	{Name: "related-topics", Lang: "he", Match: re(`^(?:עוד באתר|עוד בנושא|כתבות נוספות(?: בנושא)?|לכתבות נוספות(?: בנושא)?|קראו עוד|קראו גם|אולי יעניין אותך)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "related-topics", Lang: "bn", Match: re(`^(?:ট্যাগ|ট্যাগস|টপিক|এ বিভাগের আরও|আরও পড়ুন|সম্পর্কিত খবর)\s*:?$`), List: true, Why: "tag list or related links heading"},
	{Name: "channel-promo", Lang: "bn", Needs: "ইউটিউব|ফেসবুক|টেলিগ্রাম|হোয়াটসঅ্যাপ", Match: re(`^\S.{0,40} (?:ইউটিউব|ফেসবুক|টেলিগ্রাম|হোয়াটসঅ্যাপ) (?:চ্যানেলে|চ্যানেল|পেজে|পেজ|গ্রুপে) (?:সাবস্ক্রাইব|ফলো|লাইক|যুক্ত) (?:করুন|হোন)$`), Why: "the outlet's channel promotion"},
	{Name: "comments", Lang: "ur", Long: true, Needs: "کمنٹس|تبصروں", Match: re(`^.{1,60} (?:اور اس کی پالیسی کا )?(?:کمنٹس|تبصروں) سے متفق ہونا ضروری نہیں\s*[۔.]?$`), Why: "the comments' disclaimer"},
	{Name: "share", Lang: "nl", Match: re(`(?i)^(?:bewaard|bewaren|artikel bewaren|opslaan|artikel opslaan|gemerkt|artikel merken)$`), Why: "the button that saves the article for later"},
	{Name: "related-topics", Lang: "fr", Match: re(`(?i)^(?:plus d['’]articles (?:dans|de)|autres articles (?:dans|de)|más artículos (?:en|de)|mais artigos (?:em|de)|weitere artikel (?:aus|in)|altri articoli (?:in|di)|more articles (?:in|from))\s+\S.{0,40}$`), List: true, Why: "related links heading"},
	{Name: "licensing", Lang: "fr", Needs: "réservés|reserved|reservados|vorbehalten|riservati", Match: re(`(?i)^\S.{1,60}\s[-–|]\s(?:tous droits réservés|all rights reserved|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\.?$`), Why: "copyright line"},
	{Name: "audio", Lang: "he", Match: re(`^(?:האזינו לכתבה|האזנה לכתבה|להאזנה לכתבה|האזינו לידיעה)$`), Why: "audio player button"},
	{Name: "newsletter", Lang: "de", Match: re(`(?i)^(?:erhalten|bekommen) sie (?:die wichtigsten|alle wichtigen|täglich die|jeden (?:morgen|abend) die|unsere) .{3,80}\.?$`), Why: "newsletter prompt"},
	{Name: "related-topics", Lang: "it", Match: re(`(?i)^(?:vedi anche|guarda anche|potrebbe interessarti anche|potrebbe interessarti)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "appeal", Lang: "pt", Long: true, Match: re(`(?i)^(?:este (?:trabalho|jornalismo|artigo)|o nosso jornalismo|este periodismo|este trabajo|nuestro periodismo) (?:só é possível|sólo es posible|solo es posible) graças (?:a|às|aos) .{3,120}$|^gracias a (?:nuestros|nuestras|tus|vuestros|vuestras) (?:socios|socias|suscriptores|suscriptoras|lectores|lectoras|mecenas)\b.{0,160}$|^(?:o|a) \S.{0,30} é um jornal (?:digital )?(?:independente|gratuito)\b.{0,200}$`), Why: "the outlet's plea for support"},
	{Name: "appeal", Lang: "es", Match: re(`(?i)^(?:hazte soci[oa](?:/a)?|hazte soci[oa] ahora|contribuir para o .{2,40}|apoia o .{2,40}|apoie o .{2,40})$`), Why: "the button of the outlet's plea for support"},
	{Name: "licensing", Lang: "sr", Needs: "права|prava", Match: re(`(?i)^.{0,80}(?:сва права (?:су )?задржана|sva prava (?:su )?(?:zadržana|pridržana)|сва права заштићена|sva prava zaštićena)\.?$`), Why: "copyright line"},
	{Name: "related-topics", Lang: "sr", Match: re(`(?i)^(?:кључне ријечи|кључне речи|ključne riječi|ključne reči|тагови|тагови:|теме)\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "video", Lang: "sr", Match: re(`(?i)^(?:погледајте прилог|погледајте видео|pogledajte prilog|pogledajte video|pogledajte galeriju|погледајте галерију)\s*:?$`), Why: "video teaser"},
	{Name: "follow-us", Lang: "sr", Long: true, Match: re(`(?i)^(?:pratite nas|пратите нас)\s.{0,60}(?:društvenim mrežama|друштвеним мрежама|facebook|instagram|viber|telegram).{0,80}$`), Why: "follow-us prompt"},
	{Name: "app-promo", Lang: "hr", Match: re(`(?i)^(?:preuzmite|preuzmi|skinite|преузмите) (?:našu |нашу )?(?:aplikaciju|апликацију)(?:\s.{0,40})?$`), Why: "app promotion"},
	{Name: "app-promo", Lang: "hr", Needs: "android", Match: re(`(?i)^(?:\S+\s+){0,14}(?:za|for|para|pour|für|per|voor|na) (?:android (?:i|and|e|et|y|und|en|и) ios|ios (?:i|and|e|et|y|und|en|и) android)\.?$`), Why: "app promotion"},
	{Name: "related-topics", Lang: "hr", Match: re(`(?i)^(?:najnovije|najčitanije|najnovije vijesti|najnovije vesti|најновије|најчитаније|najčitanije vijesti|izdvojeno|издвојено)\s*:?$`), List: true, Why: "latest or most-read links heading"},
	{Name: "comments", Lang: "el", Match: re(`(?i)^(?:αφήστε μια απάντηση|αφήστε ένα σχόλιο|αφήστε το σχόλιό σας|γράψτε το σχόλιό σας)$`), Box: true, Why: "comments box"},
	{Name: "comments", Lang: "el", Long: true, Match: re(`(?i)^η διεύθυνση (?:email|ηλεκτρονικού ταχυδρομείου) σας δεν (?:θα )?δημοσιε[υύ].{0,120}$`), Why: "comments form notice"},
	{Name: "newsletter", Lang: "el", Long: true, Match: re(`(?i)^(?:λάβετε|εγγραφείτε|γραφτείτε)\s.{0,80}(?:στο email|στο e-mail|στο newsletter|newsletter).{0,80}$`), Why: "newsletter prompt"},
	{Name: "ad", Lang: "et", Match: re(`(?i)^(?:artikkel jätkub pärast reklaami|статья продолжается после рекламы|raksts turpinās pēc reklāmas|straipsnis tęsiasi po reklamos|artikkeli jatkuu mainoksen jälkeen|artikeln fortsätter efter annonsen|artikkelen fortsetter under annonsen|artiklen fortsætter under annoncen|siga bajando para encontrar más contenido|continúa leyendo más abajo)\.?$`), Why: "the advertisement's notice"},
	{Name: "report-error", Lang: "lv", Long: true, Needs: "ctrl", Match: re(`(?i)^.{0,80}ctrl\s*\+\s*enter.{0,120}$`), Why: "the prompt to report a mistake"},
	{Name: "licensing", Lang: "lt", Long: true, Match: re(`(?i)^visą .{1,30} turinį platinti .{0,200}$`), Why: "the bar on reuse"},
	{Name: "licensing", Lang: "ru", Long: true, Needs: "материалов", Match: re(`(?i)^(?:все права защищены\.?\s*)?при (?:полном или частичном )?(?:использовании|перепечатке|цитировании|копировании) материалов .{0,120}обязательна\.?$`), Why: "the terms of reuse"},
	{Name: "appeal", Lang: "ru", Match: re(`(?i)^(?:поддержать|поддержите нас|поддержать \S.{0,30}|поддержите «[^»]{2,40}»|поддержите \p{Lu}\S{1,30})$`), Why: "the button of the outlet's plea for support"},
	{Name: "appeal", Lang: "ru", Long: true, Match: re(`(?i)^мы (?:независимое издание|независимое медиа|независимые журналисты)\s.{0,200}$`), Why: "the outlet's plea for support"},
	{Name: "channel-promo", Lang: "id", Match: re(`(?i)^(?:cek|baca|ikuti) berita dan artikel (?:yang )?lain(?:nya)? di google news\.?$`), Why: "news aggregator promotion"},
	{Name: "related-topics", Lang: "id", Match: re(`(?i)^(?:topik|topik terkait|tag terkait)\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "outlet-note", Lang: "en", Long: true, Needs: "independent of|published by|distributed on", Match: re(`(?i)^(?:the )?\S.{0,40} is (?:editorially (?:and financially )?independent of|published by the .{1,60}(?:society|corporation|trust|inc\.?|ltd\.?)|written, edited, printed and distributed on).{0,200}$`), Why: "the outlet's note on itself"},
	{Name: "follow-us", Lang: "en", Long: true, Match: re(`(?i)^for (?:all )?the latest .{1,60}, follow .{2,60} on (?:instagram|facebook|tiktok|x|twitter|whatsapp)\.?$`), Why: "follow-us prompt"},
	{Name: "newsletter", Lang: "cs", Long: true, Match: re(`(?i)^přihlaste se k odběru (?:newsletteru|newsletteu) .{0,160}$`), Why: "newsletter prompt"},
	{Name: "update-note", Lang: "fi", Long: true, Match: re(`(?i)^juttua on (?:päivitetty|muokattu|korjattu) klo \d{1,2}[.:]\d{2}\s*:?.{0,160}$`), Why: "the note of the story's update"},
	{Name: "comments", Lang: "en", Match: re(`(?i)^(?:add a comment(?:\.\.\.|…)?|write a comment(?:\.\.\.|…)?)$`), Why: "comments"},
	{Name: "read-also", Lang: "zh", Long: true, Match: re(`^(?:【(?:了解更多|延伸閱讀|延伸阅读|相關新聞|相关新闻|相關閱讀|相关阅读|推薦閱讀|推荐阅读|關聯記事|関連記事)】|＜関連記事＞|［関連(?:記事)?］|\[함께 보는 기사\]|\[관련 ?기사\])\s*\S.{1,200}$`), Why: "link to another story, after its label in brackets"},
	{Name: "signoff-initials", Lang: "ro", Match: re(`^(?i:editor|redactor)\s*:\s*(?:\p{Lu}\.\s?){1,3}$`), Why: "the editor's initials under the story"},
	{Name: "share", Lang: "en", Long: true, Match: re(`(?i)^help keep family (?:&|and) friends informed by sharing this article\.?$`), Why: "a prompt to share the story"},
	{Name: "paywall", Lang: "en", Long: true, Match: re(`(?i)^access to .{1,30} premium articles requires? a premium subscription\b.{0,120}$`), Why: "a premium article's prompt"},
	{Name: "teaser", Lang: "sk", Box: true, Points: true, Match: re(`(?i)^(?:z článku sa dozviete|v článku sa dozviete|z článku se dozvíte|v článku se dozvíte|z artykułu dowiesz się|w artykule przeczytasz)\s*:?$`), Why: "a box of what the story tells, over its points"},
	{Name: "summary-label", Lang: "en", Match: re(`(?i)^(?:synopsis|highlights|key highlights|ringkasan berita|poin penting)\s*:?$`), Why: "the label over the standfirst or the story's summary"},
	{Name: "newsletter", Lang: "ca", Match: re(`(?i)^rep cada (?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|setmana|dia|matí) .{3,80}$`), Why: "newsletter prompt"},
	{Name: "appeal", Lang: "eu", Long: true, Match: re(`(?i)^(?:egin zaitez (?:bazkide|harpidedun)\s.{0,120}|zure babesa behar dugu\s.{0,120})$`), Why: "the outlet's plea for support"},
	{Name: "related-topics", Lang: "gl", Match: re(`(?i)^(?:tamén che pode interesar|tamén che pode gustar|pode interesarche|quizais che interese)\s*:?$`), List: true, Why: "related links heading"},
	{Name: "share", Lang: "en", Match: re(`(?i)^(?:mastodon|bluesky|threads|envoyer par courriel|partager par courriel|enviar por correo|send by email)$`), Why: "share button"},
	{Name: "read-also", Lang: "cy", Match: re(`(?i)^darllen mwy:\s+\S.{8,}$`), Why: "link to another story"},
	{Name: "related-topics", Lang: "cy", Match: re(`(?i)^(?:tagiau|tagged|pynciau)\s*:?$`), List: true, Why: "tag list heading"},
	{Name: "comments", Lang: "en", Long: true, Match: re(`(?i)^(?:want to join the conversation\? please (?:log in|sign in) or register to comment\b.{0,80}|comment guidelines)$`), Why: "comments"},
	{Name: "app-promo", Lang: "fr", Match: re(`(?i)^téléchargez notre application\s.{0,80}$`), Why: "app promotion"},
	{Name: "subscribe", Lang: "fr", Long: true, Match: re(`(?i)^abonnez-vous pour \d+(?:[,.]\d+)? ?\$ .{0,160}$`), Why: "subscription offer"},
	{Name: "tip-line", Lang: "fr", Long: true, Match: re(`(?i)^vous avez une (?:nouvelle|information|histoire) à nous (?:communiquer|partager|transmettre)\s?\?.{0,120}$`), Why: "the newsroom's tip line"},
	{Name: "trust", Lang: "fr", Needs: "conseil de presse", Match: re(`(?i)^\S.{0,40} est membre du conseil de presse du québec\.?$`), Why: "the outlet's press council membership"},
	{Name: "follow-us", Lang: "uk", Long: true, Match: re(`(?i)^(?:приєднуйтесь до нас|підписуйтесь на нас|стежте за нами)\s.{0,120}$`), Why: "follow-us prompt"},
	{Name: "related-topics", Lang: "uk", Match: re(`(?i)^вас (?:також )?(?:може|можуть) зацікавити(?: новини)?\s*:?$`), List: true, Why: "related links heading"},
	{Name: "appeal", Lang: "en", Long: true, Match: re(`(?i)^help (?:safeguard|protect|defend) (?:press freedom|independent journalism)\s.{0,200}$`), Why: "the outlet's plea for support"},
	{Name: "reading-time", Lang: "hu", Match: re(`(?i)^olvasási idő:?\s*\d+\s*perc$`), Why: "reading time"},
	{Name: "reading-time", Lang: "pl", Match: re(`(?i)^(?:ten (?:tekst|artykuł) przeczytasz w\s+(?:\d+|jedną|dwie|trzy|cztery|pięć)\s+minut[ęy]?|czas czytania:?\s*\d+\s*min(?:\.|ut[ay]?)?)$`), Why: "reading time"},
	{Name: "follow-us", Lang: "pl", Long: true, Match: re(`(?i)^(?:dziękujemy, że przeczytałaś/?eś nasz artykuł do końca\b.{0,200}|pridajte si .{1,30} do obľúbených zdrojov na google news\.?|přidejte si .{1,30} do oblíbených zdrojů na google news\.?)$`), Why: "a prompt to follow the outlet"},
	{Name: "newsletter", Lang: "hu", Match: re(`(?i)^(?:hírlevél|iratkozzon fel\s.{0,120}|a legfontosabb .{2,40} hírek minden (?:reggel|nap) a postafiókjában\.?)$`), Why: "newsletter prompt"},
	{Name: "licensing", Lang: "hu", Match: re(`^\p{Lu}[\p{L}.&'’ -]{1,40} (?:Zrt|Kft|Nyrt|s\.r\.o|a\.s|ehf|hf)\.$`), Why: "the publishing company's name, in the page's footer"},
	{Name: "related-topics", Lang: "sk", Match: re(`(?i)^(?:prečítajte si tiež|čítajte tiež|čítajte viac|přečtěte si také|čtěte také|čtěte více|ezt is ajánljuk(?: a témában)?|značky|štítky)\s*:?$`), List: true, Why: "related links or tags heading"},
	{Name: "read-also", Lang: "es", Match: re(`(?i)^lea (?:además|también):\s+\S.{8,}$`), Why: "link to another story"},
	{Name: "audio", Lang: "sv", Match: re(`(?i)^(?:lyssna|lytt|lyt)$`), Why: "audio player button"},
	{Name: "bio", Lang: "en", Long: true, Match: re(`(?i)^(?:reporter|journalist|senior reporter|chief reporter) at (?:the )?\p{Lu}.{2,60} covering\s.{3,200}$`), Why: "the author's bio"},
	{Name: "related-topics", Lang: "fa", Match: re(`^(?:مطالب پیشنهادی|مطالب مرتبط|خبرهای مرتبط|بیشتر بخوانید|پربیننده‌ترین‌ها|پربازدیدترین‌ها)\s*:?$`), List: true, Why: "related links heading"},
}

// readAlsoCentral are readAlso's labels in the languages of Central and
// Eastern Europe, and of Greek, Cyrillic, Turkish, Arabic, Hebrew,
// Chinese, Japanese, Korean, the Caucasus, Central, South and
// Southeast Asia, Africa, the Pacific, the Caribbean and the Celtic
// languages, in a row of their own: the first letters of readAlso's
// long pattern decide which lines it is tried on, and theirs (c, p, o, e)
// open most lines of English prose.
const readAlsoCentral = `okumaya devam et|lesa einnig|ɣer daɣen|basaen met|baca ogé|waca uga|pānui anō|panui ano|a lire aussi sur [\w.]+|לייענט אויך|هي به پڙهو|ہور پڑھو|ইয়াকো পঢ়ক|lenn ivez|da leghje dinù|les eisini|aamma atuaruk|legir tanben|loga maid|bala hape|li tou|lesa tambe|lau foki|faitau foi|faitau fo'i|wilika tale|lês ek|liest och|dat kéint iech och interesséieren|уҡығыҙ шулай уҡ|шулай ук карагыз|шулай ук укыгыз|şeýle hem okaň|տես նաև|იხილეთ ასევე|ဆက်စပ်သတင်း|यो पनि पढ्नुहोस्|මේ ගැනත් කියවන්න|මෙයත් කියවන්න|بابەتی پەیوەندیدار|her weha bixwîne|hefyd o ddiddordeb|mwy ar y stori hon|darllen mwy|léigh tuilleadh|léigh freisin|taip pat skaitykite|skaitykite daugiau|អានបន្ថែម|ອ່ານຕື່ມ|soma ne bino|soma n'iyi nkuru|soma n’iyi nkuru|amakuru bijyanye|vakio ihany koa|vakio koa|verenga zvakare|funda nokhu|funda kwakhona|ẹ tún lè ka|gụọkwa|aqra wkoll|aqra aktar|lasi vēl|lasi arī|skaitykite taip pat|daugiau šia tema|อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|อ่านข่าว|loe ka|mavzuga oid|shuningdek o‘qing|shuningdek oʻqing|ასევე წაიკითხეთ|ასევე იხილეთ|նաև կարդացեք|կարդացեք նաև|сондай-ақ оқыңыз|həmçinin oxuyun|czytaj także|czytaj też|czytaj więcej|zobacz również|zobacz też|zobacz także|прочитај повеќе|прочитајте повеќе|przeczytaj także|przeczytaj też|czytaj również|čtěte také|čtěte též|přečtěte si také|čítajte aj|čítajte tiež|prečítajte si aj|ez is érdekelheti|mohlo by vás zaujímať|mohlo by vás zajímat|olvassa el|olvasd el|ezt is ajánljuk|olvasta már\?|lese-tipp|lesetipp|irakurri ere|irakurri gehiago|le tamén|lea tamén|ler tamén|ler máis|también puedes leer|lotutako albistea|lotutako albisteak|máis información|citește și|citeste si|citește mai mult|pročitajte još|pročitajte i|pročitajte također|preberite tudi|preberi še|preberi tudi|pročitaj još|skaitykite taip pat|lasiet arī|loe ka|читайте также|читайте ещё|читайте еще|смотрите также|читайте також|дивіться також|прочетете още|прочети още|вижте още|прочитајте још|прочитајте и|погледајте и|διαβάστε επίσης|διαβάστε ακόμη|δείτε επίσης|δείτε ακόμη|δείτε ακόμα|διαβαστε επισης|διαβαστε ακομη|διαβαστε ακομα|δειτε επισης|δειτε ακομη|δειτε ακομα|İLGİLİ HABERLER|[iİ]lgili haber|bunu da okuyun|bunları da okuyun|bunlar da ilginizi çekebilir|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|بیشتر بخوانید|بخوانید|اقرأ المزيد|إقرأ أيضاً|إقرأ أيضًا|إقرأ أيضا|קראו עוד|קראו גם|כתבות נוספות שיעניינו אתכם|כתבות נוספות|אולי יעניין אותך|אולי יעניין אתכם|קרא עוד|קרא גם|相关阅读|延伸阅读|相關閱讀|延伸閱讀|相关新闻|相關新聞|相关报道|相關報導|περισσότερα σε αυτή την κατηγορία|関連記事|あわせて読みたい|관련기사|관련 기사|함께 읽기|ये भी पढ़ें|यह भी पढ़ें|हेही वाचा|আরও পড়ুন|ఇవీ చదవండి|ఇది కూడా చదవండి|చదవండి|ଆହୁରି ପଢ଼ନ୍ତୁ|ଆହୁରି ପଢନ୍ତୁ|ଏହା ବି ପଢ଼ନ୍ତୁ|lesa meira|lestu meira|kapcsolódó|lexo edhe|lexoni edhe|lexo më shumë|lestu einnig|lestu líka|sjá einnig|இதையும் படிங்க|இதையும் படிக்க|ഇതും വായിക്കുക|ಇದನ್ನೂ ಓದಿ|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|یہ بھی پڑھیں|مزید پڑھیں|baca juga|baca selanjutnya|pilihan editor|berita terkait|artikel terkait|baca|xem thêm|đọc thêm|basahin din|basahin|basahin pa|iba pang balita|akhri sidoo kale|akhri|warar kale|warbixinno kale|la xiriira|karanta wannan|karanta|labarai masu alaƙa|labarai masu alaka|ተጨማሪ ያንብቡ|ተዛማጅ ጽሑፎች|ተዛማጅ ዜናዎች|ተዛማጅ|ብተወሳኺ ኣንብቡ|kana illee dubbisaa|ఇవి కూడా చదవండి|இதையும் படியுங்கள்|இதையும் படிக்கவும்|আরো পড়ুন|আরও পড়ুন|আরো পড়ুন|আরো খবর|оқи отырыңыз|ошондой эле окуңуз|διαβάστε περισσότερα|διαβαστε περισσοτερα`

// readAlso are the labels that put a link to another story between the
// paragraphs ("Lire aussi | …", "LEGGI ANCHE …", "Lee también: …"), in
// the languages of the rules, matched without regard to case.
// readAlsoLabelRE is a "read also" label alone, over the list of links
// it heads ("Bunları da okuyun", "Lire aussi :").
var readAlsoLabelRE = re(`^(?i:` + readAlsoCentral + `|` + readAlso + `)\s*[:：]?$`)

const readAlso = `vea también|lesen sie jetzt|jetzt lesen|à écouter aussi|a écouter aussi|à réécouter|linktipp|lesetipp|İlginizi çekebilir|İLGİNİZİ ÇEKEBİLİR|İlgili haber|İLGİLİ HABER|te recomendamos|le recomendamos|ebenfalls interessant|auch interessant|läs också|läs mer|les også|les mer|læs også|læs mere|lue myös|lue lisää|et pot interessar|notícia relacionada|noticia relacionada|go deeper|dig deeper|lea más|lee más|leé más|leé también|más información|leia a íntegra|à lire aussi|a lire aussi|lire aussi|lire également|à lire également|lisez aussi|lisez|read more|read also|also read|see also|read next|leia também|leia mais|ler mais|ler também|veja também|veja mais|sigue leyendo|seguir leyendo|continúa leyendo|continue reading|lea también|lee también|mirá también|mira también|le puede interesar|te puede interesar|leggi anche|approfondisci|lesen sie auch|lesen sie aus unserem angebot|mehr aus unserem angebot|auch interessant|das könnte sie auch interessieren|weiterlesen|lees ook|lees verder|llegeix també|llegiu també|també et pot interessar`

// lazyRegexp compiles its pattern on first use, so that commands that
// never import an article pay nothing for these patterns at start-up.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func re(s string) *lazyRegexp { return &lazyRegexp{src: s} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string   { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) Split(s string, n int) []string         { return l.get().Split(s, n) }
func (l *lazyRegexp) ReplaceAllString(s, r string) string    { return l.get().ReplaceAllString(s, r) }
func (l *lazyRegexp) FindString(s string) string             { return l.get().FindString(s) }
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRegexp) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, f)
}
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

// rowFilter is what a line must have before a row's pattern runs: a
// rune its matches begin with (firstRunes; on a page of short lines,
// trying every row took 4 s a megabyte), one of the texts they contain
// (needles; most rows may match anywhere in a line, and on a list of
// 20,000 links they took three quarters of the import), and one of the
// row's own Needs. Each is nil when unknown or unset.
type rowFilter struct {
	starts         map[rune]bool
	needles, needs []string
	longest        int // the longest line the row can match, in bytes; 0 for any
}

// rowFilters holds the table's filters, from one parse of each pattern.
var rowFilters = sync.OnceValue(func() []rowFilter {
	fs := make([]rowFilter, len(boilerplate))
	for i, row := range boilerplate {
		if row.Needs != "" {
			fs[i].needs = strings.Split(row.Needs, "|")
		}
		re, err := syntax.Parse(row.Match.src, syntax.Perl)
		if err != nil {
			continue // MustCompile reports it when the row is first tried
		}
		fs[i].starts, fs[i].needles = firstRunes(re), needles(re)
		if n, ok := longest(re); ok {
			fs[i].longest = n
		}
	}
	return fs
})

// needleIndex finds in one pass over a line every row that has one of its
// needles in it. The needles are keyed by their first two bytes, so that
// a line of n bytes costs n lookups and a few comparisons, where a search
// for each needle of each row through the line cost a third of the import
// of a box of short lines, and a search for each row's Needs through the
// paragraphs of a long article a seventh of its import.
type needleIndex struct {
	pairs  map[uint16][]needleRef // needles of two bytes or more
	seen   [1 << 16 / 64]uint64   // the keys of pairs, as bits
	single []needleRef            // needles of one byte
	always []int                  // rows with an empty needle
}

type needleRef struct {
	text string
	row  int
}

// rowNeedles indexes the needles of every row, and rowNeeds their Needs
// (rowFilters).
var (
	rowNeedles = sync.OnceValue(func() *needleIndex {
		return indexNeedles(func(f *rowFilter) []string { return f.needles })
	})
	rowNeeds = sync.OnceValue(func() *needleIndex {
		return indexNeedles(func(f *rowFilter) []string { return f.needs })
	})
)

// indexNeedles indexes the texts that texts gives for each row's filter.
func indexNeedles(texts func(*rowFilter) []string) *needleIndex {
	x := &needleIndex{pairs: map[uint16][]needleRef{}}
	fs := rowFilters()
	for i := range fs {
		for _, n := range texts(&fs[i]) {
			switch len(n) {
			case 0:
				x.always = append(x.always, i)
			case 1:
				x.single = append(x.single, needleRef{n, i})
			default:
				k := uint16(n[0])<<8 | uint16(n[1])
				x.pairs[k] = append(x.pairs[k], needleRef{n, i})
				x.seen[k/64] |= 1 << (k % 64)
			}
		}
	}
	return x
}

// mark sets hit[i] for every row i with a needle in text.
func (x *needleIndex) mark(text string, hit []bool) {
	for _, i := range x.always {
		hit[i] = true
	}
	for p := 0; p < len(text); p++ {
		for _, n := range x.single {
			if text[p] == n.text[0] {
				hit[n.row] = true
			}
		}
		if p+1 == len(text) {
			break
		}
		k := uint16(text[p])<<8 | uint16(text[p+1])
		if x.seen[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, n := range x.pairs[k] {
			if !hit[n.row] && strings.HasPrefix(text[p:], n.text) {
				hit[n.row] = true
			}
		}
	}
}

// needleAnchoredMax is the longest line on which the needles of a row
// anchored at its start are searched (matchRow).
const needleAnchoredMax = 80

// shortMax is the longest line (in bytes) that a row without Long sees.
const shortMax = 160

// markedRE is a line after a bullet or an arrow.
var markedRE = re(`^[-•*·»›>+▶►]\s*(\S.*)$`)

// matchBoilerplate returns the first row of the table that matches text.
// A heading of links may end with a colon ("Etiquetes:", "Tags:").
func matchBoilerplate(text string) *boilerplateRow {
	if row := matchRow(text); row != nil {
		if row.Name == "read-also" && isSignoff(text) {
			return nil // "[Édité par X]": a sign-off in brackets, no link
		}
		if _, ok := creditLine(text); ok && row.Name == "channel-promo" {
			return nil // "Keith Gosse • The Telegram": a photo's credit, the paper named as the app is
		}
		if _, dated := dateIn(text[:min(len(text), 120)]); dated && row.Name == "licensing" && strings.HasPrefix(text, "©") {
			return nil // "© Koaci.com - mardi 11 mars 2025 - Depuis …": a dateline, the header's or the first paragraph's
		}
		return row
	}
	// "• À lire aussi: X", "» READ MORE: X": a link's bullet or arrow.
	if m := markedRE.FindStringSubmatch(text); m != nil {
		if row := matchRow(m[1]); row != nil {
			return row
		}
	}
	// "Tags:", "Teilen:": a list's heading or a share menu's label.
	if t, ok := strings.CutSuffix(text, ":"); ok {
		if row := matchRow(t); row != nil && (row.List || row.Name == "share") {
			return row
		}
	}
	return nil
}

// containsAny reports whether s contains one of texts.
func containsAny(s string, texts []string) bool {
	for _, t := range texts {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

func matchRow(text string) *boilerplateRow {
	// The rows with a needle in the folded line, and with one of their
	// Needs in the lower-case line, each found once.
	var hit, need []bool
	r0, _ := utf8.DecodeRuneInString(text)
	filters := rowFilters()
	for i := range boilerplate {
		row, f := &boilerplate[i], &filters[i]
		if len(text) > shortMax && !row.Long || f.starts != nil && !f.starts[r0] || f.longest > 0 && len(text) > f.longest {
			continue
		}
		// A pattern that must match at its first rune gives up soon on a
		// line of a sentence or more, sooner than a search for each of its
		// needles through the line: needles pay on labels and list items
		// (80 bytes at most) and on rows that may match anywhere. A row's
		// own Needs is cheaper still.
		if f.needles != nil && f.needs == nil && len(text) <= shortMax && (f.starts == nil || len(text) <= needleAnchoredMax) {
			if hit == nil {
				hit = make([]bool, len(boilerplate))
				rowNeedles().mark(foldCase(text), hit)
			}
			if !hit[i] {
				continue
			}
		}
		if f.needs != nil {
			if need == nil {
				need = make([]bool, len(boilerplate))
				rowNeeds().mark(strings.ToLower(text), need)
			}
			if !need[i] {
				continue
			}
		}
		if row.Match.MatchString(text) && (row.Also == nil || row.Also.MatchString(text)) {
			return row
		}
	}
	return nil
}

// listEntry reports whether a line can belong to the list of links that a
// List row heads: a bullet item, or a line that is not a sentence.
// semicolonItem reports a headline of a list of links that ends with a
// semicolon, as a list punctuated as one sentence sets its items.
func semicolonItem(text string) bool {
	return strings.HasSuffix(text, ";") && wordCount(text) <= 2*headingMaxWords && startsUpper(text)
}

func listEntry(text string) bool {
	if _, ok := listItem(text); ok {
		return true
	}
	n := wordCount(text)
	// A story's headline, as "Lire aussi" and "Most viewed" list them,
	// is no photo's caption with its credit: when longer than a heading,
	// with any credit; when shorter, with an agency's ("Un paziente
	// durante una seduta … - Fotogramma").
	if n > headingMaxWords || creditMarkRE.MatchString(text) {
		if _, credit, ok := captionWithCredit(text); ok && (n > headingMaxWords || agencyWord(credit)) {
			return false
		}
	}
	if n <= headingMaxWords {
		if _, _, _, date := dateLine(text); date {
			return true // a card's date, "3 de febrero de 2025 7:30 p.m."
		}
		return utf8.RuneCountInString(text) <= headingMaxRunes && (!endsSentence(text) || titleCased(text))
	}
	// A headline may be longer than a heading, but ends with no full
	// stop, or is in title case, which may end with one ("The Post
	// Office Closed. Then The Library Started Selling Stamps."). A
	// script without case has no title case there (every word "starts
	// upper"); a short line in one is left as it was, since comment
	// notices in Persian and Arabic are dropped as such lists.
	return n <= 2*headingMaxWords && utf8.RuneCountInString(text) <= 2*headingMaxRunes && (!endsSentence(text) || titleCased(text) && !uncasedText(text))
}

// creditMarkRE is what sets an agency's credit apart at a short
// caption's end: a spaced dash or bar, a bracket, the copyright sign.
var creditMarkRE = re(` [-–—|] |[(©]`)

// galleryButtonsRE is a gallery's two buttons on one line: "Zurück |
// Weiter", "Précédent Suivant".
var galleryButtonsRE = re(`(?i)^(?:previous|précédent|precedente|anterior|zurück|vorheriges?|vorige)\s*[|/·]?\s*(?:next|suivant|successiva|successivo|siguiente|seguinte|próxima|weiter|nächstes?|volgende)$`)

// referenceLabelRE heads the reference of a study: "Literaturhinweis",
// "Original publication:", "Referencia:".
var referenceLabelRE = re(`^(?i:literaturhinweis|originalpublikation|original publication|publication|publikation|publicatie|publicación|publicação|pubblicazione|referencias?|referências?|references?|référence|riferimento|bibliographie|bibliografía|bibliografia|journal reference|fachartikel|originalartikel|the paper|the study|studie|estudio|étude|artikel)\s*:?$`)
