package petrarch

import "bytes"

// Kind is the kind of a dictionary file.
type Kind uint8

// The kinds of dictionary.
const (
	UnknownKind Kind = iota
	VerbsKind
	ActorsKind
	AgentsKind
	DiscardsKind
)

var kindNames = [...]string{"unknown", "verbs", "actors", "agents", "discards"}

// String returns the kind's name ("verbs").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// DetectKind tells the kind of a dictionary from its content, from the
// first line that decides it: a verb block ("--- NAME [code] ---") or
// pattern ("- * … [code]") makes a verb file, "[~CODE]", "[CODE~]" or a
// "!NAME! = …" set an agent file, any other "[CODE]" an actor file. A file
// of plain phrases without codes is a discard list.
func DetectKind(content []byte) Kind {
	plain := false
	for len(content) > 0 {
		var line []byte
		if i := bytes.IndexByte(content, '\n'); i >= 0 {
			line, content = content[:i], content[i+1:]
		} else {
			line, content = content, nil
		}
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		code := bytes.IndexByte(line, '[') >= 0
		switch {
		case line[0] == '<':
			// PETRARCH's issue files ("<ISSUE CATEGORY=…>") and other
			// markup are none of the four kinds.
			return UnknownKind
		case code && (bytes.HasPrefix(line, []byte("---")) || bytes.HasPrefix(line, []byte("- "))):
			return VerbsKind
		case bytes.Contains(line, []byte("[~")) || bytes.Contains(line, []byte("~]")) ||
			line[0] == '!' && bytes.Contains(line, []byte("=")):
			return AgentsKind
		case code:
			return ActorsKind
		case !bytes.ContainsAny(line, "]{}") && line[0] != '&':
			plain = true
		}
	}
	if plain {
		return DiscardsKind
	}
	return UnknownKind
}
