package coder

import (
	"testing"
	"time"
)

// threat3Cases are the sentences of testdata/threat3.conllu, in order: what
// each shows, and the one event it codes ("" for none).
var threat3Cases = []struct{ name, event string }{
	{"objections voiced over a tax another proposed", "DEU IGOEUREEC 110"},
	{"objections denied by no", ""},
	{"reservations about a thing no one made", ""},
	{"an actor against another's plan", "DEU FRA 110"},
	{"a verdict carried by a means noun", "USALEG USAGOV 111"},
	{"a verdict carried by a kind noun", "CHN USA 111"},
	{"a verdict carried by a verb of equating", "IRN USA 111"},
	{"an amount is no verdict", ""},
	{"a warning of action against someone", "USAGOV CHN 130"},
	{"a warning of what the warner would do if", "IRN - 130"},
	{"a warning of what the addressee would face", "USAGOVAGR IGOEUREEC 130"},
	{"an ultimatum told", "USAGOV IRN 139"},
	{"an ultimatum to a role at home", ""},
	{"force not ruled out", "CHN TWN 138"},
	{"sanctions not ruled out by a body of no country", "IGOEUREEC TUR 1312"},
	{"force ruled out", ""},
	{"a crime police do not rule out", ""},
	{"force not hesitated over", "PRK USA 138"},
	{"force kept open by a refusal to rule it out", "USAGOV IRN 138"},
}

// TestThreatDisapproveClasses codes the parses of testdata/threat3.conllu
// and checks the events of objections voiced over another's act, an
// actor "against" another's plan, verdicts of fault carried by a frame,
// warnings of what the warner's own side will do, ultimatums, and force
// or sanctions not ruled out, beside sentences of the same shapes that
// are none.
func TestThreatDisapproveClasses(t *testing.T) {
	cases := make([]parsedCase, len(threat3Cases))
	for i, c := range threat3Cases {
		cases[i].name = c.name
		if c.event != "" {
			cases[i].want = []string{c.event}
		}
	}
	checkParsedCases(t, "testdata/threat3.conllu", time.Date(2019, 6, 10, 0, 0, 0, 0, time.UTC), cases)
}
