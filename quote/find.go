package quote

import "strings"

// An attribution is a found quote in token terms.
type attribution struct {
	cue    [2]int // token range; cue[1] == 0 when there is none
	src    [2]int // token range; src[1] == 0 when there is none
	parts  [][2]int
	direct bool // anchored on a quotation
	// inherit is the index of the attribution whose speaker this
	// continuation takes, or -1.
	inherit int
	// ante is the antecedent phrase of a relative-pronoun source ("Mr.
	// Kamin, who said …"), ante[1] == 0 when none.
	ante    [2]int
	dropped bool
}

func (a *attribution) hasCue() bool { return a.cue[1] > 0 }
func (a *attribution) hasSrc() bool { return a.src[1] > 0 }

// A cueIndex maps a token to the attribution whose cue it is, -1 for
// none.
type cueIndex []int

func (c cueIndex) get(k int) (int, bool) {
	if k < 0 || k >= len(c) || c[k] < 0 {
		return 0, false
	}
	return c[k], true
}

// A finder finds the attributions of one document.
type finder struct {
	v     *view
	attrs []attribution
	// cueOf maps a cue token to its attribution.
	cueOf cueIndex
	// owner marks the tokens that belong to a found content or source.
	owner []int
	// qattr maps a quotation to its attribution, -1 if none.
	qattr []int
	// excerptOf maps an excerpt paragraph to the attribution it is part
	// of, -1 if none.
	excerptOf []int
}

func newFinder(v *view) *finder {
	f := &finder{v: v, cueOf: cueIndex(v.cueAt), owner: v.owner, qattr: make([]int, len(v.quotes))}
	for i := range f.qattr {
		f.qattr[i] = -1
	}
	return f
}

func (f *finder) add(a attribution) int {
	id := len(f.attrs)
	f.attrs = append(f.attrs, a)
	f.claim(id, a.parts)
	if a.hasCue() {
		for i := a.cue[0]; i < a.cue[1]; i++ {
			f.cueOf[i] = id
		}
	}
	return id
}

func (f *finder) claim(id int, parts [][2]int) {
	for _, p := range parts {
		for i := p[0]; i < p[1]; i++ {
			if f.owner[i] < 0 {
				f.owner[i] = id
			}
		}
		for i := p[0]; i < p[1]; i++ {
			if q := f.v.inQ[i]; q >= 0 && f.qattr[q] < 0 {
				f.qattr[q] = id
			}
		}
	}
}

func (f *finder) addPart(id int, part [2]int) {
	a := &f.attrs[id]
	a.parts = append(a.parts, part)
	f.claim(id, [][2]int{part})
}

// find runs the passes: quotations first, then continuations, then
// reported speech without quotation marks.
func (f *finder) find() {
	v := f.v
	f.excerptOf = make([]int, len(v.paras))
	for i := range f.excerptOf {
		f.excerptOf[i] = -1
	}
	f.transcripts()
	f.headline()
	for qi := range v.quotes {
		if f.qattr[qi] >= 0 || v.quotes[qi].para == v.headline {
			continue
		}
		f.attributeQuotation(qi)
	}
	f.continuations()
	f.indirect()
	f.outermost()
}

// transcripts finds the paragraphs of a transcript: "PENCE: Well, look,
// …", a speaker's name in capitals and a colon, the rest of the paragraph
// what the speaker said.
func (f *finder) transcripts() {
	v := f.v
	for p, pr := range v.paras {
		if p == v.headline {
			continue
		}
		k := pr[0]
		for k < pr[1] && !v.isWord(k) && v.words[k] != ":" && v.inQ[k] < 0 {
			k++
		}
		e := k
		for e < pr[1] && e < k+4 && isCapsWord(v.words[e]) {
			e++
		}
		if e == k || e+1 >= pr[1] || v.words[e] != ":" || v.inQ[k] >= 0 || notSpeakers[v.lower[k]] {
			f.excerptAfterColon(p, k)
			continue
		}
		end := pr[1]
		for end > e+1 && !v.isWord(end-1) && v.inQ[end-1] < 0 {
			end--
		}
		if f.words(e+1, end) < 2 {
			continue
		}
		id := f.add(attribution{cue: [2]int{e, e + 1}, src: [2]int{k, e}, parts: [][2]int{{e + 1, end}}, direct: true, inherit: -1})
		f.claim(id, [][2]int{{k, e}})
	}
}

// headline finds the attribution of a headline in the form "SPEAKER:
// WHAT WAS SAID" ("Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s
// Chance"): the first paragraph of the text, when it is short and opened
// by a name of one to five capitalised words and a colon.
func (f *finder) headline() {
	v := f.v
	if len(v.paras) < 2 {
		return
	}
	pr := v.paras[0]
	if pr[1]-pr[0] > 60 {
		return // a paragraph, not a headline
	}
	k := pr[0]
	if k >= pr[1] || !v.isWord(k) || v.inQ[k] >= 0 || notSpeakers[v.lower[k]] {
		return
	}
	if f.headlineVerb(pr) || notHeadlineSpeakers[v.lower[k]] {
		return
	}
	e := k
	for e < pr[1] && e < k+5 && v.words[e] != ":" {
		w := v.words[e]
		switch {
		case v.isPossessive(e) || w == "and" || w == "-":
		case v.capitalized(e) && !(isCapsWord(w) && len(w) > 3) && !subjPronouns[v.lower[e]] && !determiners[v.lower[e]]:
		default:
			return
		}
		e++
	}
	if e == k || e+1 >= pr[1] || v.words[e] != ":" || v.inQ[e+1] >= 0 && v.quotes[v.inQ[e+1]].open != e+1 {
		return
	}
	end := pr[1]
	for end > e+1 && !v.isWord(end-1) && v.inQ[end-1] < 0 {
		end--
	}
	if f.words(e+1, end) < 2 {
		return
	}
	id := f.add(attribution{cue: [2]int{e, e + 1}, src: [2]int{k, e}, parts: [][2]int{{e + 1, end}}, inherit: -1})
	f.claim(id, [][2]int{{k, e}})
}

// headlineVerb finds the attribution of a title-cased headline with a
// speech verb: "Trump Says He Never Pledged To Kill Families" and "Obama
// Is Like A Lawyer’s Dumbest Client, Trevor Noah Says". Inside a
// sentence a capitalised verb is otherwise taken for a name.
func (f *finder) headlineVerb(pr [2]int) bool {
	v := f.v
	for c := pr[0] + 1; c < pr[1]; c++ {
		if v.inQ[c] >= 0 || !v.capitalized(c) || v.lex[c] == nil {
			continue
		}
		cw := *v.lex[c]
		if cw.class&(cueSpeech|cueObject) == 0 || cw.class&cueWeak != 0 || (cw.form != "s" && cw.form != "d") || cw.lemma == "state" || cw.lemma == "post" {
			continue
		}
		a, ok := v.npLeft(c, pr[0])
		if !ok {
			continue
		}
		end := pr[1]
		for end > c+1 && !v.isWord(end-1) && v.inQ[end-1] < 0 {
			end--
		}
		if a == pr[0] && f.words(c+1, end) >= 2 {
			// SOURCE SAYS CONTENT
			id := f.add(attribution{cue: [2]int{c, c + 1}, src: [2]int{a, c}, parts: [][2]int{{c + 1, end}}, inherit: -1})
			f.claim(id, [][2]int{{a, c}})
			return true
		}
		if a > pr[0]+2 && v.words[a-1] == "," && c+1 >= end {
			// CONTENT, SOURCE SAYS
			id := f.add(attribution{cue: [2]int{c, c + 1}, src: [2]int{a, c}, parts: [][2]int{{pr[0], a - 1}}, inherit: -1})
			f.claim(id, [][2]int{{a, c}})
			return true
		}
		return false
	}
	return false
}

// notHeadlineSpeakers open headlines that are labels, not speakers:
// "Breaking: …", "Revealed: …".
var notHeadlineSpeakers = set("breaking", "revealed", "wow", "look", "bombshell", "just", "here", "now",
	"latest", "live", "report", "poll", "paid", "big", "why", "how", "what", "when", "who", "where")

// excerptAfterColon attributes an excerpt paragraph p (its text starting at
// token k) to the cue that ends the paragraph before with a colon ("The
// New York Times reports:"), or to the attribution of the excerpt
// paragraph before it. An excerpt with attributions of its own (a quoted
// story that quotes people) is left to them.
func (f *finder) excerptAfterColon(p, k int) {
	v := f.v
	if !v.excerpt[p] || p == 0 {
		return
	}
	pr := v.paras[p]
	for i := k; i < pr[1]; i++ {
		if _, ok := v.isCueVerb(i); ok {
			return
		}
	}
	end := pr[1]
	for end > k+1 && !v.isWord(end-1) && v.inQ[end-1] < 0 {
		end--
	}
	if id := f.excerptOf[p-1]; id >= 0 {
		f.addPart(id, [2]int{k, end})
		f.excerptOf[p] = id
		return
	}
	last := v.paras[p-1][1] - 1
	if v.words[last] != ":" {
		return
	}
	c, ok := f.cueBefore(last)
	if !ok {
		return
	}
	ga, gb := v.cueGroup(c)
	src, ante, ok := f.sourceBefore(ga, c)
	if !ok {
		return
	}
	id := f.add(attribution{cue: [2]int{ga, gb}, src: src, ante: ante, parts: [][2]int{{k, end}}, direct: true, inherit: -1})
	f.claim(id, [][2]int{src})
	f.excerptOf[p] = id
}

// isCapsWord reports whether w is a word in capitals: "PENCE", "SEN.".
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// notSpeakers are capitalised labels that introduce no speech.
var notSpeakers = set("note", "update", "updated", "editor", "editors", "correction", "photo", "video",
	"watch", "read", "more", "related", "source", "sources", "credit", "image", "warning", "breaking",
	"exclusive", "analysis", "opinion", "caption", "listen", "see", "also", "advertisement", "q", "a")

// sentEnd returns the end of the sentence of token i (i+1 for a token
// outside the body, the number of tokens past the end).
func (f *finder) sentEnd(i int) int {
	if i >= len(f.v.sent) {
		return len(f.v.sent)
	}
	if i < 0 || f.v.sent[i] < 0 {
		return i + 1
	}
	return f.v.sents[f.v.sent[i]][1]
}

