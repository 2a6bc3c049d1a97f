package document

import (
	"regexp"
	"strings"

	"github.com/google/uuid"
)

// Identifier schemes that the editions name, as Calibre keys them.
const (
	SchemeISBN = "isbn"
	SchemeDOI  = "doi"
	SchemeUUID = "uuid"
)

// doiRE is a DOI: the directory indicator 10, a registrant code, a slash
// and a suffix.
var doiRE = regexp.MustCompile(`^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$`)

// IDScheme splits the edition identifier (ID) into its scheme and its
// value as cataloguing software keys them. An ISBN-10 or ISBN-13 with a
// valid check digit, bare or after "isbn:" or "urn:isbn:", gives ("isbn",
// its digits); a DOI, bare, after "doi:", "urn:doi:" or "info:doi/", or in
// a doi.org address, gives ("doi", "10.…"); a UUID gives ("uuid", its
// lower-case form). Anything else gives ("", the identifier as written).
func (m *Meta) IDScheme() (scheme, value string) {
	id := strings.TrimSpace(m.ID())
	lower := strings.ToLower(id)
	for _, p := range []string{"urn:isbn:", "isbn:", "isbn "} {
		if strings.HasPrefix(lower, p) {
			if v, ok := isbn(id[len(p):]); ok {
				return SchemeISBN, v
			}
			return "", id
		}
	}
	if v, ok := isbn(id); ok {
		return SchemeISBN, v
	}
	for _, p := range []string{"urn:doi:", "doi:", "info:doi/", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"} {
		if strings.HasPrefix(lower, p) {
			if v := strings.TrimSpace(id[len(p):]); doiRE.MatchString(v) {
				return SchemeDOI, v
			}
			return "", id
		}
	}
	if doiRE.MatchString(id) {
		return SchemeDOI, id
	}
	if u, err := uuid.Parse(id); err == nil && (len(id) == 36 || strings.HasPrefix(lower, "urn:uuid:")) {
		return SchemeUUID, u.String()
	}
	return "", id
}

// IDURI is the edition identifier written so that it names its scheme:
// urn:isbn:9780306406157, doi:10.1000/182, urn:uuid:…; an identifier of
// no known scheme stays as written. Both editions carry this form.
func (m *Meta) IDURI() string {
	scheme, v := m.IDScheme()
	switch scheme {
	case SchemeISBN:
		return "urn:isbn:" + v
	case SchemeDOI:
		return "doi:" + v
	case SchemeUUID:
		return "urn:uuid:" + v
	}
	return v
}

// isbn returns the digits of s when s is an ISBN-13 or ISBN-10 with a
// valid check digit, written with or without hyphens or spaces.
func isbn(s string) (string, bool) {
	var d []byte
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			d = append(d, byte(r))
		case (r == 'X' || r == 'x') && len(d) == 9:
			d = append(d, 'X')
		case r == '-' || r == ' ':
		default:
			return "", false
		}
	}
	switch len(d) {
	case 13:
		if string(d[:3]) != "978" && string(d[:3]) != "979" {
			return "", false
		}
		sum := 0
		for i, c := range d {
			sum += int(c-'0') * (1 + 2*(i%2))
		}
		return string(d), sum%10 == 0
	case 10:
		sum := 0
		for i, c := range d {
			v := int(c - '0')
			if c == 'X' {
				v = 10
			}
			sum += v * (10 - i)
		}
		return string(d), sum%11 == 0
	}
	return "", false
}
