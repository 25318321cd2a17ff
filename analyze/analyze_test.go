package analyze

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/examples"
)

func TestAnalyzeExamples(t *testing.T) {
	arts, err := examples.List()
	if err != nil {
		t.Fatal(err)
	}
	a := New(Options{})
	if err := a.Pipeline().Check(); err != nil {
		t.Fatalf("standard pipeline is miswired: %v", err)
	}
	for _, art := range arts {
		text, err := examples.Text(art.File)
		if err != nil {
			t.Fatal(err)
		}
		d, err := a.Analyze(context.Background(), Input{Data: []byte(text), Name: art.File})
		if err != nil {
			t.Fatalf("%s: %v", art.File, err)
		}
		if d.Meta.Title != art.Title {
			t.Errorf("%s: title %q, want %q", art.File, d.Meta.Title, art.Title)
		}
		// The date line under the headline gives the publication date.
		if d.Meta.Published.String() != art.Published {
			t.Errorf("%s: published %q, want %q", art.File, d.Meta.Published.String(), art.Published)
		}
		if d.Meta.Language != "en" {
			t.Errorf("%s: language %q", art.File, d.Meta.Language)
		}
		if len(d.Body()) == 0 {
			t.Errorf("%s: no body region", art.File)
		}
	}
}

func TestText(t *testing.T) {
	a := New(Options{MaxBytes: 64})
	for _, tc := range []struct {
		name, in, want string
		err            error
		warn           string
	}{
		{name: "plain", in: "Hello.", want: "Hello."},
		{name: "bom and crlf", in: "\xef\xbb\xbfA\r\nB\rC", want: "A\nB\nC"},
		{name: "empty", in: "", err: ErrEmpty},
		{name: "blank", in: " \n\t ", err: ErrEmpty},
		{name: "nul", in: "ab\x00cd", err: ErrBinary},
		{name: "controls", in: "\x01\x02\x03\x04 text", err: ErrBinary},
		{name: "too large", in: strings.Repeat("x", 65), err: ErrTooLarge},
		{name: "invalid utf8", in: "caf\xc3\xa9 \xff", want: "café \uFFFD", warn: "invalid UTF-8 in 1 places"},
		{name: "windows-1252", in: "caf\xe9 \x93quoted\x94", want: "café “quoted”", warn: "Windows-1252"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, warns, err := a.Text(Input{Data: []byte(tc.in), Name: "x"})
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
			if tc.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0].Message, tc.warn)) {
				t.Errorf("warnings %v, want %q", warns, tc.warn)
			}
		})
	}
}

func TestOtherLanguageWarns(t *testing.T) {
	d, err := New(Options{}).Analyze(context.Background(), Input{Data: []byte("Der Bundestag hat am Freitag über das neue Gesetz abgestimmt, das die Regierung im Frühjahr vorgelegt hatte. Die Opposition kritisierte den Entwurf scharf.")})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Language != "de" {
		t.Errorf("language %q", d.Meta.Language)
	}
	// Every English-only stage must say it stepped aside.
	for _, s := range New(Options{}).Pipeline().Steps {
		if !s.EnglishOnly {
			continue
		}
		found := false
		for _, w := range d.Warnings {
			found = found || w.Stage == s.Name
		}
		if !found {
			t.Errorf("stage %s skipped German text without a warning", s.Name)
		}
	}
}

func TestPublishedKeepsZone(t *testing.T) {
	pub, _ := document.ParseTime("2018-05-31T05:55:00-07:00")
	d, err := New(Options{}).Analyze(context.Background(), Input{Data: []byte("Talks resumed in New York on Thursday."), Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Published.String() != "2018-05-31T05:55:00-07:00" {
		t.Errorf("published %s", d.Meta.Published)
	}
}
