package nlp

import "testing"

// Legal forms of firms keep their period: inside a sentence they end
// none; before a capitalised word they may end it, as "Inc." does.
func TestSplitFirmLegalForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Budapest Bank Kft. signed an agreement. Opus Global Nyrt. and Magyar Telekom Zrt. sued.",
			[]string{"Budapest Bank Kft. signed an agreement.", "Opus Global Nyrt. and Magyar Telekom Zrt. sued."}},
		{"The bank sold it to Opus Global Nyrt. The deal closed on Monday.",
			[]string{"The bank sold it to Opus Global Nyrt.", "The deal closed on Monday."}},
		{"Iberdrola S.A. sued the government.", []string{"Iberdrola S.A. sued the government."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.text) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Split(%q)[%d] = %q, want %q", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}
