package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// Argument rules, round five (branch prec10): written from the wrong
// arguments of precision set 10, US political news. Opinion writing names
// parties in ways wire news seldom does: "Cruz, who had the backing of
// Mitt Romney" (the one supported before the supporter), "Donald Trump
// campaign manager Corey Lewandowski" (a candidate's name before his
// aide's title), "the Obama administration" (a government named after
// its head), "the Benghazi victims" (a place that only modifies people).

// roundFive applies the rules above to r; it reports false when r must
// be dropped.
func roundFive(doc *document.Document, types map[string]string, countries, countryIDs map[string]string, r *document.Relation) bool {
	if held, ok := heldBacking(doc, r); ok {
		if held == "" {
			return false
		}
		r.Subject, r.Object = r.Object, r.Subject
		r.SubjectSpan, r.ObjectSpan = r.ObjectSpan, r.SubjectSpan
	}
	for _, a := range argSlots(r) {
		if *a.span == nil || *a.id == "" {
			continue
		}
		sp := **a.span
		// "the Obama administration blamed Russia": the government, the
		// person's country when the article gives it, else the person
		if types[*a.id] == document.PER && nextWord(doc, sp.End, r.Sentence.End) == "administration" {
			c := countries[*a.id]
			if c == "" && usPresidents[lastWord(doc.Slice(sp))] {
				// "the Obama administration": news names the US
				// government after its president and gives no country
				c = countryIDs["united states"]
			}
			if c != "" && c != a.other {
				end := doc.Tokens[firstToken(doc, sp.End)].End // "Obama administration"
				*a.id, *a.span = c, &document.Span{Start: sp.Start, End: end}
			} else if c == a.other && c != "" {
				return false
			}
		}
		// "the Chinese government criticized Japan", "ready to negotiate
		// with the Russian side": a state body named by its country's
		// adjective is that country, when the article names it
		if types[*a.id] == document.MISC {
			body := stateBodies[nextWord(doc, sp.End, r.Sentence.End)]
			if c := demonymEntity(countryIDs, doc.Slice(sp)); c != "" && c != a.other && (body || premodifies(doc, sp, r.Trigger)) {
				if body {
					sp.End = doc.Tokens[firstToken(doc, sp.End)].End
				}
				*a.id, *a.span = c, &document.Span{Start: sp.Start, End: sp.End}
			}
		}
		if m := aideAfter(doc, types, sp, r.Sentence); m != nil {
			if m.Entity == a.other {
				return false
			}
			*a.id, *a.span = m.Entity, &document.Span{Start: m.Start, End: m.End}
		}
	}
	if r.SubjectSpan != nil && reportedAgent(doc, r) {
		return false
	}
	if r.Object != "" && r.ObjectSpan != nil && types[r.Object] != document.PER {
		if g, ok := modifiedPeople(doc, *r.ObjectSpan, r.Sentence); ok {
			r.Object, r.ObjectText, r.ObjectSpan = "", doc.Slice(g), &g
		}
	}
	return true
}

// usPresidents are the surnames of the presidents of the United States
// since 1933: "the Obama administration" is the US government, which
// the article need not name as the president's country.
var usPresidents = set("roosevelt", "truman", "eisenhower", "kennedy", "johnson", "nixon", "ford", "carter",
	"reagan", "bush", "clinton", "obama", "trump", "biden")

// stateBodies are the nouns after a nationality adjective that name the
// state acting ("the Chinese government", "Russian troops", "the Iranian
// side"), not people of that nationality ("Russian hackers"). Narrower
// than institution, which also holds parties that are no state
// ("rebels", "gunmen", "militants", "campaign", "team").
var stateBodies = set("government", "governments", "side", "authorities", "officials", "military", "army",
	"navy", "forces", "troops", "ministry", "embassy", "delegation", "leadership", "regime", "administration",
	"diplomats", "envoy", "leaders", "cabinet", "parliament", "warplanes", "jets")

// premodifies reports whether the argument at sp modifies the trigger,
// a noun trigger, right before it or with one word of arms between:
// "the Israeli withdrawal", "a Russian attack", "Israeli air strikes"
// (the state acts), not "Palestinian gunmen attack".
func premodifies(doc *document.Document, sp document.Span, trig document.Span) bool {
	if sp.End > trig.Start || !lookupLex(lowSlice(doc, trig)).noun {
		return false
	}
	k := firstToken(doc, sp.End)
	if k < len(doc.Tokens) && doc.Tokens[k].Start < trig.Start && armsModifiers[lowSlice(doc, doc.Tokens[k])] {
		k++
	}
	return k < len(doc.Tokens) && doc.Tokens[k].Start == trig.Start
}

