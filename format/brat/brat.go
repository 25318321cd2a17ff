// Package brat reads brat stand-off annotation files (.ann), the format of
// PolNeAR and many other annotated corpora: text-bound annotations ("T"
// lines: a label and one or more character ranges) and events ("E" lines: a
// typed trigger with role:ID arguments).
//
// Offsets are as brat writes them: Unicode code points into the
// accompanying .txt file, end exclusive. Lines of other kinds (relations,
// attributes, notes) and the continuation lines of span texts that contain
// a line break are counted, not interpreted; the offsets are authoritative.
package brat

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Fragment is one contiguous range [Start, End) of code points.
type Fragment struct {
	Start, End int
}

// A TextBound is a "T" line: an annotation of one or more text ranges.
type TextBound struct {
	ID    string
	Label string
	// Fragments are the ranges in file order; a discontinuous annotation
	// ("Content 2103 2168;2170 2425") has several.
	Fragments []Fragment
	// Text is the annotated text as the file records it (possibly cut at
	// a line break).
	Text string
}

// An Arg is one role:ID argument of an event.
type Arg struct {
	Role string // "Source", "Cue", "Content2", …
	ID   string // the ID of a TextBound (or of another event)
}

// An Event is an "E" line: "E3<TAB>Attribution:T12 Content:T11 Cue:T10".
type Event struct {
	ID string
	// Type and Trigger come from the first argument ("Attribution:T12").
	Type    string
	Trigger string
	Args    []Arg
}

// An Annotation is the content of one .ann file.
type Annotation struct {
	TextBounds []TextBound
	Events     []Event
	// Other counts the lines that are neither T nor E lines, by their
	// first character ("#", "R", "A", "N", …; "" for continuation lines).
	Other map[string]int
	// Errors lists the T and E lines that could not be read; they are
	// otherwise skipped.
	Errors []LineError
}

// A LineError is a malformed line.
type LineError struct {
	Line int
	Msg  string
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// TextBound returns the text-bound annotation with the given ID, or nil.
func (a *Annotation) TextBound(id string) *TextBound {
	for i := range a.TextBounds {
		if a.TextBounds[i].ID == id {
			return &a.TextBounds[i]
		}
	}
	return nil
}

// Read parses an .ann stream. It fails only when r fails; malformed lines
// are recorded in Annotation.Errors and skipped, as brat itself does.
func Read(r io.Reader) (*Annotation, error) {
	a := &Annotation{Other: map[string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		id, rest, ok := strings.Cut(line, "\t")
		switch {
		case ok && isID(id, 'T'):
			tb, err := parseTextBound(id, rest)
			if err != nil {
				a.Errors = append(a.Errors, LineError{n, err.Error()})
				continue
			}
			a.TextBounds = append(a.TextBounds, tb)
		case ok && isID(id, 'E'):
			ev, err := parseEvent(id, rest)
			if err != nil {
				a.Errors = append(a.Errors, LineError{n, err.Error()})
				continue
			}
			a.Events = append(a.Events, ev)
		default:
			kind := ""
			if c := line[0]; strings.IndexByte("#RAMN*", c) >= 0 {
				kind = line[:1]
			}
			a.Other[kind]++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("brat: %w", err)
	}
	return a, nil
}

// isID reports whether s is a letter followed by one or more digits.
func isID(s string, letter byte) bool {
	if len(s) < 2 || s[0] != letter {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseTextBound reads "Label S E[;S E…][<TAB>text]".
func parseTextBound(id, rest string) (TextBound, error) {
	head, text, _ := strings.Cut(rest, "\t")
	label, ranges, ok := strings.Cut(head, " ")
	if !ok || label == "" {
		return TextBound{}, fmt.Errorf("%s: no label and offsets", id)
	}
	tb := TextBound{ID: id, Label: label, Text: text}
	for _, r := range strings.Split(ranges, ";") {
		f := strings.Fields(r)
		if len(f) != 2 {
			return TextBound{}, fmt.Errorf("%s: bad range %q", id, r)
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || s < 0 || e < s {
			return TextBound{}, fmt.Errorf("%s: bad range %q", id, r)
		}
		tb.Fragments = append(tb.Fragments, Fragment{s, e})
	}
	return tb, nil
}

// parseEvent reads "Type:Tn Role:Tm …". Tokens without a colon are
// skipped.
func parseEvent(id, rest string) (Event, error) {
	ev := Event{ID: id}
	for _, tok := range strings.Fields(rest) {
		role, ref, ok := strings.Cut(tok, ":")
		if !ok {
			continue
		}
		if role == "" || ref == "" {
			return Event{}, fmt.Errorf("%s: bad argument %q", id, tok)
		}
		if ev.Type == "" {
			ev.Type, ev.Trigger = role, ref
			continue
		}
		ev.Args = append(ev.Args, Arg{Role: role, ID: ref})
	}
	if ev.Type == "" {
		return Event{}, fmt.Errorf("%s: no event type", id)
	}
	return ev, nil
}
