package epub_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// aceViolation is one failed assertion of Ace by DAISY.
type aceViolation struct {
	File, Rule, Impact string
}

// ace runs Ace by DAISY (installed by .ci/ace/setup.sh under ACE_HOME,
// default /tmp/ace) on file and returns its violations. Like
// internal/testkit, it skips when Ace is missing, and fails under CI=true.
func ace(t *testing.T, file string) []aceViolation {
	t.Helper()
	home := os.Getenv("ACE_HOME")
	if home == "" {
		home = "/tmp/ace"
	}
	if _, err := os.Stat(filepath.Join(home, "node_modules/.bin/ace-puppeteer")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Ace by DAISY is missing (CI=true requires it; run .ci/ace/setup.sh): %v", err)
		}
		t.Skipf("Ace by DAISY is not installed (run .ci/ace/setup.sh): %v", err)
	}
	script, err := filepath.Abs("../../.ci/ace/run-ace.sh")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	cmd := exec.Command("bash", script, file, out)
	cmd.Env = append(os.Environ(), "ACE_HOME="+home)
	log, err := cmd.CombinedOutput()
	data, rerr := os.ReadFile(filepath.Join(out, "report.json"))
	if rerr != nil {
		t.Fatalf("ace wrote no report (%v): %v\n%s", err, rerr, log)
	}
	var r struct {
		Result struct {
			Outcome string `json:"earl:outcome"`
		} `json:"earl:result"`
		Assertions []struct {
			Subject struct {
				URL string `json:"url"`
			} `json:"earl:testSubject"`
			Assertions []struct {
				Test struct {
					Title  string `json:"dct:title"`
					Impact string `json:"earl:impact"`
				} `json:"earl:test"`
			} `json:"assertions"`
		} `json:"assertions"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("ace report: %v", err)
	}
	var vs []aceViolation
	for _, doc := range r.Assertions {
		for _, a := range doc.Assertions {
			vs = append(vs, aceViolation{doc.Subject.URL, a.Test.Title, a.Test.Impact})
		}
	}
	if len(vs) == 0 && r.Result.Outcome != "pass" {
		t.Fatalf("ace outcome %q without violations:\n%s", r.Result.Outcome, log)
	}
	if err != nil && len(vs) == 0 && !strings.Contains(string(log), "Done") {
		t.Fatalf("ace failed: %v\n%s", err, log)
	}
	return vs
}
