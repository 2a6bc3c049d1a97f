package html_test

import (
	"fmt"
	"os"
	"strings"

	"publish/internal/html"
)

// Read a saved page: the report gives each metadata field's source and
// the decision for every block.
func Example() {
	page := `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens | The Valley Post</title>
<meta property="og:site_name" content="The Valley Post"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge reopens</h1>
<p>The old bridge over the Tarn reopened on Monday after eight months of repairs, and the first car across was a tractor.</p>
<div class="share-tools"><a href="#">Share</a></div>
<p>Engineers replaced the deck and two of the four piers, which had been undermined by last winter's floods.</p>
</article><footer>© The Valley Post</footer></body></html>`
	doc, rep, err := html.Read(strings.NewReader(page), "page.html", html.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Meta.Title, "|", len(doc.Blocks), "paragraphs")
	rep.WriteText(os.Stdout)
	// Output:
	// Bridge reopens | 2 paragraphs
	// page.html: encoding utf-8
	// page.html: title = "Bridge reopens" (from <h1>)
	// page.html: publisher = "The Valley Post" (from OpenGraph)
	// page.html: lang = "en" (from <html lang>)
	// page.html: block 1 <nav>: dropped [furniture/navigation] a <nav> element: "Home News"
	// page.html: block 2 <h1>: title [headline] the page's headline: "Bridge reopens"
	// page.html: block 3 <p>: paragraph [paragraph] a paragraph of the article: "The old bridge over the Tarn reopened on Monday after eight…"
	// page.html: block 4 <div.share-tools>: dropped [furniture/share] its name says share: div.share-tools: "Share"
	// page.html: block 5 <p>: paragraph [paragraph] a paragraph of the article: "Engineers replaced the deck and two of the four piers, whic…"
	// page.html: block 6 <footer>: dropped [furniture/footer] a <footer> element: "© The Valley Post"
	// page.html: 1 title, 2 paragraph, 3 dropped
}
