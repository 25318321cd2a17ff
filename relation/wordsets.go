package relation

// A wset names one of the word sets a token's lexicon entry marks
// (wordLex.sets): the rules test a bit of the token's entry, looked up
// once when the sentence view is built, rather than hashing the token's
// lower-case text into each set again and again.
type wset uint16

// the marked sets (each built by set from string literals and never
// changed; none holds "", the word of a token out of range)
const (
	wsDeterminers wset = iota
	wsPrepsBefore
	wsVerbGroup
	wsTitleWords
	wsBeForms
	wsInstitution
	wsStatementNouns
	wsClauseOpeners
	wsSpeech
	wsAttackNouns
	wsFormerWords
	wsActionNouns
	wsFbModals
	wsLightVerbs
	wsNumberWords
	wsPlaceNouns
	wsOrgNouns
	wsRelPronouns
	wsSpeechNegators
	wsDirections
	wsFbLightVerbs
	wsRoleHeads
	wsRoleLinks
	wsSupportNouns
	wsAgentHeads
	wsControlNouns
	wsInserts
	wsIrregularPast
	wsMeetingVerbs
	wsNounPlans
	wsOrgHeads
	wsPlacePreps
	wsPronouns
	wsRoleNouns
	wsAdjunctPreps
	wsAwayWords
	wsConjunctions
	wsCopulas
	wsFbControlNouns
	wsFbKillNouns
	wsFireNouns
	wsGerundLight
	wsGuiltVerbs
	wsJoinVerbs
	wsJudgedHeads
	wsMonths
	wsNameVerbs
	wsNegators
	wsNounLightVerbs
	wsOpinionVerbs
	wsOrdinals
	wsPartVerbs
	wsPassiveAux
	wsPlanners
	wsProvokeVerbs
	wsRemovalNouns
	wsReportCues
	wsSanctionKeepers
	wsSanctionNouns
	wsSmallNumbers
	wsTargetNouns
	wsTellVerbs
	wsTrailingCues
	wsVictimNouns
	wsVoiceVerbs
	wsWithdrawnForces
	wsAccusedOf
	wsAddressees
	wsAgentNeedsModifier
	wsAllegeForms
	wsArmedGroupNouns
	wsAttitudeWords
	wsCallers
	wsCarryVerbs
	wsClosedWords
	wsContentNouns
	wsControlVerbs
	wsCustodyVerbs
	wsDemanders
	wsDocumentNouns
	wsDwellingWords
	wsEventNouns
	wsEventPreps
	wsExchangeVerbs
	wsFacilityNouns
	wsFbGroupNouns
	wsFightVerbs
	wsFiniteWords
	wsFirePaths
	wsFireVerbs
	wsFirstPlural
	wsFirstSingular
	wsForceNouns
	wsFrameNouns
	wsFramePreps
	wsFrequencyAdverbs
	wsHopeForms
	wsHopeModals
	wsHostVerbs
	wsHostWords
	wsIntensifiers
	wsInviteTo
	wsIssueVerbs
	wsIssuedNouns
	wsJudgeDegree
	wsKillNouns
	wsKillerNouns
	wsMandativeVerbs
	wsMannerPreps
	wsObjectControl
	wsObstructVerbs
	wsOfPlaceNouns
	wsOfficeWords
	wsOpenStanceNouns
	wsPatientNouns
	wsPeopleNouns
	wsPersonNouns
	wsPhraseHeads
	wsPlaceDeterminers
	wsPlaceLinks
	wsPlayerNouns
	wsPredCoordinators
	wsPredModifierStop
	wsPresenceAdverbs
	wsPreverbAdverbs
	wsPropertyNouns
	wsPullPut
	wsQuantifiers
	wsQuestionOpeners
	wsRaisedForces
	wsReadyWords
	wsReceivingVerbs
	wsRemovedBodies
	wsRenewVerbs
	wsResignVerbs
	wsSanctionHits
	wsSeriesNouns
	wsSingularHead
	wsSpeakerNouns
	wsTryWords
	wsTwoNouns
	wsUrgedHeads
	wsVagueModifiers
	wsVagueObjects
	wsVisitNouns
	wsWarnVerbs
	wsWhWords
	wsAdverbialGerunds
	wsCallWords
	wsCircumstances
	wsCompoundAfter
	wsConflictNouns
	wsContextVisitNouns
	wsDirectCallers
	wsDiscussForms
	wsEmotionNouns
	wsGroupNouns
	wsHonorifics
	wsHypothetic
	wsJudgedClauseOpeners
	wsJudgedModifiers
	wsKeptSanctionNouns
	wsLeadVisitNouns
	wsNotVerbs
	wsPartNouns
	wsProjectileQuantity
	wsProjectiles
	wsRaiseVerbs
	wsRelWords
	wsRequestNouns
	wsSegmentEnd
	wsSiteNouns
	wsWithdrawalNouns
	wsTellForms
	wsRemarkNouns
	wsSlurWords
	wsRequestVerbs
	wsPenaltyNouns
	wsJourneyVerbs
	wsPactNouns
	wsNegatedPraise
	wsWantForms
	wsThreat3Forms
	wsAttributiveJudgements
	wsUndoParticiples
	wsComplicityNouns
	wsDemandModals3
	wsBlameNouns
	wsSeizeVerbs
	wsRaisingVerbs
	wsDescHeads
	wsGroupHeads
	wsSpokesHeads
	wsMandativeStarts
	wsNeedForms
	wsDemandFromVerbs
	wsEvalNeg // evallex.go
	wsEvalPos
	wsMediumPreps
	wsNounTypeWords
	wsJudgementAtWords
	wsJudgedStarts
	nWordSets
)

