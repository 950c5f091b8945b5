// Package coder turns annotated sentences into CAMEO events: who did what
// to whom, found from the verb of a clause, the patterns it heads in the
// verb dictionary (verbs.txt) and the actors around it.
//
// # Parsed text
//
// When the tokens carry a dependency parse (nlp.Default().Parse), each
// verb is coded from its tree (dep.go, treeacts.go):
//
//   - the source is the subject (nsubj) and the phrases joined to it
//     (by "and", "along with", or a list the parse cut), a crowd counted
//     at the root ("Thousands of people protested"); a verb joined to
//     another, an infinitive or an -ing participle takes the subject of
//     the verb it hangs from, and "X joined Y in condemning" is both's;
//     common parse slips are undone (a subject hung from a fronted day
//     or place, "after the EU sanctioned Iran" read as a phrase, a name
//     parsed as a vocative, an aside "Pompeo, who met ...": slips.go;
//     wire copy's "IRNA, received in London, said ...", "killed or
//     wounded 900 soldiers", "Farmers demanding a better deal blocked
//     roads": repair.go); an arm of a state after "its" is the country's
//     that is the subject above it ("Iraq said its troops ..."), and
//     "they" after "France and Germany said" is both;
//   - the target is the pattern's "+" actor, else the object (obj, iobj),
//     else the first prepositional argument that is not a place, time or
//     agent, never a venue ("in New York", "at the United Nations");
//     a demand made "from" someone is made of them, force on "one of
//     Iraq's fortifications" is done to Iraq, and a pattern's "by +" or
//     "+ in" takes no participle's agent nor a "from" phrase beside the
//     object ("an attack on positions held by its army", "received cash
//     from customers in amounts ...");
//     a pattern marked "alone" takes none; passives (aux:pass) take the
//     source from "by" and code nothing without it, and a verb that
//     codes only through patterns matches them in the passive too, the
//     pattern's first word or leading "+" standing as the passive
//     subject ("sanctions were imposed on Iran by", "was placed under
//     arrest by": passive.go);
//   - control verbs govern their infinitive ("agreed to meet" → 036,
//     "refused to meet", "rejected calls to negotiate" → 12x); "will",
//     and "would" inside reported speech, make an intent (03x) or a
//     threat (13x); "could", "might", "may", "would", "should", "can",
//     "must", and any sentence with "if" or "unless", code nothing;
//     negators map the act through @map negate;
//   - reported speech ("X said ...", "..., X said", "according to X",
//     "in a statement carried by X") codes the reported act with its own
//     actors and X as via; a pronoun subject there is the speaker;
//   - nouns name acts ("Russia's attack on Ukraine", "talks between X and
//     Y", "the invitation from X to Y") through @noun and the verbs' own
//     forms, when an actor does them to another;
//   - clauses set in an earlier year ("in 1990", "in March 2018" in a
//     2019 article, but not its November or December), last year, or
//     during a war, rule or era ("during the Cold War", "under Ottoman
//     rule", "since the 1967 war") are background and code nothing, as
//     is a clause opened by "after", "when" ... within one of them;
//   - a pattern's first word may be the head of the verb's object or the
//     predicate of a clause it governs, however far away ("signed a
//     power-sharing deal", "ruled that the policy is unconstitutional");
//   - an act done to an act is done to its author ("condemned Russia's
//     attack", "the offensive drew condemnation from the EU"); criticism
//     "despite" or "amid" which someone acted is done to them; an act a
//     light verb names ("opened an investigation") needs no target, one
//     cancelled or planned is none;
//   - a definite act noun with no author of its own ("The move was
//     condemned by the EU", "France criticized the decision") stands for
//     the act the sentence before named, and so for its authors;
//   - what someone is accused "of doing", blamed "for doing" or charged
//     "with doing" is no act, and a charge laid on a country named as
//     such is an accusation (112, police.go); who took part in protests or talks, or joined them, did them,
//     as does the subject of a clause after or during talks, however
//     long ("after two days of talks with X"), and one sent "for talks
//     with X" intends to meet X (036);
//   - an act with no target done "in response to" (or "in reaction
//     to", "in retaliation for") someone's act is done to its author;
//   - "the accused" or "the suspect" is the private person named in the
//     sentence or the two before, with their country;
//   - a private person an act is done to ("sentenced James Fields",
//     "arrested a man", an unresolved "him") is an actor of the article's
//     country; an unknown person acting "as governor" takes the role;
//   - force used by police, soldiers or security services against their
//     own country's civilians is repression (175), CAMEO's convention;
//   - a participle set off by commas after the subject describes it:
//     what the placards it names ask is no act ("Protesters, carrying
//     placards asking the government to resign, marched"); an actor in
//     an absolute phrase ("with X following suit") is no target; a
//     complement hung after its head's object is the object's to do
//     ("reported the attacker continued to attack others");
//   - what someone is banned or kept "from doing" is no act; a ban falls
//     on a class of people, not a private person; a pattern's word below
//     an -ing participle describing the verb's object is that
//     participle's ("sent a letter requesting military assistance");
//   - an act that takes part in an event an earlier year dates
//     ("supported the 2008 campaign"), an act noun so dated ("the 2003
//     invasion"), and a sentence set "in that event" after one naming an
//     earlier year are background, as is the life story of the person an
//     obituary's title names (obituary.go), and what others did to
//     them other than words and force; a bare base form with no
//     subject is a command to the reader and no act (slips.go);
//   - a clause opened by "whether" asks and codes nothing, and a question
//     is no appeal; an infinitive hung from an adjective that is no
//     control word is due or likely, not done ("is likely to visit"),
//     but a visit or meeting one is due to make, or dated "next week"
//     or "tomorrow" by its own words, is an intent to meet (036,
//     ahead.go); an
//     infinitive joined to another stands as that one does ("refused to
//     meet France and to negotiate with ..." is two refusals, "a plan to
//     sanction Russia and to expel ..." none) (question.go, treeacts.go);
//   - an -ing clause opened by "in" or "by" is the main subject's ("allied
//     with Kurdish groups in fighting ISIS"); a passive whose "by" phrase
//     names an attack is done by its author ("hit by Syrian airstrikes");
//     "wrote" and "tweeted" report speech as "said" does;
//   - a place an occasion of words is in, a speech's audience, and a
//     state after a comma behind a place are no targets ("at a press
//     conference in Beijing", "in a speech to the United Nations", "in
//     El Paso, Texas"); a warning about what the warner's own side will
//     do is made to whom it will be done to;
//   - an event with a country named as such beside the same event with a
//     fuller actor of that country is dropped, and a country named as
//     such acting on itself codes nothing (echo.go);
//   - police and courts named without a country, and role words force is
//     used against, belong to the country the sentence says it happens
//     in ("An American tourist in Turkey was arrested by police",
//     "bombed a hospital in Syria"), before the article's; a trip to a
//     place of the traveller's own country is no visit (home.go).
//   - some verbs code an act in one sense only, told by the tree
//     (sense.go): "decline" with no object or complement, and a subject
//     that cannot refuse, is a change ("production declined"); "struck"
//     by workers with no object is a strike; "demonstrated" with an
//     object shows it; a warning whose clause names no one is a
//     pessimistic comment (012); a sum freed is no person released;
//   - no act is told by a word glued by a hyphen ("flood-hit"), "as
//     opposed to", an -ing clause felt about under an adjective ("not
//     enthusiastic about buying"), "asked not to be identified", asking
//     questions or when, an act noun with "no" ("made no demands"),
//     "under consideration" or in the clause of a plan, an act
//     "probably" done, or a clause opened by "although" (known already)
//     (undone.go);
//   - a country a subject is in is not whose it is ("hailstorms in south
//     China"), a name before a matter is its topic ("the Iran arms
//     scandal"), a journey's "from" after its "to" names whence, not
//     who; support someone has "of" others is theirs; a participle set
//     off with a "by" agent ("Iran, backed by Russia,") is done to the
//     subject; "they" after two actors of its own sentence is not the
//     sentence before's; a phone conversation had with someone is both's
//     (roles.go);
//   - a named private person who commits violence (18, 19, 20) is its
//     source, of the article's country and with no sector ("Usman Khan
//     stabbed several people"; "Khan", or "the attacker", later), while
//     an unnamed one ("a gunman") is none; the victims are a target only
//     as people of a country the text names (assailant.go); armed force
//     at things in a named country is done to that country (force.go);
//   - mourning (018) is for the dead the tree names (mourning.go);
//     praise, criticism and rejection of a thing someone made are done
//     to its maker (reaction.go), and a reaction told in a clause after a
//     comma ("..., which the United States criticized", "..., a move the
//     EU condemned") to the author of the act before it (relative.go);
//   - a pronoun opening a second clause ("; he later visited Poland") is
//     the first clause's subject, and an object "it" or "them" of a
//     participle the first verb's object ("accusing it of", second.go);
//     police reporting an arrest in the passive made it (police.go);
//   - an act noun in a clause set ahead ("will make an official visit"),
//     or set for later by "scheduled", "planned" or "upcoming" and not
//     called off, is intended (036 for talks or a visit), as are talks
//     the subject proposes, seeks or wants; a request still to be made
//     is none, and so is an act noun with "any" ("any attack will bring
//     a response"), what someone "is expected to" do, and a clause that
//     sets when a future act will be done ("as soon as Tokyo complied");
//     sanctions one is ready to impose are threatened (1312);
//   - a role compounded with an owner ("a Reagan administration plan",
//     "Reagan administration officials") is the owner's, an organisation
//     before what it made ("a NATO plan", "a UN resolution") its maker,
//     a name glued to a participle ("the House-passed budget") the
//     maker; "both sides" are the two countries named before (sides.go);
//     a word about a dispute is aimed at the other party to it
//     (dispute.go); a role adjective of a target ("naval targets") is
//     no actor; "Baghdad said its forces" are Iraq's;
//   - workers who strike an employer's plant stop work there (143);
//     talks opened or held with a partner the parse hangs from the verb
//     are held with it; who goes into a meeting holds it; an act done
//     together told in the passive is each doer's with the other; an
//     appeal to people who are no actor, and what a law in force that an
//     act violates prohibits, are none; an -ing clause saying what talks
//     are about is no act; a speaker named at length at the end of a
//     sentence is set apart as the report's channel;
//   - an act told again by a definite noun whose happening a later
//     sentence asserts ("The attack took place in ...") is the article's
//     last act of that kind, coded again with its actors (restate.go); an
//     investigation of a crime named before is done to whom the article
//     last charged or arrested; a veto of a bill to the legislature the
//     article names, and workers' demands and strikes to the employers
//     it names (elsewhere.go); a ruling that an act is unlawful to the
//     act's author, named with it or coded before (ruling.go); a complaint made to a body over someone's act to
//     that someone; force on a place whose clause names its holder to
//     the holder; a meeting "of" a body is the body's; the armed response
//     any act of another side would bring is a threat of force against
//     it (threat.go); a pattern's target too far for the words is read
//     under the verb's object ("stopped importing meat from Zimbabwe");
//   - judgements: a speaker saying an actor or its deed is at fault is
//     criticism (111, verdict.go), responsible for or behind an act an
//     accusation (112, blame.go), naming it a wrong (label.go), dismay or
//     concern at an authored act disapproval (110, dismay.go), "came
//     under fire from X" criticism by X (underfire.go); a threat reported
//     in an "if" sentence is coded (conditional.go); sanctions announced
//     as coming with no condition are imposed (163), weighed or
//     conditional ones threatened (1312, imposition.go);
//   - a demand needs a named addressee (addressee.go); demands acceded
//     to are aimed at who made them (0832, yield.go); hopes and wants of
//     the speaker's own side are intents (hoped.go, intent.go); acts set
//     for a time are intended (setfor.go), and plans undone are none
//     (undoneintent.go);
//   - nouns of talks, strikes and protests: talks that frame another act
//     are its subject's (talksheld.go), a noun naming both sides codes
//     both ways (heldboth.go); a strike of workers is 143 against the
//     employer named (strike.go, protestnoun.go), protesters clashing
//     with police 145 (riot.go); a return from a visit made it
//     (visitreturn.go); warships heading somewhere and weapons tests
//     show force (150, ships.go, weapontest.go).
//   - statements, appeals and cooperation: grief at a death mourns the
//     dead (018, grief.go, also "it is with sorrow that we announce" and
//     "paused to mourn"); a speaker parsed as the object of an inverted
//     "said" speaks (inverted.go); a pronoun subject keeps the actors
//     joined to it (partners.go); an appeal for people held by someone is
//     made to the keeper (addressee.go), one to people who are no actor is
//     none (noaddressee.go), and "called X on Sunday" is a telephone call
//     (callon.go); who is "in talks" holds them (intalks.go), a visit that
//     frames an act is made (visitframe.go), a foreign leader welcomed at
//     a place is hosted (welcome.go), sides named together meet or sign
//     with each other, not with their topic (topics.go), a reaction to a
//     deal "between" two sides is to both (between.go), a deal a
//     participle tells signed on a day of the news is signed
//     (signeddeal.go), and troops leaving a country retreat (0874,
//     pullout.go).
//   - intents: readiness stated ("is prepared to", "stands ready", "open
//     to talks with", readiness.go), hopes, attempts and looking forward
//     held to cooperation with a named counterpart by a named hoper, never
//     in past narration (hopeto.go, attempt.go), meetings owned by a time
//     to come or proposed (036, aheadowner.go, proposer.go), pledges told
//     as reported speech or to no one named (030, pledgedthat.go,
//     pledge.go; not for hostile acts, hostile.go), the partner of an act
//     agreed or promised (partner.go); a list closed by "and" gives no
//     subject to the clause after it (listclosed.go).
//   - disapproval and threats: objections and reservations over another's
//     act (110, objection.go), a fault carried by a frame ("the wrong way
//     to", 111, verdictframe.go), warnings of one's own act aimed at whom
//     it names (130, ownthreat.go), "do this or face that" (139,
//     ultimatum.go), force or sanctions not ruled out (138/1312,
//     ruledout.go), another country's firms' licences revoked (163,
//     licence.go).
//   - protest and force: a strike or protest whose length is counted is
//     under way (protestlength.go), one with no named author is the
//     people's of the country it is in (protestvenue.go), who is joined in
//     a strike strikes (joinedprotest.go), workers who strike a plant
//     strike its owner (workplace.go), striking workers parsed as an
//     object or in an "as" clause are the subject (strikersubject.go,
//     asclause.go), gathering to protest protests and striking to demand
//     demands (protestpurpose.go), protesters who attack riot and who
//     occupy block (145/144, protesterforce.go), warships escorting a
//     country's ships show its force (150, escort.go), raids are
//     repression (175, coercion.go).
//   - resignations are 0831 only where the article ties them to pressure
//     (resignation.go).
//
// Where the tree names no subject, or gives a verb no argument at all,
// the word heuristics below fill in: taggers and parsers slip most on the
// short, headline-like sentences of news.
//
// Actors come from the actor dictionary, attached through the tree (the
// head of a phrase or its modifiers and apposition: "Turkey's president,
// Recep Tayyip Erdogan"). Two article-level rules complete them. A
// pronoun "he", "she", "him", "her" or "his" refers to the last office
// holder named in the two sentences before (a pronoun in reported speech
// is the speaker instead), including one named by surname alone in a
// sentence that codes nothing, or a person the dictionaries do not know
// named in full and then by surname ("Usman Khan ... Khan was pinned to
// the ground. Police shot him dead.": names.go); other pronouns are not
// resolved. A role word
// named without a country ("police", "the court") takes the article's
// home country: the one the actors of its lede belong to most often, else
// those of the whole article. A person the dictionaries do not know takes
// the country the text places itself in, not one named only as the other
// side of something ("arms shipments to Iran"); a business in a deal with
// anyone but a state, or a firm's spokesman, takes none, and codes
// nothing as a source; a capital named as where something happens ("in
// London") is no actor but of a visit (home.go, people.go,
// nationality.go).
//
// # Unparsed text
//
// Without a parse, coding works clause by clause on the words: a verb
// form from the dictionary, the pattern it matches, the nearest actor
// before it as the source and the first actor after it (or after the
// pattern's preposition) as the target. Passives, actors joined by "and",
// reported speech, negation and intent ("agreed to meet") adjust that
// reading.
//
// Every event keeps the rule that coded it (evidence rule: the verbs.txt
// line, or the Pattern's Rule) and the spans of its actors and verb.
//
// # Dictionaries
//
// DefaultVerbs is the project's own dictionary, embedded from verbs.txt
// (its format is described at the top of that file). Verbs from other
// dictionaries are added through a small API, so that a reader of another
// format (PETRARCH's CAMEO verb file) needs to know nothing of the coder:
//
//	v := coder.NewVerbs()                 // function words only, no coding verbs
//	v := coder.DefaultVerbs().Clone()     // or: extend the built-in verbs
//	err := v.AddVerb("abandon", nil, "---")                  // forms, no code alone
//	err = v.AddVerb("forsake", []string{"forsook", "forsaken"}, "161")
//	err = v.AddPattern("meet", coder.Pattern{
//		Prep: "with", PrepWords: []string{"+"}, Code: "040", Mutual: true,
//		Rule: "CAMEO.2.0.txt:812 - * (WITH +) [040]",
//	})
//	c := coder.New(actor.Default(), v)
//
// A Pattern names the words before the verb (Before), after it (After,
// with "+" for the target), an optional prepositional phrase (Prep and
// PrepWords), the code in the active voice, the paired code of the
// target's side, and the code in the passive voice. Words may list
// alternatives as "A|B"; multi-word verbs are given as "carry_out". Rule
// is stored as the evidence of every event the pattern codes. A Verbs
// must not be changed once a Coder uses it.
package coder