// sentStart returns the start of the sentence of token i.
func (f *finder) sentStart(i int) int {
	if i < 0 || i >= len(f.v.sent) || f.v.sent[i] < 0 {
		return i
	}
	return f.v.sents[f.v.sent[i]][0]
}

// quotationPart returns the token range of quotation qi.
func (f *finder) quotationPart(qi int) [2]int {
	q := &f.v.quotes[qi]
	return [2]int{q.open, q.end}
}

// isSpeechQuote reports whether quotation qi is long enough to be quoted
// speech rather than a scare quote or a title.
func (f *finder) isSpeechQuote(qi int) bool {
	q := &f.v.quotes[qi]
	if q.words >= 4 {
		return true
	}
	a, b := q.inner()
	for i := a; i < b; i++ {
		switch f.v.words[i] {
		case ".", "!", "?", ",", "…":
			return true
		}
	}
	return false
}

// attributeQuotation attributes one quotation: to a cue after it ("…,"
// he said), before it (he said: "…"), or to the cue of the quotation it
// continues.
func (f *finder) attributeQuotation(qi int) {
	v := f.v
	q := &v.quotes[qi]
	if q.cont >= 0 {
		if id := f.qattr[q.cont]; id >= 0 && f.attrs[id].direct {
			f.addPart(id, f.quotationPart(qi))
			return
		}
	}
	if f.after(qi) || f.before(qi) {
		// The quotation may close a quotation that ran over paragraphs:
		// the paragraphs before are parts of it too.
		id := f.qattr[qi]
		for k := q.cont; k >= 0 && id >= 0 && f.qattr[k] < 0; k = v.quotes[k].cont {
			f.addPart(id, f.quotationPart(k))
		}
	}
}

// after tries the patterns with the attribution after the quotation, in
// the same sentence: `"…," Trump said`, `"…," said Jonathan Pollack, an
// Asia scholar …`, `"…" — Kim`.
func (f *finder) after(qi int) bool {
	v := f.v
	q := &v.quotes[qi]
	if q.close < 0 || q.end >= len(v.words) || v.para[q.end] != q.para {
		return false
	}
	// A quotation inside a sentence ("On this weekend's broadcast of
	// "Fox News Sunday," Pence said …") is a title or a scare quote, not
	// the content of a following cue.
	if f.wordsBefore(q.open) {
		last := q.open - 1
		// `As for complexity, "broadening the base … ," said Mr.
		// Kamin`: a long quotation after an opening phrase is speech; a
		// short or title-cased one ("Fox News Sunday,") is not.
		long := v.words[last] == "," && q.words >= 6 && !f.titleCased(qi)
		if v.words[last] != ":" && !isDash(v.words[last]) && !long {
			return false
		}
	}
	j := q.end
	if (v.words[j] == "'" || v.words[j] == "’") && v.toks[j].Start == v.toks[q.close].End && j+1 < len(v.words) && v.para[j+1] == q.para {
		// `'special case,''' Mr. Putin said`: the tokenizer reads the
		// closing single mark after the double one
		j++
	}
	lim := f.sentEnd(j)
	if v.sent[j] != v.sent[q.close] {
		// The splitter ended the sentence at the quotation: go on only
		// when the next sentence starts in lower case or with a name
		// and a cue.
		if v.capitalized(j) && !v.isQuoteSource(j) {
			return false
		}
	}
	// The next quotation bounds the window.
	for k := j; k < lim; k++ {
		if v.inQ[k] >= 0 {
			lim = k
			break
		}
	}
	if j < lim && (v.words[j] == "," || v.words[j] == ";") {
		j++
	}
	if j >= lim {
		return false
	}
	// A dash line: "— Albert Einstein".
	if isDash(v.words[j]) {
		if e, ok := v.npRight(j+1, lim); ok && v.capitalized(j+1) {
			f.newDirect(qi, [2]int{j, j + 1}, [2]int{j + 1, e})
			return true
		}
		return false
	}
	// Inverted: "said Pompeo", "added Rep. Jim Clyburn (D-S.C.), …".
	if c, ok := v.isCueVerb(j); ok && c.class != cueAttitude {
		ga, gb := v.cueGroup(j)
		if e, ok := v.npRight(gb, lim); ok && !relPronouns[v.lower[gb]] {
			f.newDirect(qi, [2]int{ga, gb}, [2]int{gb, e})
			return true
		}
	}
	// Adverbs before an inverted cue: "also said Smith".
	k := j
	for k < lim && v.isAdverb(k) {
		k++
	}
	if k > j {
		if c, ok := v.isCueVerb(k); ok && c.class&(cueSpeech|cueDirectOnly) != 0 {
			ga, gb := v.cueGroup(k)
			if e, ok := v.npRight(gb, lim); ok {
				f.newDirect(qi, [2]int{ga, gb}, [2]int{gb, e})
				return true
			}
		}
	}
	// Source first: `he said`, `Trump told reporters`, `Leonard E.
	// Burman, director of …, said`, `a spokesman for the campaign said`.
	e, ok := v.npRight(j, lim)
	if !ok {
		return false
	}
	if c, ga, ok := f.cueAfterSource(e, lim); ok {
		_, gb := v.cueGroup(c)
		f.newDirect(qi, [2]int{ga, gb}, [2]int{j, e})
		return true
	}
	return false
}

// titleCased reports whether most words of quotation qi are capitalised,
// as in a title ("Commander-in-Chief Forum").
func (f *finder) titleCased(qi int) bool {
	v := f.v
	a, b := v.quotes[qi].inner()
	caps, words := 0, 0
	for k := a; k < b; k++ {
		if v.isWord(k) {
			words++
			if v.capitalized(k) {
				caps++
			}
		}
	}
	return 2*caps > words
}

// maxScan bounds the scans that walk a sentence token by token, so that
// a pathological sentence (a 10,000-word run without a full stop) costs
// linear time.
const maxScan = 300

// wordsBefore reports whether words outside quotations precede token i in
// its sentence (looking back at most maxScan tokens).
func (f *finder) wordsBefore(i int) bool {
	v := f.v
	start := f.sentStart(i)
	for k := i - 1; k >= start; k-- {
		if i-k > maxScan {
			return true
		}
		if v.isWord(k) && v.inQ[k] < 0 {
			return true
		}
	}
	return false
}

// isQuoteSource reports whether a sentence starting at token j reads
// "Name said" (a sentence split after a quotation ending in "." or "?").
func (v *view) isQuoteSource(j int) bool {
	if v.sent[j] < 0 {
		return false
	}
	lim := v.sents[v.sent[j]][1]
	e, ok := v.npRight(j, lim)
	if !ok || e >= lim {
		return false
	}
	c, ok := v.isCueVerb(e)
	return ok && c.class&(cueSpeech|cueDirectOnly) != 0 && (e+1 >= lim || v.words[e+1] == "." || v.words[e+1] == ",")
}

// cueAfterSource looks for a speech cue after a source phrase that ends
// at token e: directly, after adverbs and auxiliaries, after a
// parenthetical, after an appositive between commas, or after a
// prepositional phrase ("a spokesman for the campaign said"). It
// returns the cue verb and the start of its group.
func (f *finder) cueAfterSource(e, lim int) (int, int, bool) {
	v := f.v
	try := func(k int) (int, int, bool) {
		a := k
		for k < lim && (auxiliaries[v.lower[k]] || v.isAdverb(k)) && v.lower[k] != "to" {
			k++
		}
		if k < lim {
			if c, ok := v.isCueVerb(k); ok && c.class != cueAttitude {
				return k, a, true
			}
		}
		return 0, 0, false
	}
	if c, a, ok := try(e); ok {
		return c, a, true
	}
	if e >= lim {
		return 0, 0, false
	}
	switch v.words[e] {
	case ",", "(":
		// An appositive or parenthetical, up to the comma or bracket
		// that closes it.
		closer := ","
		if v.words[e] == "(" {
			closer = ")"
		}
		for k := e + 1; k < lim && k < e+40; k++ {
			if v.inQ[k] >= 0 {
				break
			}
			if v.words[k] == closer || (closer == ")" && v.words[k] == ",") {
				if c, a, ok := try(k + 1); ok {
					return c, a, true
				}
				if closer == ")" {
					break
				}
			}
		}
	case "of", "for", "at", "with", "from", "in", "on":
		// A prepositional phrase: only name-like and noun-like words.
		for k := e + 1; k < lim && k < e+10; k++ {
			if v.inQ[k] >= 0 || v.words[k] == "," || v.words[k] == "." {
				break
			}
			if c, a, ok := try(k); ok {
				return c, a, true
			}
		}
	}
	return 0, 0, false
}

func (f *finder) newDirect(qi int, cue, src [2]int) int {
	id := f.add(attribution{cue: cue, src: src, parts: [][2]int{f.quotationPart(qi)}, direct: true, inherit: -1})
	f.claim(id, [][2]int{src})
	return id
}

