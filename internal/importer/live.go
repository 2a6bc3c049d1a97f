package importer

import "fmt"

// Live pages (a live blog, a running story) set each entry under its
// time: "4:52pm", "Ore 15:50", "há 1 hora", "vor 2 Stunden". Those times
// are the page's furniture, as the entries' share buttons are; an entry's
// title is a heading, and n-tv's "+++ 15:40 Bahn fährt wieder +++" is a
// heading with its time. Posts embedded from social networks ("Bristol
// City Council", "@BristolCouncil", the post, "3:14 PM · Mar 12, 2025")
// are the network's, not the story's.

// entryTimeRE is an entry's time alone on its line, or its age, or a match's
// minute ("90'+4").
var entryTimeRE = re(`(?i)^(?:(?:ore|h|hora|heure|um|at)\s+)?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|hrs))?$|^(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)$|^(?:há|hace|il y a|vor|fa)\s+(?:\d{1,2}|uma?|une?|einer?|un[ao]?)\s+(?:minutos?|min\.?|horas?|heures?|minutes?|stunden?|minuten?|ore|ora|minuti|hours?|mins?)(?:\s+fa)?$|^\d{1,2}\s*(?:min|mins|minutes?|h|hrs?|hours?)\s+ago$|^(?:\d{1,2}|an?)\s+(?:minutes?|hours?)\s+ago$|^\d{1,3}['’′](?:\s?\+\s?\d{1,2})?$`)

// tickerTitleRE is n-tv's entry title between plus signs.
var tickerTitleRE = re(`^\+{3}\s*(\S.{3,200}?)\s*\+{3}$`)

// postCloserRE closes a post embedded from a social network: its time
// ("3:14 PM · Mar 12, 2025") or the link to it ("Ver en X").
var postCloserRE = re(`(?i)^(?:view on|ver en|ver no|voir sur|auf|vedi su|bekijk op)\s+(?:x|twitter|instagram|facebook|bluesky|threads|tiktok)$|^(?:[1-9]|1[0-2]):[0-5]\d\s*(?:am|pm)\s*·\s*\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}$|^(?:[01]?\d|2[0-3]):[0-5]\d\s*·\s*\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}$`)

// liveEntries drops the times of a live page's entries (two or more of
// them, so that a time alone in a plain story stays) and the posts
// embedded from social networks. (body sets tickerTitleRE's lines as
// headings.)
func (im *importer) liveEntries(title int) {
	var times []int
	stamped := 0 // with the times a rule took for something else ("18:55", a reading time)
	for i := title + 1; i < len(im.lines); i++ {
		if entryTimeRE.MatchString(im.lines[i]) {
			stamped++
			if !im.done[i] {
				times = append(times, i)
			}
		}
	}
	im.live = stamped >= 2
	if len(times) >= 2 {
		for _, i := range times {
			im.drop(i, RuleLiveEntry, fmt.Sprintf("the time of a live page's entry (one of %d)", len(times)))
		}
	}
	for i := title + 1; i < len(im.lines); i++ {
		if im.done[i] {
			continue
		}
		if !handleRE.MatchString(im.lines[i]) {
			continue
		}
		name := im.above(i)
		if name < 0 || im.done[name] || name != i-1 || wordCount(im.lines[name]) > 6 || endsSentence(im.lines[name]) {
			continue
		}
		for j := i + 1; j < len(im.lines) && j <= i+4 && im.lines[j] != ""; j++ {
			if postCloserRE.MatchString(im.lines[j]) {
				for l := name; l <= j; l++ {
					if !im.done[l] {
						im.drop(l, RuleLiveEntry, fmt.Sprintf("a post embedded from a social network, by %s (lines %d-%d)", im.lines[i], name+1, j+1))
					}
				}
				i = j
				break
			}
		}
	}
}
