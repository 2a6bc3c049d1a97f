package main

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"publish/internal/build"
	"publish/internal/cpus"
)

func buildCommand(onUsage cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name: "build", Usage: "build both editions of one or many manuscripts", ArgsUsage: "[MANUSCRIPT...]",
		Description: "Builds the EPUB and the PDF of each MANUSCRIPT into DIR. A MANUSCRIPT is a directory holding\n" +
			"manuscript.md, a .md file, a raw .txt article, a saved .html page or .mhtml archive, or a directory of them, which is searched.\n" +
			"Without one, the bundled sample is built. Manuscripts are built concurrently; one that fails\n" +
			"does not stop the others, and the command exits 1 if any failed.",
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "out-dir", Aliases: []string{"d"}, Value: "dist", Usage: "write editions into `DIR`"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "build at most `N` manuscripts at once"},
			&cli.StringFlag{Name: "shard", Usage: "build only shard `K/N` (K from 0 to N-1) of the manuscripts, chosen by a stable hash of each path"},
			strictFlag(),
		}, epubFlags()...), pdfFlags()...),
		OnUsageError: onUsage,
		Action:       buildAll,
	}
}

// job is one manuscript to build. key is its path relative to the
// argument it was found under (or the argument itself), slash-separated:
// the same on every machine that runs the same command, so shards agree.
// out, for a manuscript found by searching a directory, is where its
// editions go under the output directory: the same relative path, without
// the extension. Names then mirror the archive and cannot collide across
// shards; a manuscript named on the command line is written as <slug>.
type job struct {
	src string
	key string
	out string
}

func buildAll(c *cli.Context) error {
	args, err := manuscriptArgs(c, 0)
	if err != nil {
		return err
	}
	jobsN := c.Int("jobs")
	if jobsN < 1 {
		return usagef("--jobs %d: want at least 1", jobsN)
	}
	shard, shards, err := parseShard(c.String("shard"))
	if err != nil {
		return err
	}
	opt, err := options(c)
	if err != nil {
		return err
	}
	jobs, err := findManuscripts(args)
	if err != nil {
		return err
	}
	if shards > 1 {
		jobs = inShard(jobs, shard, shards)
		if len(jobs) == 0 {
			fmt.Fprintf(c.App.ErrWriter, "shard %d/%d: no manuscripts\n", shard, shards)
			return nil
		}
	}
	b := &batch{
		c: c, dir: c.String("out-dir"), opt: opt,
		eds:    []edition{epubEdition(c), pdfEdition(c)},
		owners: map[string]int{}, locks: map[string]*sync.Mutex{}, lost: map[int]error{},
		jobs: jobs, errs: make([]error, len(jobs)),
	}
	return b.run(jobsN)
}

// parseShard reads --shard K/N; empty means the whole input (0/1).
func parseShard(s string) (k, n int, err error) {
	if s == "" {
		return 0, 1, nil
	}
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 0 || k >= n {
		return 0, 0, usagef("--shard %q: want K/N with 0 <= K < N, for example --shard 0/4 (K counts from 0, like $JOB_COMPLETION_INDEX)", s)
	}
	return k, n, nil
}

// shardOf is the shard, of n, that a manuscript key falls in.
func shardOf(key string, n int) int {
	h := fnv.New64a()
	io.WriteString(h, key)
	return int(h.Sum64() % uint64(n))
}

func inShard(jobs []job, k, n int) []job {
	var out []job
	for _, j := range jobs {
		if shardOf(j.key, n) == k {
			out = append(out, j)
		}
	}
	return out
}

