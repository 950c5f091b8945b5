package nlp

import "strings"

// English inflection rules for words the lexicon does not know. Each rule
// proposes candidate stems in order of preference; the first candidate
// that is a lemma seen in training wins, else the rule's default
// (its first candidate).

// irregular maps inflected forms to lemmas, by the kind of inflection.
var irregular = map[string]map[string]string{
	"plural": {
		"men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
		"mice": "mouse", "geese": "goose", "oxen": "ox", "lives": "life", "wives": "wife",
		"knives": "knife", "wolves": "wolf", "leaves": "leaf", "halves": "half", "selves": "self",
		"shelves": "shelf", "thieves": "thief", "loaves": "loaf", "calves": "calf",
		"criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis",
		"crises": "crisis", "theses": "thesis", "diagnoses": "diagnosis", "indices": "index",
		"species": "species", "series": "series", "news": "news", "people": "people",
	},
	"past": {
		"was": "be", "were": "be", "been": "be", "had": "have", "did": "do", "done": "do",
		"went": "go", "gone": "go", "said": "say", "made": "make", "got": "get", "gotten": "get",
		"took": "take", "taken": "take", "came": "come", "saw": "see", "seen": "see",
		"knew": "know", "known": "know", "thought": "think", "told": "tell", "gave": "give",
		"given": "give", "found": "find", "left": "leave", "felt": "feel", "brought": "bring",
		"bought": "buy", "began": "begin", "begun": "begin", "kept": "keep", "held": "hold",
		"wrote": "write", "written": "write", "stood": "stand", "heard": "hear", "meant": "mean",
		"met": "meet", "ran": "run", "paid": "pay", "sat": "sit", "spoke": "speak",
		"spoken": "speak", "lay": "lie", "lain": "lie", "led": "lead", "grew": "grow",
		"grown": "grow", "lost": "lose", "fell": "fall", "fallen": "fall", "sent": "send",
		"built": "build", "understood": "understand", "drew": "draw", "drawn": "draw",
		"broke": "break", "broken": "break", "spent": "spend", "rose": "rise", "risen": "rise",
		"drove": "drive", "driven": "drive", "wore": "wear", "worn": "wear", "chose": "choose",
		"chosen": "choose", "sought": "seek", "threw": "throw", "thrown": "throw",
		"caught": "catch", "dealt": "deal", "won": "win", "fought": "fight", "taught": "teach",
		"sold": "sell", "ate": "eat", "eaten": "eat", "flew": "fly", "flown": "fly",
		"forgot": "forget", "forgotten": "forget", "hid": "hide", "hidden": "hide",
		"slept": "sleep", "shot": "shoot", "struck": "strike", "swore": "swear", "sworn": "swear",
		"froze": "freeze", "frozen": "freeze", "stole": "steal", "stolen": "steal",
		"became": "become", "born": "bear", "bore": "bear", "borne": "bear", "fled": "flee",
		"fed": "feed", "bled": "bleed", "bent": "bend", "lent": "lend", "dug": "dig",
		"hung": "hang", "rang": "ring", "rung": "ring", "sang": "sing", "sung": "sing",
		"sank": "sink", "sunk": "sink", "swam": "swim", "swum": "swim", "woke": "wake",
		"woken": "wake", "tore": "tear", "torn": "tear", "shook": "shake", "shaken": "shake",
		"forbade": "forbid", "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive",
		"withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
		"undertaken": "undertake", "overcame": "overcome", "ridden": "ride", "rode": "ride",
		"arose": "arise", "arisen": "arise", "awoke": "awake", "bit": "bite", "bitten": "bite",
		"blew": "blow", "blown": "blow", "slid": "slide", "spun": "spin", "stuck": "stick",
		"stung": "sting", "swept": "sweep", "swung": "swing", "wept": "weep", "wound": "wind",
		"laid": "lay",
	},
	"present": {
		"is": "be", "are": "be", "am": "be", "'s": "be", "'re": "be", "'m": "be",
		"has": "have", "does": "do", "goes": "go",
	},
	"comparative": {
		"better": "good", "best": "good", "worse": "bad", "worst": "bad", "more": "more",
		"most": "most", "less": "less", "least": "least", "further": "far", "furthest": "far",
		"farther": "far", "farthest": "far", "elder": "old", "eldest": "old",
	},
}

