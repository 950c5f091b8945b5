package coder

import (
	"testing"
	"time"
)

// TestThreatDisapproveClasses codes the parses of testdata/threat3.conllu
// and checks the events of objections voiced over another's act, an
// actor "against" another's plan, verdicts of fault carried by a frame,
// warnings of what the warner's own side will do, ultimatums, and force
// or sanctions not ruled out, beside sentences of the same shapes that
// are none.
func TestThreatDisapproveClasses(t *testing.T) {
	checkParsedCases(t, "testdata/threat3.conllu", time.Date(2019, 6, 10, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"objections voiced over a tax another proposed", nil, []string{"DEU IGOEUREEC 110"}},
		{"objections denied by no", nil, nil},
		{"reservations about a thing no one made", nil, nil},
		{"an actor against another's plan", nil, []string{"DEU FRA 110"}},
		{"a verdict carried by a means noun", nil, []string{"USALEG USAGOV 111"}},
		{"a verdict carried by a kind noun", nil, []string{"CHN USA 111"}},
		{"a verdict carried by a verb of equating", nil, []string{"IRN USA 111"}},
		{"an amount is no verdict", nil, nil},
		{"a warning of action against someone", nil, []string{"USAGOV CHN 130"}},
		{"a warning of what the warner would do if", nil, []string{"IRN - 130"}},
		{"a warning of what the addressee would face", nil, []string{"USAGOVAGR IGOEUREEC 130"}},
		{"an ultimatum told", nil, []string{"USAGOV IRN 139"}},
		{"an ultimatum to a role at home", nil, nil},
		{"force not ruled out", nil, []string{"CHN TWN 138"}},
		{"sanctions not ruled out by a body of no country", nil, []string{"IGOEUREEC TUR 1312"}},
		{"force ruled out", nil, nil},
		{"a crime police do not rule out", nil, nil},
		{"force not hesitated over", nil, []string{"PRK USA 138"}},
		{"force kept open by a refusal to rule it out", nil, []string{"USAGOV IRN 138"}},
	})
}
