package langid

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

func TestDetect(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"One of North Korea’s most powerful figures will meet President Trump at the White House on Friday as high-level talks in New York wrapped up.", "en"},
		{"Der Bundestag hat am Freitag über das neue Gesetz abgestimmt, das die Regierung im Frühjahr vorgelegt hatte.", "de"},
		{"Le président a rencontré vendredi les représentants des syndicats pour discuter de la réforme des retraites.", "fr"},
		{"El presidente se reunió el viernes con los representantes de los sindicatos para hablar de la reforma.", "es"},
		{"북한의 최고 권력자 중 한 명이 금요일 백악관에서 트럼프 대통령을 만날 예정이다.", "ko"},
		{"short", ""},
	} {
		if got, _ := Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%.30q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestProcess checks that a confident detection sets the language and an
// unconfident one on a short text leaves it unknown, with a warning, so
// that the English stages still run.
func TestProcess(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		warn       bool
	}{
		{"Der Bundestag hat am Freitag über das neue Gesetz abgestimmt, das die Regierung im Frühjahr vorgelegt hatte.", "de", false},
		{"The United States imposed financial sanctions on North Korea last year.", "en", false},
		{"Iranian President Mahmoud Ahmadinejad visited Paris on Monday.", "", true},
	} {
		doc := document.New(tc.text)
		if err := Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Language != tc.want || (len(doc.Warnings) > 0) != tc.warn {
			t.Errorf("%.30q: language %q, warnings %v; want %q, warning %v", tc.text, doc.Meta.Language, doc.Warnings, tc.want, tc.warn)
		}
	}
}
