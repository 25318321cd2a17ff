package relation

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// refInflect is inflect as it was before it returned a verbForms: a new
// map per lemma (the endings, shared, are not what changed). It is the
// reference the lexicons built with inflect must match.
func refInflect(lemma string) map[string]form {
	out := map[string]form{lemma: {lemma: lemma}}
	third, past, pp, ing := endings(lemma)
	out[third] = form{lemma: lemma}
	out[ing] = form{lemma: lemma, ing: true}
	out[past] = form{lemma: lemma, past: true, part: past == pp}
	if pp != past {
		out[pp] = form{lemma: lemma, part: true}
	}
	return out
}

// refFbInflect is fbInflect as it was, on refInflect.
func refFbInflect(lemma string) map[string]form {
	out := refInflect(lemma)
	if fbDoubles[lemma] || cameoDoubles[lemma] {
		c := lemma[len(lemma)-1:]
		out[lemma+c+"ed"] = form{lemma: lemma, past: true, part: true}
		out[lemma+c+"ing"] = form{lemma: lemma, ing: true}
	}
	if lemma == "have" {
		out["has"] = form{lemma: lemma}
	}
	irr, ok := fbIrregular[lemma]
	if !ok {
		irr, ok = cameoIrregular[lemma]
	}
	if ok {
		for f, info := range out {
			if info.past || info.part {
				delete(out, f)
			}
		}
		out[irr[0]] = form{lemma: lemma, past: true, part: irr[0] == irr[1]}
		if irr[1] != irr[0] {
			out[irr[1]] = form{lemma: lemma, part: true}
		}
	}
	return out
}

// fromMap returns the forms of m in m's (random) order, as the builders
// read them before.
func fromMap(m map[string]form) verbForms {
	var v verbForms
	for f, info := range m {
		v.set(f, info)
	}
	return v
}

func asMap(t *testing.T, lemma string, v verbForms) map[string]form {
	t.Helper()
	m := map[string]form{}
	for _, p := range v.all() {
		if _, ok := m[p.f]; ok {
			t.Errorf("%q: form %q twice", lemma, p.f)
		}
		m[p.f] = p.info
	}
	return m
}

