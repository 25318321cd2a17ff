package extract

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

func TestDecode(t *testing.T) {
	latin1 := func(s string) string {
		b, _ := charmap.Windows1252.NewEncoder().String(s)
		return b
	}
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("東京で会議")
	tests := []struct {
		name, data, contentType, want, enc string
		note                               bool
	}{
		{"utf-8 declared", `<meta charset="utf-8"><p>Café</p>`, "", "Café", "utf-8", false},
		{"utf-8 undeclared", `<p>Café</p>`, "", "Café", "utf-8", false},
		{"latin-1 declared", latin1(`<meta charset="iso-8859-1"><p>Café</p>`), "", "Café", "windows-1252", false},
		{"header wins over meta", latin1(`<meta charset="utf-8"><p>Café</p>`), "text/html; charset=windows-1252", "Café", "windows-1252", false},
		{"declares latin-1, is utf-8", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Café – naïve</p>`, "", "Café – naïve", "utf-8", true},
		{"declares utf-8, is latin-1", latin1(`<meta charset="utf-8"><p>Café crème brûlée à la carte, Übergrößen für Männer</p>`), "", "Café crème brûlée", "", true},
		{"shift_jis declared", `<meta charset="shift_jis"><p>` + sjis + `</p>`, "", "東京で会議", "shift_jis", false},
		{"bom", "\xef\xbb\xbf<p>Café</p>", "text/html; charset=iso-8859-1", "Café", "utf-8", false},
		{"stray bytes in utf-8", "<p>Café – naïve – “quoted” \x96 text</p>", "", "Café – naïve", "utf-8", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, note := Decode([]byte(tt.data), tt.contentType)
			if !strings.Contains(text, tt.want) {
				t.Errorf("text %q lacks %q", text, tt.want)
			}
			if tt.enc != "" && enc != tt.enc {
				t.Errorf("encoding %q, want %q", enc, tt.enc)
			}
			if (note != "") != tt.note {
				t.Errorf("note %q, want one: %v", note, tt.note)
			}
		})
	}
}
