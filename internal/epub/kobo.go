package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/pgaskin/kepubify/v4/kepub"
)

// toKepub converts a finished EPUB into a Kobo kepub with kepubify: Kobo's
// reader then shows reading statistics, highlights and page turns by
// sentence. The book has its own title page, so kepubify adds none.
// kepubify writes entries in the order its parallel workers finish, so
// the result is rewritten in our fixed order and time.
func toKepub(w io.Writer, epub []byte, mod time.Time) error {
	zr, err := zip.NewReader(bytes.NewReader(epub), int64(len(epub)))
	if err != nil {
		return fmt.Errorf("epub: kobo: %w", err)
	}
	var out bytes.Buffer
	c := kepub.NewConverterWithOptions(kepub.ConverterOptionDummyTitlepage(false))
	if err := c.Convert(context.Background(), &out, zr); err != nil {
		return fmt.Errorf("epub: kobo: kepubify: %w", err)
	}
	kr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		return fmt.Errorf("epub: kobo: reading kepubify output: %w", err)
	}
	// Entries are copied still compressed: only their order and times change.
	var entries []entry
	for _, f := range kr.File {
		e, err := keep(f)
		if err != nil {
			return fmt.Errorf("epub: kobo: %w", err)
		}
		entries = append(entries, e)
	}
	return writeZip(w, entries, mod)
}
