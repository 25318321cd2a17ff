package screen

import "strings"

// variantKey reduces a folded name token to a key that romanisation
// variants of one name share: consonant spellings are unified (ph → f,
// kh → h, c/q → k, w → v, x → ks, zh/dj/dzh → j, tch/ch → c), double
// letters collapse, a final h after a vowel goes, and each run of vowels
// becomes "a", or "o" when it holds an o or u (in words of four letters or
// less, "i" when it holds an e, i or y). So "Chol", "Chul" and
// "Cheol" all give "col"; "Yong", "Young" and "Yeong" give "yong";
// "Mohammed", "Muhammad" and "Mohamad" give "mohamad"; "Hussein",
// "Husayn" and "Hussain" give "hosan" (and Hasan "hasan").
func variantKey(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	n := len(t)
	isV := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	// y is a vowel unless a vowel follows it ("Yong", but "Husayn").
	vowelAt := func(i int) bool {
		c := t[i]
		if isV(c) {
			return true
		}
		return c == 'y' && i > 0 && (i+1 >= n || !isV(t[i+1]))
	}
	var last byte
	put := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	for i := 0; i < n; {
		if vowelAt(i) {
			j, back, front := i, false, false
			for j < n && vowelAt(j) {
				switch t[j] {
				case 'o', 'u':
					back = true
				case 'e', 'i', 'y':
					front = true
				}
				j++
			}
			switch {
			case back:
				put('o')
			case n <= 4 && front:
				// Short words are single syllables, whose vowel
				// tells them apart: "Ki" is not "Ka".
				put('i')
			default:
				put('a')
			}
			i = j
			continue
		}
		c := t[i]
		rest := t[i:]
		switch {
		case strings.HasPrefix(rest, "tsch"):
			put('c')
			i += 4
			continue
		case strings.HasPrefix(rest, "dzh"), strings.HasPrefix(rest, "sch"), strings.HasPrefix(rest, "tch"):
			if rest[0] == 's' {
				put('s')
			} else if rest[0] == 'd' {
				put('j')
			} else {
				put('c')
			}
			i += 3
			continue
		}
		if i+1 < n {
			two := t[i : i+2]
			switch two {
			case "ph":
				put('f')
				i += 2
				continue
			case "kh", "gh", "dh", "th", "sh", "zh", "dj", "ch", "ck", "cz":
				put(map[string]byte{"kh": 'h', "gh": 'g', "dh": 'd', "th": 't', "sh": 's', "zh": 'j', "dj": 'j', "ch": 'c', "ck": 'k', "cz": 'c'}[two])
				i += 2
				continue
			}
		}
		switch c {
		case 'c', 'q':
			put('k')
		case 'w':
			put('v')
		case 'x':
			put('k')
			put('s')
		case 'h':
			// A final h after a vowel is silent: Abdullah, Abdulla.
			if i == n-1 && i > 0 && last != 0 && (last == 'a' || last == 'o') {
				break
			}
			put('h')
		default:
			put(c)
		}
		i++
	}
	return b.String()
}

// consonantKey drops the vowels of a variant key: the skeleton that names
// written without short vowels (Arabic script) share with their
// romanisations ("mhmd").
func consonantKey(k string) string {
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		if c := k[i]; c != 'a' && c != 'o' && c != 'i' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// editDistance returns the optimal-string-alignment distance between a
// and b (insertions, deletions, substitutions and transpositions of
// adjacent letters), or max+1 if it exceeds max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if a == b {
		return 0
	}
	var buf [3][40]int
	if len(b)+1 > len(buf[0]) {
		return max + 1
	}
	prev2, prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
