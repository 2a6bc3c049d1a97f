package corpus

import "testing"

// TestBlindLoads loads the blind article sets (BlindSets, each written
// without reading the importers, for a first-contact measurement) and
// checks each truth against its text and page as the held-out corpus's
// truths are checked.
func TestBlindLoads(t *testing.T) {
	for _, dir := range BlindSets {
		t.Run(dir, func(t *testing.T) {
			arts, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) < 4 {
				t.Errorf("%d blind articles, want at least 4", len(arts))
			}
			for _, a := range arts {
				t.Run(a.Name, func(t *testing.T) {
					truthMatchesText(t, a)
					if a.Page == "" {
						t.Fatal("no page.html")
					}
					truthMatchesPage(t, a)
					for _, exp := range []*Expected{a.ForText(), a.ForPage()} {
						if r := Score(perfect(exp), exp); len(r.Failures) > 0 {
							t.Errorf("the truth scored against itself: %v", r.Failures)
						}
					}
				})
			}
		})
	}
}