// findManuscripts expands the arguments into manuscripts, in a stable
// order: a directory holding manuscript.md, a file, or a directory
// without manuscript.md, searched for manuscript directories and .md,
// .txt, .html and .mhtml files (hidden entries and saved pages' _files
// folders skipped). No argument means the bundled sample.
func findManuscripts(args []string) ([]job, error) {
	if len(args) == 0 {
		return []job{{src: "", key: ""}}, nil
	}
	var jobs []job
	seen := map[string]bool{}
	add := func(src, key, out string) {
		// A directory and its manuscript.md are one manuscript.
		same := src
		if isManuscriptDir(src) {
			same = filepath.Join(src, "manuscript.md")
		}
		abs, err := filepath.Abs(same)
		if err != nil {
			abs = same
		}
		if !seen[abs] {
			seen[abs] = true
			jobs = append(jobs, job{src: src, key: key, out: out})
		}
	}
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if err != nil || !fi.IsDir() || isManuscriptDir(arg) {
			add(arg, filepath.ToSlash(filepath.Clean(arg)), "") // build.Load reports what is wrong with it
			continue
		}
		n := len(jobs)
		root := arg
		if li, err := os.Lstat(arg); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = arg + string(filepath.Separator) // WalkDir follows a link given with a trailing separator
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			switch {
			case d.IsDir() && p != root && strings.HasSuffix(d.Name(), "_files"):
				return filepath.SkipDir // a saved page's folder of images and scripts
			case d.IsDir() && p != root && isManuscriptDir(p):
				add(p, filepath.ToSlash(rel), rel)
				return filepath.SkipDir
			case d.Type().IsRegular() && isSource(d.Name()):
				add(p, filepath.ToSlash(rel), strings.TrimSuffix(rel, filepath.Ext(rel)))
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		if len(jobs) == n {
			return nil, fmt.Errorf("%s: no manuscripts found (looked for directories holding manuscript.md, and .md, .txt, .html and .mhtml files)", arg)
		}
	}
	return jobs, nil
}

func isManuscriptDir(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, "manuscript.md"))
	return err == nil && !fi.IsDir()
}

func isSource(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".txt":
		return true
	}
	return build.IsPage(name)
}

// batch builds manuscripts concurrently. Output files do not depend on
// the number of workers: each manuscript is built on its own, and when two
// would write editions of the same name, the first in input order owns
// them and the others fail.
type batch struct {
	c   *cli.Context
	dir string
	opt build.Options
	eds []edition

	mu     sync.Mutex
	owners map[string]int         // output base name -> index of the job that owns it
	locks  map[string]*sync.Mutex // output base name -> held while writing it
	lost   map[int]error          // job -> why an earlier job took its names over
	jobs   []job
	errs   []error // per job
}

