package highlight

import (
	"html"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []Mark
		want  string
	}{
		{"none", "a <b> & c", nil, "a &lt;b&gt; &amp; c"},
		{"one", "Pompeo met Kim", []Mark{{Start: 0, End: 6, Class: "m"}},
			`<span class="m">Pompeo</span> met Kim`},
		{"nested", `"We did" he said`, []Mark{{Start: 0, End: 8, Class: "q"}, {Start: 1, End: 3, Class: "m"}},
			`<span class="q">&#34;<span class="m">We</span> did&#34;</span> he said`},
		{"same span: rank decides", "Friday", []Mark{{Start: 0, End: 6, Class: "inner", Rank: 2}, {Start: 0, End: 6, Class: "outer", Rank: 1}},
			`<span class="outer"><span class="inner">Friday</span></span>`},
		{"crossing: the later mark is split", "abcdef", []Mark{{Start: 0, End: 4, Class: "a", ID: "x"}, {Start: 2, End: 6, Class: "b", ID: "y"}},
			`<span id="x" class="a">ab<span id="y" class="b">cd</span></span><span class="b cont">ef</span>`},
		{"crossing: labels once", "abcdef", []Mark{{Start: 0, End: 4, Class: "a"}, {Start: 2, End: 6, Class: "b", Before: "B", After: "E"}},
			`<span class="a">ab<span class="b"><span class="lbl">B</span>cd</span></span><span class="b cont">ef<span class="lbl">E</span></span>`},
		{"adjacent", "abcd", []Mark{{Start: 0, End: 2, Class: "a"}, {Start: 2, End: 4, Class: "b"}},
			`<span class="a">ab</span><span class="b">cd</span>`},
		{"empty and outside marks dropped", "abc", []Mark{{Start: 1, End: 1, Class: "e"}, {Start: 5, End: 9, Class: "o"}},
			"abc"},
		{"tag, attrs and escaping", `x"y`, []Mark{{Start: 0, End: 3, Tag: "a", Attrs: []Attr{{"href", `#e-"1"`}, {"onclick", "alert(1)"}, {"style", "x"}, {"Bad Name", "v"}}}},
			`<a href="#e-&#34;1&#34;">x&#34;y</a>`},
		{"bad tag becomes span", "ab", []Mark{{Start: 0, End: 2, Tag: "script>"}}, `<span>ab</span>`},
		{"multi-byte boundaries widened", "4½ hours", []Mark{{Start: 0, End: 2, Class: "t"}}, // end cuts "½"
			`<span class="t">4½</span> hours`},
		{"label escaped", "x", []Mark{{Start: 0, End: 1, After: "<img src=x onerror=alert(1)>", LabelClass: "v"}},
			`<span>x<span class="lbl v">&lt;img src=x onerror=alert(1)&gt;</span></span>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Render(tt.text, 0, len(tt.text), tt.marks))
			if got != tt.want {
				t.Errorf("got\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func TestRenderRange(t *testing.T) {
	text := "first para\n\nsecond para"
	marks := []Mark{{Start: 6, End: 19, Class: "q"}} // crosses the paragraph break
	if got, want := string(Render(text, 0, 10, marks)), `first <span class="q">para</span>`; got != want {
		t.Errorf("first: %s", got)
	}
	if got, want := string(Render(text, 12, len(text), marks)), `<span class="q">second </span>para`; got != want {
		t.Errorf("second: %s, want %s", got, want)
	}
}

var tagRE = regexp.MustCompile(`<span class="lbl[^"]*">[^<]*</span>|<[^>]*>`)

// check verifies that out is balanced and that its text, without tags and
// labels, is text[start:end].
func check(t *testing.T, text string, start, end int, marks []Mark, out string) {
	t.Helper()
	var stack []string
	for _, m := range regexp.MustCompile(`</?([a-z]+)`).FindAllStringSubmatch(out, -1) {
		if strings.HasPrefix(m[0], "</") {
			if len(stack) == 0 || stack[len(stack)-1] != m[1] {
				t.Fatalf("unbalanced at %s in %s", m[0], out)
			}
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, m[1])
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed %v in %s", stack, out)
	}
	plain := html.UnescapeString(tagRE.ReplaceAllString(out, ""))
	s, e := clamp(text, start, end)
	// HTMLEscape writes NUL, which HTML drops, as U+FFFD.
	if want := strings.ReplaceAll(text[s:e], "\x00", "\uFFFD"); plain != want {
		t.Fatalf("text changed:\n got %q\nwant %q\nmarks %+v", plain, want, marks)
	}
}

func TestRenderRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	text := "Kim’s “talks” — 4½ h 🙂 <b>&amp; done. Zoë met 習近平."
	for range 2000 {
		n := r.IntN(8)
		marks := make([]Mark, n)
		for i := range marks {
			s := r.IntN(len(text) + 1)
			e := s + r.IntN(len(text)+1-s)
			marks[i] = Mark{Start: s, End: e, Class: "c", Rank: r.IntN(3), ID: "i", Before: "b<", After: "a&"}
		}
		s := r.IntN(len(text))
		e := s + r.IntN(len(text)+1-s)
		check(t, text, s, e, marks, string(Render(text, s, e, marks)))
	}
}

func FuzzRender(f *testing.F) {
	f.Add("a “quote” 🙂 <script>", 0, 5, 3, 9, 2, 12)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		if !utf8.ValidString(text) {
			return
		}
		marks := []Mark{{Start: a, End: b}, {Start: c, End: d}, {Start: e, End: g, Rank: 1}}
		check(t, text, 0, len(text), marks, string(Render(text, 0, len(text), marks)))
	})
}

func TestOffsets(t *testing.T) {
	for _, text := range []string{"", "ascii only", "4½ hours", "“We’ve” 🙂 ok", "🙂🙂x", "é", "習近平 said 𝒳 ½"} {
		o := NewOffsets(text)
		for b := 0; b <= len(text)+2; b++ {
			// Reference: count the characters wholly before b.
			cp, u16 := 0, 0
			for i, r := range text {
				if i+utf8.RuneLen(r) > b {
					break
				}
				cp++
				u16 += len(utf16.Encode([]rune{r}))
			}
			if got := o.CodePoints(b); got != cp {
				t.Errorf("%q: CodePoints(%d) = %d, want %d", text, b, got, cp)
			}
			if got := o.UTF16(b); got != u16 {
				t.Errorf("%q: UTF16(%d) = %d, want %d", text, b, got, u16)
			}
		}
	}
}

func BenchmarkRender(b *testing.B) {
	text := strings.Repeat("Secretary of State Mike Pompeo met Kim Yong Chol on Thursday, “we made progress,” he said. ", 100)
	var marks []Mark
	for i := 0; i+90 < len(text); i += 92 {
		marks = append(marks, Mark{Start: i, End: i + 30, Class: "m"}, Mark{Start: i + 19, End: i + 30, Class: "m"},
			Mark{Start: i + 48, End: i + 59, Class: "t", After: "2018-05-31"}, Mark{Start: i + 61, End: i + 82, Class: "q", Before: "Pompeo"})
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Render(text, 0, len(text), marks)
	}
}
