package extract

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a charset declared in a <meta> tag, in either form:
// <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">.
var metaCharset = lazyRegexp(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// Decode turns the bytes of an HTML page into UTF-8 text. It takes the
// encoding from a byte-order mark, else the charset of contentType (an HTTP
// Content-Type header; may be empty), else a <meta> declaration in the first
// 64 KiB, and checks it against the bytes, since pages often declare the
// wrong one: bytes that are valid UTF-8 with multi-byte sequences are UTF-8
// whatever the declaration; bytes that are not valid UTF-8 but declared so
// (or not declared at all) are decoded with the encoding a statistical
// detector finds, Windows-1252 when it is unsure. It returns the name of the
// encoding used and a note when it overrode a declaration.
func Decode(data []byte, contentType string) (text, enc, note string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return toValid(data[3:]), "utf-8", ""
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data), "utf-16le", ""
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data), "utf-16be", ""
	}
	declared := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		declared = params["charset"]
	}
	if declared == "" {
		if m := metaCharset().FindSubmatch(data[:min(len(data), 64<<10)]); m != nil {
			declared = string(m[1])
		}
	}
	declared = strings.ToLower(strings.TrimSpace(declared))
	var declEnc encoding.Encoding
	declName := ""
	if declared != "" {
		if e, err := htmlindex.Get(declared); err == nil {
			declEnc = e
			declName, _ = htmlindex.Name(e)
		}
	}
	isUTF8Decl := declName == "utf-8" || declName == "utf-16le" || declName == "utf-16be" // a meta tag cannot truly declare UTF-16
	if utf8.Valid(data) {
		// Valid UTF-8 with non-ASCII bytes is UTF-8: text in a legacy
		// encoding almost never forms valid multi-byte sequences
		// throughout.
		if declEnc != nil && !isUTF8Decl && hasNonASCII(data) {
			return string(data), "utf-8", "the page declares " + declared + " but is UTF-8"
		}
		return string(data), "utf-8", ""
	}
	if declEnc != nil && !isUTF8Decl {
		return decodeWith(declEnc, data), declName, ""
	}
	// Declared UTF-8 (or nothing) but not valid UTF-8. A few stray bytes in
	// a UTF-8 page are repaired; otherwise the page is in a legacy encoding.
	if hasMultibyte(data) && invalidShare(data) < 0.3 {
		return toValid(data), "utf-8", "invalid UTF-8 bytes replaced by U+FFFD"
	}
	name, e := detect(data)
	note = "the page is not UTF-8; decoded as " + name
	if declared != "" {
		note = "the page declares " + declared + " but is not; decoded as " + name
	}
	return decodeWith(e, data), name, note
}

// detect guesses the legacy encoding of data, Windows-1252 when unsure.
func detect(data []byte) (string, encoding.Encoding) {
	res, err := chardet.NewHtmlDetector().DetectBest(data[:min(len(data), 256<<10)])
	if err == nil && res.Confidence >= 50 {
		if e, err := htmlindex.Get(res.Charset); err == nil {
			if name, _ := htmlindex.Name(e); name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
				return name, e
			}
		}
	}
	return "windows-1252", charmap.Windows1252
}

func decodeWith(e encoding.Encoding, data []byte) string {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return toValid(data)
	}
	return toValid(out)
}

func toValid(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

func hasNonASCII(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// hasMultibyte reports whether data holds a valid multi-byte UTF-8 sequence.
func hasMultibyte(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}

// invalidShare is the share of non-ASCII sequences in data that are not
// valid UTF-8.
func invalidShare(data []byte) float64 {
	bad, all := 0, 0
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		all++
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	if all == 0 {
		return 0
	}
	return float64(bad) / float64(all)
}
