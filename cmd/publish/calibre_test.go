package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"publish/internal/testkit"
)

// calibreCases are manuscripts whose metadata Calibre must read alike from
// both editions: several authors, an ISBN, a DOI, Spanish, and the bundled
// sample (a newsroom byline, a derived UUID).
var calibreCases = []struct {
	name, manuscript string
	want             map[string]string // ebook-meta fields that must read so
}{
	{"two authors and an ISBN", `---
title: After the flood, a town counts what the river took
subtitle: A week in the lower valley
author: [Maria Lindqvist, Jonas Ek]
date: 2024-03-18
lang: en
publisher: Northern Press
identifier: 978-0-306-40615-7
subject: [Floods, Local news]
---

The river rose in the night.
`, map[string]string{
		"Title":       "After the flood, a town counts what the river took: A week in the lower valley",
		"Author(s)":   "Maria Lindqvist & Jonas Ek",
		"Identifiers": "isbn:9780306406157",
		"Languages":   "eng",
		"Publisher":   "Northern Press",
		"Published":   "2024-03-18T00:00:00+00:00",
		"Tags":        "Floods, Local news",
	}},
	{"three authors, a DOI, Spanish", `---
title: Crónica de una crecida
author: [Ana Pérez, Luis Gil, Eva Ruiz]
date: 2023-11
lang: es
publisher: Ediciones del Valle
identifier: https://doi.org/10.1000/182
subject: Inundaciones
---

El río creció durante la noche.
`, map[string]string{
		"Author(s)":   "Ana Pérez & Luis Gil & Eva Ruiz",
		"Identifiers": "doi:10.1000/182",
		"Languages":   "spa",
		"Publisher":   "Ediciones del Valle",
		"Tags":        "Inundaciones",
	}},
	{"the sample", "", map[string]string{
		"Author(s)": "Drafting & BBC News World",
		"Publisher": "BBC News Mundo",
		"Languages": "eng",
	}},
}

// TestCalibreReadsBothEditions builds both editions of each case and reads
// them back with Calibre's ebook-meta: the two editions must give the same
// title, authors, identifiers, language, publisher, date and tags, and
// those must be the manuscript's.
func TestCalibreReadsBothEditions(t *testing.T) {
	testkit.Need(t, "ebook-meta")
	for _, c := range calibreCases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			args := []string{"-q", "build", "--out-dir", filepath.Join(dir, "out")}
			if c.manuscript != "" {
				src := filepath.Join(dir, "in", "manuscript.md")
				if err := os.MkdirAll(filepath.Dir(src), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(src, []byte(c.manuscript), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, filepath.Dir(src))
			}
			if code, stdout, stderr := publish(t, args...); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			editions, _ := filepath.Glob(filepath.Join(dir, "out", "*"))
			if len(editions) != 2 {
				t.Fatalf("editions %q", editions)
			}
			var read [2]map[string]string
			for i, e := range editions {
				read[i] = ebookMeta(t, e)
			}
			for _, k := range []string{"Title", "Author(s)", "Identifiers", "Languages", "Publisher", "Published", "Tags"} {
				if read[0][k] != read[1][k] {
					t.Errorf("%s: %s reads %q, %s reads %q", k, filepath.Base(editions[0]), read[0][k], filepath.Base(editions[1]), read[1][k])
				}
			}
			for k, want := range c.want {
				for i, e := range editions {
					if got := read[i][k]; got != want {
						t.Errorf("%s: %s = %q, want %q", filepath.Base(e), k, got, want)
					}
				}
			}
		})
	}
}

// ebookMeta returns the fields that Calibre's ebook-meta prints for file.
func ebookMeta(t *testing.T, file string) map[string]string {
	t.Helper()
	out := testkit.Run(t, "ebook-meta", file)
	fields := map[string]string{}
	key := ""
	for _, line := range strings.Split(out, "\n") {
		k, v, ok := strings.Cut(line, " : ")
		if ok && !strings.HasPrefix(k, " ") {
			key = strings.TrimSpace(k)
			fields[key] = strings.TrimSpace(v)
		} else if key != "" && strings.TrimSpace(line) != "" {
			fields[key] += "\n" + strings.TrimSpace(line) // a value that runs over lines
		}
	}
	if fields["Title"] == "" {
		t.Fatalf("ebook-meta printed no title for %s:\n%s", file, out)
	}
	return fields
}
