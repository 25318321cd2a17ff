package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to write from the server's goroutine
// while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	_, docJSON, _ := run(t, "", "analyze", "--published", "2015-08-21", filepath.Join("..", "..", "examples", "wikinews", "korea.txt"))
	saved := writeFile(t, "saved.json", []byte(docJSON))
	text := writeFile(t, "story.txt", []byte("Harbour talks resume\n\nTalks resumed on Friday, the minister said.\n"))
	go func() {
		done <- Run(ctx, e, []string{"serve", "--addr", "127.0.0.1:0", "--published", "2024-03-19", saved, text})
	}()
	addr := regexp.MustCompile(`serving on (http://\S+)/`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, errb.String())
		default:
		}
	}
	if base == "" {
		t.Fatalf("serve did not start: %q %q", out.String(), errb.String())
	}
	if strings.Contains(out.String(), "token") {
		t.Errorf("on localhost no token is needed: %q", out.String())
	}
	resp, err := http.Get(base + "/examples/korea")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "quasi-state of war") {
		t.Errorf("GET /examples/korea: %d", resp.StatusCode)
	}
	for path, want := range map[string]string{"/": "Your articles", "/documents/saved": "quasi-state of war", "/documents/story": "Harbour talks resume"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, want %q", path, resp.StatusCode, want)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after interrupt: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeUsage(t *testing.T) {
	if code, _, stderr := run(t, "", "serve", "no-such-file.json"); code != 1 || !strings.Contains(stderr, "no-such-file.json") {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "", "serve", writeFile(t, "x.json", []byte(`{"format": "other/9"}`))); code != 1 || !strings.Contains(stderr, "not a newsgraph Document") {
		t.Errorf("bad JSON: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "", "serve", "--published", "soon", "x.txt"); code != 2 || !strings.Contains(stderr, "--published") {
		t.Errorf("bad time: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "", "serve", "--addr", "nonsense:address:1"); code != 1 || !strings.Contains(stderr, "newsgraph: server:") {
		t.Errorf("bad address: exit %d, %q", code, stderr)
	}
	if code, out, _ := run(t, "", "serve", "-h"); code != 0 || !strings.Contains(out, "--allow-private") && !strings.Contains(out, "-allow-private") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}
