// Package corpus holds the held-out articles that the text importer and
// the saved-page reader are measured on (testdata/<name>/: the pasted
// text, the saved page, and the truth in expected.yaml), and the scorer
// that compares a document made from one of them with its truth.
//
// The articles are written for the tests and never shown to the rules
// while they are written: tune a rule to one of these texts and the score
// stops meaning anything.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
)

// Article is one held-out article and its truth.
type Article struct {
	Name     string    // directory name, e.g. "en-reuters-copper"
	Dir      string    // the article's directory
	Text     string    // path of article.txt, the text as pasted from the page
	Page     string    // path of page.html, the saved page; "" when there is none
	Files    string    // path of page_files/; "" when the page was saved as HTML only
	Expected *Expected // the truth, as expected.yaml gives it
}

// Expected is the truth for one article. Texts are compared after Normalize.
type Expected struct {
	Title string `yaml:"title"`
	Lang  string `yaml:"lang"` // BCP 47; compared on the primary subtag

	Authors      []string `yaml:"authors"`      // personal names, in title case
	Sources      []string `yaml:"sources"`      // publisher or source credits: agencies, outlets
	Contributors []string `yaml:"contributors"` // people named in sign-offs who are not authors

	Date        string `yaml:"date"`        // W3CDTF, the publication date
	Description string `yaml:"description"` // the standfirst, if any (also the first paragraph)

	Headings   []string `yaml:"headings"`   // in order
	Paragraphs []string `yaml:"paragraphs"` // every body paragraph (and list item), in order
	Figures    []Figure `yaml:"figures"`    // in order

	// Furniture lists what must not appear in the body: page furniture and
	// the header lines whose content belongs in the metadata. Each entry
	// is one line, or the lines of one element (a share menu, a list of
	// headlines), scored as one check.
	Furniture []Group `yaml:"furniture"`

	// Page is the truth that only the saved page carries. Scoring with it
	// set means the document was read from page.html (see ForPage).
	Page *Page `yaml:"page"`
}

// Figure is one expected figure.
type Figure struct {
	Caption string `yaml:"caption"` // without the credit, and without a "FILE - " or "FILE PHOTO: " prefix
	Credit  string `yaml:"credit"`  // as printed, without its label ("Photograph:", "Bild:")
	File    bool   `yaml:"file"`    // the caption carried a "FILE - " or "FILE PHOTO: " prefix (informational)
	// Image is, in page.html, the best locally saved candidate
	// ("page_files/x.jpg"), or the remote URL of an image the page never
	// saved; "" when the article has no page.
	Image string `yaml:"image"`
}

// Remote reports whether the figure's image exists only as a URL.
func (f Figure) Remote() bool { return isRemote(f.Image) }

// Page is what page.html says beyond the text.
type Page struct {
	URL         string   `yaml:"url"`         // canonical URL (source.url)
	SiteName    string   `yaml:"site_name"`   // publisher or site name
	Section     string   `yaml:"section"`     // the section, counted as one of the tags
	Tags        []string `yaml:"tags"`        // article:tag, keywords
	Date        string   `yaml:"date"`        // when the page's metadata is more precise than the text
	Description string   `yaml:"description"` // og:description / JSON-LD, when it is not the standfirst
	Saved       string   `yaml:"saved"`       // "complete" (page.html + page_files/) or "html-only"
	Charset     string   `yaml:"charset"`     // the declared charset, e.g. "utf-8", "windows-1252"
	Furniture   []Group  `yaml:"furniture"`   // what the page shows around the article
}

// Group is one furniture entry: a line, or the lines of one element.
type Group []string

// UnmarshalYAML accepts a string or a list of strings.
func (g *Group) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*g = Group{s}
		return nil
	}
	var l []string
	if err := unmarshal(&l); err != nil {
		return errors.New("a furniture entry is a line or a list of lines")
	}
	*g = l
	return nil
}

// ForText returns the truth for scoring the import of article.txt: the
// page's fields are left out.
func (a *Article) ForText() *Expected {
	e := *a.Expected
	e.Page = nil
	return &e
}

