// Package hostile is the corpus of hostile and degenerate inputs of issue
// #16: what an attacker or a careless user hands the command. Each Case
// makes its input files in an empty directory, names the command line to
// run there, and says what must hold afterwards. cmd/publish's tests run
// every case as a process; cmd/measure times each one and records its peak
// memory, so that the numbers and the tests are about the same inputs.
package hostile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Case is one hostile input and the command run on it.
type Case struct {
	Category string // links, outputs, time, memory, editions, words
	Name     string
	// Setup writes the inputs into dir. It returns ErrSkip when the case
	// cannot be made here (a device node needs root).
	Setup func(dir string) error
	// Args is the command line after "publish"; {dir} stands for the
	// case's directory.
	Args []string
	Env  []string // extra environment, NAME=value
	Want Want
}

// Want is what must hold after the command ran.
type Want struct {
	Exit   int      // exit code
	Stderr []string // each appears in stderr
	Stdout []string // each appears in stdout
	// NoStderr must not appear in stderr (a temporary file's name, say).
	NoStderr []string
	// Valid lists editions (relative to dir) that must exist and pass
	// publish check with no error.
	Valid []string
	// Text must appear in the text of every edition in Valid: nothing was
	// dropped.
	Text []string
	// Forbidden must not appear, in any letter case, in any file the
	// command wrote (links to scripts, launch actions).
	Forbidden []string
	// Same lists inputs (relative to dir) whose bytes and file type must
	// not change.
	Same []string
	// Absent lists paths (relative to dir) that must not exist afterwards.
	Absent []string
	// Exists lists paths that must exist afterwards.
	Exists []string
}

// ErrSkip is returned by a Setup that cannot make its input here.
var ErrSkip = fmt.Errorf("hostile: this case cannot be made on this machine")

// Expand returns c's arguments with {dir} replaced by dir.
func (c *Case) Expand(dir string) []string {
	out := make([]string, len(c.Args))
	for i, a := range c.Args {
		out[i] = strings.ReplaceAll(a, "{dir}", dir)
	}
	return out
}

// ID is category/name, as tests and the measurement table name a case.
func (c *Case) ID() string { return c.Category + "/" + c.Name }

// Timeout is how long a run may take before it counts as a hang.
const Timeout = 60 * time.Second

// front is the smallest front matter the cases use.
const front = "---\ntitle: Hostile input\nlang: en\ndate: \"2022-10-04\"\npublisher: Test\n---\n\n"

// files writes name -> content pairs under dir, making directories.
func files(dir string, kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		p := filepath.Join(dir, kv[i])
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(kv[i+1]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// manuscript is a Setup that writes manuscript.md with the front matter
// and body, plus any extra name/content pairs.
func manuscript(body string, extra ...string) func(string) error {
	return func(dir string) error {
		return files(dir, append([]string{"manuscript.md", front + body}, extra...)...)
	}
}

// fifo makes a named pipe at dir/name, after writing the other files.
func fifo(name string, then func(string) error) func(string) error {
	return func(dir string) error {
		if then != nil {
			if err := then(dir); err != nil {
				return err
			}
		}
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return syscall.Mkfifo(p, 0o644)
	}
}

// both builds both editions of the case's manuscript into dir/out.
var both = []string{"build", "--out-dir", "{dir}/out", "{dir}"}

// editions are what both writes, for Want.Valid.
var editions = []string{"out/hostile-input.epub", "out/hostile-input.pdf"}

// All returns every case, in a stable order.
func All() []*Case {
	var all []*Case
	for _, g := range [][]*Case{links(), outputs(), hangs(), memory(), invalid(), words()} {
		all = append(all, g...)
	}
	return all
}