// before tries the pattern with the cue before the quotation, in the same
// sentence: `he said: "…"`, `"…," he said, "…"`, `Pompeo outlined what
// he called "a brighter path"`, and partial quotes `said that the campaign
// was "taking a close look" at …`.
func (f *finder) before(qi int) bool {
	v := f.v
	q := &v.quotes[qi]
	start := max(f.sentStart(q.open), q.open-maxScan)
	c := -1
	for k := q.open - 1; k >= start; k-- {
		if v.inQ[k] >= 0 {
			if f.qattr[v.inQ[k]] < 0 {
				break // an unattributed quotation in between
			}
			continue
		}
		if _, ok := v.isCueVerb(k); ok {
			c = k
			break
		}
		if v.isAccording(k) {
			c = k
			break
		}
	}
	if c < 0 {
		return f.colonSource(qi)
	}
	if _, used := f.cueOf.get(c); !used {
		// `"…," Tester said, referring to …, "…"`: the participle
		// belongs to the attribution before it.
		if cw, _ := lookupCue(v.lower[c]); !speechCore[cw.lemma] {
			for k := c - 1; k >= start; k-- {
				if id, ok := f.cueOf.get(k); ok {
					if f.attrs[id].direct && v.inQ[k] < 0 {
						c = k
					}
					break
				}
			}
		}
	}
	ga, gb := v.cueGroup(c)
	// Only punctuation between the cue and the quotation: the quotation
	// is the content (or one more part of it).
	between := func(a, b int) (words int) {
		for k := a; k < b; k++ {
			if v.inQ[k] >= 0 {
				continue
			}
			if v.isWord(k) {
				words++
			}
		}
		return words
	}
	if id, ok := f.cueOf.get(c); ok {
		// `"…," he said during a rally in Kenansville, "…"`
		if f.attrs[id].direct && (between(gb, q.open) <= 1 || !f.cueBetween(gb, q.open, id)) {
			f.addPart(id, f.quotationPart(qi))
			return true
		}
		return false
	}
	cw, _ := lookupCue(v.lower[c])
	src, ante, ok := f.sourceBefore(ga, c)
	if !ok && v.sentStart(ga) {
		// `Said Comey, "The thought …"`: the source follows the cue
		if e, ok2 := v.npRight(gb, q.open); ok2 && e < q.open && (v.words[e] == "," || v.words[e] == ":") {
			id := f.add(attribution{cue: [2]int{ga, gb}, src: [2]int{gb, e}, parts: [][2]int{f.quotationPart(qi)}, direct: true, inherit: -1})
			f.claim(id, [][2]int{{gb, e}})
			return true
		}
	}
	if !ok || !f.verbReading(c, ga, src) {
		return false
	}
	cstart := gb
	// skip the recipient of tell-type verbs and time phrases
	cstart = f.skipRecipient(c, cstart, q.open)
	if !f.isSpeechQuote(qi) && f.words(q.end, f.sentEnd(q.end)) > 0 && (between(cstart, q.open) > 0 || cw.class&cueSpeech != 0) {
		// A title or scare quote in the middle of reported speech
		// ("told MSNBC's "Morning Joe" that …"): leave the cue to the
		// reported-speech pass.
		return false
	}
	if between(cstart, q.open) == 0 || (between(cstart, q.open) == 1 && (v.lower[cstart] == "that" || v.lower[cstart] == "whether")) {
		if cw.class&cueAttitude != 0 && cw.class&cueSpeech == 0 && between(cstart, q.open) == 0 && !f.isSpeechQuote(qi) {
			return false
		}
		if !f.isSpeechQuote(qi) && cw.class&(cueSpeech|cueWeak|cueObject) == 0 {
			return false
		}
		id := f.add(attribution{cue: [2]int{ga, gb}, src: src, ante: ante, parts: [][2]int{{cstart, q.end}}, direct: true, inherit: -1})
		f.trimPart(id)
		f.claim(id, [][2]int{src})
		return true
	}
	// Words between: a partial quote inside reported speech.
	end := f.contentEnd(cstart, q.end)
	if end <= q.open {
		return false
	}
	id := f.add(attribution{cue: [2]int{ga, gb}, src: src, ante: ante, parts: [][2]int{{cstart, end}}, direct: true, inherit: -1})
	f.claim(id, [][2]int{src})
	return true
}

// colonSource attributes a quotation introduced by a name and a colon,
// with no verb: `Carl Bialik: "One of the biggest lessons …"`.
func (f *finder) colonSource(qi int) bool {
	v := f.v
	q := &v.quotes[qi]
	colon := q.open - 1
	if colon < 1 || v.words[colon] != ":" || v.sent[colon] != v.sent[q.open] || !f.isSpeechQuote(qi) {
		return false
	}
	a, ok := v.npLeft(colon, f.sentStart(colon))
	if !ok || !v.capitalized(colon-1) || subjPronouns[v.lower[a]] || relPronouns[v.lower[a]] {
		return f.colonVerb(qi, colon)
	}
	id := f.add(attribution{cue: [2]int{colon, colon + 1}, src: [2]int{a, colon}, parts: [][2]int{f.quotationPart(qi)}, direct: true, inherit: -1})
	f.claim(id, [][2]int{{a, colon}})
	return true
}

// colonVerb attributes a quotation after a colon to the subject of the
// sentence and the verb phrase before the colon, whatever the verb: "Mr.
// Christie gloated: "…"", "He demurred: "…"", "She addressed the
// supporters again: "…"".
func (f *finder) colonVerb(qi, colon int) bool {
	v := f.v
	start := f.sentStart(colon)
	a := start
	for a < colon && !v.isWord(a) {
		a++
	}
	if a >= colon || npStops[v.lower[a]] && !subjPronouns[v.lower[a]] {
		return false
	}
	e, ok := v.npRight(a, colon)
	if !ok || e >= colon || colon-e > 8 || relPronouns[v.lower[a]] {
		return false
	}
	w := v.lower[e]
	if v.capitalized(e) || npStops[w] && !auxiliaries[w] || determiners[w] || !v.isWord(e) || beForms[w] {
		return false // "The town hall is on Tuesday: …" is no speech
	}
	for k := e; k < colon; k++ {
		if v.inQ[k] >= 0 || v.words[k] == "," || f.owner[k] >= 0 {
			return false
		}
	}
	id := f.add(attribution{cue: [2]int{e, colon + 1}, src: [2]int{a, e}, parts: [][2]int{f.quotationPart(qi)}, direct: true, inherit: -1})
	f.claim(id, [][2]int{{a, e}})
	return true
}

// trimPart removes leading colons and commas from the first part.
func (f *finder) trimPart(id int) {
	a := &f.attrs[id]
	p := &a.parts[0]
	for p[0] < p[1] && (f.v.words[p[0]] == ":" || f.v.words[p[0]] == ",") {
		p[0]++
	}
}

// skipRecipient moves the content start past the recipient of a tell-type
// verb ("told reporters", "told The Washington Post") and past time and
// manner phrases ("said Thursday", "said in a statement") when a "that",
// a colon or a quotation follows them.
func (f *finder) skipRecipient(c, start, lim int) int {
	v := f.v
	cw, _ := lookupCue(v.lower[c])
	k := start
	if recipientVerbs[cw.lemma] && k < lim {
		if e, ok := v.npRight(k, lim); ok {
			k = e
		}
	}
	// time and manner phrases up to a "that", colon or comma: "said
	// Thursday that", "said in an interview with CNN that"
	j := k
	for j < lim && j < k+10 && v.inQ[j] < 0 && (v.isTimeWord(j) || (j > k && (v.capitalized(j) || v.isPossessive(j)))) {
		j++
	}
	if j > k && j < lim && (v.lower[j] == "that" || v.words[j] == ":" || v.words[j] == "," || v.inQ[j] >= 0) {
		k = j
	}
	// a quoted title before "that": `told MSNBC's "Morning Joe" that`
	if k < lim && v.inQ[k] >= 0 && v.quotes[v.inQ[k]].open == k {
		q := &v.quotes[v.inQ[k]]
		if q.close > 0 && (q.words <= 4 || (q.words <= 8 && f.titleCased(v.inQ[k]))) && q.end < lim && v.lower[q.end] == "that" {
			k = q.end
		}
	}
	for k < lim && (v.words[k] == ":" || v.words[k] == ",") {
		k++
	}
	return k
}

// sourceBefore finds the source of a cue whose verb group starts at ga:
// the phrase just before it, the subject of the clause for coordinated
// verbs and participles ("…, and later said", "…, adding"), or the
// phrase before an appositive ("Jonathan Pollack, an Asia scholar …,
// said"). For a relative pronoun it also returns the antecedent.
func (f *finder) sourceBefore(ga, c int) (src, ante [2]int, ok bool) {
	v := f.v
	lim := f.sentStart(ga)
	if v.isAccording(c) {
		// "according to X": the source follows.
		_, gb := v.cueGroup(c)
		if e, ok := v.npRight(gb, f.sentEnd(c)); ok {
			return [2]int{gb, e}, ante, true
		}
		return src, ante, false
	}
	ga = f.skipBetween(ga, lim)
	if ga > lim {
		prev := ga - 1
		switch w := v.lower[prev]; {
		case w == "and" || w == "but" || (w == "," && strings.HasSuffix(v.lower[c], "ing")) ||
			(strings.HasSuffix(v.lower[c], "ing") && (w == "before" || w == "after" || w == "while" || w == "by" || w == "without" || w == "when")):
			// a second verb of the same subject
			if id := f.attrBeforeInSentence(c); id >= 0 && f.attrs[id].hasSrc() {
				return f.attrs[id].src, f.attrs[id].ante, true
			}
			// ", Spicer said, adding": the source of the cue before it,
			// even when that one is not attributed yet
			for k := prev - 1; k >= lim && k > prev-12; k-- {
				if cw, ok := v.isCueVerb(k); ok && cw.class&cueSpeech != 0 && cw.form != "g" {
					pa, _ := v.cueGroup(k)
					if a, ok := v.npLeft(pa, lim); ok {
						return [2]int{a, pa}, ante, true
					}
					break
				}
			}
			if a, e, ok := v.subject(prev); ok {
				return [2]int{a, e}, ante, true
			}
			return src, ante, false
		case w == "to" && c-ga == 0 && ga-2 >= lim:
			// "went on to say", "continued to insist"
			if a, e, ok := v.subject(prev); ok {
				return [2]int{a, e}, ante, true
			}
			return src, ante, false
		case w == ",":
			// an appositive closed by this comma
			if a, e, ok := f.appositiveHead(prev, lim); ok {
				return [2]int{a, e}, ante, true
			}
			// "Mrs. Clinton's campaign, which has been shadowed …, said"
			// and "Mr. Manafort, citing …, said": a relative or
			// participial clause between the source and the cue
			if a, e, ok := f.clauseAppositive(prev, lim); ok {
				return [2]int{a, e}, ante, true
			}
			// "France's secretary of state for the elderly, Pascale
			// Boistard, confirmed": the name in the commas
			if a, ok := v.npLeft(prev, lim); ok && a > lim && v.words[a-1] == "," && v.capitalized(prev-1) {
				return [2]int{a, prev}, ante, true
			}
			return src, ante, false
		}
		if a, ok := v.npLeft(ga, lim); ok {
			if relPronouns[v.lower[a]] && a == ga-1 {
				// "Mr. Kamin, who emphasized": the antecedent precedes
				// the comma.
				if a-1 > lim && v.words[a-1] == "," {
					if b, ok := v.npLeft(a-1, lim); ok {
						ante = [2]int{b, a - 1}
					}
				}
				if v.lower[a] == "that" && ante[1] == 0 {
					return src, ante, false
				}
			}
			return [2]int{a, ga}, ante, true
		}
	}
	return src, ante, false
}