func (b *batch) run(workers int) error {
	jobs := b.jobs
	start := time.Now()
	stderr := b.c.App.ErrWriter
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && len(jobs) > 1 && term.IsTerminal(int(f.Fd())) {
		bar = progressbar.NewOptions(len(jobs),
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("building"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	var out sync.Mutex // one manuscript's messages are printed together
	done := 0
	report := func(i int, err error, so, se *bytes.Buffer) {
		out.Lock()
		defer out.Unlock()
		b.errs[i] = err
		done++
		if bar != nil {
			bar.Clear()
		}
		b.c.App.Writer.Write(so.Bytes())
		stderr.Write(se.Bytes())
		switch {
		case err != nil && len(jobs) > 1:
			fmt.Fprintf(stderr, "[%d/%d] FAILED %s: %v\n", done, len(jobs), name(jobs[i]), err)
		case bar == nil && len(jobs) > 1:
			fmt.Fprintf(stderr, "[%d/%d] built %s\n", done, len(jobs), name(jobs[i]))
		}
		if bar != nil {
			bar.Add(1)
		}
	}
	next := make(chan int)
	var wg, commits sync.WaitGroup
	// Commits waiting on a slow disk hold two open files each: at most a
	// few per worker, then the worker waits for one to finish.
	pending := make(chan struct{}, 2*workers)
	for w := 0; w < min(workers, len(jobs)); w++ {
		wg.Go(func() {
			for i := range next {
				so, se := new(bytes.Buffer), new(bytes.Buffer)
				var commit func() error
				err := safely(func() error {
					cpus.Acquire() // a manuscript takes a CPU; its helpers take free ones
					defer cpus.Release()
					var err error
					commit, err = b.one(i, jobs[i], so, se)
					return err
				})
				if err != nil {
					report(i, err, so, se)
					continue
				}
				// The editions are synced and renamed into place while
				// the worker, its CPU given back, builds the next one.
				pending <- struct{}{}
				commits.Go(func() {
					defer func() { <-pending }()
					report(i, safely(commit), so, se)
				})
			}
		})
	}
	ctx := b.c.Context
dispatch:
	for i := range jobs {
		select {
		case next <- i:
		case <-ctx.Done(): // interrupted: start no more
			break dispatch
		}
	}
	close(next)
	wg.Wait()
	commits.Wait()
	if bar != nil {
		bar.Finish()
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%d of %d manuscripts done; editions being written were removed: %w", done, len(jobs), err)
	}
	return b.summary(time.Since(start))
}

// summary names every failure; the error makes the command exit 1.
func (b *batch) summary(took time.Duration) error {
	jobs := b.jobs
	for o, err := range b.lost {
		if b.errs[o] == nil {
			b.errs[o] = err
		}
	}
	var failed []int
	for i, err := range b.errs {
		if err != nil {
			failed = append(failed, i)
		}
	}
	if len(jobs) == 1 {
		return b.errs[0] // as for epub and pdf: the error alone
	}
	w := b.c.App.ErrWriter
	fmt.Fprintf(w, "built %d of %d manuscripts in %.1fs", len(jobs)-len(failed), len(jobs), took.Seconds())
	if len(failed) == 0 {
		fmt.Fprintln(w)
		return nil
	}
	fmt.Fprintf(w, "; %d failed:\n", len(failed))
	for _, i := range failed {
		fmt.Fprintf(w, "  %s: %v\n", name(jobs[i]), b.errs[i])
	}
	return fmt.Errorf("%d of %d manuscripts failed", len(failed), len(jobs))
}

func name(j job) string {
	if j.src == "" {
		return build.SampleName
	}
	return j.src
}

// safely runs f, and turns a panic in it (a bug of ours) into its error,
// so that one manuscript cannot stop a batch.
func safely(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error, please report it: %v", r)
		}
	}()
	return f()
}

// one loads manuscript i and writes its editions to temporary files,
// printing into stdout and stderr as the epub and pdf commands do. The
// commit it returns syncs and renames them into place; until it has run,
// their names stay claimed.
func (b *batch) one(i int, j job, stdout, stderr io.Writer) (commit func() error, err error) {
	m, err := build.LoadWith(j.src, loadOptions(b.c, b.eds...))
	if err != nil {
		return nil, err
	}
	base := filepath.Join(b.dir, m.Slug())
	if j.out != "" {
		base = filepath.Join(b.dir, j.out)
	}
	unlock, err := b.claim(i, base)
	if err != nil {
		return nil, err
	}
	defer func() {
		if commit == nil { // else the names stay locked until it has run
			unlock()
		}
	}()
	for _, ed := range b.eds {
		if m.IsInput(base + ed.ext) {
			printWarnings(b.c, stderr, m)
			return nil, fmt.Errorf("%s would replace an input file; choose another --out-dir", base+ed.ext)
		}
	}
	// The editions are written side by side when a CPU is free: writers
	// only read the model.
	errs := make([]error, len(b.eds))
	written := make([]*build.Pending, len(b.eds))
	warns := make([]*editionWarnings, len(b.eds))
	cpus.Each(len(b.eds), 0, func(k int) {
		ed := b.eds[k]
		opt := b.opt
		warns[k] = &editionWarnings{}
		opt.Warn = warns[k].add
		errs[k] = safely(func() (err error) {
			written[k], err = build.WriteTemporary(b.c.Context, base+ed.ext, func(w io.Writer) error { return ed.write(w, m, opt) })
			return err
		})
	})
	printWarnings(b.c, stderr, m, warns...)
	for _, err := range errs {
		if err != nil {
			for _, p := range written {
				if p != nil {
					p.Discard()
				}
			}
			return nil, err
		}
	}
	return func() error {
		defer unlock()
		for k, p := range written {
			if err := p.Commit(); err != nil {
				for _, q := range written[k+1:] {
					q.Discard()
				}
				return err
			}
			wrote(stdout, base+b.eds[k].ext)
		}
		return nil
	}, nil
}

// claim takes the output base name for job i and locks it for writing.
// The job earliest in input order owns a name: a later one fails, and an
// earlier one that arrives late takes the name over (the later job then
// fails) and rewrites the files, so the result never depends on timing.
func (b *batch) claim(i int, base string) (unlock func(), err error) {
	b.mu.Lock()
	o, ok := b.owners[base]
	if ok && o < i {
		b.mu.Unlock()
		return nil, b.sameName(o, base)
	}
	if ok && o > i {
		b.lost[o] = b.sameName(i, base)
	}
	b.owners[base] = i
	l := b.locks[base]
	if l == nil {
		l = &sync.Mutex{}
		b.locks[base] = l
	}
	b.mu.Unlock()
	l.Lock()
	b.mu.Lock()
	o = b.owners[base]
	b.mu.Unlock()
	if o != i {
		l.Unlock()
		return nil, b.sameName(o, base)
	}
	return l.Unlock, nil
}

func (b *batch) sameName(owner int, base string) error {
	return fmt.Errorf("its editions would have the same names as those of %s (%s.*); give one of them another title or name", name(b.jobs[owner]), base)
}