// wordSets returns the marked sets, indexed by their wset.
func wordSets() [nWordSets]map[string]bool {
	return [nWordSets]map[string]bool{
		wsDeterminers:           determiners,
		wsPrepsBefore:           prepsBefore,
		wsVerbGroup:             verbGroup,
		wsTitleWords:            titleWords,
		wsBeForms:               beForms,
		wsInstitution:           institution,
		wsStatementNouns:        statementNouns,
		wsClauseOpeners:         clauseOpeners,
		wsSpeech:                speech,
		wsAttackNouns:           attackNouns,
		wsFormerWords:           formerWords,
		wsActionNouns:           actionNouns,
		wsFbModals:              fbModals,
		wsLightVerbs:            lightVerbs,
		wsNumberWords:           numberWords,
		wsPlaceNouns:            placeNouns,
		wsOrgNouns:              orgNouns,
		wsRelPronouns:           relPronouns,
		wsSpeechNegators:        speechNegators,
		wsDirections:            directions,
		wsFbLightVerbs:          fbLightVerbs,
		wsRoleHeads:             roleHeads,
		wsRoleLinks:             roleLinks,
		wsSupportNouns:          supportNouns,
		wsAgentHeads:            agentHeads,
		wsControlNouns:          controlNouns,
		wsInserts:               inserts,
		wsIrregularPast:         irregularPast,
		wsMeetingVerbs:          meetingVerbs,
		wsNounPlans:             nounPlans,
		wsOrgHeads:              orgHeads,
		wsPlacePreps:            placePreps,
		wsPronouns:              pronouns,
		wsRoleNouns:             roleNouns,
		wsAdjunctPreps:          adjunctPreps,
		wsAwayWords:             awayWords,
		wsConjunctions:          conjunctions,
		wsCopulas:               copulas,
		wsFbControlNouns:        fbControlNouns,
		wsFbKillNouns:           fbKillNouns,
		wsFireNouns:             fireNouns,
		wsGerundLight:           gerundLight,
		wsGuiltVerbs:            guiltVerbs,
		wsJoinVerbs:             joinVerbs,
		wsJudgedHeads:           judgedHeads,
		wsMonths:                months,
		wsNameVerbs:             nameVerbs,
		wsNegators:              negators,
		wsNounLightVerbs:        nounLightVerbs,
		wsOpinionVerbs:          opinionVerbs,
		wsOrdinals:              ordinals,
		wsPartVerbs:             partVerbs,
		wsPassiveAux:            passiveAux,
		wsPlanners:              planners,
		wsProvokeVerbs:          provokeVerbs,
		wsRemovalNouns:          removalNouns,
		wsReportCues:            reportCues,
		wsSanctionKeepers:       sanctionKeepers,
		wsSanctionNouns:         sanctionNouns,
		wsSmallNumbers:          smallNumbers,
		wsTargetNouns:           targetNouns,
		wsTellVerbs:             tellVerbs,
		wsTrailingCues:          trailingCues,
		wsVictimNouns:           victimNouns,
		wsVoiceVerbs:            voiceVerbs,
		wsWithdrawnForces:       withdrawnForces,
		wsAccusedOf:             accusedOf,
		wsAddressees:            addressees,
		wsAgentNeedsModifier:    agentNeedsModifier,
		wsAllegeForms:           allegeForms,
		wsArmedGroupNouns:       armedGroupNouns,
		wsAttitudeWords:         attitudeWords,
		wsCallers:               callers,
		wsCarryVerbs:            carryVerbs,
		wsClosedWords:           closedWords,
		wsContentNouns:          contentNouns,
		wsControlVerbs:          controlVerbs,
		wsCustodyVerbs:          custodyVerbs,
		wsDemanders:             demanders,
		wsDocumentNouns:         documentNouns,
		wsDwellingWords:         dwellingWords,
		wsEventNouns:            eventNouns,
		wsEventPreps:            eventPreps,
		wsExchangeVerbs:         exchangeVerbs,
		wsFacilityNouns:         facilityNouns,
		wsFbGroupNouns:          fbGroupNouns,
		wsFightVerbs:            fightVerbs,
		wsFiniteWords:           finiteWords,
		wsFirePaths:             firePaths,
		wsFireVerbs:             fireVerbs,
		wsFirstPlural:           firstPlural,
		wsFirstSingular:         firstSingular,
		wsForceNouns:            forceNouns,
		wsFrameNouns:            frameNouns,
		wsFramePreps:            framePreps,
		wsFrequencyAdverbs:      frequencyAdverbs,
		wsHopeForms:             hopeForms,
		wsHopeModals:            hopeModals,
		wsHostVerbs:             hostVerbs,
		wsHostWords:             hostWords,
		wsIntensifiers:          intensifiers,
		wsInviteTo:              inviteTo,
		wsIssueVerbs:            issueVerbs,
		wsIssuedNouns:           issuedNouns,
		wsJudgeDegree:           judgeDegree,
		wsKillNouns:             killNouns,
		wsKillerNouns:           killerNouns,
		wsMandativeVerbs:        mandativeVerbs,
		wsMannerPreps:           mannerPreps,
		wsObjectControl:         objectControl,
		wsObstructVerbs:         obstructVerbs,
		wsOfPlaceNouns:          ofPlaceNouns,
		wsOfficeWords:           officeWords,
		wsOpenStanceNouns:       openStanceNouns,
		wsPatientNouns:          patientNouns,
		wsPeopleNouns:           peopleNouns,
		wsPersonNouns:           personNouns,
		wsPhraseHeads:           phraseHeads,
		wsPlaceDeterminers:      placeDeterminers,
		wsPlaceLinks:            placeLinks,
		wsPlayerNouns:           playerNouns,
		wsPredCoordinators:      predCoordinators,
		wsPredModifierStop:      predModifierStop,
		wsPresenceAdverbs:       presenceAdverbs,
		wsPreverbAdverbs:        preverbAdverbs,
		wsPropertyNouns:         propertyNouns,
		wsPullPut:               pullPut,
		wsQuantifiers:           quantifiers,
		wsQuestionOpeners:       questionOpeners,
		wsRaisedForces:          raisedForces,
		wsReadyWords:            readyWords,
		wsReceivingVerbs:        receivingVerbs,
		wsRemovedBodies:         removedBodies,
		wsRenewVerbs:            renewVerbs,
		wsResignVerbs:           resignVerbs,
		wsSanctionHits:          sanctionHits,
		wsSeriesNouns:           seriesNouns,
		wsSingularHead:          singularHead,
		wsSpeakerNouns:          speakerNouns,
		wsTryWords:              tryWords,
		wsTwoNouns:              twoNouns,
		wsUrgedHeads:            urgedHeads,
		wsVagueModifiers:        vagueModifiers,
		wsVagueObjects:          vagueObjects,
		wsVisitNouns:            visitNouns,
		wsWarnVerbs:             warnVerbs,
		wsWhWords:               whWords,
		wsAdverbialGerunds:      adverbialGerunds,
		wsCallWords:             callWords,
		wsCircumstances:         circumstances,
		wsCompoundAfter:         compoundAfter,
		wsConflictNouns:         conflictNouns,
		wsContextVisitNouns:     contextVisitNouns,
		wsDirectCallers:         directCallers,
		wsDiscussForms:          discussForms,
		wsEmotionNouns:          emotionNouns,
		wsGroupNouns:            groupNouns,
		wsHonorifics:            honorifics,
		wsHypothetic:            hypothetic,
		wsJudgedClauseOpeners:   judgedClauseOpeners,
		wsJudgedModifiers:       judgedModifiers,
		wsKeptSanctionNouns:     keptSanctionNouns,
		wsLeadVisitNouns:        leadVisitNouns,
		wsNotVerbs:              notVerbs,
		wsPartNouns:             partNouns,
		wsProjectileQuantity:    projectileQuantity,
		wsProjectiles:           projectiles,
		wsRaiseVerbs:            raiseVerbs,
		wsRelWords:              relWords,
		wsRequestNouns:          requestNouns,
		wsSegmentEnd:            segmentEnd,
		wsSiteNouns:             siteNouns,
		wsWithdrawalNouns:       withdrawalNouns,
		wsTellForms:             tellForms,
		wsRemarkNouns:           remarkNouns,
		wsSlurWords:             slurWords,
		wsRequestVerbs:          requestVerbs,
		wsPenaltyNouns:          penaltyNouns,
		wsJourneyVerbs:          journeyVerbs,
		wsPactNouns:             pactNouns,
		wsNegatedPraise:         negatedPraise,
		wsWantForms:             wantForms,
		wsThreat3Forms:          threat3Forms,
		wsAttributiveJudgements: attributiveJudgements,
		wsUndoParticiples:       undoParticiples,
		wsComplicityNouns:       complicityNouns,
		wsDemandModals3:         demandModals3,
		wsBlameNouns:            blameNouns,
		wsSeizeVerbs:            seizeVerbs,
		wsDescHeads:             descHeads,
		wsGroupHeads:            groupHeads,
		wsSpokesHeads:           spokesHeads,
		wsMandativeStarts:       mandativeStarts,
		wsNeedForms:             needForms,
		wsDemandFromVerbs:       demandFromVerbs,
		wsRaisingVerbs:          raisingVerbs,
		wsEvalNeg:               set(evalNegWords[:]...),
		wsEvalPos:               set(evalPosWords[:]...),
		wsMediumPreps:           mediumPreps,
		wsNounTypeWords:         nounTypeWords(),
		wsJudgementAtWords:      judgementAtWords(),
		wsJudgedStarts:          judgedStarts(),
	}
}

