package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Arguments in structures the readers did not take (round 3 audit
// misses, branch r3struct).

// writeVerbs send a message to an addressee: "wrote to Lynch", "sent a
// letter to the mayor".
var writeVerbs = set("wrote", "writes", "write", "written", "sent", "sends", "send", "addressed", "addresses")

// messageWords may stand between a write verb and "to": "wrote a letter
// to", "sent an open letter this week to".
var messageWords = set("a", "an", "the", "letter", "letters", "open", "joint", "email", "e-mail", "note", "message",
	"also", "this", "week", "last", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// writerOf reads "X wrote a letter to Lynch(,) asking the Justice
// Department to …": the subject of the participle at vg is the writer,
// not the addressee before it. ok reports that the structure is there;
// the writer is nil when no name writes (the addressee is no subject
// either then).
func (s *sentence) writerOf(vg int) (writer *arg, ok bool) {
	k := vg - 1
	if s.low(k) == "," {
		k--
	}
	a := s.argAt(k)
	if a == nil {
		return nil, false
	}
	m := a.first - 1
	for m >= 0 && s.toks[m].arg < 0 && (s.in(m, wsTitleWords) || s.in(m, wsDeterminers)) {
		m--
	}
	if s.low(m) != "to" {
		return nil, false
	}
	for v := m - 1; v >= 0 && v >= m-5; v-- {
		if s.toks[v].arg >= 0 {
			return nil, false
		}
		w := s.low(v)
		if writeVerbs[w] {
			if w := s.subjectLeft(s.verbGroupStart(v)); w != nil && w.ent != a.ent {
				return w, true
			}
			return nil, true
		}
		if !messageWords[w] {
			return nil, false
		}
	}
	return nil, false
}

// acrossRelative reads the relative clause set off by commas after a
// subject, "Specter, who arrived from Oman on Sunday, had talks with":
// from the comma at k it returns the token after the clause's closing
// comma, or -1. The clause ends before j and holds no quote; a
// participle right after it is no finite verb of the subject's ("Smith,
// who heads X, calling him" is a clause of someone else's).
func (s *sentence) acrossRelative(k, j int) int {
	for m := k + 2; m < j && m < k+30; m++ {
		t := s.toks[m].text
		if isQuoteMark(t) || t == "(" || t == ")" {
			return -1
		}
		if t != "," {
			continue
		}
		if m+1 == j && strings.HasSuffix(s.low(j), "ing") {
			return -1
		}
		return m + 1
	}
	return -1
}

// relativeHeads head a description that a relative clause makes a
// party: "a woman who has accused Clinton", "the officer who shot
// Hintsa", "the group, which backs China's claim".
var relativeHeads = set("woman", "women", "man", "men", "bomber", "bombers", "officer", "officers", "attacker",
	"attackers", "assailant", "assailants", "group", "groups", "activist", "activists", "gunman", "lawmaker",
	"lawmakers", "official", "officials", "diplomat", "diplomats", "sniper", "hijackers", "hijacker", "kidnappers")

// relativeArgs marks as a phrase party (phrasesubj.go) a definite or
// counted description whose relative clause opens with an interaction
// verb: "two other women who have accused Clinton of assault". The
// clause names what the party did, so the description, vague as it may
// look ("other women"), is one party; a name or possessive before it
// ("Grayson's former supporters who …") leaves it to the name's rules.
func (f *finder) relativeArgs(s *sentence) {
	for k := 1; k+1 < len(s.toks); k++ {
		w := s.low(k)
		if w != "who" && w != "which" {
			continue
		}
		h := k - 1
		if s.low(h) == "," {
			h--
		}
		if h < 0 || s.toks[h].arg >= 0 || !relativeHeads[s.low(h)] || !isLower(s.toks[h].text) {
			continue
		}
		if (w == "which") != (s.low(h) == "group" || s.low(h) == "groups") {
			continue // "which" for a group, "who" for people
		}
		if !s.verbAfterRelative(k + 1) {
			continue
		}
		start := h
		for start > 0 && start > h-4 && s.toks[start-1].arg < 0 && (isLower(s.toks[start-1].text) || start == 1) &&
			!s.in(start-1, wsDeterminers) && !s.in(start-1, wsPrepsBefore) && !s.in(start-1, wsVerbGroup) &&
			!isSegmentEnd(s.toks[start-1].text) && len(s.lexOf(start-1).verbs) == 0 && s.low(start-1) != "and" && s.low(start-1) != "of" {
			start--
		}
		first := start
		if start > 0 && (s.low(start-1) == "the" || s.low(start-1) == "a" || s.low(start-1) == "an") {
			first = start - 1
		} else if !s.in(start, wsSmallNumbers) {
			continue // a bare plural is generic: "women who accuse …"
		}
		if first > 0 {
			if b := s.toks[first-1]; b.arg >= 0 || b.low == "'s" || b.low == "’s" || b.low == "of" {
				continue // "one of the women who …", "Iraq's officials who …"
			}
		}
		sp := document.Span{Start: s.toks[first].span.Start, End: s.toks[h].span.End}
		s.addArg(arg{first: first, last: h, span: sp, ent: phrasePrefix + f.doc.Text[sp.Start:sp.End], typ: document.ORG})
	}
}

// verbAfterRelative reports whether the relative clause opening at k
// goes on with an interaction verb after at most three auxiliaries or
// adverbs: "who (still) backs", "who has (reportedly) accused".
func (s *sentence) verbAfterRelative(k int) bool {
	for m := k; m < len(s.toks) && m < k+4; m++ {
		if s.toks[m].arg >= 0 {
			return false
		}
		if len(s.lexOf(m).verbs) > 0 {
			return true
		}
		if !s.in(m, wsVerbGroup) && !isAdverb(s.low(m)) {
			return false
		}
	}
	return false
}