// ForPage returns the truth for scoring the import of page.html: the
// page's date and description where it has its own, and its furniture.
func (a *Article) ForPage() *Expected {
	e := *a.Expected
	p := e.Page
	if p == nil {
		p = &Page{}
		e.Page = p
	}
	if p.Date != "" {
		e.Date = p.Date
	}
	if p.Description != "" {
		e.Description = p.Description
	}
	e.Furniture = p.Furniture
	return &e
}

// BlindSets are the directories of the blind article sets, in the order
// they were written: each by someone who read only this package, never
// the readers, and scored once before any rule was changed for it.
var BlindSets = []string{"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind34", "blind33", "blind36", "blind35", "blind37", "blind39", "blind45", "blind43", "blind42", "blind44", "blind47", "blind46", "blind48", "blind49", "blind50", "blind51", "blind52", "blind55", "blind53", "blind54", "blind58", "blind56", "blind57", "blind59", "blind60", "blind62", "blind61", "blind63", "blind64", "blind65", "blind67", "blind66", "blind68", "blind69", "blind71", "blind70", "blind72", "blind75", "blind73", "blind74", "blind76", "blind77", "blind79", "blind78", "blind83", "blind81", "blind82", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90", "blind91", "blind94", "blind93", "blind95", "blind97", "blind98", "blind101", "blind100", "blind99", "blind103", "blind102", "blind104", "blind105", "blind106", "blind107", "blind108", "blind109", "blind110", "blind111", "blind112", "blind113", "blind114", "blind115", "blind116", "blind117", "blind118", "blind119", "blind120", "blind121", "blind122", "blind123", "blind124", "blind125", "blind126", "blind127", "blind128", "blind129", "blind130", "blind131", "blind132", "blind133", "blind134", "blind135", "blind136", "blind137", "blind138", "blind139", "blind140", "blind141", "blind142", "blind143", "blind144", "blind145", "blind146", "blind147", "blind148", "blind149", "blind153", "blind151", "blind152", "blind150", "blind154", "blind155", "blind156", "blind158", "blind157", "blind159", "blind161", "blind162", "blind160", "blind163", "blind164", "blind165", "blind166", "blind167", "blind168", "blind169", "blind170", "blind171", "blind172", "blind173", "blind174", "blind175", "blind176", "blind177", "blind178", "blind179", "blind180", "blind181", "blind182", "blind183", "blind184", "blind185", "blind186", "blind188", "blind189", "blind190", "blind187", "blind191", "blind193", "blind194", "blind192", "blind195", "blind196", "blind197", "blind198", "blind199", "blind200", "blind201", "blind202", "blind204", "blind208", "blind207", "blind203", "blind206", "blind205", "blind209", "blind211", "blind212", "blind210", "blind213", "blind214", "blind215", "blind216", "blind217", "blind218", "blind219", "blind220", "blind221", "blind222", "blind223", "blind224", "blind225", "blind226", "blind227", "blind228", "blind229", "blind230", "blind231", "blind232", "blind233", "blind234", "blind235", "blind236", "blind237", "blind238", "blind239", "blind240", "blind241", "blind242", "blind243", "blind244", "blind245", "blind246", "blind247", "blind248", "blind249", "blind250", "blind251", "blind252", "blind253", "blind254", "blind255", "blind256", "blind257", "blind258", "blind259", "blind260", "blind261", "blind262", "blind263", "blind264", "blind265", "blind266", "blind267", "blind268", "blind269", "blind270", "blind272", "blind271", "blind273", "blind274", "blind275", "blind276", "blind277", "blind278", "blind279", "blind280", "blind281", "blind282", "blind283", "blind284", "blind285", "blind286", "blind287", "blind288", "blind289", "blind290", "blind291", "blind292", "blind293", "blind294", "blind295", "blind296", "blind297", "blind298", "blind299", "blind300", "blind301", "blind302", "blind303", "blind304", "blind305", "blind306", "blind307", "blind308", "blind309", "blind310", "blind311", "blind312", "blind313", "blind314", "blind315", "blind316", "blind317", "blind318", "blind319", "blind320", "blind321", "blind322", "blind323", "blind324", "blind325", "blind326", "blind327", "blind328", "blind329", "blind330", "blind331", "blind332", "blind333", "blind334", "blind335", "blind336", "blind337", "blind338", "blind339", "blind340", "blind341", "blind342", "blind343", "blind344", "blind345", "blind346", "blind347", "blind348", "blind349", "blind350", "blind351", "blind352", "blind353", "blind354", "blind355", "blind356", "blind357", "blind358", "blind359", "blind360", "blind361", "blind362", "blind363", "blind364", "blind365", "blind366", "blind367", "blind368", "blind369", "blind370", "blind371", "blind372", "blind373", "blind374", "blind375", "blind376", "blind377", "blind378", "blind379", "blind380", "blind381", "blind382", "blind383", "blind384", "blind385", "blind386", "blind387", "blind388", "blind389", "blind390", "blind391", "blind392", "blind393", "blind394", "blind395", "blind396", "blind397", "blind398", "blind399", "blind400", "blind401", "blind402", "blind403", "blind404", "blind405", "blind406", "blind412", "blind413", "blind407", "blind409", "blind410", "blind411", "blind414", "blind408", "blind415", "blind416", "blind417", "blind418", "blind419", "blind420", "blind421", "blind422", "blind423", "blind424", "blind425", "blind426", "blind428", "blind429", "blind430", "blind427", "blind431", "blind432", "blind433", "blind434", "blind435", "blind436", "blind437", "blind438", "blind440", "blind441", "blind442", "blind443", "blind444", "blind445", "blind446", "blind439", "blind447", "blind449", "blind451", "blind448", "blind450", "blind454", "blind452", "blind453"}

// Load reads every article under dir (one directory each, holding
// expected.yaml and article.txt, and optionally page.html and
// page_files/), sorted by name. Errors name the file.
func Load(dir string) ([]Article, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Article
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		a, err := loadArticle(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no articles", dir)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func loadArticle(dir string) (Article, error) {
	a := Article{Name: filepath.Base(dir), Dir: dir, Text: filepath.Join(dir, "article.txt")}
	yml := filepath.Join(dir, "expected.yaml")
	data, err := os.ReadFile(yml)
	if err != nil {
		return a, err
	}
	exp := &Expected{}
	if err := yaml.UnmarshalWithOptions(data, exp, yaml.Strict()); err != nil {
		return a, fmt.Errorf("%s: %s", yml, yaml.FormatError(err, false, true))
	}
	if err := exp.validate(); err != nil {
		return a, fmt.Errorf("%s: %w", yml, err)
	}
	a.Expected = exp
	if _, err := os.Stat(a.Text); err != nil {
		return a, err
	}
	if page := filepath.Join(dir, "page.html"); exists(page) {
		a.Page = page
		if exp.Page == nil {
			return a, fmt.Errorf("%s: page.html exists but the truth has no page section", yml)
		}
	}
	if files := filepath.Join(dir, "page_files"); exists(files) {
		a.Files = files
	}
	for i, f := range exp.Figures {
		if f.Image == "" || f.Remote() {
			continue
		}
		if !filepath.IsLocal(f.Image) || !exists(filepath.Join(dir, f.Image)) {
			return a, fmt.Errorf("%s: figure %d: local image %q is not in the article's directory", yml, i+1, f.Image)
		}
	}
	return a, nil
}

func (e *Expected) validate() error {
	switch {
	case strings.TrimSpace(e.Title) == "":
		return errors.New("no title")
	case e.Lang == "":
		return errors.New("no lang")
	case len(e.Paragraphs) == 0:
		return errors.New("no paragraphs")
	}
	if e.Date != "" {
		if _, err := parseW3CDTF(e.Date); err != nil {
			return fmt.Errorf("date: %w", err)
		}
	}
	for i, f := range e.Figures {
		if strings.TrimSpace(f.Caption) == "" {
			return fmt.Errorf("figure %d has no caption", i+1)
		}
	}
	if p := e.Page; p != nil {
		if p.URL == "" || p.SiteName == "" {
			return errors.New("page: url and site_name are required")
		}
		if p.Date != "" {
			if _, err := parseW3CDTF(p.Date); err != nil {
				return fmt.Errorf("page: date: %w", err)
			}
		}
		if p.Saved != "complete" && p.Saved != "html-only" {
			return fmt.Errorf("page: saved is %q, want complete or html-only", p.Saved)
		}
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, fs.ErrNotExist)
}
