// Package html reads a saved web page — a browser's "Save Page As" (the
// .html beside its _files folder, or HTML only) or a CMS export — into
// the document model: the article, its figures with their locally saved
// images, and its metadata, and nothing of the page around it. It never
// touches the network.
//
// Read works in one pass of steps, each of which records its decisions
// in the Report: decode (BOM, <meta charset>, else UTF-8, else
// windows-1252) and parse; remove what must never be read (scripts,
// styles, frames, objects, SVG, forms, comments, event handlers); number
// every block of the page; drop page furniture by structure (furniture.go);
// ask the extraction library which blocks are the article (extract.go,
// the one step that wraps go-readability); map the kept blocks from the
// original tree into the model, running the text importer's line rules on
// each (furniture phrases, bylines, dates, sign-offs, photo credits:
// internal/importer/shared.go); and fill the metadata from JSON-LD,
// OpenGraph and article:* meta, other meta, <html lang> and <time
// datetime>, in that order of trust (meta.go, article.go).
//
// Limits: MaxInput bytes, MaxElements elements, MaxDepth levels of
// nesting. Images are looked for in Options.Files only; a remote image is
// named by its URL, which nothing fetches.
package html
