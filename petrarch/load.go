package petrarch

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/coder"
)

// Set is a set of dictionaries, of any kinds, read from files.
type Set struct {
	Verbs    []*VerbDict
	Actors   []*ActorDict
	Agents   []*AgentDict
	Discards *Discards // all discard lists merged; nil when none
}

// File names a dictionary file and its kind; UnknownKind means: tell the
// kind from the content.
type File struct {
	Path string
	Kind Kind
}

// Load reads the files into a Set, several at a time. The errors are the
// files that could not be read or recognised and the lines that could not
// be read, each with file:line, in the order of the files; everything
// else loads.
func Load(files ...File) (*Set, []error) {
	parts := make([]*Set, len(files))
	errs := make([][]error, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			parts[i] = &Set{}
			content, err := os.ReadFile(f.Path)
			if err != nil {
				errs[i] = []error{err}
				return
			}
			errs[i] = parts[i].Add(f.Kind, f.Path, content)
		}()
	}
	wg.Wait()
	s := &Set{}
	for _, p := range parts {
		s.Verbs = append(s.Verbs, p.Verbs...)
		s.Actors = append(s.Actors, p.Actors...)
		s.Agents = append(s.Agents, p.Agents...)
		if p.Discards != nil {
			s.Discards = s.Discards.merge(p.Discards)
		}
	}
	return s, slices.Concat(errs...)
}

// Add reads one dictionary from content; name is used in messages.
func (s *Set) Add(kind Kind, name string, content []byte) []error {
	if kind == UnknownKind {
		if kind = DetectKind(content); kind == UnknownKind {
			return []error{&LineError{File: name, Msg: "cannot tell what kind of dictionary this is (verbs, actors, agents or discards)"}}
		}
	}
	r := newText(string(content))
	var errs []error
	switch kind {
	case VerbsKind:
		var d *VerbDict
		d, errs = ReadVerbs(r, name)
		s.Verbs = append(s.Verbs, d)
	case ActorsKind:
		var d *ActorDict
		d, errs = ReadActors(r, name)
		s.Actors = append(s.Actors, d)
	case AgentsKind:
		var d *AgentDict
		d, errs = ReadAgents(r, name)
		s.Agents = append(s.Agents, d)
	case DiscardsKind:
		var d *Discards
		d, errs = ReadDiscards(r, name)
		s.Discards = s.Discards.merge(d)
	default:
		return []error{fmt.Errorf("%s: unknown dictionary kind %v", name, kind)}
	}
	return errs
}

// merge returns the entries of d and o in one list.
func (d *Discards) merge(o *Discards) *Discards {
	if d == nil {
		return o
	}
	m := &Discards{File: d.File + "," + filepath.Base(o.File), first: map[string][]int{}}
	for _, e := range append(append([]Discard(nil), d.Entries...), o.Entries...) {
		m.first[e.Words[0]] = append(m.first[e.Words[0]], len(m.Entries))
		m.Entries = append(m.Entries, e)
	}
	return m
}

// Mode says whether a set's dictionaries extend the built-in ones or
// replace them.
type Mode uint8

const (
	// Extend adds the set's entries to annalist's built-in dictionaries:
	// the usual way to add local actors or verbs.
	Extend Mode = iota
	// Replace codes with the set's dictionaries alone, as PETRARCH does
	// with the files of a validation environment. A kind of dictionary
	// the set lacks (no verb file, say) stays built-in.
	Replace
)

// ActorDict returns the actor dictionary the set makes: actor.Default()
// when it has no actor or agent files, else the built-in one (Extend) or
// an empty one (Replace) with the set's actors and agents added.
func (s *Set) ActorDict(mode Mode) (*actor.Dict, []error) {
	if len(s.Actors) == 0 && len(s.Agents) == 0 {
		return actor.Default(), nil
	}
	d := actor.New()
	var errs []error
	if mode == Extend {
		var err error
		if d, err = actor.Builtin(); err != nil {
			errs = append(errs, err)
		}
	}
	for _, a := range s.Actors {
		errs = append(errs, a.AddTo(d)...)
	}
	for _, a := range s.Agents {
		errs = append(errs, a.AddTo(d)...)
	}
	return d, errs
}

// VerbDict returns the verbs the set makes: coder.DefaultVerbs() when it
// has no verb file, else the built-in verbs (Extend) or the coder's
// function words alone (Replace) with the set's verbs added.
func (s *Set) VerbDict(mode Mode) (*coder.Verbs, VerbStats, []error) {
	if len(s.Verbs) == 0 {
		return coder.DefaultVerbs(), VerbStats{}, nil
	}
	v := coder.NewVerbs()
	if mode == Extend {
		v = coder.DefaultVerbs().Clone()
	}
	var total VerbStats
	var errs []error
	for _, vd := range s.Verbs {
		st, e := vd.AddTo(v)
		total.Verbs += st.Verbs
		total.Patterns += st.Patterns
		total.Skipped += st.Skipped
		total.Transforms += st.Transforms
		errs = append(errs, e...)
	}
	return v, total, errs
}

// Coder returns a coder with the set's actors and verbs (see ActorDict
// and VerbDict, which it builds side by side) and what became of the
// verbs. Its discard list, if any, is applied by WithDiscards.
func (s *Set) Coder(mode Mode) (*coder.Coder, VerbStats, []error) {
	var (
		v     *coder.Verbs
		st    VerbStats
		verrs []error
		done  = make(chan struct{})
	)
	go func() {
		v, st, verrs = s.VerbDict(mode)
		close(done)
	}()
	ad, errs := s.ActorDict(mode)
	<-done
	return coder.New(ad, v), st, append(errs, verrs...)
}

// String says what the set holds: "1 verb file (397 blocks, 1817 verbs,
// 4665 patterns), 3 actor files (27208 actors), …".
func (s *Set) String() string {
	var blocks, verbs, patterns, actors, agents, discards int
	for _, v := range s.Verbs {
		blocks += len(v.Blocks)
		for _, b := range v.Blocks {
			verbs += len(b.Verbs)
			patterns += len(b.Patterns)
		}
	}
	for _, a := range s.Actors {
		actors += len(a.Actors)
	}
	for _, a := range s.Agents {
		agents += len(a.Agents)
	}
	if s.Discards != nil {
		discards = len(s.Discards.Entries)
	}
	return fmt.Sprintf("%d verb files (%d blocks, %d verbs, %d patterns), %d actor files (%d actors), %d agent files (%d agents), %d discards",
		len(s.Verbs), blocks, verbs, patterns, len(s.Actors), actors, len(s.Agents), agents, discards)
}

// WithDiscards returns c with the set's discard list applied (a Filter),
// or c itself when the set has none.
func (s *Set) WithDiscards(c EventCoder) EventCoder {
	if s.Discards == nil {
		return c
	}
	return &Filter{Coder: c, Discards: s.Discards}
}
