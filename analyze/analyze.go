// Package analyze turns an article (plain text or an HTML page) into a
// Document with every layer newsgraph knows how to add. It
// checks the input (empty, binary, too large, not UTF-8), builds the
// standard pipeline once, and runs it. The CLI and the server both call it.
package analyze

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/langid"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/region"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/timeline"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
)

// DefaultMaxBytes is the largest input analysed unless Options says
// otherwise: far above any article, far below what would exhaust memory.
const DefaultMaxBytes = 32 << 20

// Errors for input that cannot be analysed. They are wrapped with the name
// of the input.
var (
	ErrEmpty    = errors.New("the input is empty")
	ErrBinary   = errors.New("the input is binary data, not text")
	ErrTooLarge = errors.New("the input is too large")
)

// Options configures an Analyzer. The zero value is ready to use.
type Options struct {
	// MaxBytes bounds the input size; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Screening, when set, adds the screen stage: people and
	// organisations are screened against the lists it indexes.
	Screening *screen.Index
}

// An Input is one article to analyse.
type Input struct {
	// Data is the raw article: UTF-8 text (other encodings are repaired
	// with a warning).
	Data []byte
	// Name names the input in messages (a file name, "-", a URL).
	Name string
	// URL, when known, goes into meta.url.
	URL string
	// Published is the publication time, which anchors relative dates;
	// the zero Time leaves them underspecified.
	Published document.Time

	// Kind is KindText, KindHTML or KindAuto (decided from the content).
	Kind string
	// ContentType is the HTTP Content-Type of a fetched page, if any.
	ContentType string
	// Fetched is when a page was fetched; metadata dates after it are
	// refused. Zero means now.
	Fetched time.Time
}

// An Analyzer runs newsgraph's standard pipeline. It is safe for concurrent
// use; models and rule sets load once, on first use.
type Analyzer struct {
	opts     Options
	once     sync.Once
	pipeline *pipeline.Pipeline
}

// New returns an Analyzer with the given options.
func New(opts Options) *Analyzer {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return &Analyzer{opts: opts}
}

// MaxBytes returns the input size limit.
func (a *Analyzer) MaxBytes() int64 { return a.opts.MaxBytes }

// Pipeline returns the standard pipeline, building it on first use.
func (a *Analyzer) Pipeline() *pipeline.Pipeline {
	a.once.Do(func() {
		a.pipeline = Standard()
		if a.opts.Screening != nil {
			a.pipeline.Steps = append(a.pipeline.Steps, ScreenStep(a.opts.Screening))
		}
	})
	return a.pipeline
}

// Standard returns newsgraph's standard pipeline for plain text.
func Standard() *pipeline.Pipeline {
	return &pipeline.Pipeline{Steps: []pipeline.Step{
		{Name: "tokenize", Assigns: []string{document.LayerParagraphs, document.LayerTokens, document.LayerSentences},
			Stage: pipeline.StageFunc(tokenize.Process)},
		{Name: "region", Requires: []string{document.LayerParagraphs},
			Assigns: []string{document.LayerRegions, document.LayerUpdates}, Stage: pipeline.StageFunc(region.Process)},
		{Name: "langid", Requires: []string{document.LayerRegions}, Stage: pipeline.StageFunc(langid.Process)},
		{Name: "ner", Requires: []string{document.LayerTokens, document.LayerSentences, document.LayerRegions},
			Assigns: []string{document.LayerMentions}, EnglishOnly: true, Stage: pipeline.StageFunc(ner.Process)},
		{Name: "coref", Requires: []string{document.LayerSentences, document.LayerRegions},
			Assigns: []string{document.LayerEntities}, EnglishOnly: true, Stage: pipeline.StageFunc(coref.Process)},
		{Name: "quote", Requires: []string{document.LayerSentences, document.LayerRegions, document.LayerEntities},
			Assigns: []string{document.LayerQuotes}, EnglishOnly: true, Stage: pipeline.StageFunc(quoteStage)},
		{Name: "timex", Requires: []string{document.LayerTokens, document.LayerSentences, document.LayerRegions},
			Assigns: []string{document.LayerTimexes}, EnglishOnly: true, Stage: pipeline.StageFunc(timex.Process)},
		// timeline reads the entity IDs of mentions: it goes after the
		// stages that resolve them.
		{Name: "timeline", Requires: []string{document.LayerTimexes, document.LayerSentences},
			Assigns: []string{document.LayerTimeline}, EnglishOnly: true, Stage: pipeline.StageFunc(timeline.Process)},
		RelationStep(),
	}}
}

// quoteStage finds quotes and resolves their speakers. Its coreference
// resolver stays on the document for the relation stage (coref.Shared).
func quoteStage(ctx context.Context, doc *document.Document) error {
	return quote.Process(ctx, doc, func(d *document.Document) quote.Resolver { return coref.Shared(d) })
}