// armsModifiers may stand between a state's adjective and a noun of
// attack: "Israeli air strikes", "Russian missile attacks".
var armsModifiers = set("air", "military", "artillery", "missile", "rocket", "naval", "ground", "drone", "army")

// demonymEntity returns the id of the article's entity for the country
// the adjective adj names ("Chinese" → China, "U.S." → United States) in
// countryIDs (finder.countries), "" when the adjective names no country
// or the article names no such entity.
func demonymEntity(countryIDs map[string]string, adj string) string {
	c := country.Demonym(strings.ToLower(adj))
	if c == "" {
		return ""
	}
	return countryIDs[strings.ToLower(c)]
}

// backingNouns are support nouns a party can hold: "had the backing of".
var backingNouns = set("backing", "support", "endorsement", "endorsements", "blessing")

// holdVerbs before a support noun make its subject the one supported:
// "Cruz had the backing of Romney", "won the endorsement of".
var holdVerbs = set("has", "had", "have", "having", "won", "win", "wins", "winning", "got", "get", "gets",
	"getting", "received", "receive", "receives", "receiving", "enjoy", "enjoys", "enjoyed", "enjoying",
	"secured", "secure", "secures", "earned", "earn", "earns", "gained", "gain", "gains", "lacks", "lacked",
	"lack", "sought", "seek", "seeks", "seeking", "lost", "lose", "loses", "picked", "claimed")

// heldBacking says whether r is a support read from "X has the backing
// of Y" with X as the supporter: ok is true when the direction is
// reversed, and held is the new subject's id ("" when the one after "of"
// or "from" is no entity: "has backing from 33 percent").
func heldBacking(doc *document.Document, r *document.Relation) (held string, ok bool) {
	if r.Type != Support || r.SubjectSpan == nil || r.SubjectSpan.End > r.Trigger.Start {
		return "", false
	}
	trig := lowSlice(doc, r.Trigger)
	if !backingNouns[trig] {
		return "", false
	}
	if nw := nextWord(doc, r.Trigger.End, r.Sentence.End); nw != "of" && nw != "from" {
		return "", false
	}
	i := firstToken(doc, r.Trigger.Start)
	found := false
	for k := i - 1; k >= 0 && k >= i-4 && doc.Tokens[k].Start >= r.Sentence.Start && doc.Tokens[k].Start >= r.SubjectSpan.End; k-- {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if holdVerbs[w] {
			found = true
			break
		}
		if w == "," || w == "." || w == "and" || w == "to" || w == "of" || w == "for" {
			break
		}
	}
	if !found {
		return "", false
	}
	// the supporter is the name right after "of" ("the backing of Mr.
	// Justice"), not one inside a longer phrase ("the endorsement of most
	// of the state's big unions")
	if r.Object == "" || r.ObjectSpan == nil || r.ObjectSpan.Start < r.Trigger.End ||
		firstToken(doc, r.ObjectSpan.Start)-firstToken(doc, r.Trigger.End) > 3 || possessed(doc, *r.ObjectSpan, r.Sentence.End) {
		return "", true
	}
	return r.Object, true
}

// aideTitles make up the title of a person's aide after his name:
// "Donald Trump campaign manager Corey Lewandowski".
var aideTitles = set("campaign", "manager", "spokesman", "spokeswoman", "spokesperson", "press", "secretary",
	"aide", "aides", "adviser", "advisor", "senior", "chief", "strategist", "of", "staff", "communications",
	"director", "lawyer", "attorney", "chairman", "chairwoman", "national", "deputy", "policy", "top",
	"political", "personal", "foreign", "pollster", "speechwriter", "counsel", "finance", "running", "mate",
	"'s", "’s")

// aideRoles must end an aide's title.
var aideRoles = set("manager", "spokesman", "spokeswoman", "spokesperson", "secretary", "aide", "adviser",
	"advisor", "strategist", "staff", "director", "lawyer", "attorney", "chairman", "chairwoman", "pollster",
	"speechwriter", "counsel", "mate")

// aideAfter returns the person named right after a person's name and an
// aide's title ("Donald Trump campaign manager Corey Lewandowski" gives
// Lewandowski), nil if none.
func aideAfter(doc *document.Document, types map[string]string, sp, sent document.Span) *document.Mention {
	i := firstToken(doc, sp.End)
	k := i
	last := ""
	for k < len(doc.Tokens) && k < i+5 && doc.Tokens[k].Start < sent.End {
		w := lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)
		if !aideTitles[w] {
			break
		}
		last = w
		k++
	}
	if k == i || !aideRoles[last] || k >= len(doc.Tokens) || doc.Tokens[k].Start >= sent.End {
		return nil
	}
	if m := mentionStarting(doc, doc.Tokens[k].Start); m != nil && types[m.Entity] == document.PER {
		if sm := mentionStarting(doc, sp.Start); sm != nil && types[sm.Entity] == document.PER {
			return m
		}
	}
	return nil
}

