package document

import (
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// ReadCloser is io.ReadCloser, named here so that document.go needs no
// imports.
type ReadCloser = io.ReadCloser

// Bytes returns the file: Data, or what Open reads, which must be the
// file that was checked (the same size and CRC-32).
func (img *Image) Bytes() ([]byte, error) {
	if img.Data != nil || img.Open == nil {
		return img.Data, nil
	}
	r, err := img.Open()
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", img.Name, err)
	}
	defer r.Close()
	data := make([]byte, img.Size+1)
	n, err := io.ReadFull(r, data)
	if err != io.ErrUnexpectedEOF && err != io.EOF { // it should end one byte short
		if err == nil {
			err = errors.New("it grew")
		}
		return nil, fmt.Errorf("image %s changed while the book was made: %v", img.Name, err)
	}
	if data = data[:n]; int64(n) != img.Size || crc32.ChecksumIEEE(data) != img.CRC32 {
		return nil, fmt.Errorf("image %s changed while the book was made", img.Name)
	}
	return data, nil
}