// skipBetween moves the start of a verb group at ga back over what may
// stand between a source and its cue: a time phrase ("Clinton on Tuesday
// said", "Feinstein last week said"), ", however," and a parenthesis in
// dashes ("Jason Sims — a teacher from Mount Pleasant — says").
func (f *finder) skipBetween(ga, lim int) int {
	v := f.v
	for range 3 {
		k := ga
		switch {
		case k-1 > lim && isDash(v.words[k-1]):
			j := k - 2
			for j > lim && j > k-30 && !isDash(v.words[j]) && v.inQ[j] < 0 {
				j--
			}
			if j > lim && isDash(v.words[j]) && v.words[j] == v.words[k-1] && k-1-j > 1 {
				k = j
			}
		case k-3 > lim && v.words[k-1] == "," && v.words[k-3] == "," && (v.lower[k-2] == "however" || v.lower[k-2] == "too" || v.lower[k-2] == "meanwhile"):
			k -= 3
		default:
			j := k
			found := false
			for j > lim && j > k-4 && v.inQ[j-1] < 0 && (backTime[v.lower[j-1]] || weekdays[v.lower[j-1]]) {
				if !backTime[v.lower[j-1]] || v.lower[j-1] == "week" || v.lower[j-1] == "month" || v.lower[j-1] == "year" {
					found = true
				}
				j--
			}
			if found && j > lim && (v.capitalized(j-1) || v.words[j-1] == ")" || evidenceNouns[v.lower[j-1]]) && v.inQ[j-1] < 0 {
				k = j
			}
			// "New polls released Sunday showed …": a participle of
			// publishing after a noun of evidence, with its time phrase.
			if j == k || found {
				i := j
				for i > lim && i > j-4 && v.inQ[i-1] < 0 && (backTime[v.lower[i-1]] || weekdays[v.lower[i-1]]) {
					i--
				}
				if i-1 > lim && i < k && publishing[v.lower[i-1]] && evidenceNouns[v.lower[i-2]] && v.inQ[i-2] < 0 {
					k = i - 1
				}
			}
		}
		if k == ga {
			return ga
		}
		ga = k
	}
	return ga
}

// evidenceNouns are the nouns of published evidence that are sources of
// "show" and "find": "A poll last month showed …".
var evidenceNouns = set("poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
	"analysis", "data", "results", "records", "documents", "emails", "e-mails", "figures", "numbers", "research")

// publishing are participles between a noun of evidence and its cue:
// "a poll released Tuesday showed".
var publishing = set("released", "conducted", "published", "taken", "out", "issued")

// backTime are the words of a time phrase between a source and its cue,
// with the weekdays.
var backTime = set("on", "last", "this", "week", "month", "year", "earlier", "late")

// clauseAppositive finds "SOURCE, which …," or "SOURCE, citing …," ending
// at the comma at token comma, and returns SOURCE.
func (f *finder) clauseAppositive(comma, lim int) (int, int, bool) {
	v := f.v
	for k := comma - 2; k > lim && k > comma-40; k-- {
		if v.inQ[k] >= 0 && v.quotes[v.inQ[k]].open == k && v.quotes[v.inQ[k]].close < 0 {
			return 0, 0, false
		}
		if v.words[k] != "," || v.inQ[k] >= 0 {
			continue
		}
		w := v.lower[k+1]
		if w != "who" && w != "which" && !(strings.HasSuffix(w, "ing") && !v.capitalized(k+1)) {
			return 0, 0, false
		}
		a, ok := v.npLeft(k, lim)
		if !ok || relPronouns[v.lower[a]] || (subjPronouns[v.lower[a]] && a != k-1) {
			return 0, 0, false
		}
		return a, k, true
	}
	return 0, 0, false
}

// attrBeforeInSentence returns the attribution whose cue comes last
// before token c in c's sentence, or -1.
func (f *finder) attrBeforeInSentence(c int) int {
	start := f.sentStart(c)
	for k := c - 1; k >= start; k-- {
		if id, ok := f.cueOf.get(k); ok {
			return id
		}
	}
	return -1
}

// appositiveHead finds "NAME, APPOSITIVE," ending at the comma at token
// comma and returns NAME.
func (f *finder) appositiveHead(comma, lim int) (int, int, bool) {
	v := f.v
	verb := false
	for k := comma - 1; k > lim && k > comma-40; k-- {
		if v.inQ[k] >= 0 {
			return 0, 0, false
		}
		if w := v.lower[k]; auxiliaries[w] && w != "to" && w != "'s" && w != "’s" {
			verb = true // "In Decatur, the plant is hanging on, said": a clause
		}
		if relPronouns[v.lower[k]] {
			verb = false // "Smith, who is …,": a relative clause may
		}
		if v.words[k] == "," || v.words[k] == "(" {
			if verb {
				return 0, 0, false
			}
			a, ok := v.npLeft(k, lim)
			if !ok || !v.capitalized(k-1) {
				continue
			}
			if relPronouns[v.lower[a]] || subjPronouns[v.lower[a]] {
				return 0, 0, false
			}
			return a, k, true
		}
	}
	return 0, 0, false
}

// contentEnd returns where a content that starts at token a ends: the end
// of the sentence without its final punctuation, a semicolon, a dash, or
// a comma that starts another attribution (", he added", ", adding
// that", ", according to"). The end is at least lo.
func (f *finder) contentEnd(a, lo int) int { return f.contentEndNP(a, lo, false) }

// contentEndNP is contentEnd for a content that is a noun phrase when np
// is set ("Polls show a close contest, with …"): it ends at the first
// comma, or before "and" and a verb.
func (f *finder) contentEndNP(a, lo int, np bool) int {
	v := f.v
	end := min(f.sentEnd(a), max(a, lo)+maxScan)
	for k := a; k < end; k++ {
		if k+1 >= lo && v.inQ[k] >= 0 && f.quoteEndsSentence(k) {
			end = k + 1 // `… “to protect privacy.” Cruz says …`
			break
		}
		if k < lo {
			continue
		}
		if qi := v.inQ[k]; qi >= 0 {
			// `to "seize this opportunity," adding that …`: a comma
			// inside the closing mark.
			if v.quotes[qi].close == k && k > a && v.words[k-1] == "," && k+1 >= lo && (f.attributionFollows(k+1) || f.clauseFollows(k+1) || f.participleFollows(k+1, np)) {
				end = k + 1
				break
			}
			// A noun-phrase content with a quotation ends with it when a
			// prepositional phrase follows: `blasted Clinton as a
			// "disgrace" Wednesday on The Laura Ingraham Show`.
			if np && v.quotes[qi].close == k && k+1 >= lo && k+1 < end && (tailPreps[v.lower[k+1]] || weekdays[v.lower[k+1]]) {
				end = k + 1
				break
			}
			continue
		}
		if id := f.owner[k]; id >= 0 && k > a && !f.nestedIn(id, a) {
			end = k
			break
		}
		switch w := v.words[k]; {
		case w == ";" || (isDash(w) && w != "–"):
			end = k
		case w == ",":
			if np || f.attributionFollows(k+1) || f.clauseFollows(k+1) || f.participleFollows(k+1, np) {
				end = k
			}
		case w == ":":
			if f.attributionFollows(k + 1) {
				end = k
			}
		case (w == "and" || w == "but" || w == "while" || w == "whereas") && k > a+1:
			if (k > a+2 && f.coordinatedCue(k+1)) || f.subjectCue(k+1) || ((w == "and" || w == "but") && f.secondCue(k+1)) || (np && k+1 < end && strings.HasSuffix(v.lower[k+1], "ed")) {
				end = k
			}
		}
		if end == k {
			break
		}
	}
	end = f.trimManner(a, end, lo)
	for end > a+1 && end > lo && v.inQ[end-1] < 0 && weekdays[v.lower[end-1]] {
		end-- // "… a “disgrace” Wednesday"
	}
	// Strip closing punctuation and quotation-free trailing commas.
	for end > a && end > lo {
		switch v.words[end-1] {
		case ".", ",", ";", ":", "—", "--", "–", "!", "?":
			if v.inQ[end-1] < 0 {
				end--
				continue
			}
		}
		break
	}
	return end
}

// trimManner removes a trailing manner or time phrase that belongs to the
// cue rather than to the content: "called for more school investment in
// a statement on Thursday".
func (f *finder) trimManner(a, end, lo int) int {
	v := f.v
	for k := end - 1; k > a && k >= end-10 && k >= lo; k-- {
		if v.inQ[k] >= 0 {
			return end
		}
		switch v.lower[k] {
		case "in", "on", "at", "during", "via":
			ok := true
			manner := false
			for j := k + 1; j < end; j++ {
				w := v.lower[j]
				if mannerNouns[w] {
					manner = true
				}
				if !v.isTimeWord(j) && !mannerNouns[w] && !v.capitalized(j) && !v.isPossessive(j) && w != "," {
					ok = false
					break
				}
			}
			if ok && manner {
				end = k
			}
		}
	}
	return end
}

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight")

// mannerNouns name the occasions of speech.
var mannerNouns = set("interview", "statement", "speech", "rally", "conference", "briefing",
	"appearance", "hearing", "event", "debate", "twitter", "facebook", "tweet", "email", "e-mail",
	"letter", "radio", "television", "tv", "call", "remarks", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
	"op-ed", "post", "message", "video", "broadcast", "show", "program", "session", "forum",
	"meeting", "release", "week", "today", "yesterday", "tonight")

// nestedIn reports whether attribution id starts inside a content that
// starts at token a (its cue lies at or after a): a nested attribution,
// which the outer content runs over.
func (f *finder) nestedIn(id, a int) bool {
	at := f.attrs[id]
	return at.hasCue() && at.cue[0] >= a
}

