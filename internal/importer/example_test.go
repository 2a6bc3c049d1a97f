package importer_test

import (
	"fmt"
	"os"
	"strings"

	"publish/internal/document"
	"publish/internal/importer"
	"publish/internal/markdown"
)

func ExampleImport() {
	article := `Town keeps its one-hour market silence

- Writing
- BBC News World

image source, Getty Images
Boats wait at the harbour wall before dawn
For thirty years the market has closed for one hour every morning.
Why does it close?
The custom began after a storm in 1994.
Share
`
	doc, rep, err := importer.Import(strings.NewReader(article), "article.txt", importer.Options{
		Meta: &document.Meta{Date: "2024-05"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	markdown.Write(os.Stdout, doc)
	fmt.Println()
	for _, e := range rep.Entries {
		if e.Kind != importer.KindBlank {
			fmt.Printf("%d %s [%s] %v\n", e.Line, e.Kind, e.Rule, e.Derived)
		}
	}
	// Output:
	// ---
	// title: Town keeps its one-hour market silence
	// byline:
	//   - Writing
	//   - BBC News World
	// date: 2024-05
	// lang: en
	// ---
	//
	// ![Boats wait at the harbour wall before dawn](images/figure-1.jpg){alt="Boats wait at the harbour wall before dawn" credit="Getty Images"}
	//
	// For thirty years the market has closed for one hour every morning.
	//
	// ## Why does it close?
	//
	// The custom began after a storm in 1994.
	//
	// 1 title [headline] []
	// 3 byline [byline-list] []
	// 4 byline [byline-list] []
	// 6 figure-credit [figure-credit] []
	// 7 figure-caption [figure-caption] [alt]
	// 8 paragraph [paragraph] []
	// 9 heading [heading] []
	// 10 paragraph [paragraph] []
	// 11 dropped [boilerplate/share] []
}

func ExampleReport_WriteText() {
	_, rep, _ := importer.Import(strings.NewReader("Headline\nBy Ana Ruiz\nPublished 3 October 2022\nBody text.\n"), "a.txt", importer.Options{})
	rep.WriteText(os.Stdout)
	// Output:
	// a.txt: lang en (detected: lingua: en 0.99, de 0.01 over 3 words; uncertain, assumed en)
	// a.txt:1: title [headline] the first non-empty line: "Headline"
	// a.txt:2: byline [byline-by] "Ana Ruiz" is a personal author: "By Ana Ruiz"
	// a.txt:3: dropped [dateline] a date line (2022-10-03) in the header: "Published 3 October 2022"
	// a.txt:4: paragraph [paragraph] not a heading: ends like a sentence: "Body text."
	// warning: a.txt: could not tell the language for sure (lingua: en 0.99, de 0.01 over 3 words); assumed en, set it with --lang
	// a.txt: 1 title, 1 byline, 1 paragraph, 1 dropped
}
