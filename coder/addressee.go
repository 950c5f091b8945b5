package coder

// needsAddressee reports whether a code names an act that is made of
// someone: a demand (10x) needs an addressee the text names, as the
// annotation policy has it ("workers demanding higher pay" ask no one,
// and code no demand; "demanded that the government resign" asks the
// government).
func needsAddressee(code string) bool {
	return codeUnder(code, "10")
}