// clauseFollows reports whether a new clause with its own subject starts
// at token k (after a comma): "but he has also …", "while she …".
func (f *finder) clauseFollows(k int) bool {
	v := f.v
	if k+1 >= len(v.words) || v.para[k] < 0 {
		return false
	}
	switch v.lower[k] {
	case "which", "who", "whom", "whose":
		return true // an incidental relative clause
	case "as":
		return subjPronouns[v.lower[k+1]]
	case "but", "however", "whereas":
		return true
	case "and":
		// ", and he railed against …": a clause with its own subject
		n := v.lower[k+1]
		return subjPronouns[n] && n != "it" && n != "you"
	case "while", "although", "though":
		n := v.lower[k+1]
		return (subjPronouns[n] && n != "it") || f.subjectClause(k+1)
	case "compared":
		return v.lower[k+1] == "with" || v.lower[k+1] == "to"
	case "with":
		// ", with Lewandowski taking to Twitter": an absolute phrase,
		// a subject and a participle of its own
		for j := k + 2; j < len(v.words) && j < k+8 && v.sent[j] == v.sent[k] && v.inQ[j] < 0; j++ {
			w := v.lower[j]
			if v.words[j] == "," || npStops[w] {
				return false
			}
			if strings.HasSuffix(w, "ing") && len(w) > 5 && !v.capitalized(j) {
				return true
			}
		}
	}
	return false
}

// subjectCue reports whether a clause with its own subject and a cue verb
// starts at token k (after "and", "while"): "… and more than 4 in 10 said
// …", "… while 95 members favored …". It is another attribution, which
// ends the content before it.
func (f *finder) subjectCue(k int) bool {
	v := f.v
	end := f.sentEnd(k)
	if k >= end || v.inQ[k] >= 0 {
		return false
	}
	w := v.lower[k]
	if !(v.capitalized(k) || determiners[w] || (subjPronouns[w] && w != "it") || isNumber(w) || quantifiers[w]) {
		return false
	}
	for j := k + 1; j < end && j < k+8; j++ {
		if v.inQ[j] >= 0 || !v.isWord(j) && !v.isPossessive(j) {
			return false
		}
		lw := v.lower[j]
		if auxiliaries[lw] || v.isAdverb(j) {
			continue
		}
		if c, ok := v.isCueVerb(j); ok {
			return c.form != "g" && c.class&cueDirectOnly == 0
		}
		if npStops[lw] && lw != "of" && lw != "than" && lw != "in" {
			return false
		}
	}
	return false
}

// quantifiers open a subject that counts people: "about half", "nearly
// 4 in 10".
var quantifiers = set("about", "nearly", "almost", "half", "more", "less", "fewer", "roughly", "only", "just", "over", "under", "majority", "most", "one")

// subjectClause reports whether a clause with a subject and a finite verb
// starts at token k: a noun phrase and a cue or an auxiliary ("95 members
// favored", "other voters said").
func (f *finder) subjectClause(k int) bool {
	v := f.v
	end := f.sentEnd(k)
	j := k
	for j < end && j < k+4 && (isNumber(v.lower[j]) || v.lower[j] == "percent" || v.lower[j] == "%") {
		j++
	}
	e, ok := v.npRight(j, end)
	if !ok && j == k {
		return false
	}
	if !ok {
		e = j
	}
	if e >= end || e-k > 6 {
		return false
	}
	if auxiliaries[v.lower[e]] && v.lower[e] != "to" {
		return true
	}
	c, ok := v.isCueVerb(e)
	return ok && c.form != "g"
}

// participleFollows reports whether a participial clause starts at token k
// (after a comma) that ends a content: after an adverb ("…, implicitly
// putting his name on the line"), or any after a noun-phrase content.
func (f *finder) participleFollows(k int, np bool) bool {
	v := f.v
	if k < len(v.words) && v.isAdverb(k) {
		k++
	}
	if k >= len(v.words) || v.para[k] < 0 || v.capitalized(k) {
		return false
	}
	w := v.lower[k]
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns[w] && !ingPreps[w]
}

// ingPreps are prepositions in -ing.
var ingPreps = set("including", "according", "following", "regarding", "concerning", "excluding", "during", "notwithstanding")

// coordinatedCue reports whether a cue verb of the same subject starts at
// token k (after "and" or "but"): "said it was … and warned North Korea".
func (f *finder) coordinatedCue(k int) bool {
	v := f.v
	for k < len(v.words) && v.para[k] >= 0 && (v.isAdverb(k) || (auxiliaries[v.lower[k]] && v.lower[k] != "to")) {
		k++
	}
	if k >= len(v.words) {
		return false
	}
	c, ok := v.isCueVerb(k)
	return ok && c.class&cueAttitude == 0 && c.class&(cueSpeech|cueObject|cueWeak) != 0 && c.form != "g"
}

// secondCue reports whether a second cue verb in the same form as the
// content's own follows "and": "calling him a “nice guy” and vowing to …",
// "called her “third-rate” and boycotted …" — the content of the first
// ends before it.
func (f *finder) secondCue(k int) bool {
	v := f.v
	for j := k + 4; k < len(v.words) && k < j && v.para[k] >= 0 && v.isAdverb(k); {
		k++
	}
	if k >= len(v.words) {
		return false
	}
	c, ok := v.isCueVerb(k)
	if !ok || c.class&cueDirectOnly != 0 {
		return false
	}
	return c.form == "g" || c.form == "d"
}

// attributionFollows reports whether an attribution starts at token k
// (after a comma): a cue gerund ("adding"), "according to", or a short
// phrase and a speech cue ("he said", "and Pompeo added", "said Smith").
func (f *finder) attributionFollows(k int) bool {
	v := f.v
	if k >= len(v.words) || v.para[k] < 0 {
		return false
	}
	end := f.sentEnd(k)
	if v.isAccording(k) {
		return true
	}
	if c, ok := v.isCueVerb(k); ok {
		if strings.HasSuffix(v.lower[k], "ing") && c.class&cueSpeech != 0 {
			return true
		}
		if c.class&cueSpeech != 0 && c.form == "d" {
			if _, ok := v.npRight(k+1, end); ok {
				return true
			}
		}
		return false
	}
	j := k
	if v.lower[j] == "and" || v.lower[j] == "but" {
		j++
	}
	e, ok := v.npRight(j, end)
	if !ok || e-j > 5 {
		return false
	}
	for e < end && (v.isAdverb(e) || auxiliaries[v.lower[e]]) && v.lower[e] != "to" {
		e++
	}
	c, ok := v.isCueVerb(e)
	return ok && c.class&cueSpeech != 0 && c.form != "g"
}

// continuations attributes the quotations that are sentences of their own
// without a cue: to the attribution of an earlier quotation in the same
// paragraph, to a cue ending the previous paragraph with a colon, or, for
// a paragraph that is nothing but a quotation, to the speaker of the
// previous paragraph's quotation (without a cue).
func (f *finder) continuations() {
	v := f.v
	// next[qi] is the first quotation after qi in its paragraph that the
	// first pass attributed, or -1; last the latest before qi.
	next := make([]int, len(v.quotes))
	n := -1
	for qi := len(v.quotes) - 1; qi >= 0; qi-- {
		next[qi] = n
		if qi > 0 && v.quotes[qi-1].para != v.quotes[qi].para {
			n = -1
		}
		if a := f.qattr[qi]; a >= 0 && f.attrs[a].direct {
			n = qi
		}
		if qi > 0 && v.quotes[qi-1].para != v.quotes[qi].para {
			n = -1
		}
	}
	last := -1
	for qi := range v.quotes {
		if qi > 0 && v.quotes[qi-1].para != v.quotes[qi].para {
			last = -1
		}
		if qi > 0 {
			if a := f.qattr[qi-1]; a >= 0 && f.attrs[a].direct && v.quotes[qi-1].para == v.quotes[qi].para {
				last = qi - 1
			}
		}
		if f.qattr[qi] >= 0 || v.quotes[qi].para == v.headline {
			continue
		}
		q := &v.quotes[qi]
		if !v.sentStart(q.open+1) && !(q.open+1 < len(v.words) && v.sentStart(q.open)) {
			continue // a scare quote or title inside a sentence
		}
		if !f.isSpeechQuote(qi) {
			continue
		}
		// Same paragraph: the closest attributed quotation before.
		id := -1
		if last >= 0 {
			id = f.qattr[last]
		}
		if id >= 0 && q.open-v.quotes[last].end < maxScan && !f.cueBetween(v.quotes[last].end, q.open, id) {
			f.addPart(id, f.quotationPart(qi))
			continue
		}
		// A colon ends the previous paragraph: `The Times reports:`.
		if pp := q.para - 1; pp >= 0 && v.paras[q.para][0] == q.open {
			last := v.paras[pp][1] - 1
			if v.words[last] == ":" {
				if c, ok := f.cueBefore(last); ok {
					if cid, ok := f.cueOf.get(c); ok {
						f.addPart(cid, f.quotationPart(qi))
						continue
					}
					ga, gb := v.cueGroup(c)
					if src, ante, ok := f.sourceBefore(ga, c); ok {
						id := f.add(attribution{cue: [2]int{ga, gb}, src: src, ante: ante, parts: [][2]int{f.quotationPart(qi)}, direct: true, inherit: -1})
						f.claim(id, [][2]int{src})
						continue
					}
				}
			}
			// The whole paragraph is this quotation: it continues the
			// speaker of the previous paragraph's last quotation.
			if q.end == v.paras[q.para][1] || (q.end+1 == v.paras[q.para][1] && !v.isWord(q.end)) {
				if prev := f.lastDirectIn(pp); prev >= 0 && f.sameMarks(prev, q.open) {
					f.add(attribution{parts: [][2]int{f.quotationPart(qi)}, direct: true, inherit: prev})
					continue
				}
			}
		}
		// A later quotation of the same paragraph has the attribution:
		// `"…." "…," he said.`
		if k := next[qi]; k >= 0 && v.quotes[k].open-q.end < maxScan {
			if a := f.qattr[k]; !f.cueBetween(q.end, v.quotes[k].open, a) {
				f.addPart(a, f.quotationPart(qi))
			}
		}
	}
}

// cueBetween reports whether another attribution, or a verb of speech
// other than attribution own's cue, lies outside quotations in [a, b).
func (f *finder) cueBetween(a, b, own int) bool {
	for k := a; k < b; k++ {
		if id, ok := f.cueOf.get(k); ok {
			if id == own {
				continue
			}
			return true
		}
		if id := f.owner[k]; id >= 0 && id != own {
			return true
		}
		// a participle after a comma shares the attribution's source:
		// `"…," Clinton said in Los Angeles, recalling …`
		if c, ok := f.v.isCueVerb(k); ok && speechCore[c.lemma] && !(c.form == "g" && k > 0 && f.v.words[k-1] == ",") {
			return true
		}
	}
	return false
}

