// Command publish builds EPUB and PDF editions of articles.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A build is a short-lived process whose garbage is mostly fpdf's
		// font tables and compressors. At the default of 100 the sample's
		// build collects 8 times; at 400, once, for the same peak memory
		// (38 MB), and 30% less CPU. A long book peaks about 20% higher.
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// At 400 the heap may grow to five times what is live: a book of
		// photographs, with two 24-megapixel originals decoded at once,
		// peaked at 950 MB. A soft limit makes the collector run more
		// often as the heap nears it, and leaves small builds alone.
		debug.SetMemoryLimit(256 << 20)
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}
