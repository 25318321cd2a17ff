package relation_test

import "testing"

// TestPairEvidence checks the words the pair model's who-is-who and where
// relations need (branch whowhere, docs/relations.md): for each type, a
// sentence whose words say the relation and sentences where two names
// merely share a sentence (a verb, a coordination, another person, a list
// or a dateline between them), which must give none of that type.
func TestPairEvidence(t *testing.T) {
	tests := []pairCase{
		// role: a role noun, a possessive or a link, no verb between
		{"role noun after the organisation", "[Ken Ward|PER], a [Hexagon Corp.|ORG] spokesman, declined to comment.", "role", []string{"Ken Ward > ", "Ken Ward > Hexagon Corp."}},
		{"possessive", "[Daily Lantern|ORG]'s [Ken Ward|PER] says the talks failed.", "role", []string{"Ken Ward > Daily Lantern"}},
		{"noun phrase ending in a link", "[Ken Ward|PER], 58, was acting comptroller at the [Hexagon Corp.|ORG] when he left.", "role", []string{"Ken Ward > Hexagon Corp."}},
		{"head of the organisation, then the name", "The outgoing head of the troubled [Child Support Agency|ORG] [Ken Ward|PER] earns an honour.", "role", []string{"Ken Ward > Child Support Agency"}},
		{"spokesman for the organisation, the name", "A spokesman for [Hexagon Builders|ORG], Dr [Ken Ward|PER], told reporters it was good.", "role", []string{"Ken Ward > Hexagon Builders"}},
		{"verb between", "The [Daily Lantern|ORG] reported earlier that [Ken Ward|PER] would resign.", "role", nil},
		{"said between", "[Ken Ward|PER], however, said the divided [Freedom Front|ORG] opposed the plan.", "role", nil},
		{"blamed for an attack on", "Officials blamed [Ken Ward|PER] for the cyberattack on [Hexagon Corp.|ORG] last year.", "role", nil},
		{"another person's title", "The guests include boxer [Ken Ward|PER], famous [Rovers FC|ORG] coach [Jan Kos|PER] and others.", "role", []string{"Jan Kos > Rovers FC"}},
		{"an appearance on", "[Ken Ward|PER] added during his appearance on [Morning Hour|ORG].", "role", nil},
		{"as an organisation's title", "[Ken Ward|PER] has resigned as [Freedom Front|ORG]'s branch chairman.", "role", []string{"Ken Ward > Freedom Front"}},
		{"possessive with a modifier", "In an interview with the [Daily Lantern|ORG]'s political editor [Ken Ward|PER], the minister spoke.", "role", []string{"Ken Ward > Daily Lantern"}},
		{"an acronym in brackets", "[Arab League|ORG] (AL) Secretary General [Ken Ward|PER] regretted the veto.", "role", []string{"Ken Ward > Arab League"}},
		{"an office of a province", "A bomb killed [Paktika|LOC] governor [Ken Ward|PER] on Monday.", "role", []string{"Ken Ward > Paktika"}},
		{"a trade of a town is no office", "The [Atlanta|LOC] businessman [Ken Ward|PER] spoke.", "role", []string{"Ken Ward > "}},
		// member_of
		{"was a member of", "Sources said [Ken Ward|PER] was a member of the [Freedom Front|ORG], an umbrella group.", "member_of", []string{"Ken Ward > Freedom Front"}},
		{"a former member of, appositive", "[Ken Ward|PER], a former member of the [Freedom Front|ORG], spoke.", "member_of", []string{"Ken Ward > Freedom Front"}},
		{"a member of an organisation's board", "[Ken Ward|PER] was a member of the [Freedom Front|ORG]'s board.", "member_of", nil},
		{"party adjective and a title", "[Democratic|MISC] [U.S.|LOC] Rep. [Ken Ward|PER] on Friday pummeled the plan.", "member_of", []string{"Ken Ward > Democratic Party"}},
		{"party adjective, title and candidate", "[Republican|MISC] presidential candidate [Ken Ward|PER] spoke.", "member_of", []string{"Ken Ward > Republican Party"}},
		{"a party and a person", "He opposes [New Labour|ORG] and [Ken Ward|PER].", "member_of", nil},
		{"a party's name, not its adjective", "The [Democratic Unionist Party|ORG] leader [Ken Ward|PER] spoke.", "member_of", nil},
		// based_in: "in", "of", "-based", a place before, no verb or "and"
		{"of a town", "[Hexagon Corp.|ORG], of [Arlington|LOC], makes pumps.", "based_in", []string{"Hexagon Corp. > Arlington"}},
		{"a place-based company", "[Hexagon|ORG], a California-based company, pleaded guilty.", "based_in", []string{"Hexagon > California"}},
		{"a place-based charity, the name", "The fund is run by a Madrid-based charity, the [Allende Trust|ORG], which helps victims.", "based_in", []string{"Allende Trust > Madrid"}},
		{"not a place", "[Hexagon|ORG], a science-based company, grew.", "based_in", nil},
		{"a place-based person", "said Moscow-based [US|ORG] lawyer [Ken Ward|PER].", "based_in", nil},
		{"a place-based hedge fund", "Shareholders such as US-based hedge fund [Hexagon Capital|ORG] have doubts.", "based_in", []string{"Hexagon Capital > US"}},
		{"in a place's square", "Stars hope for awards at the [Odeon|ORG] in [London|LOC]'s [Leicester Square|LOC].", "based_in", []string{"Odeon > London"}},
		{"a country's agency, then its name", "He was chief of [Lemuria|LOC]'s premier intelligence agency, the [General Bureau|ORG], until May.", "based_in", []string{"General Bureau > Lemuria"}},
		{"coordinated", "Both [Ruritania|LOC] and the [Freedom Front|ORG] have imposed fines on the firm.", "based_in", nil},
		{"verb between", "[Ruritania|LOC] asked the [Freedom Front|ORG] to cut its presence in [Lemuria|LOC].", "based_in", nil},
		{"what the organisation owns", "The [Freedom Front|ORG]'s regional office in [Lemuria|LOC] said it was closed.", "based_in", nil},
		{"a dateline's agency, not a news agency", "[Lemuria|LOC] ([Freedom Front|ORG])", "based_in", nil},
		// located_in: a list is no place in another
		{"a list of states", "Schools in [New South Wales|LOC], [Victoria|LOC], [South Australia|LOC] and [Queensland|LOC] took part.", "located_in", nil},
		{"a town, its state, and", "The boy from [Irving|LOC], [Texas|LOC], and his family moved.", "located_in", []string{"Irving > Texas"}},
		{"a list of countries", "The envoys of [Ruritania|LOC], [Lemuria|LOC], [Atlantis|LOC] and [Mu|LOC] met.", "located_in", nil},
		{"a country in a town", "The union backed a motion critical of [France|LOC] in [Geneva|LOC] every year.", "located_in", nil},
		{"a game at a stadium", "We have a tough game against [Wessex|LOC] at [Murrayfield|LOC].", "located_in", nil},
		{"a country's delegation in a town", "With the arrival of the [US|LOC] delegation in [Beijing|LOC], the talks began.", "located_in", nil},
		{"a place and its possessive, with a thing between", "[Lemuria|LOC]'s guided missile destroyer [Zoran|LOC] sailed.", "located_in", nil},
		// the province is in the region too, and so the city (the pair
		// model's located_in threshold, 0.05 since branch c04dep)
		{"a port city of a region's province", "The ship arrived in [Zhanjiang|LOC], a port city of [South China|LOC]'s [Guangdong Province|LOC], on Monday.", "located_in", []string{"Zhanjiang > Guangdong Province", "Zhanjiang > South China", "Guangdong Province > South China"}},
		{"the region's capital of", "The court in the [Central Java|LOC] capital of [Semarang|LOC] heard the case.", "located_in", []string{"Semarang > Central Java"}},
		{"a noun phrase ending in in", "Heavy water leaked at the [Fugen|LOC] reactor in [Tsuruga|LOC].", "located_in", []string{"Fugen > Tsuruga"}},
		{"a part of a country", "Rebels freed 200 people in [Zamora|LOC] in the southeastern part of [Lemuria|LOC].", "located_in", []string{"Zamora > Lemuria"}},
		// nationality: a demonym before a person's name
		{"demonym and a noun", "[Malaysian|MISC] bomb-maker [Ken Ward|PER] was killed in November.", "nationality", []string{"Ken Ward > Malaysian"}},
		{"demonym and a thing", "[British|MISC] film [Vera Drake|PER] has 11 nominations.", "nationality", nil},
		{"demonym and a counterpart", "He held talks with his [Bulgarian|MISC] counterpart [Ken Ward|PER].", "nationality", []string{"Ken Ward > Bulgarian"}},
		{"a continent's adjective", "[Ken Ward|PER], [European|MISC] director for public policy at [Hexagon|ORG], said so.", "nationality", nil},
		{"demonym and a verb", "The [Malaysian|MISC] police killed [Ken Ward|PER] in November.", "nationality", nil},
		// lives_in: where someone is, not where they live
		{"on holiday", "[Ken Ward|PER], on holiday in the seaside resort of [Sochi|LOC], met the envoy.", "lives_in", nil},
		{"verb between", "[Ken Ward|PER] flew into [Lemuria|LOC] from [Atlantis|LOC].", "lives_in", nil},
		{"place of the clause", "In [Lemuria|LOC], ministry deputy spokesman [Ken Ward|PER] noted the claim.", "lives_in", nil},
		{"a longer list of players", "[Ken Ward|PER], [Jan Kos|PER], [Lee Stanley|PER] ([Tom Purdie|PER] 64), [Hyde|LOC], [Tom Mills|PER].", "lives_in", nil},
		{"a team's captain", "[Wessex|LOC] captain [Ken Ward|PER] will miss the rest of the season.", "lives_in", nil},
		{"a town's businessman", "[Wessex|LOC] businessman [Ken Ward|PER] will open a shop.", "lives_in", []string{"Ken Ward > Wessex"}},
		{"a tomb", "He visited the tomb of [Ken Ward|PER] in [Zamora|LOC] on Monday.", "lives_in", nil},
		{"the place of an office", "He met [Ken Ward|PER], who is [Lemuria|LOC] Undersecretary of State, on Monday.", "lives_in", nil},
		{"a list of players", "[Ken Ward|PER], [Jan Kos|PER], [Lee Stanley|PER], [Hyde|LOC], [Tom Purdie|PER].", "lives_in", nil},
	}
	runPairCases(t, tests)
}
