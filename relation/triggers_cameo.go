package relation

// The fallback tier's CAMEO round (branch lexicon, docs/relations.md
// "Fallback tier, CAMEO round"): verbs, phrases, adjectives and nouns of
// the interaction types, chosen by hand with the CAMEO event ontology as
// the reference for what each class covers (the verb classes of the
// PETRARCH2 dictionary, MIT licence: relation/data/NOTICE), mapped onto
// newsgraph's types and written here in the fallback's own forms — no
// CAMEO pattern is copied. Common, unambiguous news wording only; a verb
// whose other senses are frequent ("hit", "beat", "take", "seize",
// "leave", "stick to"; after the precision check on unseen news also
// "warn" and "team up with", a cricket partnership) is left out. Like the third and stance rounds'
// words, the interaction model's features do not read them.
//
// The CAMEO classes behind each type:
//
//	meet      04 consult (040 discuss, 043 host, 046 negotiate)
//	visit     042 make a visit
//	invite    036/040 invite
//	sanction  16 reduce relations (161 break relations, 162 cut aid,
//	          163 embargo), 166/174 expel and deport, 172 ban
//	accuse    112 accuse, 114 complain officially, 115 bring a lawsuit
//	threaten  13 threaten (130 warn is left out: most warnings in news
//	          are advice or forecasts, "warned that X could collapse")
//	attack    18 assault (181 abduct, 1822 torture), 19 fight, 20 mass violence
//	kill      186 assassinate, 190 kill
//	arrest    173 arrest, detain or charge
//	agree     03 express intent to cooperate, 057 sign an agreement, 06 cooperate
//	urge      02 appeal, 10 demand
//	withdraw  0874 retreat, 125 reject talks (boycott), 16 withdraw participation
//	support   051 praise, 052 defend, 053 rally support
//	criticize 11 disapprove (111 criticize, 110 distance oneself), 12 reject

// cameoSpecs are the round's verbs and phrases in fallbackSpecs' form (a
// lemma, a lemma and the words and preposition before the object, or a
// lemma with "X to" for a request); determiners inside a phrase are
// optional in the text.
var cameoSpecs = map[string][]string{
	Meet: {"consult", "parley with", "converse with"},
	Visit: {"stop over in", "stop off in", "make a stopover in", "embark on a visit to", "embark on a tour of",
		"go on a visit to", "go on a trip to", "pay a state visit to"},
	Invite: {"extend an invitation to", "issue an invitation to", "send an invitation to"},
	Sanction: {"deport", "banish", "punish", "penalise", "penalize", "proscribe",
		"tighten sanctions on", "tighten sanctions against", "extend sanctions on", "extend sanctions against",
		"impose economic sanctions on", "impose trade sanctions on", "impose fresh sanctions on",
		"impose tougher sanctions on", "impose an arms embargo on", "slap an embargo on",
		"sever relations with", "sever diplomatic ties with", "sever diplomatic relations with",
		"break off ties with", "break off diplomatic relations with", "break diplomatic ties with",
		"cut diplomatic ties with", "cut off relations with", "downgrade ties with", "downgrade relations with",
		"freeze ties with", "freeze relations with", "suspend relations with", "recall ambassador from",
		"halt aid to", "withhold aid from", "suspend assistance to", "cut off funding to", "suspend funding to",
		"freeze funding to"},
	Accuse: {"sue", "file a lawsuit against", "file suit against", "bring a lawsuit against",
		"file a complaint against", "lodge a complaint against", "take legal action against", "pin the blame on",
		"level charges against", "level allegations against", "make allegations against",
		"make accusations against", "hurl accusations at"},
	Threaten: {"intimidate", "blackmail", "vow revenge against", "vow revenge on",
		"vow retaliation against", "threaten retaliation against", "threaten action against",
		"threaten sanctions against"},
	Attack: {"battle", "battle with", "battle against", "skirmish with", "retaliate against", "abduct", "kidnap",
		"torture", "beat up", "mortar", "machine-gun", "carpet-bomb",
		"launch missiles at", "launch air strikes on", "launch air strikes against", "launch airstrikes on",
		"launch airstrikes against", "carry out air strikes on", "carry out airstrikes on", "carry out raids on",
		"carry out a raid on", "launch a strike on", "launch an assault on", "mount an assault on",
		"mount an offensive against", "wage war against", "declare war on", "go to war with", "make war on",
		"lay siege to", "drop bombs on", "fire missile at", "fire rocket at", "fire shots at", "fire bullets at"},
	Arrest: {"rearrest", "re-arrest", "court-martial", "issue an arrest warrant for", "issue a warrant for",
		"lay charges against"},
	Agree: {"make peace with", "reconcile with", "partner with", "merge with",
		"reach a compromise with", "reach an understanding with", "conclude a deal with", "conclude a treaty with",
		"hammer out a deal with", "hammer out an agreement with", "sign a memorandum with", "sign a protocol with",
		"sign a contract with", "sign a declaration with", "strike a bargain with", "come to an agreement with",
		"enter into an agreement with", "clinch an agreement with", "seal an agreement with",
		"forge a partnership with", "form an alliance with", "sign a ceasefire with", "agree a deal with"},
	Urge: {"plead with", "beseech X to", "entreat X to", "request X to", "prod X to", "nudge X to", "persuade X to",
		"pressurise X to", "pressurize X to", "petition", "make an appeal to", "issue an appeal to",
		"send an appeal to"},
	Withdraw: {"boycott", "opt out of", "back away from", "renege on", "bow out of", "storm out of", "walk out on",
		"pull the plug on", "suspend participation in"},
	Support: {"favour", "favor", "acclaim", "lionise", "lionize", "felicitate", "stick by", "sympathise with",
		"sympathize with", "rally around", "rally round", "line up behind", "lobby for", "close ranks behind",
		"speak well of", "heap praise on", "lavish praise on", "shower praise on", "sing praises of",
		"put weight behind", "pledge support for", "pledge support to", "reaffirm support for",
		"reiterate support for", "declare support for", "voice support for", "express backing for",
		"show support for", "signal support for", "give support to", "offer backing to", "lend backing to",
		"voice backing for"},
	Criticize: {"impugn", "malign", "slander", "scorn", "reproach", "remonstrate with", "abhor", "jeer", "jeer at",
		"heckle", "disapprove of", "frown on", "frown upon", "complain about", "grumble about", "rage against",
		"fulminate against", "inveigh against", "demonise", "demonize", "insult", "taunt", "badmouth",
		"bad-mouth", "rip into", "disavow", "snipe at", "spurn", "rebut", "harangue", "flay",
		"distance himself from", "distance herself from", "distance itself from", "distance themselves from"},
}

