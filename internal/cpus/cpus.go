// Package cpus shares the machine's CPUs among everything one process
// runs at once: the manuscripts of a batch (--jobs) and the work each
// spreads out (deflate, page compression, image checks and scaling) draw
// on one budget of GOMAXPROCS tokens, instead of each assuming it has
// every CPU.
//
// A goroutine that is already running (main, or a batch worker holding
// its token) works without a token; it takes more only to run helpers
// beside itself, and only when one is free, so that nothing waits for a
// token it would need to finish.
package cpus

import (
	"runtime"
	"sync"
	"sync/atomic"
)

var (
	once   sync.Once
	tokens chan struct{}
)

func pool() chan struct{} {
	once.Do(func() { tokens = make(chan struct{}, runtime.GOMAXPROCS(0)) })
	return tokens
}

// Acquire takes a token, waiting for one to be free. A batch worker holds
// one while it builds a manuscript.
func Acquire() { pool() <- struct{}{} }

// TryAcquire takes a token if one is free.
func TryAcquire() bool {
	select {
	case pool() <- struct{}{}:
		return true
	default:
		return false
	}
}

// Release returns a token taken by Acquire or TryAcquire.
func Release() { <-pool() }

// Each calls f(i) for every i from 0 to n-1: on the calling goroutine, and
// on as many helpers beside it, up to limit in all (0: no limit), as there
// are free tokens. Each f(i) runs once; Each returns when all have.
func Each(n, limit int, f func(i int)) {
	if limit <= 0 || limit > n {
		limit = n
	}
	var next atomic.Int64
	work := func() {
		for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
			f(i)
		}
	}
	var wg sync.WaitGroup
	for k := 1; k < limit && TryAcquire(); k++ {
		wg.Go(func() {
			defer Release()
			work()
		})
	}
	work()
	wg.Wait()
}
