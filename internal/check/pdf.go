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
)

// pdfcpu reads a configuration directory unless told not to; a check
// must not write into the user's home.
var disableConfig sync.Once

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
	ctx, err := api.ReadContext(rs, conf)
	if err != nil {
		rep.errorf(at, "not a PDF that can be read: %v", err)
		return rep
	}
	if err := api.ValidateContext(ctx); err != nil {
		rep.errorf(at, "pdfcpu strict validation (object %d): %v", ctx.CurObj, err)
		return rep
	}
	pdfFonts(ctx, rep, at)
	pdfNotdef(ctx, rep, at)
	pdfMetadata(ctx, rep, at)
	return rep
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