// modifiedNouns are people a name only describes: "the Benghazi victims".
var modifiedNouns = set("victims", "victim", "families", "survivors", "relatives", "residents", "inhabitants",
	"locals", "widows", "orphans")

// modifiedPeople returns the span of "the X victims" when the name at sp
// only modifies such a noun right after it, false if not.
func modifiedPeople(doc *document.Document, sp, sent document.Span) (document.Span, bool) {
	i := firstToken(doc, sp.End)
	if i >= len(doc.Tokens) || doc.Tokens[i].Start >= sent.End ||
		!modifiedNouns[lowText(doc, doc.Tokens[i].Start, doc.Tokens[i].End)] {
		return document.Span{}, false
	}
	start := sp.Start
	if j := firstToken(doc, sp.Start) - 1; j >= 0 && doc.Tokens[j].Start >= sent.Start {
		if w := lowText(doc, doc.Tokens[j].Start, doc.Tokens[j].End); w == "the" || w == "their" || w == "its" {
			start = doc.Tokens[j].Start
		}
	}
	return document.Span{Start: start, End: doc.Tokens[i].End}, true
}

// personCountries maps each person of rs's nationality and role
// relations to the country given for him (the first one found).
func personCountries(rs []document.Relation, types map[string]string) map[string]string {
	out := map[string]string{}
	for _, r := range rs {
		if (r.Type == Nationality || r.Type == Role) && types[r.Subject] == document.PER && types[r.Object] == document.LOC &&
			out[r.Subject] == "" {
			out[r.Subject] = r.Object
		}
	}
	return out
}

// beliefVerbs report a clause: "Wines believes that the campaign must
// convince them to support her".
var beliefVerbs = set("said", "says", "say", "believes", "believe", "believed", "thinks", "think", "thought",
	"argues", "argued", "argue", "insists", "insisted", "claims", "claimed", "suggests", "suggested", "feels",
	"felt", "knows", "knew", "hopes", "hoped", "fears", "feared", "wrote", "writes", "noted", "notes")

// thatOpeners are the determiners that may open the subject of a clause
// after "that" ("said that he" is the speaker's own).
var thatOpeners = set("the", "a", "an", "this", "these", "those", "many", "some", "most", "all")

// bodyAfterName are the people who act for a named person: "the
// Clinton campaign".
var bodyAfterName = set("campaign", "camp", "team", "staff", "aides", "advisers", "advisors", "supporters",
	"administration", "government", "allies")

// reportedAgent says whether r's subject is the one who reports or
// believes the clause its trigger is in, while that clause names its own
// subject: "Wines believes that the Clinton campaign … has to convince
// them to come out and support her" is no support by Wines.
func reportedAgent(doc *document.Document, r *document.Relation) bool {
	k, last := verbAfterSubject(doc, r, beliefVerbs)
	if k < 0 {
		return false
	}
	if k+2 >= last || lowText(doc, doc.Tokens[k+1].Start, doc.Tokens[k+1].End) != "that" {
		return false
	}
	// the clause's subject is a party of its own: a name, or a
	// determiner before a name or a people noun ("the Clinton
	// campaign", "the voters"); "the bombings would not prevent him"
	// leaves the speaker the agent
	at := k + 2
	if thatOpeners[lowText(doc, doc.Tokens[at].Start, doc.Tokens[at].End)] && at+1 < last {
		at++
	}
	next := doc.Tokens[at]
	if m := mentionStarting(doc, next.Start); m != nil {
		// "said that Y was naive" is the speaker's judgment of Y; "the
		// Clinton campaign" acts for Y, not the speaker
		return m.Entity != r.Subject && (m.Entity != r.Object || bodyAfterName[nextWord(doc, m.End, r.Sentence.End)])
	}
	return at > k+2 && personNoun(lowText(doc, next.Start, next.End))
}

// verbAfterSubject returns the token index k of the first of verbs among
// the four tokens after r's subject, before its trigger, and the index
// last of the trigger's token; k is -1 when there is none or the subject
// does not come first.
func verbAfterSubject(doc *document.Document, r *document.Relation, verbs map[string]bool) (k, last int) {
	if r.SubjectSpan.End > r.Trigger.Start {
		return -1, 0
	}
	first := firstToken(doc, r.SubjectSpan.End)
	last = firstToken(doc, r.Trigger.Start)
	for k := first; k < last && k < first+4; k++ {
		if verbs[lowText(doc, doc.Tokens[k].Start, doc.Tokens[k].End)] {
			return k, last
		}
	}
	return -1, last
}
