// Command measure runs every case of the hostile corpus against a publish
// binary as a process, and prints a Markdown table
// of exit code, wall time and peak memory, with whether the exit code and
// the messages are the ones wanted. The tests in cmd/publish check the
// rest (editions valid, inputs unchanged, nothing unsafe written).
//
//	go run ./internal/hostile/cmd/measure -bin bin/publish
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"publish/internal/hostile"
)

func main() {
	bin := flag.String("bin", "bin/publish", "the publish binary to run")
	run := flag.String("run", "", "only cases whose category/name matches this regular expression")
	timeout := flag.Duration("timeout", hostile.Timeout, "a run taking longer is killed and counted as a hang")
	asLimit := flag.Int64("as", 8<<30, "address-space limit of each run, in bytes (protects the machine)")
	flag.Parse()
	abs, err := filepath.Abs(*bin)
	if err != nil {
		fatal(err)
	}
	re := regexp.MustCompile(*run)
	fmt.Println("| case | exit | wanted | time | CPU | peak memory | messages | |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	for _, c := range hostile.All() {
		if !re.MatchString(c.ID()) {
			continue
		}
		r := measure(abs, c, *timeout, *asLimit)
		fmt.Println(r)
	}
}

type result struct {
	c        *hostile.Case
	exit     int
	hang     bool
	skipped  bool
	wall     time.Duration
	cpu      time.Duration // user and system
	rssKB    int64
	messages bool
}

func (r result) String() string {
	if r.skipped {
		return fmt.Sprintf("| %s | | %d | | | | | skipped (needs root) |", r.c.ID(), r.c.Want.Exit)
	}
	exit := strconv.Itoa(r.exit)
	if r.hang {
		exit = "killed"
	}
	verdict := "ok"
	switch {
	case r.hang:
		verdict = "**hang**"
	case r.exit != r.c.Want.Exit:
		verdict = "**wrong exit**"
	case !r.messages:
		verdict = "**wrong message**"
	case r.wall > 2*time.Second && r.cpu > 2*time.Second:
		verdict = "**slow**"
	case r.rssKB > 1536*1024:
		verdict = "**memory**"
	}
	wall := fmt.Sprintf("%.2f s", r.wall.Seconds())
	if r.hang {
		wall = "> " + wall
	}
	msg := "as wanted"
	if !r.messages {
		msg = "not as wanted"
	}
	return fmt.Sprintf("| %s | %s | %d | %s | %.2f s | %d MB | %s | %s |", r.c.ID(), exit, r.c.Want.Exit, wall, r.cpu.Seconds(), r.rssKB/1024, msg, verdict)
}

func measure(bin string, c *hostile.Case, timeout time.Duration, asLimit int64) result {
	r := result{c: c}
	dir, err := os.MkdirTemp("", "hostile-")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := c.Setup(dir); err != nil {
		if errors.Is(err, hostile.ErrSkip) {
			r.skipped = true
			return r
		}
		fatal(fmt.Errorf("%s: setup: %w", c.ID(), err))
	}
	// /usr/bin/time -v reports the peak memory. It runs prlimit, which
	// execs publish in the same process. A hung run is killed under time
	// (its child, not time itself), so that its peak is still reported;
	// time's own parent must stay small, as Linux keeps the largest
	// resident size across exec.
	timeFile := filepath.Join(os.TempDir(), fmt.Sprintf("hostile-time-%d", os.Getpid()))
	defer os.Remove(timeFile)
	args := append([]string{"-v", "-o", timeFile, "prlimit", "--as=" + strconv.FormatInt(asLimit, 10), bin}, c.Expand(dir)...)
	cmd := exec.Command("/usr/bin/time", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), c.Env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(timeout):
		r.hang = true
		for _, pid := range children(cmd.Process.Pid) {
			syscall.Kill(pid, syscall.SIGKILL)
		}
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			err = <-done
		}
	}
	r.wall = time.Since(start)
	r.exit = cmd.ProcessState.ExitCode()
	if t, err := os.ReadFile(timeFile); err == nil {
		if m := regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`).FindSubmatch(t); m != nil {
			r.rssKB, _ = strconv.ParseInt(string(m[1]), 10, 64)
		}
		for _, k := range []string{"User", "System"} {
			if m := regexp.MustCompile(k + ` time \(seconds\): ([0-9.]+)`).FindSubmatch(t); m != nil {
				v, _ := strconv.ParseFloat(string(m[1]), 64)
				r.cpu += time.Duration(v * float64(time.Second))
			}
		}
		if m := regexp.MustCompile(`Exit status: (\d+)`).FindSubmatch(t); m != nil {
			r.exit, _ = strconv.Atoi(string(m[1]))
		}
		if regexp.MustCompile(`Command terminated by signal`).Match(t) && !r.hang {
			r.exit = -1
		}
	}
	r.messages = true
	for _, w := range c.Want.Stderr {
		if !strings.Contains(stderr.String(), strings.ReplaceAll(w, "{dir}", dir)) {
			r.messages = false
		}
	}
	for _, w := range c.Want.Stdout {
		if !strings.Contains(stdout.String(), strings.ReplaceAll(w, "{dir}", dir)) {
			r.messages = false
		}
	}
	for _, w := range c.Want.NoStderr {
		if strings.Contains(stderr.String(), w) {
			r.messages = false
		}
	}
	if os.Getenv("HOSTILE_VERBOSE") != "" {
		fmt.Fprintf(os.Stderr, "== %s (%v)\n%s%s\n", c.ID(), err, tail(stdout.String()), tail(stderr.String()))
	}
	return r
}

func tail(s string) string {
	if len(s) > 600 {
		return "…" + s[len(s)-600:]
	}
	return s
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "measure:", err)
	os.Exit(1)
}

// children lists the processes whose parent is pid.
func children(pid int) []int {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
	var out []int
	for _, f := range strings.Fields(string(b)) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}
