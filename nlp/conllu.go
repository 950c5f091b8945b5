package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Treebank sentence read from CoNLL-U: the tokens with gold annotations
// (Start/End are offsets into Text when the tokens can be found in it, else
// -1) and the sentence's "# text" line.
type GoldSentence struct {
	ID     string
	Text   string // from "# text = …"
	NewDoc bool   // a "# newdoc" comment precedes this sentence
	NewPar bool   // a "# newpar" comment precedes this sentence
	Tokens []Token
}

// ReadCoNLLU reads syntactic words from a CoNLL-U stream. Multi-word token
// lines (1-2) and empty nodes (1.1) are skipped: the syntactic words carry
// the annotation. name is used in error messages.
func ReadCoNLLU(r io.Reader, name string) ([]GoldSentence, error) {
	var out []GoldSentence
	var cur GoldSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			locate(&cur)
			out = append(out, cur)
		}
		cur = GoldSentence{}
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case s == "":
			flush()
		case strings.HasPrefix(s, "#"):
			if v, ok := strings.CutPrefix(s, "# text = "); ok {
				cur.Text = v
			} else if v, ok := strings.CutPrefix(s, "# sent_id = "); ok {
				cur.ID = v
			} else if strings.HasPrefix(s, "# newdoc") {
				cur.NewDoc = true
			} else if strings.HasPrefix(s, "# newpar") {
				cur.NewPar = true
			}
		default:
			f := strings.Split(s, "\t")
			if len(f) != 10 {
				return out, fmt.Errorf("%s:%d: want 10 tab-separated fields, got %d", name, line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue
			}
			head, err := strconv.Atoi(f[6])
			if err != nil {
				return out, fmt.Errorf("%s:%d: bad head %q", name, line, f[6])
			}
			cur.Tokens = append(cur.Tokens, Token{Start: -1, End: -1, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Rel: f[7]})
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	flush()
	return out, nil
}

// locate sets token offsets into the sentence text where the forms can be
// found in order (they cannot for some multi-word tokens).
func locate(g *GoldSentence) {
	pos := 0
	for i := range g.Tokens {
		j := strings.Index(g.Text[pos:], g.Tokens[i].Form)
		if j < 0 {
			continue
		}
		g.Tokens[i].Start = pos + j
		g.Tokens[i].End = pos + j + len(g.Tokens[i].Form)
		pos = g.Tokens[i].End
	}
}

// WriteCoNLLU writes a document's sentences in CoNLL-U, with "# text" lines.
func WriteCoNLLU(w io.Writer, d *Doc) error {
	bw := bufio.NewWriter(w)
	for i, s := range d.Sentences {
		fmt.Fprintf(bw, "# sent_id = %d\n# text = %s\n", i+1, strings.ReplaceAll(d.Text[s.Start:s.End], "\n", " "))
		for j, t := range s.Tokens {
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", j+1, field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), t.Head, field(t.Rel), misc(t))
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func misc(t Token) string { return fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End) }
