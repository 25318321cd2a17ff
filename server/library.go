package server

import (
	"container/list"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/examples"
)

// An article is a Document the server can show, with where it came from.
type article struct {
	// Key names it in URLs: an example's name, or an analysis ID.
	Key string
	// Path is the article view's URL path.
	Path string
	// Source describes where the text came from ("Wikinews, CC BY 2.5").
	Source string
	// SourceURL links to the original, "" if none.
	SourceURL string
	Doc       *document.Document
	// Elapsed is how long the analysis took.
	Elapsed time.Duration
}

// An example is one bundled article, analysed once, on first use.
type example struct {
	examples.Article
	Name string
	load func() (*article, error)
}

// library holds the bundled examples and the documents given at start.
type library struct {
	list   []*example
	byName map[string]*example

	mu    sync.RWMutex
	local []*article // added with AddDocument, in order
}

func newLibrary(a *analyze.Analyzer) (*library, error) {
	arts, err := examples.List()
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	lib := &library{byName: map[string]*example{}}
	for _, art := range arts {
		ex := &example{Article: art, Name: strings.TrimSuffix(art.File, ".txt")}
		ex.load = sync.OnceValues(func() (*article, error) { return analyseExample(a, ex) })
		lib.list = append(lib.list, ex)
		lib.byName[ex.Name] = ex
	}
	return lib, nil
}

func analyseExample(a *analyze.Analyzer, ex *example) (*article, error) {
	text, err := examples.Text(ex.File)
	if err != nil {
		return nil, err
	}
	pub, err := document.ParseTime(ex.Published)
	if err != nil {
		return nil, fmt.Errorf("server: example %s: %w", ex.Name, err)
	}
	start := time.Now()
	doc, err := a.Analyze(context.Background(), analyze.Input{Data: []byte(text), Name: ex.File, URL: ex.URL, Published: pub})
	if err != nil {
		return nil, err
	}
	if doc.Meta.Site == "" {
		doc.Meta.Site = ex.Source
	}
	if doc.Meta.Modified.IsZero() {
		doc.Meta.Modified, _ = document.ParseTime(ex.Modified)
	}
	return &article{
		Key: ex.Name, Path: "/examples/" + ex.Name,
		Source: ex.Source + ", " + ex.License, SourceURL: ex.URL,
		Doc: doc, Elapsed: time.Since(start),
	}, nil
}

// get returns the analysed example, or nil if there is none of that name.
func (l *library) get(name string) (*article, error) {
	ex := l.byName[name]
	if ex == nil {
		return nil, nil
	}
	return ex.load()
}

// AddDocument adds an analysed article, such as a Document that
// newsgraph analyze wrote, to the articles the server shows: it is listed on
// the home page and viewable at the returned path (/documents/NAME, with a
// suffix when the name is taken). source describes where it came from.
func (s *Server) AddDocument(name, source string, doc *document.Document) string {
	l := s.library
	l.mu.Lock()
	defer l.mu.Unlock()
	base := safeID(strings.ReplaceAll(name, ".", "-"))
	if base == "" {
		base = "document"
	}
	key := base
	for i := 2; l.findLocal(key) != nil; i++ {
		key = fmt.Sprintf("%s-%d", base, i)
	}
	a := &article{Key: key, Path: "/documents/" + key, Source: source, Doc: doc}
	l.local = append(l.local, a)
	return a.Path
}

func (l *library) findLocal(key string) *article {
	for _, a := range l.local {
		if a.Key == key {
			return a
		}
	}
	return nil
}

// locals returns the added documents.
func (l *library) locals() []*article {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return slices.Clone(l.local)
}

// warm analyses every example.
func (l *library) warm(ctx context.Context) {
	for _, ex := range l.list {
		if ctx.Err() != nil {
			return
		}
		ex.load()
	}
}

// recent keeps the latest analyses made on the server, so that each has a
// URL for a while: at most max of them and about maxBytes of text, the
// least recently viewed dropped first.
type recent struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	bytes    int
	order    *list.List // of *article, most recent first
	byKey    map[string]*list.Element
}

func newRecent(max, maxBytes int) *recent {
	return &recent{max: max, maxBytes: maxBytes, order: list.New(), byKey: map[string]*list.Element{}}
}

func (r *recent) add(a *article) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.byKey[a.Key] = r.order.PushFront(a)
	r.bytes += len(a.Doc.Text)
	for r.order.Len() > 1 && (r.order.Len() > r.max || r.bytes > r.maxBytes) {
		old := r.order.Back().Value.(*article)
		r.order.Remove(r.order.Back())
		delete(r.byKey, old.Key)
		r.bytes -= len(old.Doc.Text)
	}
}

func (r *recent) get(key string) *article {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.byKey[key]
	if e == nil {
		return nil
	}
	r.order.MoveToFront(e)
	return e.Value.(*article)
}
