package check

import (
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"publish/internal/diag"
	"publish/internal/document"
)

// pdfcpu reads a configuration directory unless told not to; a check
// must not write into the user's home.
var disableConfig sync.Once

// Limits on what a checked PDF may make pdfcpu read and decode, well
// below its defaults (512 MiB a stream): our editions' largest stream is
// an image file embedded as it is (at most 64 MiB, the build's limit).
const (
	maxPDFBytes    = 1 << 30
	maxStreamBytes = 80 << 20
	maxDecodeBytes = 80 << 20 // decoded, per stream
)

// limits lowers pdfcpu's resource limits to ours.
func limits(conf *model.Configuration) {
	l := &conf.Limits
	l.MaxStreamBytes = maxStreamBytes
	l.MaxDecodeBytes = maxDecodeBytes
	l.MaxImageBytes = maxDecodeBytes
	l.MaxImagePixels = 64 << 20
	l.MaxObjectCount = 2_000_000
	l.MaxXRefEntries = 2_000_000
	l.MaxObjectStreamCount = 100_000
	l.MaxObjectStreamFirst = 1 << 20
}

// PDF checks the PDF in rs: pdfcpu's strict validation, then our own
// checks that every font is embedded and that the document says what it
// is (title, author, dates, XMP metadata). name is used in messages.
func PDF(rs io.ReadSeeker, name string) (rep *Report) {
	rep = &Report{File: name, Kind: "PDF"}
	at := diag.Position{File: name}
	defer func() {
		// pdfcpu has panicked on malformed input before; a check reports.
		if r := recover(); r != nil {
			rep.errorf(at, "pdfcpu failed on this file: %v", r)
		}
	}()
	disableConfig.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	conf.Cmd = model.VALIDATE
	limits(conf)
	ctx, err := api.ReadContext(rs, conf)
	if err != nil {
		rep.errorf(at, "not a PDF that can be read: %v", err)
		return rep
	}
	pdfActions(ctx, rep, at) // whether or not the file is valid
	if err := api.ValidateContext(ctx); err != nil {
		rep.errorf(at, "pdfcpu strict validation (object %d): %v", ctx.CurObj, err)
		return rep
	}
	pdfFonts(ctx, rep, at)
	pdfNotdef(ctx, rep, at)
	pdfMetadata(ctx, rep, at)
	return rep
}

// unsafeActions are the actions a PDF of ours never carries: they run
// scripts, start programs, open other files or send data.
var unsafeActions = map[string]string{
	"JavaScript": "runs JavaScript", "Launch": "starts a program or opens a file",
	"GoToR": "opens another PDF file", "GoToE": "opens an embedded file",
	"ImportData": "imports data from a file", "SubmitForm": "sends form data",
	"Rendition": "plays media, with optional JavaScript", "RichMediaExecute": "runs rich media",
}

// pdfActions reports every action that runs a script, starts a program or
// opens a file, and every link whose URI is not http, https or mailto (the
// link policy of document.CheckLink).
func pdfActions(ctx *model.Context, rep *Report, at diag.Position) {
	var nums []int
	for n := range ctx.Table {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		e := ctx.Table[n]
		if e == nil || e.Free {
			continue
		}
		o := e.Object
		if o == nil { // not read yet: in an object stream
			var err error
			if o, err = ctx.Dereference(*types.NewIndirectRef(n, 0)); err != nil || o == nil {
				continue
			}
		}
		walkObject(o, 0, func(d types.Dict) {
			if s := d.NameEntry("S"); s != nil {
				if why, bad := unsafeActions[*s]; bad {
					rep.errorf(at, "object %d: a /%s action, which %s", n, *s, why)
				}
			}
			if _, ok := d["JS"]; ok && d.NameEntry("S") == nil {
				rep.errorf(at, "object %d: JavaScript (/JS)", n)
			}
			if u, ok := d["URI"]; ok {
				if s, err := types.StringOrHexLiteral(u); err == nil && s != nil {
					if _, kind, why := document.CheckLink(*s); kind != document.LinkWeb {
						if kind == document.LinkLocal {
							why = "it is not an absolute URL, and a viewer resolves it against the PDF's own location"
						}
						rep.errorf(at, "object %d: a link to %s: %s", n, diag.Quote(*s, 60), why)
					}
				}
			}
		})
		if d, ok := o.(types.Dict); ok && d.Type() != nil && *d.Type() == "Catalog" {
			if names, err := ctx.DereferenceDict(d["Names"]); err == nil && names != nil {
				if _, ok := names["JavaScript"]; ok {
					rep.errorf(at, "the document's name tree holds JavaScript")
				}
			}
		}
	}
}

