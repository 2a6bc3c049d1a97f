package document_test

import (
	"fmt"
	"strings"
	"testing"

	"publish/internal/document"
)

func ExampleSlug() {
	fmt.Println(document.Slug("Who was Leandro Norero, the “patron” accused of being one of the main drug traffickers", 0))
	fmt.Println(document.Slug("¿Qué es un río atmosférico?", 0))
	fmt.Println(document.Slug("“”", 0))
	fmt.Println(document.Slug("Kładka na Zabłocie dopiero w 2027 roku", 0))
	fmt.Println(document.Slug("Τριακόσια δέντρα στην παραλία", 0))
	fmt.Println(document.Slug("Старый мост отремонтируют", 0))
	fmt.Println(document.Slug("市議会が橋を修理", 0))
	fmt.Println(document.Slug("🌊🌊", 0))
	// Output:
	// who-was-leandro-norero-the-patron
	// que-es-un-rio-atmosferico
	// untitled
	// kladka-na-zablocie-dopiero-w-2027-roku
	// triakosia-dentra-sten-paralia
	// staryi-most-otremontiruiut
	// shi-yi-hui-kaqiao-woxiu-li
	// untitled
}

func ExampleFormatDate() {
	for _, d := range []string{"2022", "2022-10", "2022-10-04", "2022-10-04T10:00:00Z"} {
		fmt.Println(document.FormatDate(d))
	}
	// Output:
	// 2022
	// October 2022
	// 4 October 2022
	// 4 October 2022
}

func TestID(t *testing.T) {
	cases := []struct {
		name string
		meta document.Meta
		want string
	}{
		{"own identifier wins", document.Meta{Identifier: "isbn:9780000000002", Title: "T", Source: &document.Source{URL: "https://example.org/a"}}, "isbn:9780000000002"},
		{"from the source URL", document.Meta{Title: "T", Source: &document.Source{URL: "https://example.org/a"}}, "urn:uuid:"},
		{"from title and date", document.Meta{Title: "T", Date: "2022-10"}, "urn:uuid:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id := c.meta.ID()
			if !strings.HasPrefix(id, c.want) || id != c.meta.ID() {
				t.Errorf("ID() = %q, want prefix %q and the same value every call", id, c.want)
			}
		})
	}
	a := document.Meta{Title: "T", Date: "2022-10"}
	b := document.Meta{Title: "T", Date: "2022-11"}
	u := document.Meta{Title: "Other", Source: &document.Source{URL: "https://example.org/a"}}
	v := document.Meta{Title: "T", Source: &document.Source{URL: "https://example.org/a"}}
	if a.ID() == b.ID() {
		t.Error("different dates give the same identifier")
	}
	if u.ID() != v.ID() {
		t.Error("the same source URL gives different identifiers")
	}
	// Pinned values: an edition keeps its identifier across versions of
	// the tool (UUID v5 in the URL namespace, or in ours for title+date).
	if got := v.ID(); got != "urn:uuid:77980eae-c343-5b01-9823-eb6ac1da021f" {
		t.Errorf("ID() from URL = %q", got)
	}
	if got := a.ID(); got != "urn:uuid:5e93bba3-ee01-506d-b9c2-cba3b52e5bfb" {
		t.Errorf("ID() from title and date = %q", got)
	}
}

func TestCredits(t *testing.T) {
	doc := &document.Document{
		Meta: document.Meta{
			Title: "T", Byline: []string{"Drafting"}, Rights: "© 2022",
			Source: &document.Source{Name: "BBC News Mundo", Title: "Título", Lang: "es", Translation: "English translation."},
		},
		Blocks: []document.Block{
			&document.Figure{Credit: "AFP / Getty"},
			&document.Quote{Blocks: []document.Block{&document.Figure{Credit: "Reuters"}}},
			&document.Figure{Credit: "AFP / Getty"},
		},
	}
	var got []string
	for _, c := range doc.Credits("publish 1.0") {
		got = append(got, c.Label+": "+strings.Join(c.Values, " | "))
	}
	want := []string{
		"Source publication: BBC News Mundo",
		"Original headline: Título",
		"Original language: Spanish (es)",
		"Translation: English translation.",
		"Byline: Drafting",
		"Photographs: AFP / Getty | Reuters",
		"Rights: © 2022",
		"Identifier: " + doc.Meta.ID(),
		"Produced with: publish 1.0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("credits:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
