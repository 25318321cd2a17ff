package tokenize

// Kinds of abbreviation, by how they behave before a capitalised word.
const (
	// abbrTitle precedes a name and never ends a sentence: "Gen. Kim".
	abbrTitle = 1 + iota
	// abbrNumber is an abbreviation only before a number: "No. 1".
	abbrNumber
	// abbrOther may end a sentence: "in the U.S. The ...", "Apple Inc."
	abbrOther
)

// abbreviations maps a word (without its period) to its kind. Words with
// inner periods ("U.S", "a.m", "Ph.D") and single capital letters (initials)
// are recognised by shape instead, in isAbbrev.
var abbreviations = map[string]uint8{
	// Titles and ranks.
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Messrs": abbrTitle, "Mme": abbrTitle, "Mlle": abbrTitle,
	"Dr": abbrTitle, "Prof": abbrTitle, "Rev": abbrTitle, "Hon": abbrTitle, "Msgr": abbrTitle, "Fr": abbrTitle,
	"Gen": abbrTitle, "Gens": abbrTitle, "Lt": abbrTitle, "Col": abbrTitle, "Maj": abbrTitle, "Capt": abbrTitle,
	"Cmdr": abbrTitle, "Cdr": abbrTitle, "Adm": abbrTitle, "Sgt": abbrTitle, "Cpl": abbrTitle, "Pvt": abbrTitle,
	"Brig": abbrTitle, "Spc": abbrTitle, "Ens": abbrTitle, "Cmdt": abbrTitle,
	"Rep": abbrTitle, "Reps": abbrTitle, "Sen": abbrTitle, "Sens": abbrTitle, "Gov": abbrTitle,
	"Pres": abbrTitle, "Supt": abbrTitle, "Det": abbrTitle, "Insp": abbrTitle, "Amb": abbrTitle,
	"Atty": abbrTitle, "Sec": abbrTitle, "Secs": abbrTitle, "Lieut": abbrTitle, "Sr": abbrOther, "Jr": abbrOther,
	"St": abbrOther, "Ste": abbrOther, "Mt": abbrOther, "Ft": abbrOther, "Pt": abbrOther,
	// Before numbers.
	"No": abbrNumber, "Nos": abbrNumber, "Nr": abbrNumber, "Art": abbrNumber, "Fig": abbrNumber,
	"fig": abbrNumber, "p": abbrNumber, "pp": abbrNumber, "Vol": abbrNumber, "vol": abbrNumber,
	"Ch": abbrNumber, "ch": abbrNumber, "Sect": abbrNumber, "Para": abbrNumber, "para": abbrNumber,
	// Months (never "May").
	"Jan": abbrOther, "Feb": abbrOther, "Mar": abbrOther, "Apr": abbrOther, "Jun": abbrOther, "Jul": abbrOther,
	"Aug": abbrOther, "Sep": abbrOther, "Sept": abbrOther, "Oct": abbrOther, "Nov": abbrOther, "Dec": abbrOther,
	// Weekdays.
	"Mon": abbrOther, "Tue": abbrOther, "Tues": abbrOther, "Wed": abbrOther, "Thu": abbrOther, "Thur": abbrOther,
	"Thurs": abbrOther, "Fri": abbrOther, "Sat": abbrOther,
	// Companies and organisations.
	"Inc": abbrOther, "Corp": abbrOther, "Co": abbrOther, "Cos": abbrOther, "Ltd": abbrOther, "Bros": abbrOther,
	"Dept": abbrOther, "Univ": abbrOther, "Assn": abbrOther, "Govt": abbrOther, "Intl": abbrOther, "Mfg": abbrOther,
	// Addresses.
	"Ave": abbrOther, "Blvd": abbrOther, "Rd": abbrOther, "Hwy": abbrOther, "Sq": abbrOther,
	// AP state abbreviations (datelines: "SPRINGFIELD, Ill. —").
	"Ala": abbrOther, "Ariz": abbrOther, "Ark": abbrOther, "Calif": abbrOther, "Colo": abbrOther, "Conn": abbrOther,
	"Del": abbrOther, "Fla": abbrOther, "Ga": abbrOther, "Ill": abbrOther, "Ind": abbrOther, "Kan": abbrOther,
	"Kans": abbrOther, "Ky": abbrOther, "La": abbrOther, "Md": abbrOther, "Mass": abbrOther, "Mich": abbrOther,
	"Minn": abbrOther, "Miss": abbrOther, "Mo": abbrOther, "Mont": abbrOther, "Neb": abbrOther, "Nev": abbrOther,
	"Okla": abbrOther, "Ore": abbrOther, "Pa": abbrOther, "Penn": abbrOther, "Tenn": abbrOther, "Tex": abbrOther,
	"Va": abbrOther, "Vt": abbrOther, "Wash": abbrOther, "Wis": abbrOther, "Wyo": abbrOther,
	// Other common ones.
	"vs": abbrOther, "etc": abbrOther, "al": abbrOther, "cf": abbrOther, "approx": abbrOther, "est": abbrOther,
	"ca": abbrOther, "c": abbrOther, "ft": abbrOther, "lbs": abbrOther, "oz": abbrOther, "yr": abbrOther,
	"yrs": abbrOther, "mos": abbrOther, "hrs": abbrOther, "min": abbrOther, "sq": abbrOther,
}

