package dateline

import "strings"

// agencies maps the names news agencies are credited under (lowercased)
// to one canonical name each, the one their own datelines use.
var agencies = map[string]string{}

func init() {
	for canon, names := range map[string][]string{
		"Reuters":       {"reuters", "thomson reuters", "reuters health", "reuters breakingviews"},
		"AP":            {"ap", "associated press", "the associated press"},
		"AFP":           {"afp", "agence france-presse", "agence france presse", "afp-jiji"},
		"PTI":           {"pti", "press trust of india"},
		"IANS":          {"ians", "indo-asian news service"},
		"ANI":           {"ani", "asian news international"},
		"UNI":           {"uni", "united news of india"},
		"Xinhua":        {"xinhua", "xinhua news agency"},
		"TASS":          {"tass", "itar-tass"},
		"RIA Novosti":   {"ria novosti", "ria"},
		"Interfax":      {"interfax", "interfax-ukraine"},
		"Sputnik":       {"sputnik"},
		"Kyodo":         {"kyodo", "kyodo news"},
		"Jiji":          {"jiji", "jiji press"},
		"Yonhap":        {"yonhap", "yonhap news agency"},
		"KCNA":          {"kcna", "korean central news agency"},
		"Anadolu":       {"anadolu", "anadolu agency", "aa"},
		"IRNA":          {"irna", "islamic republic news agency"},
		"ISNA":          {"isna"},
		"Fars":          {"fars", "fars news agency"},
		"Tasnim":        {"tasnim"},
		"WAM":           {"wam", "emirates news agency"},
		"SPA":           {"spa", "saudi press agency"},
		"QNA":           {"qna", "qatar news agency"},
		"KUNA":          {"kuna", "kuwait news agency"},
		"BNA":           {"bna", "bahrain news agency"},
		"ONA":           {"ona", "oman news agency"},
		"Petra":         {"petra"},
		"SANA":          {"sana"},
		"MENA":          {"mena", "middle east news agency"},
		"NNA":           {"nna", "national news agency"},
		"MAP":           {"map", "maghreb arabe presse"},
		"APS":           {"aps", "algerie presse service", "algérie presse service"},
		"TAP":           {"tap", "tunis afrique presse"},
		"dpa":           {"dpa", "deutsche presse-agentur"},
		"EFE":           {"efe", "agencia efe"},
		"ANSA":          {"ansa"},
		"Lusa":          {"lusa"},
		"Belga":         {"belga"},
		"ANP":           {"anp"},
		"APA":           {"apa"},
		"PAP":           {"pap"},
		"CTK":           {"ctk", "čtk"},
		"MTI":           {"mti"},
		"BTA":           {"bta"},
		"Ukrinform":     {"ukrinform"},
		"UNIAN":         {"unian"},
		"BelTA":         {"belta"},
		"UPI":           {"upi", "united press international"},
		"Bloomberg":     {"bloomberg", "bloomberg news"},
		"CNN":           {"cnn"},
		"BBC":           {"bbc"},
		"AAP":           {"aap", "australian associated press"},
		"CP":            {"cp", "the canadian press", "canadian press"},
		"PA":            {"pa", "pa media", "press association"},
		"Bernama":       {"bernama"},
		"Antara":        {"antara"},
		"PNA":           {"pna", "philippine news agency"},
		"VNA":           {"vna", "vietnam news agency"},
		"CNA":           {"cna", "central news agency"},
		"APP":           {"app", "associated press of pakistan"},
		"BSS":           {"bss", "bangladesh sangbad sangstha"},
		"RSS":           {"rss", "rastriya samachar samiti"},
		"NAN":           {"nan", "news agency of nigeria"},
		"KNA":           {"kna", "kenya news agency"},
		"ENA":           {"ena", "ethiopian news agency"},
		"SUNA":          {"suna"},
		"Prensa Latina": {"prensa latina"},
		"Notimex":       {"notimex"},
	} {
		for _, n := range names {
			agencies[n] = canon
		}
	}
}

// Agency returns the canonical name of a news agency as credited ("The
// Associated Press" → "AP", "Agence France-Presse" → "AFP"), and whether
// it is known. A joint credit ("AP/Reuters", "AFP-JIJI") gives the
// first known agency.
func Agency(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if c, ok := agencies[strings.ToLower(name)]; ok {
		return c, true
	}
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == ',' || r == '-' || r == '&' || r == '+' }) {
		if c, ok := agencies[strings.ToLower(strings.TrimSpace(part))]; ok {
			return c, true
		}
	}
	return "", false
}
