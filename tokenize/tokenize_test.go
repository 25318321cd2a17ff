package tokenize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

func words(text string) []string {
	var out []string
	for _, t := range Tokenize(text) {
		out = append(out, text[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Gen. Kim met Sen. Smith in the U.S. capital.", "Gen.|Kim|met|Sen.|Smith|in|the|U.S.|capital|."},
		{"It cost $1.5 million, or 1,000 yen (3.5%).", "It|cost|$|1.5|million|,|or|1,000|yen|(|3.5|%|)|."},
		{"At 5:55 a.m. on Jan. 3, No. 1 Apple Inc. rose.", "At|5:55|a.m.|on|Jan.|3|,|No.|1|Apple|Inc.|rose|."},
		{"He doesn't know what's in Korea's letter.", "He|does|n't|know|what|'s|in|Korea|'s|letter|."},
		{"It doesn’t mean we’ll go; I’m sure.", "It|does|n’t|mean|we|’ll|go|;|I|’m|sure|."},
		{"“I want it,” Trump said.", "“|I|want|it|,|”|Trump|said|."},
		{"''this has done nothing'' Mr. Garin added", "''|this|has|done|nothing|''|Mr.|Garin|added"},
		{"``Quoted,'' he said.", "``|Quoted|,|''|he|said|."},
		{"a four-star general — Jo Myong-rok — said...", "a|four-star|general|—|Jo|Myong-rok|—|said|..."},
		{"positive.… The meetings", "positive|.|…|The|meetings"},
		{"about 4½ hours", "about|4½|hours"},
		{"George W. Bush and J.K. Rowling", "George|W.|Bush|and|J.K.|Rowling"},
		{"PYONGYANG, North Korea (AP) — Kim", "PYONGYANG|,|North|Korea|(|AP|)|—|Kim"},
		{"see https://example.com/a?b=1. Then", "see|https://example.com/a?b=1|.|Then"},
		{"AT&T and S&P rose; R&D fell", "AT&T|and|S&P|rose|;|R&D|fell"},
		{"on 6/12/18 or 2018-06-12", "on|6/12/18|or|2018-06-12"},
		{"O'Brien can't go", "O'Brien|ca|n't|go"},
		{"the Koreas' border", "the|Koreas|'|border"},
		{"Why?! Really!!", "Why|?!|Really|!!"},
		{"in May. The", "in|May|.|The"},
		{"an amazon.com deal", "an|amazon.com|deal"},
		{"mail bob@example.com now", "mail|bob@example.com|now"},
		{"the '90s and 'Come'", "the|'90s|and|'|Come|'"},
		{"", ""},
		{"  \u00a0 ", ""},
		{"한국 대통령은 말했다.", "한국|대통령은|말했다|."},
	} {
		got := strings.Join(words(tc.in), "|")
		if got != tc.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func sentences(text string) []string {
	toks := Tokenize(text)
	var out []string
	for _, s := range Sentences(text, toks, Paragraphs(text)) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Gen. Kim arrived. He met Mr. Smith.", []string{"Gen. Kim arrived.", "He met Mr. Smith."}},
		{"He lives in the U.S. The meeting ended.", []string{"He lives in the U.S.", "The meeting ended."}},
		{"The U.S. Navy sailed. It was late.", []string{"The U.S. Navy sailed.", "It was late."}},
		{"“I look forward to it,” Trump said. He left.", []string{"“I look forward to it,” Trump said.", "He left."}},
		{"He said: “It is good.” Then he left.", []string{"He said: “It is good.”", "Then he left."}},
		{"“Is it over?” Kim asked. No.", []string{"“Is it over?” Kim asked.", "No."}},
		{"“Why?” he asked.", []string{"“Why?” he asked."}},
		{"It rose 3.5 percent. At 5 p.m. The market closed.", []string{"It rose 3.5 percent.", "At 5 p.m.", "The market closed."}},
		{"It ended at 5 p.m. Pacific time.", []string{"It ended at 5 p.m. Pacific time."}},
		{"Headline without stop\n\nBody starts here. More.", []string{"Headline without stop", "Body starts here.", "More."}},
		{"very positive.… The meetings have been positive.”", []string{"very positive.…", "The meetings have been positive.”"}},
		{"deterred … by challenges.", []string{"deterred … by challenges."}},
		{"George W. Bush spoke. Apple Inc. fell.", []string{"George W. Bush spoke.", "Apple Inc. fell."}},
		{"See No. 5 on the list.", []string{"See No. 5 on the list."}},
		{"Line one\nLine two is much much longer than line one here", []string{"Line one", "Line two is much much longer than line one here"}},
	} {
		got := sentences(tc.in)
		if strings.Join(got, "‖") != strings.Join(tc.want, "‖") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "Head\n\nFirst para line one that goes on for a while\nand wraps to a second line.\n\n\n  Second.  \n"
	var got []string
	for _, p := range Paragraphs(text) {
		got = append(got, text[p.Start:p.End])
	}
	want := []string{"Head", "First para line one that goes on for a while\nand wraps to a second line.", "Second."}
	if strings.Join(got, "‖") != strings.Join(want, "‖") {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
}

// TestSummitArticle checks the tokenizer and splitter on the project's
// example article, which lives outside the repository.
func TestSummitArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "summit-article.txt"))
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping (it is not part of the repository)")
	}
	text := string(b)
	got := sentences(text)
	for _, want := range []string{
		"Senior North Korea official heads to White House as summit pace picks up",
		"“I look forward to seeing what’s in the letter,” Trump said.",
		"“We didn’t end the talks early,” he said.",
		"In 2015, the Obama administration blamed Gen. Kim for the cyberattack on Sony Pictures.",
		"4:05 p.m.: The article was updated with additional details of the diplomatic meetings.",
		"The article was originally published at 5:55 a.m.",
	} {
		found := false
		for _, s := range got {
			if s == want {
				found = true
			}
		}
		if !found {
			t.Errorf("sentence %q not found", want)
		}
	}
}

func TestTokensCoverText(t *testing.T) {
	text := "Kim Yong Chol, a North Korean spy chief — “Come,” he said… 12 p.m.: ok"
	toks := Tokenize(text)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start {
			t.Fatalf("token %v out of order or empty", tk)
		}
		if strings.TrimSpace(text[prev:tk.Start]) != "" {
			t.Fatalf("text %q skipped before %v", text[prev:tk.Start], tk)
		}
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Gen. Kim said: “Hi.”", "U.S.-led", "''x''", "http://a.b/c.", "4½", "a'", "'9", "\xff\xfe", "...", "n't"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("%q: bad token %v after %d", text, tk, prev)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(text[tk.Start:tk.End])) {
				t.Fatalf("%q: token %v splits a character", text, tk)
			}
			prev = tk.End
		}
		paras := Paragraphs(text)
		sents := Sentences(text, toks, paras)
		prev = 0
		for _, s := range sents {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("%q: bad sentence %v", text, s)
			}
			prev = s.End
		}
	})
}

var benchText = strings.Repeat(`Kim Yong Chol, a North Korean spy chief and four-star general who is under U.S. sanctions, will deliver a personal letter to Trump from Kim Jong Un, the president told reporters. “I look forward to seeing what’s in the letter,” Trump said. Asked if an arms control deal was coming together, he said: “I think it will be very positive.… The meetings have been very positive.” Secretary of State Mike Pompeo met with Kim Yong Chol for about 4½ hours in a U.S. diplomat’s home at 5:55 a.m. on Jan. 3, and it cost $1,500.50 (3.5%).

`, 200)

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	dst := make([]document.Span, 0, len(benchText)/4)
	for b.Loop() {
		dst = AppendTokens(dst[:0], benchText, 0)
	}
}

func BenchmarkTokenizeAndSplit(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		toks := Tokenize(benchText)
		Sentences(benchText, toks, Paragraphs(benchText))
	}
}