// nounTypeWords are the words of the noun-trigger maps that fbNoun and
// nomType read in turn (nounTriggers, fbNouns, relrulesNouns,
// wordnetNouns, cameoNouns): a token without the bit is none of their
// keys, and they are not looked up. These three sets are made when
// asked: only the generator of lexdata reads them (a process reads the
// bits), so no process's init builds them.
func nounTypeWords() map[string]bool {
	return keysOf(nounTriggers, fbNouns, relrulesNouns, wordnetNouns, cameoNouns)
}

// judgementAtWords are the words judgementAt gives a type for (the keys of
// judgements, speechJudgements, stance3Judgements, epithets and
// r3Judgements, softWords, "qualified", and the evaluative adjectives
// evalJudgementAt reads, evalNegWords and evalPosWords): for any other
// word it gives none.
func judgementAtWords() map[string]bool {
	m := keysOf(judgements, speechJudgements, stance3Judgements, epithets, r3Judgements)
	for w := range softWords {
		m[w] = true
	}
	for _, w := range evalNegWords {
		m[w] = true
	}
	for _, w := range evalPosWords {
		m[w] = true
	}
	m["qualified"] = true
	return m
}

// judgedStarts are the words itJudgedThat and gerundJudged start from:
// those judgementOf gives a type for (the keys of judgements,
// speechJudgements, stance3Judgements and epithets) and judgedWords'.
func judgedStarts() map[string]bool {
	return keysOf(judgements, speechJudgements, stance3Judgements, epithets, judgedWords)
}

// keysOf returns the set of the keys of maps.
func keysOf(maps ...map[string]string) map[string]bool {
	m := map[string]bool{}
	for _, mp := range maps {
		for w := range mp {
			m[w] = true
		}
	}
	return m
}

// wsBits holds one bit per marked set.
type wsBits [(nWordSets + 63) / 64]uint64

func (b *wsBits) add(w wset) { b[w>>6] |= 1 << (w & 63) }

func (b *wsBits) has(w wset) bool { return b[w>>6]&(1<<(w&63)) != 0 }

// in reports whether the word is one of set w.
func (e *wordLex) in(w wset) bool { return e.sets.has(w) }

// in reports whether the token is a word of set w.
func (t *token) in(w wset) bool { return t.sets.has(w) }

// in reports whether token i is a word of set w (false when i is out of
// range, as the set has no "", s.low's word there).
func (s *sentence) in(i int, w wset) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].sets.has(w)
}