// walkObject calls fn for every dictionary in o, o included, without
// following indirect references (each object is walked on its own).
func walkObject(o types.Object, depth int, fn func(types.Dict)) {
	if depth > 100 {
		return
	}
	switch o := o.(type) {
	case types.Dict:
		fn(o)
		for _, v := range o {
			walkObject(v, depth+1, fn)
		}
	case types.StreamDict:
		walkObject(o.Dict, depth+1, fn)
	case types.Array:
		for _, v := range o {
			walkObject(v, depth+1, fn)
		}
	}
}

// pdfFonts reports every font whose program is not in the file. Type 3
// fonts are drawn by the file itself and are always embedded.
func pdfFonts(ctx *model.Context, rep *Report, at diag.Position) {
	var nums []int
	for n := range ctx.Table {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	seen := map[string]bool{}
	for _, n := range nums {
		e := ctx.Table[n]
		if e == nil || e.Free {
			continue
		}
		d, ok := e.Object.(types.Dict)
		if !ok || d.Type() == nil || *d.Type() != "Font" || d.Subtype() == nil {
			continue
		}
		sub := *d.Subtype()
		if sub == "Type3" {
			continue
		}
		desc := d
		if sub == "Type0" {
			arr, err := ctx.DereferenceArray(d["DescendantFonts"])
			if err != nil || len(arr) == 0 {
				rep.errorf(at, "font object %d (Type0) has no descendant font", n)
				continue
			}
			if desc, err = ctx.DereferenceDict(arr[0]); err != nil || desc == nil {
				rep.errorf(at, "font object %d (Type0) has no descendant font", n)
				continue
			}
		}
		base := "unnamed"
		if b := d.NameEntry("BaseFont"); b != nil {
			base = *b
		}
		fd, err := ctx.DereferenceDict(desc["FontDescriptor"])
		embedded := err == nil && fd != nil && (fd["FontFile"] != nil || fd["FontFile2"] != nil || fd["FontFile3"] != nil)
		if !embedded && !seen[base] {
			seen[base] = true
			rep.errorf(at, "font %s (%s, object %d) is not embedded; printers and archives need every font in the file", base, sub, n)
		}
	}
}

// pdfMetadata reports a missing title (an error: readers show it in
// place of the file name) and missing author, dates or XMP (warnings).
func pdfMetadata(ctx *model.Context, rep *Report, at diag.Position) {
	if strings.TrimSpace(ctx.Title) == "" {
		rep.errorf(at, "no document title in the Info dictionary")
	}
	for _, f := range []struct{ key, val string }{
		{"Author", ctx.Author}, {"Creator", ctx.Creator}, {"Producer", ctx.Producer}, {"CreationDate", ctx.XRefTable.CreationDate},
	} {
		if strings.TrimSpace(f.val) == "" {
			rep.warnf(at, "no %s in the Info dictionary", f.key)
		}
	}
	if _, ok := ctx.RootDict.Find("Metadata"); !ok {
		rep.warnf(at, "no XMP metadata stream in the catalog (archives and PDF/A want one)")
	}
	if ctx.Encrypt != nil {
		rep.warnf(at, "the file is encrypted; archives want it unencrypted")
	}
}