// RelationStep returns the relation stage: who did what to whom, read from
// the entities, quotes and time expressions of the stages before it.
func RelationStep() pipeline.Step {
	return pipeline.Step{Name: "relation",
		Requires: []string{document.LayerTokens, document.LayerSentences, document.LayerRegions, document.LayerEntities,
			document.LayerQuotes, document.LayerTimexes},
		Assigns: []string{document.LayerRelations}, EnglishOnly: true, Stage: pipeline.StageFunc(relationStage),
		Warm: relation.Warm}
}

// relationStage finds relations, resolving pronouns through coreference:
// through the resolver the quote stage built, reset, when the layers it
// was built from are unchanged (coref.Shared), which saves building it
// again.
func relationStage(ctx context.Context, doc *document.Document) error {
	return relation.Process(ctx, doc, func(d *document.Document) relation.Resolver { return coref.Shared(d) })
}

// ScreenStep returns the screen stage for an index built from the loaded
// lists. It runs last: it reads the entities (or mentions) that earlier
// stages add, and needs none of them to run.
func ScreenStep(ix *screen.Index) pipeline.Step {
	return pipeline.Step{Name: "screen", Assigns: []string{document.LayerScreening},
		Stage: &screen.Screener{Index: ix}}
}

// Analyze checks the input, turns it into a Document and runs the pipeline.
func (a *Analyzer) Analyze(ctx context.Context, in Input) (*document.Document, error) {
	var doc *document.Document
	if kind(in) == KindHTML {
		var err error
		if doc, err = a.fromHTML(in); err != nil {
			return nil, err
		}
	} else {
		text, warnings, err := a.Text(in)
		if err != nil {
			return nil, err
		}
		doc = document.New(text)
		doc.Meta.URL = in.URL
		doc.Meta.Published = in.Published
		doc.Warnings = warnings
	}
	doc.Provenance = Provenance()
	if err := a.Pipeline().Run(ctx, doc); err != nil {
		return nil, fmt.Errorf("analyze %s: %w", name(in), err)
	}
	return doc, nil
}

// Provenance returns the provenance record of this build: the newsgraph
// version and the versions of the rule sets and models in the pipeline.
func Provenance() document.Provenance {
	return document.Provenance{
		Newsgraph: Version(),
		Models:    map[string]string{"ner": ner.Version()},
		Rules: map[string]string{"region": region.Version, "coref": coref.Version, "quote": quote.Version,
			"timex": timex.Version, "relation": relation.Version, "screen": screen.Version, "extract": extract.Version},
	}
}

// Version returns newsgraph's version: the module version when built from a
// tagged release, else the VCS revision, else "devel".
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return "devel-" + rev
}

func name(in Input) string {
	if in.Name != "" {
		return in.Name
	}
	return "input"
}

// Text validates raw input and returns it as clean UTF-8 text with Unix line
// endings, with warnings for what it repaired.
func (a *Analyzer) Text(in Input) (string, []document.Warning, error) {
	data := in.Data
	if int64(len(data)) > a.opts.MaxBytes {
		return "", nil, fmt.Errorf("%s: %w (%d bytes; the limit is %d, raise it with --max-bytes)", name(in), ErrTooLarge, len(data), a.opts.MaxBytes)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // UTF-8 byte-order mark
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, fmt.Errorf("%s: %w", name(in), ErrEmpty)
	}
	if looksBinary(data) {
		return "", nil, fmt.Errorf("%s: %w", name(in), ErrBinary)
	}
	var warnings []document.Warning
	text := string(data)
	if !utf8.ValidString(text) {
		if hasMultibyte(data) {
			n := countInvalid(data)
			text = strings.ToValidUTF8(text, "\uFFFD")
			warnings = append(warnings, document.Warning{Stage: "input",
				Message: fmt.Sprintf("invalid UTF-8 in %d places, replaced by U+FFFD", n)})
		} else {
			// No valid multi-byte sequence at all: a legacy 8-bit
			// encoding, most often Windows-1252.
			dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
			if err != nil {
				return "", nil, fmt.Errorf("%s: decode as Windows-1252: %w", name(in), err)
			}
			text = string(dec)
			warnings = append(warnings, document.Warning{Stage: "input",
				Message: "the input is not UTF-8; decoded as Windows-1252"})
		}
	}
	if strings.Contains(text, "\r") {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	return text, warnings, nil
}

// looksBinary reports whether data is binary: a NUL byte, or many control
// characters, in its first 8 KiB.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	return ctrl*20 > len(head) // more than 5%
}

// hasMultibyte reports whether data holds at least one valid multi-byte
// UTF-8 sequence.
func hasMultibyte(data []byte) bool {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}

func countInvalid(data []byte) int {
	n := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}