// inflect returns the lemma of a lowercased word the lexicon does not know.
func (l *Lemmatizer) inflect(w, xpos string) string {
	switch xpos {
	case "NNS", "NNPS":
		return l.pick(w, "plural", pluralStems(w))
	case "VBZ":
		return l.pick(w, "present", pluralStems(w))
	case "VBD", "VBN":
		return l.pick(w, "past", suffixStems(w, "ied", "ed"))
	case "VBG":
		return l.pick(w, "", suffixStems(w, "ying", "ing"))
	case "JJR", "RBR":
		return l.pick(w, "comparative", suffixStems(w, "ier", "er"))
	case "JJS", "RBS":
		return l.pick(w, "comparative", suffixStems(w, "iest", "est"))
	case "CD":
		return plainNumber(w)
	}
	return w
}

// plainNumber drops the thousands separators of a number ("12,000" →
// "12000"), as the treebank's lemmas do; other words are returned as is.
func plainNumber(w string) string {
	if !strings.Contains(w, ",") || strings.Trim(w, "0123456789,.") != "" || w[0] == ',' || w[len(w)-1] == ',' {
		return w
	}
	return strings.ReplaceAll(w, ",", "")
}

// pick returns the irregular lemma of w if it has one, else the first
// candidate seen in training as a lemma, else the first candidate, else w.
func (l *Lemmatizer) pick(w, kind string, cands []string) string {
	if lemma, ok := irregular[kind][w]; ok {
		return lemma
	}
	for _, c := range cands {
		if l.known[c] {
			return c
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return w
}

// pluralStems proposes singulars of a plural noun (or stems of a verb in
// the third person singular), the likeliest first.
func pluralStems(w string) []string {
	switch {
	case len(w) < 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || !strings.HasSuffix(w, "s"):
		return []string{w}
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return []string{w[:len(w)-3] + "y", w[:len(w)-1]}
	case strings.HasSuffix(w, "ves"):
		return []string{w[:len(w)-1], w[:len(w)-3] + "f", w[:len(w)-3] + "fe"}
	case hasAnySuffix(w, "sses", "xes", "zes", "ches", "shes", "oes"):
		return []string{w[:len(w)-2], w[:len(w)-1]}
	}
	return []string{w[:len(w)-1]}
}

// suffixStems proposes base forms of w without an inflectional suffix:
// iSuffix replaces a y ("tried" → "try", "dying" → "die"), suffix is
// dropped with, in order: the stem itself when it is a known lemma, a
// doubled final consonant undone ("stopped" → "stop"), a final e restored
// ("liked" → "like").
func suffixStems(w, iSuffix, suffix string) []string {
	if strings.HasSuffix(w, iSuffix) && len(w) > len(iSuffix)+1 {
		stem := w[:len(w)-len(iSuffix)]
		if iSuffix == "ying" {
			return []string{w[:len(w)-3], stem + "ie"}
		}
		return []string{stem + "y", stem + "ie"}
	}
	if !strings.HasSuffix(w, suffix) || len(w) < len(suffix)+2 {
		return []string{w}
	}
	stem := w[:len(w)-len(suffix)]
	n := len(stem)
	var cands []string
	doubled := n >= 3 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1])
	if doubled && !strings.ContainsRune("lsz", rune(stem[n-1])) {
		cands = append(cands, stem[:n-1], stem)
	} else if needsFinalE(stem) {
		cands = append(cands, stem+"e", stem)
	} else {
		cands = append(cands, stem, stem+"e")
	}
	if doubled && strings.ContainsRune("lsz", rune(stem[n-1])) {
		cands = append(cands, stem[:n-1])
	}
	return cands
}

// needsFinalE guesses that a stem lost a final e before the suffix: stems
// ending in v, c, z or u, in a consonant + g ("charg"), or in a single
// vowel + consonant after a consonant in a one-syllable word ("hop" is
// ambiguous, but "lik", "bak", "us" are not).
func needsFinalE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last := stem[n-1]
	switch {
	case strings.ContainsRune("vczu", rune(last)):
		return true
	case last == 'g' && !isVowel(stem[n-2]) && stem[n-2] != 'n':
		return true
	case hasAnySuffix(stem, "at", "it", "ut", "iz", "ys"):
		return n > 3 && !isVowel(stem[n-3])
	}
	return isVowel(stem[n-2]) && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
		(n == 2 || !isVowel(stem[n-3])) && syllables(stem) == 1
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func syllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i])
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
