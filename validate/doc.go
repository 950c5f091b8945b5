// Package validate runs PETRARCH-style validation suites: XML files of
// sentences, each with the events a coder should find in it, as PETRARCH2
// and TABARI used to check their dictionaries.
//
// A suite is an <Environment> naming the dictionaries to code with
// (<Verbfile>, <Actorfile> (comma-separated), <Agentfile>, <Discardfile>,
// optional <Include>/<Exclude> categories), then <Sentence> records:
//
//	<Sentence date="20240312" id="ROOT-04-01" category="04" valid="true">
//	<EventCoding sourcecode="FRA" targetcode="DEU" eventcode="042"/>
//	<Text>France visited Germany.</Text>
//	<Parse>…</Parse>
//	</Sentence>
//
// A record expects zero or more events (noevents="True" says zero; an
// error="…" coding, PETRARCH's way to say the sentence cannot be coded,
// also expects none). The Parse is ignored: annalist parses the text
// itself. A record passes when the set of (source, target, code) triples
// coded from its text equals the set it expects; a target of "---" or ""
// means none.
//
// Read is lenient with files found in the wild: a self-closed
// <Sentence …/> followed by its children, and bare "#" comment lines
// between elements, are read; what cannot be read is reported with
// file:line and the rest goes on.
package validate