// speechCore are the verbs that introduce speech of their own.
var speechCore = set("say", "tell", "add", "write", "ask", "reply", "respond", "continue", "note",
	"explain", "argue", "insist", "tweet", "declare", "state", "announce", "recall", "warn", "claim")

func isDash(w string) bool {
	switch w {
	case "—", "--", "–", "―":
		return true
	}
	return false
}

// cueBefore finds the cue verb of the sentence that ends at token end.
func (f *finder) cueBefore(end int) (int, bool) {
	start := f.sentStart(end)
	for k := end - 1; k >= start; k-- {
		if _, ok := f.v.isCueVerb(k); ok {
			return k, true
		}
	}
	return 0, false
}

// sameMarks reports whether the quotation mark at token open is of the
// same family (curly, straight, doubled apostrophes) as the first
// quotation of attribution id. An excerpt quoted in straight marks
// around text with curly ones is not a continuation of the inner quotes.
func (f *finder) sameMarks(id, open int) bool {
	family := func(w string) int {
		switch w {
		case "\u201c", "\u201d", "\u201e", "\u201f":
			return 1
		case "''", "``":
			return 2
		case "\u00ab", "\u00bb":
			return 3
		}
		return 0
	}
	for _, p := range f.attrs[id].parts {
		for k := p[0]; k < p[1]; k++ {
			if f.v.inQ[k] >= 0 {
				return family(f.v.words[f.v.quotes[f.v.inQ[k]].open]) == family(f.v.words[open])
			}
		}
	}
	return false
}

// lastDirectIn returns the last attribution anchored on a quotation in
// paragraph p, or -1.
func (f *finder) lastDirectIn(p int) int {
	v := f.v
	best, bestEnd := -1, -1
	for id := range f.attrs {
		a := &f.attrs[id]
		if !a.direct {
			continue
		}
		for _, pt := range a.parts {
			if v.para[pt[0]] == p && pt[1] > bestEnd {
				best, bestEnd = id, pt[1]
			}
		}
	}
	return best
}

// indirect finds reported speech: `Pompeo said the logistics … could be
// completed in days`, `…, officials said`, `according to X, …`.
func (f *finder) indirect() {
	f.indirectPass(true)
	f.indirectPass(false)
}

// indirectPass runs the reported-speech patterns over every unused cue;
// with tails set, only the patterns whose content precedes the cue
// ("…, officials said", "according to"), which enclose the others.
func (f *finder) indirectPass(tails bool) {
	v := f.v
	for p, pr := range v.paras {
		head := p == v.headline
		for c := pr[0]; c < pr[1]; c++ {
			if f.owner[c] >= 0 || v.inQ[c] >= 0 {
				continue
			}
			if head && (tails || v.isAccording(c)) {
				continue // a headline: "SOURCE CUE CONTENT" only
			}
			if _, used := f.cueOf.get(c); used {
				continue
			}
			if v.isAccording(c) {
				if tails {
					f.according(c)
				}
				continue
			}
			if !tails && (f.nounThatAt(c) || f.makeClearAt(c) || f.stanceAt(c) || f.inPollAt(c)) {
				continue
			}
			cw, ok := v.isCueVerb(c)
			if !ok || cw.class&cueDirectOnly != 0 {
				continue
			}
			if head && cw.lemma != "call" && (cw.class&cueWeak != 0 || cw.class&(cueSpeech|cueObject) == 0) {
				continue // "Harbour talks resume …" is no attribution
			}
			if tails {
				f.tailAt(c, cw)
			} else if !f.askedAt(c, cw) {
				f.indirectAt(c, cw)
			}
		}
	}
}

// makeClearAt handles "made clear (that)" and "made it clear that", a
// cue of two or three words.
func (f *finder) makeClearAt(c int) bool {
	v := f.v
	switch v.lower[c] {
	case "make", "makes", "made", "making":
	default:
		return false
	}
	end := f.sentEnd(c)
	gb := c + 1
	if gb < end && v.lower[gb] == "it" {
		gb++
	}
	if gb >= end || v.lower[gb] != "clear" || v.inQ[gb] >= 0 {
		return false
	}
	gb++
	it := gb == c+3
	// "made it clear Monday that", "made clear in a statement that"
	for j := gb; j < end && j < gb+8 && v.inQ[j] < 0; j++ {
		if v.lower[j] == "that" {
			gb = j
			break
		}
		if !v.isTimeWord(j) && !(j > gb && (v.capitalized(j) || v.isPossessive(j))) {
			break
		}
	}
	if gb >= end || (it && v.lower[gb] != "that") || v.words[gb] == "," || v.words[gb] == "." {
		return false
	}
	ga, _ := v.cueGroup(c)
	src, ante, ok := f.sourceBefore(ga, c)
	if !ok {
		return false
	}
	cs := gb
	for cs < end && v.words[cs] == ":" {
		cs++
	}
	ce := f.contentEnd(cs, cs)
	if ce <= cs || f.words(cs, ce) < 2 {
		return false
	}
	id := f.add(attribution{cue: [2]int{ga, gb}, src: src, ante: ante, parts: [][2]int{{cs, ce}}, inherit: -1})
	f.claim(id, [][2]int{src})
	return true
}

// nounThatAt handles a noun of saying or believing with a that-clause:
// "Trump's claim that the election is rigged", "her belief that …". The
// possessor is the source; the content is the clause.
func (f *finder) nounThatAt(c int) bool {
	v := f.v
	if !thatNouns[v.lower[c]] || c == 0 || c+2 >= len(v.words) || v.lower[c+1] != "that" || v.inQ[c] >= 0 || v.inQ[c+1] >= 0 || v.sent[c+1] != v.sent[c] {
		return false
	}
	var src [2]int
	switch p := v.lower[c-1]; {
	case p == "his" || p == "her" || p == "their" || p == "its" || p == "our" || p == "my":
		src = [2]int{c - 1, c}
	case v.isPossessive(c-1) && c >= 2:
		a, ok := v.npLeft(c-1, f.sentStart(c))
		if !ok {
			return false
		}
		src = [2]int{a, c}
	case p == "the":
	default:
		return false
	}
	ce := f.contentEnd(c+1, c+1)
	if ce <= c+2 || f.words(c+1, ce) < 3 {
		return false
	}
	for i := c + 1; i < ce; i++ {
		if f.owner[i] >= 0 {
			return false
		}
	}
	id := f.add(attribution{cue: [2]int{c, c + 1}, src: src, parts: [][2]int{{c + 1, ce}}, inherit: -1})
	if src[1] > src[0] {
		f.claim(id, [][2]int{src})
	}
	return true
}

// inPollAt handles a poll named at the start of a sentence: "In an NBC
// News poll released Monday, 50 percent of respondents chose Clinton."
// The cue is "In", the source the poll's phrase, the content the clause
// after the comma.
func (f *finder) inPollAt(c int) bool {
	v := f.v
	if v.lower[c] != "in" || c != f.sentStart(c) || v.inQ[c] >= 0 {
		return false
	}
	end := f.sentEnd(c)
	comma, poll := -1, false
	for j := c + 1; j < end && j < c+16; j++ {
		if v.inQ[j] >= 0 || f.owner[j] >= 0 {
			return false
		}
		if v.words[j] == "," {
			comma = j
			break
		}
		if pollNouns[v.lower[j]] {
			poll = true
		}
	}
	if comma < 0 || !poll || comma+1 >= end {
		return false
	}
	ce := f.contentEnd(comma+1, comma+1)
	if ce <= comma+1 || f.words(comma+1, ce) < 3 {
		return false
	}
	for i := comma + 1; i < ce; i++ {
		if f.owner[i] >= 0 || v.inQ[i] >= 0 {
			return false // a quotation is left to the direct patterns
		}
	}
	src := [2]int{c + 1, comma}
	id := f.add(attribution{cue: [2]int{c, c + 1}, src: src, parts: [][2]int{{comma + 1, ce}}, inherit: -1})
	f.claim(id, [][2]int{src})
	return true
}

// pollNouns are the heads of a poll's phrase after a sentence's "In".
var pollNouns = set("poll", "polls", "survey", "surveys")

// thatNouns are nouns of saying or believing that take a that-clause as
// their content.
var thatNouns = set("claim", "claims", "belief", "suggestion", "promise", "assertion", "statement",
	"insistence", "contention", "conclusion", "admission", "acknowledgment", "acknowledgement",
	"accusation", "warning", "concern", "hope", "fear", "remarks", "argument", "allegation", "charge")

// tailAt tries the patterns with the content before the cue: "CONTENT,
// SOURCE CUE." and "CONTENT, CUE SOURCE.".
func (f *finder) tailAt(c int, cw cueWord) bool {
	v := f.v
	if cw.class&(cueSpeech|cueAttitude) == 0 && !(cw.lemma == "show" || cw.lemma == "find" || cw.lemma == "report") {
		return false // "endorsed", "criticized" need an object; "…, polls show." is evidence
	}
	ga, gb := v.cueGroup(c)
	start, end := f.sentStart(c), f.sentEnd(c)
	// CONTENT, SOURCE CUE. and CONTENT, CUE SOURCE.
	if ga > start {
		// ", he said." / ", officials said." / `"…," Cuban said.`
		if a, ok := f.tailSource(ga, start); ok && !relPronouns[v.lower[a]] {
			if f.tailAttribution(c, gb, end) {
				comma := a - 1
				if v.lower[comma] == "as" {
					comma--
				}
				if v.words[comma] != "," {
					comma++ // the closing mark after the comma stays
				}
				cs := f.clauseStart(comma)
				if cs > start && f.owner[cs-1] >= 0 && v.inQ[cs-1] < 0 {
					return false // `"…," Kim told Lavrov, …, the agency reported`
				}
				if ce := f.trimEnd(cs, comma); ce > cs && f.words(cs, ce) >= 3 {
					parts := [][2]int{{cs, ce}}
					if rest := f.restAfter(gb, end); rest[1] > rest[0] {
						parts = append(parts, rest)
					}
					id := f.add(attribution{cue: [2]int{ga, gb}, src: [2]int{a, ga}, parts: parts, inherit: -1})
					f.claim(id, [][2]int{{a, ga}})
					return true
				}
			}
		}
		// ", said the official." (not "NAME, APPOSITIVE, said …")
		if f.commaBefore(ga) && cw.class&cueSpeech != 0 {
			_, _, appos := f.appositiveHead(ga-1, start)
			if e, ok := v.npRight(gb, end); ok && !appos && e-gb <= 8 && (e >= end || v.words[e] == "," || v.words[e] == "." || v.words[e] == "(") {
				comma := ga - 1
				if v.words[comma] != "," {
					comma = ga
				}
				cs := f.clauseStart(comma)
				if ce := f.trimEnd(cs, comma); ce > cs && f.words(cs, ce) >= 3 {
					id := f.add(attribution{cue: [2]int{ga, gb}, src: [2]int{gb, e}, parts: [][2]int{{cs, ce}}, inherit: -1})
					f.claim(id, [][2]int{{gb, e}})
					return true
				}
			}
		}
	}
	return false
}

