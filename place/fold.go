package place

import (
	"unicode"
	"unicode/utf8"
)

// latin maps U+00C0…U+00FF to base letters, so "Córdoba" and "Cordoba"
// share a key ('*' stands for the two signs in the range); latinA does the
// same for Latin Extended-A, U+0100…U+017F ("Łódź").
const (
	latin  = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" + "aaaaaaaceeeeiiiidnooooo*ouuuuyty"
	latinA = "aaaaaaccccccccddddeeeeeeeeeegggg" + "gggghhhhiiiiiiiiiiiijjkkklllllll" +
		"lllnnnnnnnnnoooooooorrrrrrssssss" + "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
)

// appendFold appends the key of a name: lower case, accents removed,
// apostrophes and periods dropped, runs of spaces, hyphens and
// underscores made one space, no space at either end.
func appendFold(b []byte, s string) []byte {
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || r == '–' || r == '\u00a0':
			space = true
			continue
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == 'ʻ' || r == '`' || r == '.':
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case 0xC0 <= r && r < 0x100:
			b = append(b, latin[r-0xC0])
		case 0x100 <= r && r < 0x180:
			b = append(b, latinA[r-0x100])
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}
