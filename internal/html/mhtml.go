package html

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"path"
	"strings"

	"publish/internal/diag"
	"publish/internal/document"
)

// MaxArchive is the largest MHTML archive ReadMHTML accepts: its page
// (at most MaxInput) and the photos saved with it.
const MaxArchive = 256 << 20

// ReadMHTML reads a page saved in one file as MHTML ("Save as… Webpage,
// Single File" in Chrome and Edge, .mhtml or .mht): a MIME multipart
// message whose first HTML part is the page and whose other parts are
// its files, each named by its address. The page is read as Read reads
// one, its images taken from the archive and nowhere else. Go's mime
// packages read the message; this step only finds the parts.
func ReadMHTML(r io.Reader, name string, opt Options) (*document.Document, *Report, error) {
	fail := func(format string, args ...any) error {
		return diag.Errorf(diag.Position{File: name}, "is not an MHTML archive a browser saves: "+format, args...)
	}
	br := bufio.NewReader(io.LimitReader(r, MaxArchive+1))
	head, err := textproto.NewReader(br).ReadMIMEHeader()
	if err != nil {
		return nil, nil, fail("its header cannot be read (%v)", err)
	}
	mt, params, err := mime.ParseMediaType(head.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return nil, nil, fail("its Content-Type is %q, not multipart/related", head.Get("Content-Type"))
	}
	var page []byte
	resources := map[string][]byte{}
	total := 0
	mr := multipart.NewReader(br, params["boundary"])
	for {
		p, err := mr.NextPart() // a quoted-printable part comes decoded
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fail("a part cannot be read (%v)", err)
		}
		var body io.Reader = p
		if strings.EqualFold(strings.TrimSpace(p.Header.Get("Content-Transfer-Encoding")), "base64") {
			body = base64.NewDecoder(base64.StdEncoding, p) // it skips the line ends
		}
		data, err := io.ReadAll(io.LimitReader(body, int64(MaxArchive-total)+1))
		if err != nil {
			return nil, nil, fail("a part cannot be decoded (%v)", err)
		}
		if total += len(data); total > MaxArchive {
			return nil, nil, diag.Errorf(diag.Position{File: name}, "is larger than %d MiB once decoded", MaxArchive>>20)
		}
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		loc := strings.TrimSpace(p.Header.Get("Content-Location"))
		switch {
		case page == nil && ct == "text/html":
			page = data
			if opt.Location == "" {
				opt.Location = loc
			}
		case loc != "":
			if _, ok := imageType(data); ok {
				resources[loc] = data // only images are read from an archive; its styles and scripts are not kept
			}
		}
	}
	if page == nil {
		return nil, nil, fail("it holds no text/html part")
	}
	opt.Resources = resources
	opt.Files = nil // an archive's images are inside it, never beside it
	return Read(bytes.NewReader(page), name, opt)
}

// IsMHTML reports whether a file name is that of an MHTML archive.
func IsMHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".mhtml" || ext == ".mht"
}
