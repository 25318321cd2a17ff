package screen

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Scripts a name may be written in, as far as folding is concerned.
const (
	scriptLatin    = "Latin"
	scriptCyrillic = "Cyrillic"
	scriptArabic   = "Arabic"
	scriptHangul   = "Hangul"
	scriptGreek    = "Greek"
)

// latinSpecial maps Latin letters that do not decompose into a base letter
// and a mark.
var latinSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ħ': "h", 'ŀ': "l", 'ŧ': "t", 'ŋ': "ng", 'ĸ': "k",
	'ʻ': "", 'ʼ': "", 'ʿ': "", 'ʾ': "",
}

// cyrillic follows BGN/PCGN for Russian, with the Ukrainian, Belarusian
// and Serbian letters added; these are the spellings the lists use
// ("Yevgeniy", "Zhelyazkov", "Tsertsel").
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u", 'ј': "j", 'љ': "lj",
	'њ': "nj", 'ћ': "c", 'ђ': "dj", 'џ': "dz", 'ѕ': "dz",
}

// greek is ELOT 743 in its simple form.
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i",
	'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y",
	'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// arabic maps Arabic and Persian letters to the consonantal spellings the
// lists use; short vowels are not written in Arabic script, so matching
// relies on the consonant skeleton (see keys.go).
var arabic = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ب': "b", 'ت': "t",
	'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r",
	'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m",
	'ن': "n", 'ه': "h", 'ة': "a", 'و': "w", 'ؤ': "", 'ي': "y", 'ى': "a",
	'ئ': "", 'ء': "", 'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ک': "k",
	'ی': "y", 'ە': "e",
}

// Hangul jamo, romanised as the sanctions lists romanise North Korean
// names (close to McCune–Reischauer without diacritics: 김영철 "Kim Yong
// Chol", 박 "Pak", 최 "Choe").
var (
	hangulInitial = []string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"}
	hangulVowel   = []string{"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"}
	hangulFinal   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// hangulSyllable romanises one precomposed Hangul syllable.
func hangulSyllable(r rune) string {
	i := int(r - 0xAC00)
	l, v, t := i/(21*28), (i%(21*28))/28, i%28
	init := hangulInitial[l]
	// ㄹ begins no native syllable: "Ri" (리), the DPRK's spelling of Lee.
	return init + hangulVowel[v] + hangulFinal[t]
}

// fold lowercases s, takes off diacritics, transliterates Cyrillic, Greek,
// Arabic and Hangul to Latin letters, drops apostrophes and turns other
// punctuation into spaces. Hangul syllables become separate words, since
// Korean names are written without spaces between their syllables. It
// also returns the non-Latin scripts it transliterated.
func fold(s string) (string, []string) {
	var b strings.Builder
	b.Grow(len(s))
	var scripts []string
	note := func(sc string) {
		for _, x := range scripts {
			if x == sc {
				return
			}
		}
		scripts = append(scripts, sc)
	}
	var dec []byte
	rs := []rune(s)
	for ri, r := range rs {
		if r < 0x80 {
			switch {
			case 'A' <= r && r <= 'Z':
				b.WriteByte(byte(r + 32))
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				b.WriteByte(byte(r))
			case r == '\'' || r == '`':
				// O'Brien, Sa'id: the apostrophe joins.
			default:
				b.WriteByte(' ')
			}
			continue
		}
		r = unicode.ToLower(r)
		if t, ok := latinSpecial[r]; ok {
			b.WriteString(t)
			continue
		}
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			note(scriptHangul)
			b.WriteByte(' ')
			b.WriteString(hangulSyllable(r))
			b.WriteByte(' ')
			continue
		case r == '’' || r == '‘' || r == 'ʹ' || r == '′':
			continue
		case unicode.Is(unicode.Mn, r):
			continue // a combining diacritic
		}
		if t, ok := cyrillic[r]; ok {
			note(scriptCyrillic)
			b.WriteString(t)
			continue
		}
		if t, ok := greek[r]; ok {
			note(scriptGreek)
			b.WriteString(t)
			continue
		}
		if t, ok := arabic[r]; ok {
			note(scriptArabic)
			// Waw and ya inside a word are mostly long vowels: محمود
			// "mhmud" (Mahmoud), حسين "hsin" (Hussein).
			// Before an alef they are consonants: الظواهري "alzwahri".
			if (r == 'و' || r == 'ي' || r == 'ی') && b.Len() > 0 {
				next := rune(0)
				if ri+1 < len(rs) {
					next = rs[ri+1]
				}
				if last := b.String()[b.Len()-1]; last != ' ' && next != 'ا' && next != 'ى' && next != 'ة' {
					t = map[rune]string{'و': "u", 'ي': "i", 'ی': "i"}[r]
				}
			}
			b.WriteString(t)
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			b.WriteByte(' ')
			continue
		}
		// A letter with diacritics: decompose it and keep the base
		// letter if that is plain ASCII (é → e, ş → s, ά → α → a).
		dec = norm.NFD.AppendString(dec[:0], string(r))
		base := []rune(string(dec))[0]
		if base < 0x80 {
			b.WriteRune(unicode.ToLower(base))
			continue
		}
		if t, ok := greek[base]; ok {
			note(scriptGreek)
			b.WriteString(t)
			continue
		}
		if t, ok := cyrillic[base]; ok {
			note(scriptCyrillic)
			b.WriteString(t)
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), scripts
}
