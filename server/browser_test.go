package server

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var screenshotDir = flag.String("screenshots", "", "write the browser tests' screenshots to this directory (default: a temporary directory, logged)")

// chromium returns the path of a Chromium to drive, or "".
func chromium() string {
	if p := os.Getenv("NEWSGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// axeScript returns the source of axe-core, or "" when it is not
// installed (.ci/run installs it with npm into ~/.cache/newsgraph/npm).
func axeScript() string {
	var paths []string
	if p := os.Getenv("NEWSGRAPH_AXE"); p != "" {
		paths = append(paths, p)
	}
	if home, err := os.UserHomeDir(); err == nil {
		paths = append(paths, filepath.Join(home, ".cache", "newsgraph", "npm", "node_modules", "axe-core", "axe.min.js"))
	}
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	return ""
}

// browser is one headless Chromium for the tests, with what its pages
// reported: console errors, exceptions, CSP violations and dialogs.
type browser struct {
	ctx     context.Context
	shots   string
	mu      sync.Mutex
	errors  []string
	dialogs []string
}

// listen records what the page reports. It runs on chromedp's event loop,
// so it only records; a dialog is dismissed from another goroutine.
func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		b.errors = append(b.errors, "exception: "+ev.ExceptionDetails.Text+" "+describe(ev.ExceptionDetails.Exception))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			var args []string
			for _, a := range ev.Args {
				args = append(args, describe(a))
			}
			b.errors = append(b.errors, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError || strings.Contains(ev.Entry.Text, "Content Security Policy") {
			b.errors = append(b.errors, fmt.Sprintf("log: %s (%s)", ev.Entry.Text, ev.Entry.URL))
		}
	case *cdppage.EventJavascriptDialogOpening:
		b.dialogs = append(b.dialogs, ev.Message)
		go chromedp.Call(b.ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
	}
}

func describe(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if o.Description != "" {
		return o.Description
	}
	return string(o.Value)
}

// take returns and clears what the pages reported.
func (b *browser) take() (errs, dialogs []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	errs, dialogs = b.errors, b.dialogs
	b.errors, b.dialogs = nil, nil
	return errs, dialogs
}

func startBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromium()
	if path == "" {
		t.Skip("chromium not found (apt-get install -y chromium, or set NEWSGRAPH_CHROMIUM); skipping the browser tests")
	}
	shots := *screenshotDir
	if shots == "" {
		shots = filepath.Join(os.TempDir(), "newsgraph-screenshots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(acancel)
	b := &browser{shots: shots}
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithListener(b.listen))
	t.Cleanup(bcancel)
	b.ctx = bctx
	// The first run starts the browser, for as long as bctx lives.
	if err := chromedp.Do(bctx); err != nil {
		t.Skipf("chromium at %s does not start here (%v); skipping the browser tests", path, err)
	}
	if _, err := chromedp.Call(bctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	t.Logf("chromium: %s; screenshots in %s", path, shots)
	return b
}

// check fails the test for anything the pages reported.
func (b *browser) check(t *testing.T) {
	t.Helper()
	errs, dialogs := b.take()
	for _, e := range errs {
		t.Errorf("page reported: %s", e)
	}
	for _, d := range dialogs {
		t.Errorf("page opened a dialog: %q", d)
	}
}

// do runs steps, bounded in time, and fails the test on an error or on
// anything the pages reported.
func (b *browser) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
	b.check(t)
}

// run runs one action and returns its value.
func run[T any](t *testing.T, b *browser, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	return run(t, b, chromedp.Evaluate[T](js))
}

// shot saves a screenshot of the viewport.
func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	buf := run(t, b, chromedp.CaptureScreenshot())
	if err := os.WriteFile(filepath.Join(b.shots, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// css selects by CSS.
func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

// center scrolls the first element matching sel to the middle of the
// window, at once (the page scrolls smoothly otherwise), and returns the
// point at its center, where no sticky bar covers it.
func center(ctx context.Context, t *chromedp.Target, sel string) ([]float64, error) {
	js := fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.scrollIntoView({block: 'center', behavior: 'instant'}); const r = el.getClientRects()[0]; return [r.x + r.width/2, r.y + r.height/2]; })()`, sel)
	return chromedp.Evaluate[[]float64](js)(ctx, t)
}

// hover moves the mouse over the first element matching sel.
func hover(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		p, err := center(ctx, t, sel)
		if err != nil {
			return err
		}
		_, err = chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, p[0], p[1])(ctx, t)
		return err
	})
}

// click clicks the first element matching sel with the mouse.
func click(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		p, err := center(ctx, t, sel)
		if err != nil {
			return err
		}
		_, err = chromedp.MouseClickXY(p[0], p[1])(ctx, t)
		return err
	})
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	s, ts := newServer(t, Options{RatePerMinute: -1})
	full := fullDocument(t)
	fullPath := addArticle(s, "every-layer", full)
	hostilePath := addArticle(s, "hostile", hostileDocument(t))
	b := startBrowser(t)
	u := func(p string) string { return ts.URL + p }

	t.Run("home", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u("/")), chromedp.WaitVisible(css(".cards")))
		if n := eval[int](t, b, `document.querySelectorAll('.card').length`); n < 5 {
			t.Errorf("%d example cards", n)
		}
		b.shot(t, "home.png")
	})

	t.Run("open an example", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u("/")), chromedp.Click(css(`a[href="/examples/korea"]`), chromedp.NodeVisible), chromedp.WaitVisible(css("#doc")))
		title := run(t, b, chromedp.Text(css("#headline")))
		paras := eval[int](t, b, `document.querySelectorAll('#doc p[data-cp]').length`)
		if title != "North Korea puts military in 'quasi-state of war'" || paras < 5 {
			t.Errorf("title %q, %d paragraphs", title, paras)
		}
		b.shot(t, "example.png")
	})

	t.Run("every layer", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u(fullPath)), chromedp.WaitVisible(css("#doc")))
		counts := eval[map[string]int](t, b, `Object.fromEntries(['.m', '.tx', '.rel', '.m-hit', '.lbl-q', '.lbl-tx', '.cue', '.src'].map(s => [s, document.querySelectorAll('#doc ' + s).length]))`)
		want := map[string]int{".m": len(full.Mentions), ".tx": len(full.Timexes), ".rel": len(full.Relations), ".m-hit": 3, ".lbl-q": len(full.Quotes), ".lbl-tx": len(full.Timexes), ".cue": 4, ".src": 4}
		for sel, n := range want {
			if counts[sel] != n {
				t.Errorf("%s: %d in the page, want %d", sel, counts[sel], n)
			}
		}
		b.shot(t, "every-layer.png")
	})

	t.Run("toggle layers", func(t *testing.T) {
		bg := `getComputedStyle(document.querySelector('#doc .m-per')).backgroundColor`
		b.do(t, chromedp.Navigate(u(fullPath)), chromedp.WaitVisible(css("#doc")))
		on := eval[string](t, b, bg)
		b.do(t, chromedp.Click(css(`label.toggle-mentions`), chromedp.NodeVisible))
		off := eval[string](t, b, bg)
		if on == off || off != "rgba(0, 0, 0, 0)" {
			t.Errorf("entities layer: background %q when on, %q when off", on, off)
		}
		// Keyboard: q switches quotes off.
		b.do(t, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`), chromedp.KeyEvent("q"))
		if eval[bool](t, b, `document.getElementById('layer-quotes').checked`) {
			t.Error("q did not switch quotes off")
		}
		if d := eval[string](t, b, `getComputedStyle(document.querySelector('#doc .lbl-q')).display`); d != "none" {
			t.Errorf("quotes off: speaker label display %q", d)
		}
		b.shot(t, "layers-off.png")
		// The choices survive a reload (session storage).
		b.do(t, chromedp.Reload(), chromedp.WaitVisible(css("#doc")))
		if back := eval[string](t, b, bg); back != off {
			t.Errorf("after reload: background %q, want it still off", back)
		}
		// One entity type at a time.
		b.do(t, chromedp.Evaluate[chromedp.Void](`sessionStorage.clear()`), chromedp.Reload(), chromedp.WaitVisible(css("#doc")),
			click(`label.type-toggle:has(#type-per)`))
		per := eval[string](t, b, bg)
		org := eval[string](t, b, `getComputedStyle(document.querySelector('#doc .m-org')).backgroundColor`)
		if per != "rgba(0, 0, 0, 0)" || org == "rgba(0, 0, 0, 0)" {
			t.Errorf("people off: people %q, organisations %q", per, org)
		}
		b.do(t, chromedp.Evaluate[chromedp.Void](`sessionStorage.clear()`))
	})

	t.Run("follow an entity", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u(fullPath)), chromedp.WaitVisible(css("#doc")), hover("#m6"))
		// Hovering a mention highlights every mention of its entity.
		if hl := eval[[]string](t, b, `Array.from(document.querySelectorAll('#doc .m.hl')).map(e => e.textContent)`); strings.Join(hl, "|") != "Kōwhai Lines" {
			t.Errorf("hovering Kōwhai Lines highlights %q", hl)
		}
		// Following a mention goes to its entity and keeps its mentions
		// highlighted.
		b.do(t, click("#m2"), chromedp.Sleep(150*time.Millisecond))
		if hash := eval[string](t, b, `location.hash`); hash != "#entity-E1" || !eval[bool](t, b, `document.getElementById('entity-E1').matches(':target')`) {
			t.Errorf("after following a mention: hash %q", hash)
		}
		if sel := eval[[]string](t, b, `Array.from(document.querySelectorAll('#doc .m.sel')).map(e => e.textContent)`); strings.Join(sel, "|") != "Zoë Ngata|Ngata|Ngata" {
			t.Errorf("selected mentions %q", sel)
		}
		b.shot(t, "entity.png")
		// A card's button highlights another entity and moves the focus to
		// its first mention; Escape clears.
		b.do(t, click(`button[data-select="E5"]`))
		if f := eval[string](t, b, `document.activeElement.dataset.entity || ''`); f != "E5" {
			t.Errorf("Highlight button: focus on entity %q", f)
		}
		if p := eval[string](t, b, `document.querySelector('button[data-select="E5"]').getAttribute('aria-pressed')`); p != "true" {
			t.Errorf("aria-pressed %q", p)
		}
		b.do(t, chromedp.KeyEvent(kb.Escape))
		if left := eval[[]string](t, b, `Array.from(document.querySelectorAll('.sel')).map(e => e.textContent)`); len(left) != 0 {
			t.Errorf("after Escape, still selected: %q", left)
		}
	})

	t.Run("keyboard", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u(fullPath)), chromedp.WaitVisible(css("#doc")), chromedp.KeyEvent(kb.Tab))
		if c := eval[string](t, b, `document.activeElement.className`); c != "skip" {
			t.Errorf("first Tab stop: %q, want the skip link", c)
		}
		b.do(t, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`), chromedp.KeyEvent("j"), chromedp.KeyEvent("j"))
		if id := eval[string](t, b, `document.activeElement.id`); id != "m1" {
			t.Errorf("j j: focus on %q, want m1", id)
		}
		b.do(t, chromedp.KeyEvent("?"))
		if !eval[bool](t, b, `document.getElementById('keys').open`) {
			t.Error("? does not open the shortcuts")
		}
		b.shot(t, "keys.png")
		b.do(t, chromedp.KeyEvent(kb.Escape))
	})

	t.Run("offsets agree with the JSON", func(t *testing.T) {
		// For every mark: its text, and the span the page's script
		// computes from a DOM range over it (the DOM counts UTF-16 units,
		// the JSON code points). The paragraph holding "🚢" puts a
		// character of two UTF-16 units before a mention.
		b.do(t, chromedp.Navigate(u(fullPath)), chromedp.WaitVisible(css("#doc")))
		got := eval[[][3]string](t, b, `Array.from(document.querySelectorAll('#doc [data-span]')).map(el => {
			const texts = [];
			const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {acceptNode: n => n.parentElement.closest('.lbl') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
			for (let n = w.nextNode(); n; n = w.nextNode()) texts.push(n);
			const first = texts[0], last = texts[texts.length - 1];
			return [el.dataset.span, texts.map(n => n.data).join(''), window.newsgraphOffset(first, 0) + '-' + window.newsgraphOffset(last, last.data.length)];
		})`)
		runes := []rune(full.Text)
		if len(got) < len(full.Mentions) {
			t.Fatalf("%d marks", len(got))
		}
		want := ""
		for _, g := range got {
			var a, e int
			fmt.Sscanf(g[0], "%d-%d", &a, &e)
			if string(runes[a:e]) != g[1] {
				t.Errorf("mark %s shows %q; the JSON span holds %q", g[0], g[1], string(runes[a:e]))
			}
			if g[2] != g[0] {
				t.Errorf("mark %s: the page computes the span %s", g[0], g[2])
			}
			if g[1] == "Ngata" && want == "" {
				want = strings.Replace(g[0], "-", "–", 1)
			}
		}
		// A real selection shows its span.
		b.do(t, chromedp.Evaluate[chromedp.Void](`(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('m2')); const s = getSelection(); s.removeAllRanges(); s.addRange(r); })()`),
			chromedp.Sleep(400*time.Millisecond))
		if status := run(t, b, chromedp.Text(css("#selection"))); !strings.Contains(status, "characters "+want+" ") {
			t.Errorf("selection status %q, want characters %s", status, want)
		}
	})

	injected := `document.querySelectorAll('script:not([src^="/assets/app.js"]), img:not(.brand img), iframe, svg, object, embed, #doc b, [onerror], [onload], [onmouseover], a[href^="javascript:"]').length`

	t.Run("paste a hostile article", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u("/analyze")), chromedp.WaitVisible(css("#text")),
			chromedp.SetValue(css("#text"), hostileText),
			chromedp.SendKeys(css("#published"), "2024-03-19"),
			chromedp.Click(css(`button[type="submit"]`), chromedp.NodeVisible),
			chromedp.WaitVisible(css("#doc")),
			hover("#doc p"))
		if loc := run(t, b, chromedp.Location()); !strings.Contains(loc, "/analyses/") {
			t.Errorf("after submitting: %s", loc)
		}
		if eval[bool](t, b, `'pwned' in window`) || eval[int](t, b, injected) != 0 {
			t.Error("the article's script ran or its markup was injected")
		}
		shown := run(t, b, chromedp.Text(css("#doc")))
		for _, want := range []string{`<script>window.pwned = 1; alert("xss")</script>`, `<a href="javascript:window.pwned=3">report</a>`, `<img src=x onerror="window.pwned = 2">`} {
			if !strings.Contains(shown, want) {
				t.Errorf("the page does not show %q as text", want)
			}
		}
		b.shot(t, "hostile.png")
		// A document whose entities, IDs and metadata are hostile too.
		b.do(t, chromedp.Navigate(u(hostilePath)), chromedp.WaitVisible(css("#doc")), hover("#m0"), hover(".entity"), hover(".lbl-tx"))
		if eval[bool](t, b, `'pwned' in window`) || eval[int](t, b, injected) != 0 {
			t.Error("hostile document: script ran or markup was injected")
		}
	})

	t.Run("upload a web page", func(t *testing.T) {
		page := filepath.Join(t.TempDir(), "story.html")
		if err := os.WriteFile(page, []byte(articleHTML), 0o644); err != nil {
			t.Fatal(err)
		}
		b.do(t, chromedp.Navigate(u("/analyze")), chromedp.WaitVisible(css("#file")),
			chromedp.SetUploadFiles(css("#file"), []string{page}),
			chromedp.Click(css(`button[type="submit"]`), chromedp.NodeVisible),
			chromedp.WaitVisible(css("#doc")))
		if h := run(t, b, chromedp.Text(css("#headline"))); h != "Harbour talks resume as port strike enters third week" {
			t.Errorf("headline %q", h)
		}
		if eval[bool](t, b, `'pwned' in window`) || eval[int](t, b, injected) != 0 {
			t.Error("the page's script ran or its markup was injected")
		}
		if by := run(t, b, chromedp.Text(css(".doc-head .meta"))); !strings.Contains(by, "Sam Toa") {
			t.Errorf("meta %q lacks the author", by)
		}
	})

	t.Run("analyse errors", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u("/analyze")), chromedp.WaitVisible(css("#url")),
			chromedp.SendKeys(css("#url"), "http://127.0.0.1/admin"))
		ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.Click(css(`button[type="submit"]`), chromedp.NodeVisible), chromedp.WaitVisible(css("#form-error"))); err != nil {
			t.Fatal(err)
		}
		b.take() // the browser logs the 403 of the page itself
		if msg := run(t, b, chromedp.Text(css("#form-error"))); !strings.Contains(msg, "loopback") {
			t.Errorf("error shown: %q", msg)
		}
		if v := run(t, b, chromedp.Value(css("#url"))); v != "http://127.0.0.1/admin" {
			t.Errorf("the URL was not kept: %q", v)
		}
		b.shot(t, "analyze-error.png")
	})

	t.Run("json view", func(t *testing.T) {
		b.do(t, chromedp.Navigate(u(fullPath)), chromedp.Click(css(`.views a[href$="/json"]`), chromedp.NodeVisible), chromedp.WaitVisible(css("#json")))
		var d map[string]any
		if err := json.Unmarshal([]byte(run(t, b, chromedp.Text(css("#json")))), &d); err != nil || d["format"] != "newsgraph/1" {
			t.Errorf("the JSON view does not hold the Document: %v", err)
		}
		b.shot(t, "json.png")
	})

	t.Run("phone", func(t *testing.T) {
		b.do(t, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
			chromedp.Navigate(u(fullPath)), chromedp.WaitVisible(css("#doc")))
		defer b.do(t, chromedp.ResetViewport())
		if eval[bool](t, b, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
			t.Error("the page scrolls sideways on a phone")
		}
		if !eval[bool](t, b, `document.querySelector('.panels').getBoundingClientRect().top >= document.querySelector('#doc').getBoundingClientRect().bottom - 1`) {
			t.Error("on a phone the panels are not below the text")
		}
		b.shot(t, "phone.png")
	})

	t.Run("axe", func(t *testing.T) {
		src := axeScript()
		if src == "" {
			t.Skip("axe-core not found (npm install --prefix ~/.cache/newsgraph/npm axe-core, or set NEWSGRAPH_AXE); skipping the accessibility check")
		}
		type violation struct {
			ID     string `json:"id"`
			Impact string `json:"impact"`
			Help   string `json:"help"`
			Nodes  []struct {
				Target []any `json:"target"`
			} `json:"nodes"`
		}
		// axe is injected with the page's CSP bypassed; the page's own
		// script still runs as it would.
		if _, err := chromedp.Call(b.ctx, cdppage.SetBypassCSP, cdppage.SetBypassCSPParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(b.ctx, cdppage.SetBypassCSP, cdppage.SetBypassCSPParams{Enabled: false})
		check := func(p string) {
			ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
			err := chromedp.Do(ctx, chromedp.Navigate(u(p)), chromedp.WaitReady(css("body")), chromedp.Evaluate[chromedp.Void](src))
			cancel()
			if err != nil {
				t.Fatal(err)
			}
			b.take() // a 404 page is logged as a failed load
			res := run(t, b, chromedp.Evaluate[struct {
				Violations []violation `json:"violations"`
				Passes     int         `json:"passes"`
			}](`axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}}).then(r => ({violations: r.violations, passes: r.passes.length}))`, chromedp.EvalAwaitPromise))
			if res.Passes < 10 {
				t.Errorf("%s: axe passed only %d rules; did it run?", p, res.Passes)
			}
			t.Logf("%s: axe: %d rules pass, %d violations", p, res.Passes, len(res.Violations))
			for _, v := range res.Violations {
				msg := fmt.Sprintf("%s: axe %s (%s): %s, at %v", p, v.ID, v.Impact, v.Help, v.Nodes[0].Target)
				if v.Impact == "serious" || v.Impact == "critical" {
					t.Error(msg)
				} else {
					t.Log(msg)
				}
			}
		}
		for _, p := range []string{"/", fullPath, "/analyze", fullPath + "/json"} {
			check(p)
		}
		// The dark scheme too: its contrast is checked separately.
		dark := func(on bool) {
			params := emulation.SetEmulatedMediaParams{}
			if on {
				params.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}
			}
			if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, params); err != nil {
				t.Fatal(err)
			}
		}
		dark(true)
		defer dark(false)
		check(fullPath)
		b.shot(t, "dark.png")
		b.take()
	})
}
