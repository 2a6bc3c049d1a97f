package importer

import "testing"

func TestZZ(t *testing.T) {
	for _, s := range []string{"Mariana Tavares - Repórter da Agência Brasil", "Mariana Tavares"} {
		n, r, ok := bylineLine(s, true)
		t.Logf("%q -> %q %q %v", s, n, r, ok)
	}
}
