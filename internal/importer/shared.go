package importer

// The importer's line rules, for readers of other formats (the saved-page
// reader in internal/html) that meet the same lines inside elements: one
// set of rules for furniture, bylines, dates and photo credits, whatever
// the input. Each function only calls the rule it names.

// Furniture reports whether a line is page furniture by the boilerplate
// table, with the rule's name ("boilerplate/share") and its reason.
func Furniture(text string) (rule, why string, ok bool) {
	row := matchBoilerplate(text)
	if row == nil {
		return "", "", false
	}
	return "boilerplate/" + row.Name, row.Why, true
}

// FurnitureHeading reports whether a line heads a list of links that is
// furniture with it ("Related Topics", "Most viewed").
func FurnitureHeading(text string) bool {
	row := matchBoilerplate(text)
	return row != nil && row.List
}

// Byline splits a byline line ("By A and B", "Por A y B") into its
// names; ok is false when the line is not one.
func Byline(text string) (names []string, ok bool) { return bylineBy(text) }

// IsPerson reports whether a byline part names a person rather than a
// newsroom, an organisation or a role.
func IsPerson(name string) bool { return classifyCredit(name) == person }

// DateLine reports whether a line is a publication date or time alone,
// with the rule's reason.
func DateLine(text string) (why string, ok bool) { return dateline(text) }

// CaptionCredit splits a caption into the caption and its photo credit,
// by the credit rules of figures: a labelled credit ("Image source, X").
// ok is false when the text holds no credit.
func CaptionCredit(text string) (caption, credit string, ok bool) {
	if c, ok := figureCredit(text); ok {
		return "", c, true
	}
	return text, "", false
}

// CreditLine reports whether a line is a photo credit alone, and gives
// the credit without its label.
func CreditLine(text string) (credit string, ok bool) { return figureCredit(text) }

// CaptionLabel strips a caption label ("Image caption, X").
func CaptionLabel(text string) (caption string, ok bool) { return figureCaption(text) }

// DetectLang is the language rule on texts: a BCP 47 tag, the reason,
// and whether the detection was sure.
func DetectLang(texts []string) (lang, why string, ok bool) { return detectLang(texts) }

// AltFromCaption derives alt text from a caption as the importer does.
func AltFromCaption(caption string) string { return altFromCaption(caption) }