// isAbbrev reports whether the word s[start:end] takes the period that
// follows it.
func isAbbrev(s string, start, end int) bool {
	w := s[start:end]
	switch kind := abbreviations[w]; kind {
	case abbrTitle, abbrOther:
		return true
	case abbrNumber:
		// "No. 1", "p. 12": only before a number.
		j := end + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		return j < len(s) && s[j] >= '0' && s[j] <= '9'
	}
	// A single capital letter is an initial: "George W. Bush".
	if r, size := runeAt(w, 0); size == len(w) && isUpper(r) {
		return true
	}
	return isDotted(w)
}

// isDotted reports whether w is a dotted abbreviation such as "U.S", "a.m",
// "e.g", "Ph.D" or "U.K": letters in groups of at most two, separated by
// periods.
func isDotted(w string) bool {
	groups, run, letters := 1, 0, 0
	for i := 0; i < len(w); {
		r, size := runeAt(w, i)
		i += size
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			groups++
			run = 0
		case isLetter(r):
			run++
			letters++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 2 && letters >= 2
}

// abbrevKind returns the kind of the abbreviation token t (which ends with
// its period), or 0 when t is not one.
func abbrevKind(t string) uint8 {
	if len(t) < 2 || t[len(t)-1] != '.' {
		return 0
	}
	w := t[:len(t)-1]
	if k := abbreviations[w]; k != 0 {
		return k
	}
	if r, size := runeAt(w, 0); size == len(w) && isUpper(r) {
		return abbrTitle // an initial never ends a sentence
	}
	if isDotted(w) {
		return abbrOther
	}
	return 0
}

// sentenceStarters are words that, capitalised after an abbreviation such as
// "U.S." or "Inc.", show that a new sentence has begun. Proper nouns do not
// ("the U.S. Navy").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true, "Its": true,
	"His": true, "Her": true, "Their": true, "Our": true, "My": true, "There": true, "Here": true,
	"But": true, "And": true, "Or": true, "So": true, "Yet": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "As": true, "In": true, "On": true, "At": true, "For": true, "With": true,
	"By": true, "From": true, "To": true, "Of": true, "Since": true, "Although": true, "Though": true,
	"Because": true, "However": true, "Still": true, "Meanwhile": true, "Now": true, "Then": true,
	"What": true, "Who": true, "Why": true, "How": true, "Where": true, "Which": true, "Some": true,
	"Many": true, "Most": true, "Both": true, "Each": true, "All": true, "No": true, "Not": true,
	"One": true, "Two": true, "Last": true, "Next": true, "Other": true, "Such": true, "Officials": true,
	"According": true, "During": true, "Under": true, "Despite": true, "Asked": true, "Earlier": true,
	"Later": true, "Also": true, "Even": true, "Only": true, "Instead": true, "Otherwise": true,
}
