package coref

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/tokenize"
)

// resolvedName runs the stage over doc and returns the name of the entity
// that the text from byte start to byte end resolves to, "" for none
// (the test texts are ASCII, so bytes are code points).
func resolvedName(t *testing.T, doc *document.Document, start, end int) string {
	t.Helper()
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if e := doc.Entity(NewResolver(doc).Speaker(document.Span{Start: start, End: end})); e != nil {
		return e.Name
	}
	return ""
}

// tagged builds a document whose mentions are every occurrence of the
// given names, as a tagger would tag them (longest name first, no
// overlaps).
func tagged(t *testing.T, text string, names map[string]string) *document.Document {
	t.Helper()
	doc := document.New(text)
	if err := tokenize.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return len(b) - len(a) })
	taken := make([]bool, len(text))
	for _, k := range keys {
		for off := 0; ; {
			i := strings.Index(text[off:], k)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(k)
			off = e
			// whole words only
			if (s > 0 && isWordByte(text[s-1])) || (e < len(text) && isWordByte(text[e])) {
				continue
			}
			if slices.Contains(taken[s:e], true) {
				continue
			}
			for j := s; j < e; j++ {
				taken[j] = true
			}
			doc.Mentions = append(doc.Mentions, document.Mention{Span: document.Span{Start: s, End: e}, Text: k, Type: names[k]})
		}
	}
	slices.SortFunc(doc.Mentions, func(a, b document.Mention) int { return a.Start - b.Start })
	return doc
}

