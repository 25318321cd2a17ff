package relation_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
)

const summitText = "../../shared/examples/summit-article.txt"

// analyzeSummit runs the standard pipeline over the example article with
// its publication time, skipping when ../shared is absent.
func analyzeSummit(t *testing.T) *document.Document {
	t.Helper()
	data, err := os.ReadFile(summitText)
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping the example article")
	}
	pub, err := document.ParseTime("2018-05-31T05:55:00-07:00")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: data, Name: "summit", Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// fact is one line of "Facts worth a graph" in summit-article.expected.md:
// names are matched against an entity's name and aliases (any of the
// "|"-separated names), time by prefix, place by the place entity's name.
type fact struct {
	typ, subj, obj, role, time, place, modality string
	// objText is the object phrase of a relation whose object is no entity
	objText string
}

func (f fact) String() string {
	return fmt.Sprintf("%s(%s → %s role=%q time=%s place=%s %s)", f.typ, f.subj, f.obj, f.role, f.time, f.place, f.modality)
}

func names(doc *document.Document, id string) []string {
	e := doc.Entity(id)
	if e == nil {
		return nil
	}
	return append([]string{e.Name}, e.Aliases...)
}

func nameIs(doc *document.Document, id, want string) bool {
	if want == "" {
		return true
	}
	for _, w := range strings.Split(want, "|") {
		for _, n := range names(doc, id) {
			if strings.EqualFold(n, w) {
				return true
			}
		}
	}
	return false
}

func (f fact) matches(doc *document.Document, r document.Relation) bool {
	if r.Type != f.typ {
		return false
	}
	if f.objText != "" && r.ObjectText != f.objText {
		return false
	}
	subj, obj := nameIs(doc, r.Subject, f.subj), nameIs(doc, r.Object, f.obj)
	if r.Type == "meet" && !(subj && obj) {
		subj, obj = nameIs(doc, r.Object, f.subj), nameIs(doc, r.Subject, f.obj)
	}
	if !subj || !obj {
		return false
	}
	if f.role != "" && !strings.EqualFold(r.Role, f.role) {
		return false
	}
	if !strings.HasPrefix(r.Time, f.time) {
		return false
	}
	if f.place != "" && !nameIs(doc, r.Place, f.place) {
		return false
	}
	return f.modality == "" || r.Modality == f.modality
}

// TestSummitFacts checks every fact of "Facts worth a graph", with its time
// and place where the article gives them.
func TestSummitFacts(t *testing.T) {
	doc := analyzeSummit(t)
	facts := []fact{
		// who is who
		{typ: "role", subj: "Mike Pompeo", role: "Secretary of State"},
		{typ: "role", subj: "Mike Pompeo", obj: "CIA", role: "director"},
		{typ: "role", subj: "Kim Yong Chol", obj: "North Korea", role: "spy chief and four-star general"},
		{typ: "role", subj: "Kim Yong Chol", obj: "Reconnaissance General Bureau", role: "chief", time: "2010"},
		{typ: "nationality", subj: "Kim Yong Chol", obj: "North Korea"},
		{typ: "role", subj: "Kim Jong Un", obj: "North Korea", role: "leader"},
		{typ: "role", subj: "Jonathan Pollack", obj: "Brookings Institution", role: "Asia scholar"},
		{typ: "based_in", subj: "Brookings Institution", obj: "Washington"},
		{typ: "role", subj: "Sergei Lavrov", obj: "Russia", role: "Foreign Minister"},
		{typ: "nationality", subj: "Sergei Lavrov", obj: "Russia"},
		{typ: "role", subj: "Xi Jinping", obj: "China|Chinese", role: "President"},
		{typ: "role", subj: "Shinzo Abe", obj: "Japan|Japanese", role: "Prime Minister"},
		{typ: "role", subj: "Moon Jae-in", obj: "South Korea", role: "President"},
		// interactions
		{typ: "meet", subj: "Kim Yong Chol", obj: "Trump", time: "2018-06-01", place: "White House", modality: "planned"},
		{typ: "meet", subj: "Mike Pompeo", obj: "Kim Yong Chol", time: "2018-05-30TNI", place: "New York"},
		{typ: "meet", subj: "Mike Pompeo", obj: "Kim Yong Chol", time: "2018-05-31", place: "New York"},
		// "Trump announced … that he was pulling out": what is left is the
		// summit named the sentence before (sense5.go, leftFromContext)
		{typ: "withdraw", subj: "Trump", objText: "the Singapore summit", time: "2018-05-24", modality: "reported"},
		{typ: "sanction", subj: "United States", obj: "Kim Yong Chol", time: "2010"},
		{typ: "sanction", subj: "South Korea", obj: "Kim Yong Chol"},
		{typ: "sanction", subj: "European Union", obj: "Kim Yong Chol"},
		{typ: "accuse", subj: "United States", obj: "Kim Yong Chol", time: "2015"},
		{typ: "accuse", subj: "South Korea", obj: "Kim Yong Chol"},
		{typ: "meet", subj: "Kim Jong Un", obj: "Sergei Lavrov", time: "2018-05-31", place: "Pyongyang"},
		{typ: "invite", subj: "Sergei Lavrov", obj: "Kim Jong Un", place: "Russia"},
		{typ: "visit", subj: "Kim Yong Chol", obj: "United States"},
		{typ: "visit", subj: "Jo Myong-rok", obj: "White House"},
	}
	for _, f := range facts {
		found := false
		for _, r := range doc.Relations {
			if f.matches(doc, r) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("missing %v", f)
		}
	}
	// a graph that is right: no interaction between the wrong people
	for _, r := range doc.Relations {
		if r.Type == "meet" && nameIs(doc, r.Subject, "State Department") {
			t.Errorf("wrong subject: %+v", r)
		}
		if r.Type == "role" && nameIs(doc, r.Subject, "Kim Jong Un") && strings.EqualFold(r.Role, "president") {
			t.Errorf("\"Kim Jong Un, the president told reporters\" is no appositive: %+v", r)
		}
	}
	if t.Failed() {
		for _, r := range doc.Relations {
			t.Logf("%s %s→%s role=%q time=%s place=%s %s %q", r.Type, strings.Join(names(doc, r.Subject), "/"),
				strings.Join(names(doc, r.Object), "/"), r.Role, r.Time, r.Place, r.Modality, doc.Slice(r.Trigger))
		}
	}
}
