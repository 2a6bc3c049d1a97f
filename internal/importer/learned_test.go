package importer

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"publish/internal/corpus"
)

// trainingSets are the blind sets the furniture model learns from: each
// one only after its first contact was measured. A new blind set joins
// them after it has been scored once.
var trainingSets = []string{"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind34", "blind33", "blind36", "blind35", "blind37", "blind39", "blind45", "blind43", "blind42", "blind44", "blind47", "blind46", "blind48", "blind49", "blind50", "blind51", "blind52", "blind55", "blind53", "blind54", "blind58", "blind56", "blind57", "blind59", "blind60", "blind62", "blind61", "blind63", "blind64", "blind65", "blind67", "blind66", "blind68", "blind69", "blind71", "blind70", "blind72", "blind75", "blind73", "blind74", "blind76", "blind77", "blind79", "blind78", "blind83", "blind81", "blind82", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90", "blind91", "blind94", "blind93", "blind95", "blind97", "blind98"}

// example is one labelled line: its features, whether it is furniture,
// and the article it is from (a name unique across the corpora).
type example struct {
	features  []string
	furniture bool
	article   string
	text      string
}

// blindExamples are the labelled lines of one blind set.
func blindExamples(t *testing.T, set string) []example {
	t.Helper()
	arts, err := corpus.Load("../corpus/" + set)
	if err != nil {
		t.Fatal(err)
	}
	var out []example
	for _, a := range arts {
		lines, _, err := corpus.LabelLines(a)
		if err != nil {
			t.Fatal(err)
		}
		texts := make([]string, len(lines))
		for i, l := range lines {
			texts[i] = l.Text
		}
		for i, l := range lines {
			if l.Label == corpus.BodyLine || l.Label == corpus.FurnitureLine {
				out = append(out, example{lineFeatures(texts, i), l.Label == corpus.FurnitureLine, set + "/" + a.Name, texts[i]})
			}
		}
	}
	return out
}

// devExamples are the labelled lines of the development corpus
// (testdata/golden/*.expected.yaml, one tag per input line).
func devExamples(t *testing.T) []example {
	t.Helper()
	files, devs := devCorpus(t)
	var out []example
	for k, f := range files {
		d := devs[k]
		var texts []string
		var furniture []bool
		for _, l := range strings.Split(strings.TrimSuffix(d.Lines, "\n"), "\n") {
			tag, text, _ := strings.Cut(l, "|")
			if text == "" || tag == "t" {
				continue
			}
			texts = append(texts, text)
			furniture = append(furniture, strings.Contains("xkucdbr", tag))
		}
		for i := range texts {
			out = append(out, example{lineFeatures(texts, i), furniture[i], f, texts[i]})
		}
	}
	return out
}

// train counts each feature in furniture and in body lines and writes
// the model: the prior log odds, each feature's log odds (add-one-half
// smoothing), and the log odds of a feature never seen. A feature is kept
// only when lines of at least minArticles articles have it: the words
// that furniture shares across outlets, not the names, places and topics
// of one story (a tag list's "Flooding").
func train(exs []example) string {
	const minArticles = 3
	var nf, nb float64
	cf, cb := map[string]float64{}, map[string]float64{}
	articles := map[string]map[string]bool{}
	for _, e := range exs {
		c := cb
		if e.furniture {
			nf, c = nf+1, cf
		} else {
			nb++
		}
		for _, f := range e.features {
			c[f]++
			if articles[f] == nil {
				articles[f] = map[string]bool{}
			}
			articles[f][e.article] = true
		}
	}
	var b strings.Builder
	b.WriteString("# The furniture model of learned.go: written by go test -run 'TestFurnitureModel$' ./internal/importer -update.\n")
	fmt.Fprintf(&b, "# %d furniture lines, %d body lines.\n", int(nf), int(nb))
	fmt.Fprintf(&b, "(prior)\t%.4f\n", math.Log(nf/nb))
	fmt.Fprintf(&b, "(unseen)\t%.4f\n", math.Log((0.5/(nf+1))/(0.5/(nb+1))))
	var keys []string
	for k := range cf {
		keys = append(keys, k)
	}
	for k := range cb {
		if _, ok := cf[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(articles[k]) < minArticles {
			continue
		}
		fmt.Fprintf(&b, "%s\t%.4f\n", k, math.Log((cf[k]+0.5)/(nf+1))-math.Log((cb[k]+0.5)/(nb+1)))
	}
	return b.String()
}

// TestFurnitureModel trains the model on the training sets and the
// development corpus and checks that furniture.model is what it gives
// (-update rewrites it).
func TestFurnitureModel(t *testing.T) {
	var exs []example
	for _, s := range trainingSets {
		exs = append(exs, blindExamples(t, s)...)
	}
	exs = append(exs, devExamples(t)...)
	checkGolden(t, "furniture.model", []byte(train(exs)))
}

// TestFurnitureModelHeldOut trains the model without one blind set at a
// time and scores that set's lines: the body lines it would drop (it must
// drop almost none: at most 1 in 200) and the furniture lines it finds.
func TestFurnitureModelHeldOut(t *testing.T) {
	sets := map[string][]example{}
	for _, s := range trainingSets {
		sets[s] = blindExamples(t, s)
	}
	dev := devExamples(t)
	body, bodyDropped, furniture, found := 0, 0, 0, 0
	for _, s := range trainingSets {
		exs := dev
		for _, o := range trainingSets {
			if o != s {
				exs = append(exs[:len(exs):len(exs)], sets[o]...)
			}
		}
		m, err := parseModel(train(exs))
		if err != nil {
			t.Fatal(err)
		}
		b, bd, f, fd := 0, 0, 0, 0
		for _, e := range sets[s] {
			drop, _, _ := m.furniture(e.features)
			switch {
			case e.furniture:
				f++
				if drop {
					fd++
				}
			default:
				b++
				if drop {
					bd++
					t.Logf("%s: body line %q scored as furniture", e.article, e.text)
				}
			}
		}
		t.Logf("%-8s body lines dropped %2d/%3d, furniture lines found %3d/%3d", s, bd, b, fd, f)
		body, bodyDropped, furniture, found = body+b, bodyDropped+bd, furniture+f, found+fd
	}
	t.Logf("all      body lines dropped %2d/%3d, furniture lines found %3d/%3d", bodyDropped, body, found, furniture)
	if bodyDropped*200 > body {
		t.Errorf("%d of %d body lines scored as furniture, want at most 1 in 200", bodyDropped, body)
	}
}