func isWordByte(c byte) bool {
	return c == '-' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// entityAt returns the entity of the mention at the n-th occurrence of
// needle (a mention must start there).
func entityAt(t *testing.T, doc *document.Document, needle string, n int) *document.Entity {
	t.Helper()
	off := -1
	for k := 0; k <= n; k++ {
		i := strings.Index(doc.Text[off+1:], needle)
		if i < 0 {
			t.Fatalf("%q occurrence %d not in text", needle, n)
		}
		off += 1 + i
	}
	for _, m := range doc.Mentions {
		if m.Start <= off && off < m.End {
			return doc.Entity(m.Entity)
		}
	}
	t.Fatalf("no mention at %q", needle)
	return nil
}

func TestEntities(t *testing.T) {
	text := "Secretary of State Mike Pompeo met Jane Smith, a senior adviser to the U.N. envoy, in New York. " +
		"Pompeo later praised the United Nations. President Trump said the talks went well. Trump added that " +
		"Smith was helpful. Bill Clinton and Hillary Clinton attended; Mrs. Clinton spoke first."
	doc := tagged(t, text, map[string]string{
		"Mike Pompeo": "PER", "Pompeo": "PER", "Jane Smith": "PER", "Smith": "PER", "U.N.": "ORG",
		"New York": "LOC", "United Nations": "ORG", "Trump": "PER", "Bill Clinton": "PER",
		"Hillary Clinton": "PER", "Clinton": "PER",
	})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	pompeo := entityAt(t, doc, "Pompeo later", 0)
	if pompeo.Name != "Mike Pompeo" || !slices.Contains(pompeo.Descriptions, "Secretary of State") {
		t.Errorf("Pompeo: %+v", pompeo)
	}
	if e := entityAt(t, doc, "Mike Pompeo", 0); e.ID != pompeo.ID {
		t.Errorf("Mike Pompeo and Pompeo are two entities")
	}
	smith := entityAt(t, doc, "Smith was", 0)
	if smith.Name != "Jane Smith" || !slices.Contains(smith.Descriptions, "a senior adviser to the U.N. envoy") {
		t.Errorf("Smith: %+v", smith)
	}
	if un, un2 := entityAt(t, doc, "U.N.", 0), entityAt(t, doc, "United Nations", 0); un.ID != un2.ID || un.Name != "United Nations" {
		t.Errorf("U.N. %+v and United Nations %+v", un, un2)
	}
	trump := entityAt(t, doc, "Trump said", 0)
	if trump.Name != "Trump" || !slices.Contains(trump.Descriptions, "President") {
		t.Errorf("Trump: %+v (the text gives no first name)", trump)
	}
	bill, hillary := entityAt(t, doc, "Bill Clinton", 0), entityAt(t, doc, "Hillary Clinton", 0)
	if bill.ID == hillary.ID {
		t.Errorf("Bill and Hillary Clinton merged")
	}
	if mrs := entityAt(t, doc, "Clinton spoke", 0); mrs.ID != hillary.ID {
		t.Errorf("Mrs. Clinton is %q, want Hillary Clinton", mrs.Name)
	}
}

// TestCountryAliases checks that a country's other names join its
// entity, whichever comes first ("DPRK" and "North Korea", "U.K." and
// "Britain"), and that other places stay apart.
func TestCountryAliases(t *testing.T) {
	text := "The DPRK fired shells on Friday. North Korea said the shells fell short. " +
		"Britain protested. The U.K. envoy met officials in South Korea."
	doc := tagged(t, text, map[string]string{
		"DPRK": "LOC", "North Korea": "LOC", "Britain": "LOC", "U.K.": "LOC", "South Korea": "LOC",
	})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	dprk, nk := entityAt(t, doc, "DPRK", 0), entityAt(t, doc, "North Korea", 0)
	if dprk.ID != nk.ID || dprk.Name != "North Korea" {
		t.Errorf("DPRK %+v and North Korea %+v", dprk, nk)
	}
	if uk, gb := entityAt(t, doc, "U.K.", 0), entityAt(t, doc, "Britain", 0); uk.ID != gb.ID {
		t.Errorf("U.K. %+v and Britain %+v", uk, gb)
	}
	if sk := entityAt(t, doc, "South Korea", 0); sk.ID == nk.ID {
		t.Errorf("South Korea joined North Korea")
	}

	// a lone compass word is the half of a divided country whose other
	// half the text names, and nothing else
	for _, tc := range []struct {
		text  string
		names map[string]string
		join  bool
	}{
		{"North and South Korea exchanged fire. North Korea said so.", map[string]string{"North": "LOC", "South Korea": "LOC", "North Korea": "LOC"}, true},
		{"Storms hit the North. North Carolina was spared.", map[string]string{"North": "LOC", "North Carolina": "LOC"}, false},
	} {
		doc := tagged(t, tc.text, tc.names)
		if err := Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		whole := "North Korea"
		if !tc.join {
			whole = "North Carolina"
		}
		if got := entityAt(t, doc, "North", 0).ID == entityAt(t, doc, whole, 0).ID; got != tc.join {
			t.Errorf("%q: North joined %s: %v, want %v", tc.text, whole, got, tc.join)
		}
	}
}

func TestResolver(t *testing.T) {
	text := "Mary Jones met Tom Brown on Monday.\n\n" +
		"“We agreed on a lot,” Jones said. Brown arrived later.\n\n" +
		"“It went well,” she said.\n\n" +
		"Brown left early. “I have a plane to catch,” he said.\n\n" +
		"The senator, Jones, spoke last. “Thank you,” the senator said."
	doc := tagged(t, text, map[string]string{"Mary Jones": "PER", "Jones": "PER", "Tom Brown": "PER", "Brown": "PER"})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	r := NewResolver(doc)
	span := func(needle string) document.Span {
		i := strings.Index(doc.Text, needle)
		return document.Span{Start: i, End: i + len(needle)}
	}
	jones := entityAt(t, doc, "Jones said", 0).ID
	brown := entityAt(t, doc, "Brown left", 0).ID
	jonesSrc := span("Jones said")
	jonesSrc.End = jonesSrc.Start + len("Jones")
	if got := r.Speaker(jonesSrc); got != jones {
		t.Errorf("Jones = %q, want %q", got, jones)
	}
	r.Spoke(jones, span("We agreed"))
	if got := r.Speaker(pronounAt(doc, "she said")); got != jones {
		t.Errorf("she = %q, want Jones %q", got, jones)
	}
	r.Spoke(jones, span("It went"))
	if got := r.Speaker(pronounAt(doc, "he said")); got != brown {
		t.Errorf("he = %q, want Brown %q", got, brown)
	}
}

// pronounAt returns the span of the first word of needle.
func pronounAt(doc *document.Document, needle string) document.Span {
	i := strings.Index(doc.Text, needle)
	j := strings.IndexByte(needle, ' ')
	return document.Span{Start: i, End: i + j}
}

// TestSummitArticle checks the example article with mentions built by
// string search, as the tagger would give them.
func TestSummitArticle(t *testing.T) {
	data, err := os.ReadFile("../../shared/examples/summit-article.txt")
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping the example article")
	}
	doc := tagged(t, string(data), map[string]string{
		"Trump": "PER", "Kim Jong Un": "PER", "Kim Yong Chol": "PER", "Kim": "PER", "Mike Pompeo": "PER",
		"Pompeo": "PER", "Jonathan Pollack": "PER", "Pollack": "PER", "Sergei Lavrov": "PER", "Lavrov": "PER",
		"Jo Myong-rok": "PER", "Clinton": "PER", "Xi Jinping": "PER", "Shinzo Abe": "PER", "Moon Jae-in": "PER",
		"North Korea": "LOC", "U.S.": "LOC", "United States": "LOC", "United Nations": "ORG",
		"U.N. Security Council": "ORG", "CIA": "ORG", "Brookings Institution": "ORG", "North Korean": "MISC",
		"Russian": "MISC", "Chinese": "MISC", "Japanese": "MISC", "South Korean": "MISC",
	})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		needle string
		n      int
		want   string
		desc   string
	}{
		{"Kim Yong Chol, a North Korean spy chief", 0, "Kim Yong Chol", "a North Korean spy chief and four-star general"},
		{"Kim for the cyberattack", 0, "Kim Yong Chol", ""}, // "Gen. Kim"
		{"Kim of orchestrating", 0, "Kim Yong Chol", ""},    // "Gen. Kim"
		{"Kim wanted to buy time", 0, "Kim Jong Un", ""},    // Pollack's "Kim"
		{"Kim told Lavrov", 0, "Kim Jong Un", ""},           // after "Kim Jong Un welcomed"
		{"Kim Jong Un could take place", 0, "Kim Jong Un", "North Korean leader"},
		{"Trump at the White House", 0, "Trump", "President"},
		{"Pompeo told", 0, "Mike Pompeo", "Secretary of State"},
		{"Pollack said", 0, "Jonathan Pollack", "an Asia scholar at the nonpartisan Brookings Institution think tank in Washington"},
		{"Lavrov said", 0, "Sergei Lavrov", "Russian Foreign Minister"},
		{"Jo Myong-rok", 0, "Jo Myong-rok", "Vice Marshal"},
		{"U.S. sanctions", 0, "United States", ""},
	} {
		e := entityAt(t, doc, c.needle, c.n)
		if e.Name != c.want {
			t.Errorf("%q: entity %q, want %q", c.needle, e.Name, c.want)
			continue
		}
		if c.desc != "" && !slices.Contains(e.Descriptions, c.desc) {
			t.Errorf("%q: descriptions %q lack %q", c.needle, e.Descriptions, c.desc)
		}
	}
}

