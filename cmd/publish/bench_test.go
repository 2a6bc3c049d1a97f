package main

import (
	"io"
	"testing"
)

// BenchmarkBuildSample is `publish build` of the bundled sample in-process:
// the whole command but the process start (bench/run.sh times that too).
func BenchmarkBuildSample(b *testing.B) {
	b.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"publish", "-q", "build", "--out-dir", dir}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
