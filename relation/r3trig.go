package relation

// Round 3's triggers (branch r3trig, docs/relations.md "Round 3: verb
// classes the lexicons lacked"): the unseen-news audits found
// interactions told by verbs of a class the lexicons held only in part —
// travelling ("journeyed to Scotland", "set sail for Taiwan"), backing
// with a vote or money ("cast an absentee ballot for Sanders", "donated
// to Priorities USA"), sharp words ("snapped at a reporter", "took a
// dig at"). Each class's common members are listed, in fallbackSpecs'
// form, like the CAMEO round's; words whose other senses are frequent in
// news ("drive to", "contribute to", "head for", "challenge") are left
// out. The epithets, the verbs of calling names and the nouns of
// displeasure the same audits found missing are in their own tables
// (fallback2.go, fallback.go), marked "round 3".
var r3trigSpecs = map[string][]string{
	Visit: {"journey to", "sail to", "sail for", "set sail for", "set sail to", "jet to", "jet off to",
		"make a journey to", "go on a journey to", "voyage to", "make the trip to", "make the journey to",
		"fly out to", "jet into"},
	// one voter's ballot only: "cast their ballots for her" is mostly
	// said of voters at large
	Support: {"cast a ballot for", "cast an absentee ballot for", "cast a vote for", "cast his vote for",
		"cast her vote for", "cast his ballot for", "cast her ballot for", "donate to", "donate money to",
		"make a donation to", "make donations to", "give money to", "raise money for"},
	Criticize: {"snap at", "tear into", "lay into", "take a dig at", "take digs at", "take a potshot at",
		"take potshots at", "pour scorn on", "heap scorn on", "vent anger at", "vent his anger at",
		"vent her anger at", "vent their anger at", "vent frustration at", "poke fun at"},
}
