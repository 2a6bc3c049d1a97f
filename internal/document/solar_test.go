package document

import (
	"fmt"
	"testing"
	"time"
)

// TestSolar: 1 Farvardin of 1395 to 1410 SH falls on Nowruz as Iran's
// calendar has it (the equinox before noon at 52.5°E is that day, after
// noon the next), and Esfand has a 30th day in leap years only.
func TestSolar(t *testing.T) {
	nowruzes := map[int]string{
		1395: "2016-03-20", 1396: "2017-03-21", 1397: "2018-03-21", 1398: "2019-03-21",
		1399: "2020-03-20", 1400: "2021-03-21", 1401: "2022-03-21", 1402: "2023-03-21",
		1403: "2024-03-20", 1404: "2025-03-21", 1405: "2026-03-21", 1406: "2027-03-21",
		1407: "2028-03-20", 1408: "2029-03-20", 1409: "2030-03-21", 1410: "2031-03-21",
	}
	for sy, g := range nowruzes {
		if got := fmt.Sprint(solar(ymd(t, g))); got != fmt.Sprint(sy, 1, 1) {
			t.Errorf("%s is %s, want 1 Farvardin %d", g, got, sy)
		}
		if got := fmt.Sprint(solar(ymd(t, day(t, g, -1)))); got != fmt.Sprint(sy-1, 12, 29) && got != fmt.Sprint(sy-1, 12, 30) {
			t.Errorf("the day before %s is %s, not the last of Esfand %d", g, got, sy-1)
		}
	}
	for _, c := range []struct {
		g       string
		y, m, d int
		leap    bool // y is a leap year
	}{
		{"2025-03-20", 1403, 12, 30, true},
		{"2021-03-20", 1399, 12, 30, true},
		{"2017-03-20", 1395, 12, 30, true},
		{"2030-03-20", 1408, 12, 30, true},
		{"2024-03-19", 1402, 12, 29, false},
		{"2029-03-19", 1407, 12, 29, false},
		{"2026-03-20", 1404, 12, 29, false},
		{"2025-03-11", 1403, 12, 21, false},
		{"2025-09-22", 1404, 6, 31, false},
		{"2025-09-23", 1404, 7, 1, false},
		{"2025-12-22", 1404, 10, 1, false},
		{"1979-02-11", 1357, 11, 22, false},
	} {
		y, m, d := solar(ymd(t, c.g))
		if y != c.y || m != c.m || d != c.d {
			t.Errorf("%s is %d-%d-%d, want %d-%d-%d", c.g, y, m, d, c.y, c.m, c.d)
		}
		next := fmt.Sprint(solar(ymd(t, day(t, c.g, 1))))
		if c.m == 12 && (next == fmt.Sprint(c.y+1, 1, 1)) != (d == 30 || !c.leap && d == 29) {
			t.Errorf("%s: the day after %d-%d-%d is %s", c.g, y, m, d, next)
		}
	}
}

func ymd(t *testing.T, s string) (int, int, int) {
	g, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return g.Year(), int(g.Month()), g.Day()
}

func day(t *testing.T, s string, n int) string {
	g, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return g.AddDate(0, 0, n).Format("2006-01-02")
}

// TestPersianDates: a Persian book prints the solar date in Persian
// digits; a month alone is the solar month its 1st falls in.
func TestPersianDates(t *testing.T) {
	for d, want := range map[string]string{
		"2025-03-11": "۲۱ اسفند ۱۴۰۳",
		"2025-03-21": "۱ فروردین ۱۴۰۴",
		"2025-03-20": "۳۰ اسفند ۱۴۰۳",
		"2025-03":    "اسفند ۱۴۰۳", // 1 March 2025 is 10 Esfand
		"2025-04":    "فروردین ۱۴۰۴",
		"2025":       "2025", // a year alone spans two solar years
		"soon":       "soon",
	} {
		if got := WordsFor("fa-IR").Date(d); got != want {
			t.Errorf("%s: %q, want %q", d, got, want)
		}
	}
}
