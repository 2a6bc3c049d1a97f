package document

import (
	"strings"
	"time"
)

// SolarMonths are the months of the Solar Hijri calendar, Iran's; the
// importer reads Persian dates by them.
var SolarMonths = [12]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// persianDigits are the digits Persian prints, zero to nine.
const persianDigits = "۰۱۲۳۴۵۶۷۸۹"

// solar converts a Gregorian date to the Solar Hijri calendar: 11 March
// 2025 is 21 Esfand 1403. Its leap years are those of the 33-year
// arithmetic rule (eight in 33: the years whose remainder by 33 is 1, 5,
// 9, 13, 17, 22, 26 or 30), which agrees with Iran's official calendar,
// whose year starts at the equinox reckoned at 52.5°E, at least from 1343
// to 1473 SH (1964 to 2095); the published tables of its exceptions
// (ICU's) list none before 1502 SH. Outside those years a date may be a
// day off.
func solar(y, mo, day int) (sy, smo, sday int) {
	days := int(time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	sy = y - 621 // the solar year that starts in March of y
	if days < nowruz(sy) {
		sy--
	}
	d := days - nowruz(sy) // days since 1 Farvardin
	if d < 186 {
		return sy, d/31 + 1, d%31 + 1 // six months of 31 days
	}
	d -= 186
	return sy, d/30 + 7, d%30 + 1 // five of 30, and Esfand of 29 or 30
}

// FromSolar converts a date of the Solar Hijri calendar to the Gregorian,
// by the same rule as solar: 21 Esfand 1403 is 11 March 2025. The
// importer reads Persian pages' dates with it.
func FromSolar(sy, smo, sday int) time.Time {
	d := nowruz(sy) + sday - 1
	if smo <= 6 {
		d += (smo - 1) * 31
	} else {
		d += 186 + (smo-7)*30
	}
	return time.Unix(int64(d)*86400, 0).UTC()
}

// nowruz is the day of 1 Farvardin of the solar year y, in days since 1
// January 1970. (8y+21)/33 counts the leap years of the 33-year rule
// before y.
func nowruz(y int) int {
	const farvardin1404 = 20168 // 21 March 2025
	return farvardin1404 + 365*(y-1404) + (8*y+21)/33 - (8*1404+21)/33
}

// inDigits writes the digits 0-9 of s in the ten digits of digits.
func inDigits(s, digits string) string {
	if digits == "" {
		return s
	}
	d := []rune(digits)
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return d[r-'0']
		}
		return r
	}, s)
}
