package screen

import (
	"errors"
	"fmt"
)

// Errors returned by the readers, wrapped with the file and position.
var (
	// ErrUnknownFormat is returned for a file that is not a list newsgraph
	// knows how to read.
	ErrUnknownFormat = errors.New("screen: not a sanctions list file newsgraph can read")
	// ErrMalformed is returned for a list file that is truncated or does
	// not follow its format; a *FormatError says where.
	ErrMalformed = errors.New("screen: malformed list file")
)

// A FormatError reports where a list file breaks its format: a line of a
// CSV file, or an element of an XML file (and its line).
type FormatError struct {
	File string
	// Line is the 1-based line, 0 if unknown.
	Line int
	// Element names the XML element or CSV record that is wrong
	// ("<INDIVIDUAL> 17", "record 12211"); "" if none.
	Element string
	Msg     string
}

func (e *FormatError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	if e.Element != "" {
		s += ": " + e.Element
	}
	return s + ": " + e.Msg
}

// Unwrap makes errors.Is(err, ErrMalformed) true.
func (e *FormatError) Unwrap() error { return ErrMalformed }

// Hint tells the user what to do about it.
func (e *FormatError) Hint() string {
	return "download the list again from its publisher; the list loaded before stays in force"
}