// askedAt handles a question put to someone, an attribution without a
// source: "Asked whether he would run, Reid said …" (the content runs to the
// comma) and "Rubio was asked to name …".
func (f *finder) askedAt(c int, cw cueWord) bool {
	v := f.v
	if cw.lemma != "ask" || cw.form != "d" {
		return false
	}
	end := f.sentEnd(c)
	passive := c > 0 && (v.lower[c-1] == "was" || v.lower[c-1] == "were" || v.lower[c-1] == "being" || v.lower[c-1] == "been" || v.lower[c-1] == "is")
	initial := v.sentStart(c) || (c > 0 && v.lower[c-1] == "when" && v.words[c-1] != "")
	if !passive && !initial {
		return false
	}
	cs := c + 1
	// "Asked specifically what …", "asked by reporters whether …"
	for cs < end && cs < c+4 && v.isAdverb(cs) {
		cs++
	}
	// a phrase of time or place before the question: "asked at a
	// briefing Monday about …", "asked by a reporter on Thursday whether …"
	skipTime := func(k int) int {
		j := k
		for j < end && j < k+8 && v.isTimeWord(j) && v.inQ[j] < 0 {
			j++
		}
		if j > k && j < end && (clauseStarts[v.lower[j]] || v.lower[j] == "about") {
			return j
		}
		return k
	}
	if cs < end && v.lower[cs] == "by" {
		if e, ok := v.npRight(cs+1, end); ok && e < end {
			if e = skipTime(e); clauseStarts[v.lower[e]] || v.lower[e] == "about" {
				cs = e
			}
		}
	}
	cs = skipTime(cs)
	if cs >= end {
		return false
	}
	w := v.lower[cs]
	if !clauseStarts[w] && w != "about" && w != "to" && w != "for" {
		return false
	}
	ce := cs
	if initial {
		for ce < end && ce < cs+maxScan && v.words[ce] != "," && v.inQ[ce] < 0 {
			ce++
		}
		if ce >= end {
			if v.sentStart(c) || v.sentStart(c-1) {
				return false
			}
			// "he said when asked about the vote.": the question ends
			// the sentence
			ce = f.contentEnd(cs, cs)
		}
	} else {
		ce = f.contentEnd(cs, cs)
	}
	if f.words(cs, ce) < 1 {
		return false
	}
	ga, gb := v.cueGroup(c)
	f.add(attribution{cue: [2]int{ga, gb}, parts: [][2]int{{cs, ce}}, inherit: -1})
	return true
}

// commaBefore reports whether a comma precedes token i, bare or inside a
// closing quotation mark (`"…," said`).
func (f *finder) commaBefore(i int) bool {
	v := f.v
	if i < 1 {
		return false
	}
	if v.words[i-1] == "," {
		return true
	}
	q := v.inQ[i-1]
	return q >= 0 && v.quotes[q].close == i-1 && i >= 2 && v.words[i-2] == ","
}

// tailSource finds the source of a closing attribution whose verb group
// starts at ga: a phrase between a comma and the cue (", he said", ", a
// source close to him said").
func (f *finder) tailSource(ga, start int) (int, bool) {
	v := f.v
	if a, ok := v.npLeft(ga, start); ok && f.commaBefore(a) {
		return a, true
	} else if ok && a-1 > start && v.lower[a-1] == "as" && f.commaBefore(a-1) {
		return a, true // "…, as Cruz said on Glenn Beck’s program"
	}
	// a longer phrase: up to ten words after the comma, starting like a
	// noun phrase
	for k := ga - 1; k > start && k >= ga-10; k-- {
		if v.inQ[k] >= 0 || v.words[k] == "." {
			return 0, false
		}
		if w := v.lower[k]; relPronouns[w] || (auxiliaries[w] && w != "to") {
			return 0, false // a clause, not a phrase
		}
		if f.commaBefore(k) {
			w := v.lower[k]
			if determiners[w] || v.capitalized(k) || subjPronouns[w] {
				return k, true
			}
			return 0, false
		}
	}
	return 0, false
}

// indirectAt tries the pattern "SOURCE CUE (that) CONTENT" at cue verb c.
func (f *finder) indirectAt(c int, cw cueWord) {
	v := f.v
	ga, gb := v.cueGroup(c)
	end := f.sentEnd(c)
	// SOURCE CUE (that) CONTENT.
	src, ante, ok := f.sourceBefore(ga, c)
	if !ok || !f.verbReading(c, ga, src) {
		return
	}
	cs := f.skipRecipient(c, gb, end)
	if cs >= end {
		return
	}
	w := v.lower[cs]
	if w == "when" && cs+1 < end && v.lower[cs+1] == "asked" && !f.quotedAfter(cs, end) {
		return // "he said when asked about …": the question is the content of "asked"
	}
	if f.raisingAt(c, cw, ga, cs, end, src) {
		return
	}
	if starts := contentStarts[cw.lemma]; starts != nil && !starts[w] {
		return
	}
	particle := gb-1 > c && (v.lower[gb-1] == "to" || v.lower[gb-1] == "with" || v.lower[gb-1] == "on") && cw.lemma != "ask"
	if cw.class&cueWeak != 0 && cw.class&cueSpeech != 0 && !clauseStarts[w] && !(cw.lemma == "ask" && (w == "about" || w == "to" || w == "for")) && !(gb > 0 && v.words[gb-1] == ":") &&
		!particle && !(cw.lemma == "agree" && w == "to") {
		// "asked", "continued", "pointed": only with a clause
		if !(strings.HasPrefix(v.lower[c], "call") && v.lower[gb-1] == "for") {
			return
		}
	}
	if cw.class&cueAttitude != 0 && cw.class&cueSpeech == 0 && w == "to" && cs == gb {
		// "wants to", "hopes to": content is the infinitive
	}
	np := cw.class&(cueObject|cueWeak) != 0 && cw.class&cueSpeech == 0 && w != "that" && w != "whether" && w != "if" && w != "to"
	if particle && w != "that" {
		np = true // "pointed to her record, …"
	}
	if cw.form == "g" && ga == c && src[1] == ga && w != "that" {
		np = true // "a statement announcing the pick, …"
	}
	ce := f.contentEndNP(cs, cs, np)
	if ce <= cs || f.words(cs, ce) < 1 {
		return
	}
	id := f.add(attribution{cue: [2]int{ga, gb}, src: src, ante: ante, parts: [][2]int{{cs, ce}}, inherit: -1})
	f.claim(id, [][2]int{src})
}

// quotedAfter reports whether a quotation starts in tokens [a, end).
func (f *finder) quotedAfter(a, end int) bool {
	for i := a; i < end; i++ {
		if f.v.inQ[i] >= 0 {
			return true
		}
	}
	return false
}

// raisingAt handles the verbs whose subject belongs to the content, with
// no source: "The music seemed to match the mood", "Washington appears
// weak", "The magnate was expected to cruise past 1,237 delegates". The
// content is the subject and what follows the verb; an empty "it" ("it
// seems that …") is left out.
func (f *finder) raisingAt(c int, cw cueWord, ga, cs, end int, src [2]int) bool {
	v := f.v
	switch {
	case cw.lemma == "seem" || cw.lemma == "appear":
	case cw.lemma == "expect" && cw.form == "d" && c > ga && beForms[v.lower[c-1]]:
	default:
		return false
	}
	w := v.lower[cs]
	adjective := !npStops[w] && !determiners[w] && !prepStarts[w] && !v.capitalized(cs) && v.isWord(cs) && cw.lemma != "expect" && !strings.HasSuffix(w, "ing")
	if w != "to" && w != "that" && w != "as" && w != "like" && !adjective {
		return true // "appeared on CNN": no attribution
	}
	ce := f.contentEnd(cs, cs)
	if ce <= cs {
		return true
	}
	parts := [][2]int{{cs, ce}}
	if src[1] > src[0] && !(src[1]-src[0] == 1 && (v.lower[src[0]] == "it" || v.lower[src[0]] == "there")) && !relPronouns[v.lower[src[0]]] {
		parts = [][2]int{{src[0], src[1]}, {cs, ce}}
	}
	ga2, gb := v.cueGroup(c)
	f.add(attribution{cue: [2]int{ga2, gb}, parts: parts, inherit: -1})
	return true
}

// prepStarts are prepositions that start no adjective complement.
var prepStarts = set("in", "for", "from", "with", "since", "during", "away", "on", "at", "by", "of",
	"into", "over", "against", "after", "before", "until", "toward", "towards", "through", "under",
	"across", "around", "off", "up", "down", "out", "back", "upon", "amid", "following")

var beForms = set("is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re")

