package importer

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, l := range strings.Split(os.Getenv("PROBE"), "\n") {
		d, u, why, ok := dateLine(l)
		names, role, bok := bylineLine(l, true)
		fmt.Printf("%q: dateLine=%q %v %q %v | byline=%q %q %v | name=%v\n", l, d, u, why, ok, names, role, bok, nameShaped(titleCase(l)))
	}
}
