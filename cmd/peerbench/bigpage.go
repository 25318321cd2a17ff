package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"time"

	gt "github.com/markusmobius/go-trafilatura"

	"github.com/newsgraph/newsgraph/extract"
)

// benchBigPage builds a synthetic news page of about 20 MB (inline
// scripts and styles, inline images as data: URIs, a navigation of
// thousands of links, the article, and a comment section of thousands of
// entries) and measures the peak heap of newsgraph's extraction and of
// go-trafilatura's on it, one after the other in one process. With --write
// it writes the page to a file instead, for measuring a whole newsgraph
// process with /usr/bin/time.
func benchBigPage(args []string) error {
	fs := flag.NewFlagSet("bigpage", flag.ContinueOnError)
	write := fs.String("write", "", "write the page to this file and stop")
	size := fs.Int("mb", 20, "page size in MB")
	if err := fs.Parse(args); err != nil {
		return err
	}
	page := bigPage(*size << 20)
	if *write != "" {
		return os.WriteFile(*write, page, 0o644)
	}
	fmt.Printf("page: %.1f MB\n", float64(len(page))/(1<<20))
	run := func(name string, f func() (string, error)) {
		runtime.GC()
		base := heapBytes()
		var peak atomic.Uint64
		done := make(chan struct{})
		go func() {
			t := time.NewTicker(2 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					if h := heapBytes(); h > peak.Load() {
						peak.Store(h)
					}
				}
			}
		}()
		start := time.Now()
		text, err := f()
		el := time.Since(start)
		close(done)
		if h := heapBytes(); h > peak.Load() {
			peak.Store(h)
		}
		status := fmt.Sprintf("%d characters of text", len(text))
		if err != nil {
			status = "error: " + err.Error()
		}
		fmt.Printf("%-16s peak heap %4d MB above start, %.2f s, %s\n", name, (peak.Load()-min(base, peak.Load()))>>20, el.Seconds(), status)
	}
	run("newsgraph", func() (string, error) {
		a, err := extract.HTML(page, extract.Options{URL: "https://news.example.com/2021/03/14/big"})
		if err != nil {
			return "", err
		}
		return a.Main(), nil
	})
	run("go-trafilatura", func() (string, error) {
		r, err := gt.Extract(bytes.NewReader(page), gt.Options{ExcludeComments: true, HtmlDateMode: gt.Disabled})
		if err != nil {
			return "", err
		}
		return r.ContentText, nil
	})
	return nil
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// bigPage writes a page of about n bytes.
func bigPage(n int) []byte {
	var b bytes.Buffer
	b.Grow(n + 1<<20)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm closes the harbour | Example News</title>
<meta property="article:published_time" content="2021-03-14T09:30:00Z">`)
	script := "<script>var state = {" + strings.Repeat(`"k":"abcdefghijklmnopqrstuvwxyz0123456789",`, 1<<17/4) + "};</script>\n"
	for b.Len() < n/4 {
		b.WriteString(script)
	}
	b.WriteString("<style>" + strings.Repeat(".c{color:#123456;margin:0 auto}", 1<<15) + "</style></head><body><nav><ul>")
	for i := 0; b.Len() < n/4+n/10; i++ {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	b.WriteString("</ul></nav><main><article><h1>Storm closes the harbour</h1><p class=byline>By Maria Lopez</p>")
	for i := range 60 {
		fmt.Fprintf(&b, "<p>Paragraph %d. The storm closed the harbour on Sunday, port officials said, and ferries will not sail before Tuesday at the earliest, leaving hundreds of travellers waiting in the terminal.</p>\n", i)
		if i%10 == 0 {
			b.WriteString(`<figure><img src="data:image/png;base64,` + strings.Repeat("iVBORw0KGgo", 1<<14) + `"><figcaption>The harbour.</figcaption></figure>`)
		}
	}
	b.WriteString("</article><section id=comments>")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, `<div class="comment"><span class="user">reader%d</span><p>I was there on Sunday and the waves were higher than I have ever seen them in this town, truly.</p></div>`, i)
	}
	b.WriteString("</section></main></body></html>")
	return b.Bytes()
}
