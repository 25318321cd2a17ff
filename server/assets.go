package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"time"
)

//go:embed assets
var assetFS embed.FS

// An asset is one embedded static file with its content hash.
type asset struct {
	data  []byte
	hash  string // the first 12 hex digits of its SHA-256
	ctype string
}

// assetSet is every embedded static file by name.
type assetSet struct {
	files map[string]*asset
	total int
}

func loadAssets() (*assetSet, error) {
	set := &assetSet{files: map[string]*asset{}}
	err := fs.WalkDir(assetFS, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := assetFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		set.files[path.Base(p)] = &asset{data: data, hash: hex.EncodeToString(sum[:6]), ctype: ctype}
		set.total += len(data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: assets: %w", err)
	}
	return set, nil
}

// url returns the versioned URL of an asset, which may be cached forever.
// parseViews checks at start-up that every asset a template names exists.
func (a *assetSet) url(name string) (string, error) {
	f := a.files[name]
	if f == nil {
		return "", fmt.Errorf("server: no asset %q", name)
	}
	return "/assets/" + name + "?v=" + f.hash, nil
}

// EmbeddedBytes returns the total size in bytes of what the server embeds
// for its pages: static assets (styles, script, icon) and templates.
func (s *Server) EmbeddedBytes() int {
	n := s.assets.total
	fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += int(info.Size())
			}
		}
		return nil
	})
	return n
}

// asset serves an embedded static file; with the current version in the
// query it may be cached for a year.
func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	f := s.assets.files[r.PathValue("file")]
	if f == nil {
		s.writeHTMLError(w, r, errorf(kindNotFound, "there is no file %s", r.PathValue("file")))
		return
	}
	w.Header().Set("Content-Type", f.ctype)
	if r.URL.Query().Get("v") == f.hash {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	w.Header().Set("ETag", `"`+f.hash+`"`)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.data))
}

// favicon serves the icon browsers ask for without being told.
func (s *Server) favicon(w http.ResponseWriter, r *http.Request) {
	r.SetPathValue("file", "favicon.svg")
	s.asset(w, r)
}
