package importer

import "testing"

func TestProbe(t *testing.T) {
	for _, s := range []string{"Posted: Feb 06, 2024 4:00 AM EST", "Last Updated: February 6", "Posted: Feb 06, 2024 4:00 AM EST | Last Updated: February 6", "CBC News", "Published - March 19, 2024 06:47 pm IST", "Updated - March 20, 2024 08:15 am IST - MADURAI", "11 juin 2024"} {
		d, u, why, ok := dateLine(s)
		t.Logf("%q -> %q %v %q %v", s, d, u, why, ok)
	}
	n, r, ok := bylineLine("Rhiannon Mercer", true)
	t.Logf("%v %q %v", n, r, ok)
}
