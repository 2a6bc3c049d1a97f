package pdf

// printImage returns the bytes to embed for a figure.
func printImage(img *image) []byte { return img.src.Data }
