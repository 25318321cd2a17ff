// This file is part of go-trafilatura, Go package for extracting readable
// content, comments and metadata from a web page. Source available in
// <https://github.com/markusmobius/go-trafilatura>.
//
// Copyright (C) 2021 Markus Mobius
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// Code in this file is ported from <https://github.com/adbar/trafilatura>
// which available under Apache 2.0 license.

package trafilatura

import (
	"errors"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"github.com/go-shiori/dom"
	"github.com/newsgraph/newsgraph/extract/internal/trafilatura/internal/etree"
	"github.com/newsgraph/newsgraph/extract/internal/trafilatura/internal/lru"
	"github.com/newsgraph/newsgraph/extract/internal/trafilatura/internal/selector"
	"golang.org/x/net/html"
)

// NEWSGRAPH: ErrTooShort replaces upstream's string error for output
// below MinOutputSize.
var ErrTooShort = errors.New("trafilatura: extracted text is too short")

// ExtractResult is the result of content extraction.
//
// NEWSGRAPH: metadata and comments are not returned (newsgraph's extract
// package reads metadata itself; comments are never wanted).
type ExtractResult struct {
	// ContentNode is the extracted content as a `html.Node`.
	ContentNode *html.Node

	// ContentText is the extracted content as a plain text.
	ContentText string

	// Baseline is set when the main extractor found too little and the
	// result comes from the baseline extractor over the whole page.
	Baseline bool
}

// ExtractDocument finds the main readable content of doc.
//
// NEWSGRAPH: doc is modified (upstream clones it first, three times); the
// caller owns it. Metadata extraction (which links go-htmldate and
// go-dateparser, whose package initialisation costs about 0.5 s and 80 MB
// at every process start), the language check and the external fallback
// extractors are left out.
func ExtractDocument(doc *html.Node, opts Options) (*ExtractResult, error) {
	//  Set default config
	if opts.Config == nil {
		opts.Config = DefaultConfig()
	}

	// Prepare cache for detecting text duplicate
	cache := lru.NewCache(opts.Config.CacheSize)

	// Prune using selectors that user specified.
	// No backup as this is completely full control of the user.
	if opts.PruneSelector != "" {
		cssSelector, err := cascadia.ParseGroup(opts.PruneSelector)
		if err == nil {
			doc = pruneUnwantedNodes(doc, []selector.Rule{cssSelector.Match})
		}
	}

	// Backup document for the baseline rescue.
	docBackup := dom.Clone(doc, true)

	// Clean and convert HTML tags
	docCleaning(doc, opts)
	convertTags(doc, opts)

	// NEWSGRAPH: comments are always excluded.
	if opts.Focus == FavorPrecision {
		doc = pruneUnwantedNodes(doc, selector.RemovedComments)
	}

	// Extract content
	postBody, tmpBodyText := extractContent(doc, cache, opts)

	// Rescue: try to use original/dirty tree
	usedBaseline := false
	lenText := utf8.RuneCountInString(tmpBodyText)
	if lenText < opts.Config.MinExtractedSize && opts.Focus != FavorPrecision {
		postBody, tmpBodyText = baseline(docBackup)
		usedBaseline = true
	}

	// Tree size sanity check
	if opts.MaxTreeSize > 0 {
		if len(dom.Children(postBody)) > opts.MaxTreeSize {
			for tag := range formatTagCatalog {
				etree.StripTags(postBody, tag)
			}

			if nChildren := len(dom.Children(postBody)); nChildren > opts.MaxTreeSize {
				return nil, errors.New("trafilatura: output tree too long")
			}
		}
	}

	lenText = utf8.RuneCountInString(tmpBodyText)
	if lenText < opts.Config.MinOutputSize {
		return nil, ErrTooShort
	}

	// Post cleaning
	postCleaning(postBody)

	return &ExtractResult{
		ContentNode: postBody,
		ContentText: tmpBodyText,
		Baseline:    usedBaseline,
	}, nil
}
