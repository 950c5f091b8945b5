package petrarch

import (
	"fmt"
	"regexp"
	"strings"
)

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

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind reads a kind's name ("verbs", "actors", "agents", "discards").
func ParseKind(s string) (Kind, error) {
	for k, n := range kindNames {
		if k > 0 && strings.EqualFold(s, n) {
			return Kind(k), nil
		}
	}
	return UnknownKind, fmt.Errorf("dictionary kind %q: want verbs, actors, agents or discards", s)
}

var (
	verbBlock  = regexp.MustCompile(`(?m)^---\s+\S+\s+\[[^]]*\]`)
	agentCode  = regexp.MustCompile(`(?m)\[(~[A-Z]{3}|[A-Z]{3}~)`)
	actorCode  = regexp.MustCompile(`(?m)^[^#\n]*\[[A-Z]{3}[A-Z0-9]*(\s+[<>]?\s*[0-9]{6}[-0-9]*)?\]`)
	actorLines = regexp.MustCompile(`(?m)^(\+[^\n]+|\t\[[^\n]*)$`)
)

// DetectKind tells the kind of a dictionary from its content: verb blocks
// ("--- NAME [code] ---") make a verb file, "[~CODE]" an agent file,
// "[CODE]" lines an actor file, and plain phrases without codes a discard
// list.
func DetectKind(content []byte) Kind {
	switch {
	case verbBlock.Match(content):
		return VerbsKind
	case agentCode.Match(content):
		return AgentsKind
	case actorCode.Match(content) || actorLines.Match(content) && !hasPlainLines(content):
		return ActorsKind
	case hasPlainLines(content):
		return DiscardsKind
	}
	return UnknownKind
}

// hasPlainLines reports whether content has a line of words with no
// brackets, as a discard list does.
func hasPlainLines(content []byte) bool {
	for _, line := range strings.Split(string(content), "\n") {
		line = stripComment(line)
		if line != "" && !strings.ContainsAny(line, "[]{}") && line[0] != '+' && line[0] != '&' {
			return true
		}
	}
	return false
}
