// Package examples embeds the example articles bundled with newsgraph:
// freely licensed news from English Wikinews (CC BY 2.5, credited in
// wikinews/README.md), used by the README, the tests and the web view.
package examples

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
)

// FS holds the articles (wikinews/NAME.txt) and their index.
//
//go:embed wikinews/*.txt wikinews/index.json wikinews/README.md
var FS embed.FS

// An Article describes one bundled article.
type Article struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Modified  string `json:"modified"`
	Source    string `json:"source"`
	License   string `json:"license"`
}

// List returns the bundled articles in index order.
func List() ([]Article, error) {
	b, err := fs.ReadFile(FS, "wikinews/index.json")
	if err != nil {
		return nil, fmt.Errorf("examples: %w", err)
	}
	var out []Article
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("examples: index.json: %w", err)
	}
	return out, nil
}

// Text returns the text of the bundled article in file.
func Text(file string) (string, error) {
	b, err := fs.ReadFile(FS, "wikinews/"+file)
	if err != nil {
		return "", fmt.Errorf("examples: %w", err)
	}
	return string(b), nil
}
