// Command benchdata writes a benchmark manuscript of any length:
//
//	go run ./internal/benchdata/cmd -words 150000 -out DIR
//	go run ./internal/benchdata/cmd -photos 124 -out DIR   # a photo book
//
// With -article it writes a raw article (.txt) for the importer instead.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"publish/internal/benchdata"
)

func main() {
	words := flag.Int("words", 150000, "words of body text")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same bytes")
	every := flag.Int("figure-every", 2500, "words between figures (negative: none)")
	out := flag.String("out", "", "write the manuscript into `DIR` (with -article: the .txt FILE)")
	noCover := flag.Bool("no-cover", false, "leave cover-image out, so that builds generate a cover")
	article := flag.Bool("article", false, "write a raw article for the importer instead of a manuscript")
	quotes := flag.Bool("quotes", false, "with -article: quotations, and pull quotes that repeat them")
	photos := flag.Int("photos", 0, "write a photo book of `N` distinct photographs (2400×1600 JPEG) instead")
	originals := flag.Int("originals", 0, "of the photographs, how many are 6000×4000 camera originals (default 4; -1: none)")
	figures := flag.Int("figures", 0, "figures in the photo book, figure i showing photograph i mod N (default N+8)")
	chapters := flag.Int("chapters", 0, "chapters of the photo book (default one per 8 figures)")
	cache := flag.String("photo-cache", "", "keep drawn photographs in `DIR` and link books to them")
	articles := flag.Int("articles", 0, "write `N` raw articles (seeds S to S+N-1) into DIR as article-NNNN.txt, for batch builds")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: benchdata [-words N] [-seed S] [-figure-every N] [-no-cover] [-article [-quotes]] -out DIR")
		fmt.Fprintln(os.Stderr, "       benchdata -photos N [-originals N] [-figures N] [-chapters N] [-seed S] [-photo-cache DIR] -out DIR")
		os.Exit(2)
	}
	if *articles > 0 {
		exitOn(os.MkdirAll(*out, 0o755))
		for i := range *articles {
			opt := benchdata.Options{Words: *words, Seed: *seed + uint64(i), FigureEvery: *every}
			exitOn(os.WriteFile(filepath.Join(*out, fmt.Sprintf("article-%04d.txt", i+1)), benchdata.Article(opt), 0o644))
		}
		fmt.Printf("wrote %d articles into %s\n", *articles, *out)
		return
	}
	if *photos > 0 {
		book, err := benchdata.WritePhotoBook(*out, benchdata.PhotoOptions{Photos: *photos, Originals: *originals, Figures: *figures, Chapters: *chapters, Seed: *seed, Cache: *cache})
		exitOn(err)
		fmt.Printf("wrote %s/manuscript.md (%d words, %d photographs)\n", *out, book.Words, len(book.Images))
		return
	}
	opt := benchdata.Options{Words: *words, Seed: *seed, FigureEvery: *every, NoCover: *noCover, Quotes: *quotes}
	if *article {
		err := os.MkdirAll(filepath.Dir(*out), 0o755)
		if err == nil {
			err = os.WriteFile(*out, benchdata.Article(opt), 0o644)
		}
		exitOn(err)
		return
	}
	book, err := benchdata.Write(*out, opt)
	exitOn(err)
	fmt.Printf("wrote %s/manuscript.md (%d words, %d images)\n", *out, book.Words, len(book.Images))
}

func exitOn(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchdata:", err)
		os.Exit(1)
	}
}
