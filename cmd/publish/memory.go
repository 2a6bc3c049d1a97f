package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"publish/internal/build"
	"publish/internal/input"
)

// defaultMemoryLimit is the memory a run may use when GOMEMLIMIT does not
// say. Every input within the documented limits needs far less; the limit
// turns a runaway into a clear error.
const defaultMemoryLimit = 2 << 30

// limitMemory makes running out of memory an error that exits 1, not a
// crash of the Go runtime (which exits 2, the code of a usage error):
// past the limit the process removes its temporary files, says so and
// exits. The limit is GOMEMLIMIT when set, else 2 GiB. Without
// GOMEMLIMIT, the collector also gets a soft limit of 384 MiB: at a GC
// percent of 400 the heap may grow to five times what is live (a book of
// photographs, with two 24-megapixel originals decoded at once, peaked at
// 950 MB), and the soft limit makes it collect more often as the heap
// nears it, and leaves small builds alone.
func limitMemory(stderr io.Writer) (stop func()) {
	limit := int64(defaultMemoryLimit)
	if os.Getenv("GOMEMLIMIT") != "" {
		limit = debug.SetMemoryLimit(-1) // the runtime has read it, as its soft limit
	} else {
		debug.SetMemoryLimit(384 << 20)
	}
	done := make(chan struct{})
	go func() {
		samples := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(samples)
			used := int64(samples[0].Value.Uint64() - samples[1].Value.Uint64())
			if used > limit {
				build.RemoveTemporaryFiles()
				fmt.Fprintf(stderr, "publish: out of memory: the work needed more than %s, the limit (set GOMEMLIMIT to change it); nothing half-written was left\n", input.Size(limit))
				os.Exit(exitBuild)
			}
		}
	}()
	return func() { close(done) }
}