// lexLemmas returns every lemma the builders inflect, and the lemmas of
// the irregular and doubling tables.
func lexLemmas() []string {
	seen := map[string]bool{}
	first := func(spec string) {
		spec = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(spec, "<"), "~"), "=")
		if ws := strings.Fields(spec); len(ws) > 0 {
			seen[ws[0]] = true
		}
	}
	for _, s := range triggerSpecs {
		first(s[1])
	}
	for _, tab := range []map[string][]string{fallbackSpecs, fallbackPhrases, relrulesSpecs, relrulesPhrases,
		stanceSpecs, controlSpecs, cameoSpecs, wordnetSpecs} {
		for _, specs := range tab {
			for _, s := range specs {
				first(s)
			}
		}
	}
	for _, tab := range []map[string][2]string{irregular, fbIrregular, cameoIrregular} {
		for w := range tab {
			seen[w] = true
		}
	}
	for _, tab := range []map[string]bool{fbDoubles, cameoDoubles} {
		for w := range tab {
			seen[w] = true
		}
	}
	for _, w := range []string{"have", "slap", "ban", "sit", "jail", "ally", "fly", "play", "go", "fix", "push", "watch"} {
		seen[w] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

func TestInflectMatchesReference(t *testing.T) {
	lemmas := lexLemmas()
	if len(lemmas) < 300 {
		t.Fatalf("only %d lemmas", len(lemmas))
	}
	for _, lemma := range lemmas {
		if got, want := asMap(t, lemma, inflect(lemma)), refInflect(lemma); !maps.Equal(got, want) {
			t.Errorf("inflect(%q) = %v, want %v", lemma, got, want)
		}
		if got, want := asMap(t, lemma, fbInflect(lemma)), refFbInflect(lemma); !maps.Equal(got, want) {
			t.Errorf("fbInflect(%q) = %v, want %v", lemma, got, want)
		}
	}
}

// canonFb returns l with each word's readings in one order: the builder
// appends them in the order it ranges over its tables (maps), which
// differs from build to build.
func canonFb(l *fbLexicon) *fbLexicon {
	c := *l
	c.verbs = make(map[string][]fbTrigger, len(l.verbs))
	for w, ts := range l.verbs {
		ts = slices.Clone(ts)
		slices.SortStableFunc(ts, func(a, b fbTrigger) int { return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		c.verbs[w] = ts
	}
	return &c
}

// TestLexiconsMatchReference checks that the lexicons built with inflect
// and fbInflect are those the map-returning reference builds.
func TestLexiconsMatchReference(t *testing.T) {
	if got, want := buildLexicon(), buildLexiconWith(func(w string) verbForms { return fromMap(refInflect(w)) }); !reflect.DeepEqual(got, want) {
		t.Errorf("lexicon differs from the reference's")
	}
	if !reflect.DeepEqual(lex(), buildLexicon()) {
		t.Errorf("lex() differs from a fresh build")
	}
	want := canonFb(buildFallbackLexiconWith(func(w string) verbForms { return fromMap(refFbInflect(w)) }))
	for i := range 5 {
		got := canonFb(buildFallbackLexicon())
		if !reflect.DeepEqual(got.forms, want.forms) {
			t.Errorf("build %d: fallback forms differ from the reference's", i)
		}
		if !reflect.DeepEqual(got.verbs, want.verbs) {
			t.Errorf("build %d: fallback verbs differ from the reference's", i)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("build %d: fallback lexicon differs from the reference's", i)
		}
	}
	if !reflect.DeepEqual(canonFb(fbLex()), want) {
		t.Errorf("fbLex() differs from the reference's")
	}
}

// TestWordLexesMatchLexicons checks wordLexes against its definition: an
// entry for each word of a trigger lexicon or a marked word set, holding
// the lexicons' entries and the sets' bits.
func TestWordLexesMatchLexicons(t *testing.T) {
	sets := wordSets()
	want := map[string]bool{}
	for _, ks := range [][]string{slices.Collect(maps.Keys(speechPreds)), slices.Collect(maps.Keys(lex().verbs)),
		slices.Collect(maps.Keys(lex().forms)), slices.Collect(maps.Keys(fbGate())), slices.Collect(maps.Keys(depGate())),
		slices.Collect(maps.Keys(fbLex().verbs)), slices.Collect(maps.Keys(fbLex().forms)), slices.Collect(maps.Keys(attackNouns)),
		slices.Collect(maps.Keys(partisanNouns)), slices.Collect(maps.Keys(nounTriggers))} {
		for _, w := range ks {
			want[w] = true
		}
	}
	for _, m := range sets {
		for w := range m {
			want[w] = true
		}
	}
	got := wordLexes()
	if len(got) != len(want) {
		t.Errorf("%d words, want %d", len(got), len(want))
	}
	for w := range want {
		_, partisan := partisanNouns[w]
		_, trig := nounTriggers[w]
		_, inForms := lex().forms[w]
		_, inFbForms := fbLex().forms[w]
		e := wordLex{verbs: lex().verbs[w], form: lex().forms[w], fbGate: fbGate()[w], depGate: depGate()[w],
			fbVerbs: fbLex().verbs[w], fbForm: fbLex().forms[w], noun: attackNouns[w] || partisan || trig,
			speech: speechPreds[w] != nil, inForms: inForms, inFbForms: inFbForms, wordnetOnly: fbLex().wordnetOnly[w]}
		for ws, m := range sets {
			if m[w] {
				e.sets.add(wset(ws))
			}
		}
		if g := got[w]; g == nil || !reflect.DeepEqual(*g, e) {
			t.Errorf("%q: %+v, want %+v", w, g, e)
		}
	}
}

// TestColdBuildTimes times the first use of each trigger lexicon in Warm's
// order, with the allocations each makes. It measures only when it runs
// alone in a fresh process (go test -count=1 -run TestColdBuildTimes):
// otherwise an earlier test has built them.
func TestColdBuildTimes(t *testing.T) {
	steps := []struct {
		name string
		f    func()
	}{
		{"lexIndex", func() { lexIndex() }}, // lexdata.bin, lexdata_gen.go
		{"lex", func() { lex() }},           // built by tests and train only
		{"fbLex", func() { fbLex() }},
	}
	var total time.Duration
	for _, s := range steps {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		t0 := time.Now()
		s.f()
		d := time.Since(t0)
		runtime.ReadMemStats(&m1)
		total += d
		t.Logf("%-9s %7.2f ms  %6d allocs  %7.0f KB  %d GCs", s.name, float64(d.Microseconds())/1000,
			m1.Mallocs-m0.Mallocs, float64(m1.TotalAlloc-m0.TotalAlloc)/1024, m1.NumGC-m0.NumGC)
	}
	t.Logf("total     %7.2f ms", float64(total.Microseconds())/1000)
}

func BenchmarkBuildFallbackLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildFallbackLexicon()
	}
}

func BenchmarkBuildLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildLexicon()
	}
}

// TestCameoOnlyMatchesRounds checks cameoOnly against its definition: the
// words the lexicon has after the CAMEO round (and round 3's classes
// and the WordNet-neighbour round's, added with it) and had not before
// it.
func TestCameoOnlyMatchesRounds(t *testing.T) {
	full := buildFallbackLexicon()
	specs, adjs, wn, r3, t5 := cameoSpecs, cameoAdjectives, wordnetSpecs, r3trigSpecs, triggers5Specs
	defer func() {
		cameoSpecs, cameoAdjectives, wordnetSpecs, r3trigSpecs, triggers5Specs = specs, adjs, wn, r3, t5
	}()
	wordnetSpecs = nil
	after := buildFallbackLexicon()
	cameoSpecs, cameoAdjectives, r3trigSpecs, triggers5Specs = nil, nil, nil, nil
	before := buildFallbackLexicon()
	want := map[string]bool{}
	for w := range after.verbs {
		if _, ok := before.verbs[w]; !ok {
			want[w] = true
		}
	}
	if len(want) == 0 || !maps.Equal(full.cameoOnly, want) {
		t.Errorf("cameoOnly has %d words, the CAMEO round adds %d", len(full.cameoOnly), len(want))
	}
}

// fbGate and depGate are the gates as sets (what wordLex.fbGate and
// wordLex.depGate must say), built as they were before wordLexes marked
// their words itself.
var (
	fbGate = sync.OnceValue(func() map[string]bool {
		g := map[string]bool{}
		fbGateWords(func(w string) { g[w] = true })
		return g
	})
	depGate = sync.OnceValue(func() map[string]bool {
		g := map[string]bool{}
		depGateWords(func(w string) { g[w] = true })
		return g
	})
)
