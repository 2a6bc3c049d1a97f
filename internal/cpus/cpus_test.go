package cpus

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// Each runs every index once, and never more goroutines at once than the
// caller plus the free tokens.
func TestEach(t *testing.T) {
	for _, held := range []int{0, runtime.GOMAXPROCS(0)} {
		for range held {
			Acquire()
		}
		var running, most atomic.Int64
		seen := make([]atomic.Int64, 100)
		Each(len(seen), 0, func(i int) {
			n := running.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			seen[i].Add(1)
			for range 1000 {
				runtime.Gosched()
			}
			running.Add(-1)
		})
		for i := range seen {
			if seen[i].Load() != 1 {
				t.Fatalf("index %d ran %d times", i, seen[i].Load())
			}
		}
		if limit := int64(1 + runtime.GOMAXPROCS(0) - held); most.Load() > limit {
			t.Errorf("%d tokens held: %d at once, want at most %d", held, most.Load(), limit)
		}
		for range held {
			Release()
		}
	}
}
