package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/pgaskin/kepubify/v4/kepub"
)

// toKepub converts a finished EPUB into a Kobo kepub with kepubify: Kobo's
// reader then shows reading statistics, highlights and page turns by
// sentence. The book has its own title page, so kepubify adds none.
func toKepub(w io.Writer, epub []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(epub), int64(len(epub)))
	if err != nil {
		return fmt.Errorf("epub: kobo: %w", err)
	}
	c := kepub.NewConverterWithOptions(kepub.ConverterOptionDummyTitlepage(false))
	if err := c.Convert(context.Background(), w, zr); err != nil {
		return fmt.Errorf("epub: kobo: kepubify: %w", err)
	}
	return nil
}