// cameoAdjectives are the round's adjectives of stance, read like
// stanceAdjectives: "X was scathing about Y", "irked by Y's remarks".
var cameoAdjectives = adjTable{
	"scathing": {Criticize, []string{"about", "of"}}, "annoyed": {Criticize, []string{"with", "at", "by"}},
	"irritated": {Criticize, []string{"by", "with", "at"}}, "displeased": {Criticize, []string{"with", "by"}},
	"exasperated": {Criticize, []string{"with", "by"}}, "indignant": {Criticize, []string{"at", "over"}},
	"enraged": {Criticize, []string{"by", "at"}}, "irked": {Criticize, []string{"by"}},
	"livid": {Criticize, []string{"at", "with"}}, "disparaging": {Criticize, []string{"of", "about"}},
	"derisive": {Criticize, []string{"of"}}, "unimpressed": {Criticize, []string{"by", "with"}},
	"resentful":     {Criticize, []string{"of"}},
	"complimentary": {Support, []string{"about"}}, "loyal": {Support, []string{"to"}},
	"favourable": {Support, []string{"to", "towards"}}, "favorable": {Support, []string{"to", "toward"}},
}

// cameoNouns are the round's nouns, in fbNouns' form, each with a
// preposition of its type in fbNounPreps: "an onslaught on", "the
// deportation of", "a truce with", "a lawsuit against".
var cameoNouns = map[string]string{
	"assaults": Attack, "onslaught": Attack, "onslaughts": Attack, "ambush": Attack, "ambushes": Attack,
	"counteroffensive": Attack, "invasions": Attack, "offensives": Attack,
	"denunciations": Criticize,
	"blockade":      Sanction, "deportation": Sanction, "deportations": Sanction, "expulsions": Sanction,
	"detentions": Arrest, "capture": Arrest,
	"assassinations": Kill, "beheading": Kill, "beheadings": Kill,
	"consultation": Meet,
	"stopover":     Visit, "pilgrimage": Visit,
	"pull-out": Withdraw, "walkout": Withdraw, "secession": Withdraw, "defection": Withdraw,
	"partnership": Agree, "partnerships": Agree, "merger": Agree, "ceasefire": Agree, "truce": Agree,
	"accords": Agree, "pacts": Agree,
	"lawsuit": Accuse, "lawsuits": Accuse,
}

// cameoIrregular are irregular forms of the round's verbs the other
// tables lack; cameoDoubles double their last consonant.
var (
	cameoIrregular = map[string][2]string{"beat": {"beat", "beaten"}, "sing": {"sang", "sung"}, "send": {"sent", "sent"},
		"cast": {"cast", "cast"}} // round 3's (r3trig.go)
	cameoDoubles = set("kidnap", "rebut", "abhor", "rip", "machine-gun", "court-martial",
		"snap", "jet", // round 3's (r3trig.go)
		"spar", "beg", "scrap", "quarrel") // triggers5.go
)

// phraseWithdrawals are the round's withdrawal verbs that read only a
// noun phrase of withdrawnFrom as their object, never a name: states
// boycotting a government or a party impose a sanction ("Israel and the
// international community boycotted the Hamas regime"), parties
// boycotting an election withdraw from it.
var phraseWithdrawals = set("boycott",
	"abandon", "tear", "scrap", "ditch") // triggers5.go: "abandoned the talks", "tore up the deal"

// withdrawnFrom are the heads of what the round's withdrawals leave when
// it is named by a noun phrase, not a name: an event, a process or a
// pact (the guidelines' "the race", "the nuclear deal").
var withdrawnFrom = set("talks", "negotiations", "election", "elections", "polls", "poll", "vote", "ballot", "race",
	"contest", "deal", "agreement", "treaty", "accord", "pact", "summit", "conference", "coalition",
	"ceasefire", "truce", "process", "games", "olympics", "tournament", "referendum", "debate")
