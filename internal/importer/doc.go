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
// # Rules
//
// Each line is decided by one named rule; the report names it.
//
//   - headline: the first non-empty line is the title.
//   - byline-list: in the header (the lines right after the headline), a
//     short "- Name" item that is not a sentence is a byline entry.
//   - byline-by: in the header, "By Name", "By A and B", "Por Name".
//   - byline-role: the line right after a "By" line, when it is a short
//     label such as "Transport correspondent"; it is kept in the byline.
//   - dateline: in the header, "Published …"/"Publicado …" lines and dates
//     alone on a line ("3 October 2022", "3 de octubre de 2022",
//     "2 hours ago") are dropped.
//   - boilerplate/NAME: anywhere, a line that matches a row of the one
//     boilerplate table (app and notification promotions, share prompts,
//     newsletters, "Related Topics"/"Temas relacionados" and the list of
//     links that follows it) is dropped. A lone "Share" in the header is
//     one of them.
//   - figure-credit: "image source, CREDIT" in any case, or "Fuente de la
//     imagen, CREDIT", starts figure N, whose image path is
//     images/figure-N.jpg (N counts from 1 in order). The model leaves
//     Figure.Image nil, so editions show a placeholder until a photo is
//     put at that path.
//   - figure-caption: after a credit, a line labelled "Image caption,
//     CAPTION" or "Pie de foto, CAPTION" (blank lines may come between),
//     or else the very next line, is the caption; it may lack a final full
//     stop. A labelled caption without a credit makes a figure too.
//     The alt text is derived from the caption: the caption's text, cut at
//     a word boundary with "…" if longer than 250 characters. The report
//     marks it Derived "alt", so that an editor can write a better one.
//   - list-item: consecutive "- item" lines in the body are a list.
//   - heading: a section heading is a short line between two parts of
//     the body. It must start with a capital (after any opening quote or
//     "¿"), have at most 14 words and 100 characters, and either end with
//     a question mark ("Who was Leandro Norero?", "¿Qué es un río
//     atmosférico?") or not end like a sentence at all: no final full
//     stop, exclamation mark, ellipsis, colon, comma or semicolon, and no
//     sentence break inside. Quotation marks inside are fine ("Why “El
//     Patron” Norero died"). So a short sentence ending with a full stop,
//     such as "It is.", is a paragraph, never a heading. Body text must
//     come before it (not another heading) and after it. Headings are
//     level 2.
//   - paragraph: every other line is a paragraph of its own.
//
// Bylines: a part that names a newsroom rather than a person (Drafting,
// Writing, Redacción, "Redacción BBC News Mundo") or an organisation or
// role ("BBC News World", "Transport correspondent") goes to Meta.Byline;
// a person goes to Meta.Authors.
//
// Language: the text is English or Spanish, whichever language's stop
// words occur more often in the first 5,000 words kept (English on a tie,
// with a warning). Options.Lang
// overrides it, and so does a lang in Options.Meta.
//
// The same input always gives the same model, and markdown.Parse of
// markdown.Write of it gives the same model back, positions aside.
package importer