// verbReading reports whether cue word c, with verb group from ga and the
// source src, reads as a verb rather than a noun or a modifier: a
// participle needs an auxiliary, a comma or a preposition before it
// ("is saying", ", adding", "by saying"), not a bare noun ("the Supreme
// Court ruling in …"); a base form needs a plural subject ("a Republican
// tax plan would …" is a noun) and a third-person form a singular one.
func (f *finder) verbReading(c, ga int, src [2]int) bool {
	v := f.v
	cw, _ := lookupCue(v.lower[c])
	hasAux := false
	for k := ga; k < c; k++ {
		if auxiliaries[v.lower[k]] {
			hasAux = true
		}
	}
	prev := ""
	if ga > 0 && v.sent[ga-1] == v.sent[c] {
		prev = v.lower[ga-1]
	}
	// "a group called Citizens for Trump", "a book called …": naming
	if cw.lemma == "call" && cw.form == "d" && !hasAux && src[1] == ga && src[1] > src[0] {
		if w := v.lower[src[0]]; w == "a" || w == "an" {
			return false
		}
	}
	switch cw.form {
	case "g":
		// nouns in -ing need the verb's context: "the court ruling"
		return !ingNouns[v.lower[c]] || hasAux || prev == "" || prev == "," || gerundPreps[prev]
	case "", "s":
		if hasAux || src[1] == 0 || src[1] != ga || !nounHomographs[cw.lemma] {
			return true
		}
		last := src[1] - 1
		w := v.lower[last]
		plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (!v.capitalized(last) || cw.form == "")
		if subjPronouns[w] {
			plural = w != "he" && w != "she" && w != "it"
		}
		if pluralNouns[w] {
			plural = true
		}
		for k := src[0]; k < src[1]; k++ {
			if v.lower[k] == "of" && cw.form == "s" {
				return true // "the average of polls shows"
			}
		}
		// A bare adjective or noun is no subject: "formal talks".
		solid := false
		for k := src[0]; k < src[1]; k++ {
			if determiners[v.lower[k]] || v.capitalized(k) || subjPronouns[v.lower[k]] || relPronouns[v.lower[k]] || v.isPossessive(k) {
				solid = true
			}
		}
		if !solid && !plural {
			return false
		}
		if cw.form == "" {
			return plural || w == "i" || w == "you" || relPronouns[w] || v.capitalized(last) && src[1]-src[0] > 1 && v.lower[src[0]] != "a"
		}
		return !plural || v.capitalized(last)
	}
	return true
}

// ingNouns are cue participles that are more often nouns.
var ingNouns = set("ruling", "meeting", "hearing", "briefing", "writing", "reading", "thinking",
	"feeling", "understanding", "finding", "findings", "showing", "understanding", "backing",
	"questioning", "planning", "posting", "reporting", "learning", "wanting", "seeking")

// nounHomographs are cue verbs whose base and -s forms are common nouns.
var nounHomographs = set("plan", "question", "rule", "email", "e-mail", "show", "state", "support",
	"call", "report", "claim", "comment", "post", "text", "request", "order", "back", "fire",
	"point", "figure", "attack", "signal", "favor", "concern", "view", "fear", "hope", "doubt",
	"promise", "vow", "pledge", "tweet", "estimate", "demand", "praise", "blame", "welcome",
	"record", "note", "label", "forecast", "project", "counter", "repeat", "find", "mention",
	"answer", "reply", "respond", "read", "tout", "blast", "slam", "charge", "plead", "appeal", "talk")

// gerundPreps may introduce a participle cue: "by saying", "after
// telling".
var gerundPreps = set("and", "by", "after", "before", "while", "without", "when", "in", "for", "of", "but", "also", "even")

// pluralNouns are plural nouns without a final s.
var pluralNouns = set("people", "police", "media", "staff", "men", "women", "children", "public", "majority", "democrats", "republicans")

// clauseStarts open a clause that a weak cue takes as its content.
var clauseStarts = set("that", "whether", "if", "why", "what", "how", "when", "who", "where", "which")

// tailAttribution reports whether the attribution whose verb group ends at
// gb closes its clause: the sentence ends, or a comma follows.
func (f *finder) tailAttribution(c, gb, end int) bool {
	v := f.v
	k := gb
	// "the president told reporters in …"
	if cw, _ := lookupCue(v.lower[c]); recipientVerbs[cw.lemma] {
		if e, ok := v.npRight(k, end); ok {
			k = e
		}
		if k < end && tailPreps[v.lower[k]] {
			return true
		}
	}
	// "…, he said after meeting with aides, because …", "Mr. Hedge said
	// from his office": a phrase of circumstance, with no content of its
	// own after it
	if k < end && tailPreps[v.lower[k]] && v.lower[k] != "to" {
		for j := k + 1; j < end && j < k+30; j++ {
			if v.inQ[j] >= 0 || v.lower[j] == "that" || v.words[j] == ":" {
				return false
			}
		}
		return true
	}
	// "he said in a statement", "officials said Tuesday", "said in an
	// interview with CNN"
	for k < end && k < gb+8 && v.inQ[k] < 0 && (v.isTimeWord(k) || (k > gb && (v.capitalized(k) || v.isPossessive(k)))) {
		k++
	}
	if k >= end {
		return true
	}
	switch v.words[k] {
	case ".", ",", "!", "?", ";":
		return true
	}
	return false
}

// tailPreps start the phrases that may follow a closing attribution
// ("…, the president told reporters in the latest whirlwind …").
var tailPreps = set("in", "at", "on", "during", "after", "before", "while", "as", "from", "with", "to", "outside", "inside", "following")

// restAfter returns the content part after a mid-sentence attribution
// ("The plan, he said, is …"), or an empty range.
func (f *finder) restAfter(gb, end int) [2]int {
	v := f.v
	k := gb
	for k < end && k < gb+8 && v.inQ[k] < 0 && (v.isTimeWord(k) || v.capitalized(k)) {
		k++
	}
	if k < end && v.words[k] == "," && !f.attributionFollows(k+1) {
		e := f.contentEnd(k+1, k+1)
		if e > k+1 && f.words(k+1, e) >= 2 {
			return [2]int{k + 1, e}
		}
	}
	return [2]int{}
}

// according handles "according to SOURCE, CONTENT" and "CONTENT,
// according to SOURCE".
func (f *finder) according(c int) {
	v := f.v
	start, end := f.sentStart(c), f.sentEnd(c)
	gb := c + 2
	if c == start+2 && (v.lower[start] == "that" || v.lower[start] == "this") && (v.lower[c-1] == "is" || v.isPossessive(c-1)) && start > 0 {
		// "That’s according to fundraising reports.": the content is
		// the sentence before
		se := f.trimEnd(gb, end)
		ps := f.sentStart(start - 1)
		pe := f.trimEnd(ps, start)
		if v.inQ[ps] >= 0 || f.owner[ps] >= 0 || pe <= ps || se <= gb || f.words(ps, pe) < 3 {
			return
		}
		id := f.add(attribution{cue: [2]int{start + 1, c + 2}, src: [2]int{gb, se}, parts: [][2]int{{ps, pe}}, inherit: -1})
		f.claim(id, [][2]int{{gb, se}})
		return
	}
	e, ok := v.npRight(gb, end)
	if !ok {
		return
	}
	// extend over "of"/"for" phrases: "according to a report by X"
	for e < end && v.inQ[e] < 0 && v.words[e] != "," && v.words[e] != "." && v.words[e] != "(" && !isDash(v.words[e]) && e < gb+30 {
		e++
	}
	src := [2]int{gb, e}
	var parts [][2]int
	if c > start && (v.words[c-1] == "," || f.commaBefore(c) || v.isWord(c-1) && f.owner[c-1] < 0) {
		// "CONTENT, according to X" and "CONTENT according to X"
		cs := f.clauseStart(c - 1)
		if ce := f.trimEnd(cs, c); ce > cs {
			parts = append(parts, [2]int{cs, ce})
		}
	}
	if e < end && v.words[e] == "," {
		if ce := f.contentEnd(e+1, e+1); ce > e+1 {
			parts = append(parts, [2]int{e + 1, ce})
		}
	}
	if len(parts) == 0 || f.words(parts[0][0], parts[len(parts)-1][1]) < 3 {
		return
	}
	id := f.add(attribution{cue: [2]int{c, c + 2}, src: src, parts: parts, inherit: -1})
	f.claim(id, [][2]int{src})
}

// clauseStart returns where a content that ends at token end begins: the
// start of the sentence, or just after a colon, a semicolon or the
// previous attribution in the sentence.
func (f *finder) clauseStart(end int) int {
	v := f.v
	start := f.sentStart(end)
	for k := end - 1; k >= start; k-- {
		if end-k > maxScan {
			return k + 1
		}
		if v.inQ[k] >= 0 {
			if k < end-1 && f.quoteEndsSentence(k) {
				return k + 1
			}
			continue
		}
		if f.owner[k] >= 0 || v.words[k] == ":" || v.words[k] == ";" {
			return k + 1
		}
	}
	return start
}

// quoteEndsSentence reports whether token k is a closing quotation mark
// after a full stop, a question or an exclamation mark, followed by a
// capitalised word: the end of a sentence that the sentence splitter left
// joined to the next (`… “to protect privacy.” Cruz says …`).
func (f *finder) quoteEndsSentence(k int) bool {
	v := f.v
	q := v.inQ[k]
	if q < 0 || v.quotes[q].close != k || k < 1 || k+1 >= len(v.words) || v.sent[k+1] != v.sent[k] {
		return false
	}
	switch v.words[k-1] {
	case ".", "?", "!":
	default:
		return false
	}
	return v.isWord(k+1) && v.capitalized(k+1) && v.inQ[k+1] < 0
}

// trimEnd removes trailing punctuation from [a, b).
func (f *finder) trimEnd(a, b int) int {
	for b > a {
		switch f.v.words[b-1] {
		case ",", ".", ";", ":", "—", "--", "–":
			if f.v.inQ[b-1] < 0 {
				b--
				continue
			}
		}
		break
	}
	return b
}

// words counts the word tokens in [a, b).
func (f *finder) words(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if f.v.isWord(k) {
			n++
		}
	}
	return n
}

func (f *finder) kindOf(id int) string { return f.kind(f.attrs[id].parts) }

// outermost marks as dropped the attributions whose cue lies inside
// another's content: only the outermost attribution is kept.
func (f *finder) outermost() {
	// Only contents with a part in the cue's paragraph can hold it.
	byPara := map[int][]int{}
	for j := range f.attrs {
		seen := -2
		for _, p := range f.attrs[j].parts {
			for _, pp := range []int{f.v.para[p[0]], f.v.para[p[1]-1]} {
				if pp != seen {
					byPara[pp] = append(byPara[pp], j)
					seen = pp
				}
			}
		}
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		if !a.hasCue() || (a.direct && a.hasSrc() && f.kindOf(i) == "direct") {
			continue
		}
		for _, j := range byPara[f.v.para[a.cue[0]]] {
			if i == j || f.attrs[j].dropped {
				continue
			}
			for _, p := range f.attrs[j].parts {
				if p[0] <= a.cue[0] && a.cue[1] <= p[1] {
					a.dropped = true
				}
			}
		}
	}
}