func FuzzProcess(f *testing.F) {
	f.Add("Secretary of State Mike Pompeo met Gen. Kim. “Yes,” he said. The U.N. and United Nations agreed.")
	f.Add("Mr. A, the B of C, said. She said. It said. They said.")
	f.Add("Acme Bank, a Ruritanian firm, met President Jan Kos in Oslo. The bank and the Ruritanian president left the capital, the country and the city.")
	f.Add("The Labour Party and Norway said they would act. \"They\" met.\n\nThey also urged the government, the rebels and the company Acme to offer them six of them.")
	f.Fuzz(func(t *testing.T, s string) {
		doc := document.New(s)
		if err := tokenize.Process(context.Background(), doc); err != nil {
			return
		}
		if err := Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		r := NewResolver(doc)
		for i, tk := range doc.Tokens {
			// the token alone, and phrases of up to four tokens from it
			// ("the Pakistani president", "the company says")
			for n := 0; n < 4 && i+n < len(doc.Tokens); n++ {
				sp := document.Span{Start: tk.Start, End: doc.Tokens[i+n].End}
				if id := r.Speaker(sp); id != "" && doc.Entity(id) == nil {
					t.Fatalf("speaker %q of %q is no entity", id, doc.Text[sp.Start:sp.End])
				}
			}
		}
	})
}

// TestTitlesInsideMentions: a tagger may include a title in the mention
// ("Marshal Jo Myong-rok" after "Vice"); the title still becomes a
// description, whole.
func TestTitlesInsideMentions(t *testing.T) {
	for _, c := range []struct {
		text, mention, name, desc string
	}{
		{"Vice Marshal Jo Myong-rok went to the White House.", "Marshal Jo Myong-rok", "Jo Myong-rok", "Vice Marshal"},
		{"They met President Trump on Friday.", "President Trump", "Trump", "President"},
		{"The talks with Chinese President Xi Jinping ended.", "Chinese President Xi Jinping", "Xi Jinping", "Chinese President"},
	} {
		doc := tagged(t, c.text, map[string]string{c.mention: "PER"})
		if err := Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Entities) != 1 || doc.Entities[0].Name != c.name || !slices.Contains(doc.Entities[0].Descriptions, c.desc) {
			t.Errorf("%q: entities %+v, want %q described as %q", c.text, doc.Entities, c.name, c.desc)
		}
	}
}

// TestAttributiveName checks that a person's name after "the", modifying
// a noun, is no antecedent for a pronoun.
func TestAttributiveName(t *testing.T) {
	text := "Tom Brown ran the agency for years.\n\n" +
		"In 2010, the Smith administration let him go, he said."
	doc := tagged(t, text, map[string]string{"Tom Brown": "PER", "Smith": "PER"})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	brown := entityAt(t, doc, "Tom Brown", 0).ID
	if got := NewResolver(doc).Speaker(pronounAt(doc, "he said")); got != brown {
		t.Errorf("he = %q, want Tom Brown %q", got, brown)
	}
}

// TestArticle checks article against lower-casing the token.
func TestArticle(t *testing.T) {
	for _, tok := range []string{"the", "The", "THE", "tHe", "a", "A", "an", "An", "AN", "then", "th", "at", "",
		"\u212Ahe", "ſhe", "İ", "Ａ", "thé", "ʻa", "and", ",", "'s"} {
		want := ""
		switch l := strings.ToLower(tok); l {
		case "the", "a", "an":
			want = l
		}
		if got := article(tok); got != want {
			t.Errorf("article(%q) = %q, want %q", tok, got, want)
		}
	}
}

// TestPartyState checks that a lawmaker's party-and-state tag names the
// state, without the party ("D-Nev" → "Nev").
func TestPartyState(t *testing.T) {
	doc := tagged(t, "Sen. Harry Reid (D-Nev) spoke.", map[string]string{"Harry Reid": "PER", "D-Nev": "LOC"})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if e := entityAt(t, doc, "D-Nev", 0); e.Name != "Nev" {
		t.Errorf("D-Nev is named %q, want Nev", e.Name)
	}
}
