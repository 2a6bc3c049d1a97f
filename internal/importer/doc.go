// Package importer turns a raw article, as text copied out of a news page,
// into the document model, and reports what it decided for every line so
// that an editor can check it. markdown.Write then gives the manuscript.
//
// # Input
//
// The input is UTF-8 text of at most MaxInput bytes. A BOM is removed and
// CRLF and CR line ends become LF. Text that is not UTF-8 but is valid
// Windows-1252 (which covers Latin-1 letters) is decoded with a warning.
// An empty file, a file of blank lines, a file with a NUL byte and a file
// that is neither UTF-8 nor Windows-1252 are errors. In every line, each
// run of white space becomes one space and the ends are trimmed; other
// characters, typographic quotes and dashes included, are kept exactly.
//
// A hard-wrapped copy (a page saved as text, a text-mode browser's dump,
// an e-mail: no line over 100 columns, three lines in ten or more broken
// where the next word would not fit) has its broken lines joined before
// any rule runs; each continuation line is decided by rule wrapped, as
// the line it continues. A copy with no blank line at all reads a credit
// under a caption only when it shows itself, and ends a box at the first
// paragraph.
//
// # Rules
//
// Each line is decided by one named rule; the report names it. The passes
// run in this order, each on the lines the earlier ones left.
//
//   - boilerplate/NAME: anywhere, a line that matches a row of the one
//     boilerplate table is dropped: share, print and copy-link buttons and
//     network names, "Advertisement", skip links, reading times and player
//     times, "Listen to this article", video teasers with durations,
//     subscription and newsletter prompts, comments, licensing, standards
//     and copyright lines, separators ("___", "* * *"), author bios
//     ("… More about X"), "Lire aussi | …", in English, Spanish, French,
//     German, Portuguese, Italian, Dutch and Catalan. Rows marked List
//     ("Related Topics", "Most viewed", "Más información", "Mehr zum Thema",
//     "Leia mais", "Leggi anche", "Lees ook", "Archivado en"…) also drop
//     the list of headlines under them, up to the first sentence; when the
//     last item is shorter than every other and is neither a name nor a
//     date, it is the section heading that follows and is given back.
//   - kicker and headline: the headline is the first line left, unless up
//     to four short labels (one to four words, no sentence punctuation,
//     or an abbreviation such as "U.S."; the first may be a page's notice,
//     a sentence) come before a longer line that a byline or a date
//     follows: those are kickers, section labels or a breadcrumb, dropped,
//     and that line is the title. A breadcrumb glued to the headline
//     ("Home / Cities / Pune News / Headline") is cut off it.
//   - the header: among the first lines after the headline, until three
//     lines of body text have passed, these rules apply, in any order:
//     byline-list ("- Name" items, before any body text); dateline (a
//     short line holding a date in any supported language and its usual
//     formats: "Tue 12 Mar 2024 06.00 GMT", "12.03.2024, 10.15 Uhr",
//     "Publié le 12 mars 2024 à 10h15", "12.mar.2024 às 10h15"; the first
//     date is the date key; a German ordinal day, "14. März 2024", ends no
//     sentence; a short date line may follow the first paragraph when
//     furniture such as a share menu is under it; a time alone
//     under a date line, "5:00 AM ET", is part of it); update ("Updated
//     …", "Modifié …", "Atualizado", "Aangepast", "(modifica il …)" come
//     with their dates; an update date is the date key only when no other
//     date was found); kicker (a section label of one to three words under
//     the headline, before the date or byline); agency ("Le Monde avec
//     AFP", "(Reuters)": a byline entry and the source's name; not a
//     credit alone under a caption, "ANP"); byline-by ("By", "Por", "Par",
//     "Von", "di", "Door", "Per" and names joined by and, y, e, et, und,
//     en, i; "Author, X", "Autor, X"; "Por A e B — Recife", the place
//     after the dash kept as the role; "X, Environment correspondent"; a
//     name alone when a date or byline is among the three lines before it
//     or after it; under the date, a name alone over another is a second
//     author; all-capital names set in title case); byline-role (the short
//     line under a byline: "Reporting from Lisbon", "São Paulo"; a
//     labelled role, "Role, X", "Título del autor, X"). Body text before
//     the last header line is kept; the first such line that is not a
//     short label is the standfirst, the first paragraph and the
//     description.
//   - signoff: "Reporting by X; Editing by Y", "X contributed to this
//     report", "Con información de X"… are dropped and the people become
//     contributors: rpt (Reporter) for reporting, edt (Editor) for
//     editing, aut (Author) for writing, com (Compiler), ctb
//     (Contributor) for the rest.
//   - fact-check: a fact-check's card of the claim it rates (the quotation,
//     "stated on DATE in X:" over it or "Fonte: X | DATE" under it, the
//     speaker over it, the verdict under it), dropped before the header so
//     that the speaker is no author; a verdict alone in the header
//     ("Bulo", "FALSO"). The claim box's labels ("What was claimed", "Our
//     verdict") are headings, and a list of sources under its heading
//     ("Our Sources", "Referências:") is kept, a paragraph an item.
//   - figure-credit and figure-caption: a photo in every layout. "Image
//     source, CREDIT" or "Fuente de la imagen, CREDIT" before its caption
//     (labelled "Image caption,"/"Pie de foto," or the very next line); a
//     caption that ends with its credit ("… Photograph: X/Getty Images",
//     "… (AP Photo/X, File)", "… X (EFE)", "… © X / AFP", "… - X/Folhapress",
//     "… REUTERS/X", a name after the last full stop, "… (Foto: X/dpa)",
//     "… — Foto: X", "… stop. (X/Outlet)", and any short bracket at the
//     end of a line of eight words or more with no full stop, "…
//     (Supplied)"); a caption button ("toggle caption") over a credit
//     line over the caption; a caption followed
//     by a credit line ("Photograph: X/PA", "Bild: X/dpa/picture
//     alliance", "Foto: X", "Beeld ANP / X", "ALAMY", or initials alone,
//     "NOS", under a line without a full stop). A caption need not
//     end with a full stop. A "FILE - " prefix is dropped from the caption
//     and noted. Figure N's image path is images/figure-N.jpg; the alt
//     text is derived from the caption (cut at 250 characters) and marked
//     Derived "alt" in the report.
//   - structure/…: furniture that no phrase names, by its shape: a
//     newsletter box (from "Sign up to …" to "after newsletter
//     promotion"), a plea to subscribe or support the outlet's journalism
//     with its box (structure/appeal: a word of subscribing or support, one
//     of news or journalism, and one addressing the reader or naming the
//     outlet as "us", in no quotation), a run of three or more short lines without sentence
//     punctuation of which two are undecided (menus, tags), a short line
//     the page repeats, or one that repeats a dropped line, short lines
//     after the last sentence of the body, and, after it too, a line of at
//     most 25 words that does not end like a sentence once furniture has
//     been dropped there (the headlines of "More stories" lists).
//   - structure/live-entry: on a live page, the times of its entries
//     ("4:52pm", "Ore 15:50", "há 1 hora"; two or more) and the posts
//     embedded from social networks (a name, "@handle", the post, its time
//     or "Ver en X"); n-tv's "+++ 15:40 title +++" lines are headings.
//   - structure/learned: a line no rule decided, whose words and shape
//     are furniture's by the naive Bayes model in furniture.model (see
//     learned.go): log odds over 5, and at least one word that weighs for
//     furniture. The standfirst and list items are kept.
//   - list-item: consecutive "- item" lines in the body are a list.
//   - table: two lines or more with their cells apart by tabs, as a
//     browser copies a table, are a table (the line over them its
//     caption, a first row with no figure over rows with some its header,
//     columns of figures set right); a "Fuente:" line under it stays a
//     paragraph. Over a link to the full table ("Ver clasificación
//     completa") the rows are a sports page's standings box, dropped.
//   - heading: a section heading is a short line between two parts of
//     the body. It must start with a capital (after any opening quote or
//     "¿"), have at most 14 words and 100 characters, and either end with
//     a question mark or not end like a sentence at all. Body text must
//     come before it (not another heading) and after it. Headings are
//     level 2.
//   - paragraph: every other line is a paragraph of its own. A wire
//     dateline in the first paragraph ("SANTIAGO, March 12 (Reuters) - ")
//     stays in it and names the source.
//
// Bylines: a part that names a newsroom rather than a person (Drafting,
// Writing, Redacción) or an organisation or role ("BBC News World",
// "Transport correspondent") goes to Meta.Byline; a person goes to
// Meta.Authors. In scripts without case (Arabic, Hebrew, Chinese,
// Japanese, Korean, the Indic scripts) a name is told by the newsroom's
// words around it ("X 기자", "记者 X", "كتب: X", "Name | City") or by
// its place alone over the date, never by capitals.
//
// Language: github.com/pemistahl/lingua-go reads the first 300 words
// kept, among the languages the README lists: those of Central Europe and
// the Baltic, and those of Southeast Asia, join only when the text shows
// their letters or commonest words; a script of one language settles it
// without lingua (Kannada and Malayalam, which it has no model for, too),
// and Galician, which it lacks, is told from Spanish and Portuguese by its
// own words. Fewer than 5
// words, a best confidence under 0.6 or a lead under 0.2 over the next
// language is uncertain: the best guess (en when there is none) is used
// with a warning. Options.Lang overrides it, and so does a lang in
// Options.Meta.
//
// The same input always gives the same model, and markdown.Parse of
// markdown.Write of it gives the same model back, positions aside.
package importer
