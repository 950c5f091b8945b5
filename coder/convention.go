package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// securityRoles are the forces whose violence against civilians CAMEO
// codes as repression; civilianRoles the people it is done to.
var (
	securityRoles = []string{"COP", "MIL", "SPY"}
	civilianRoles = []string{"OPP", "CVL", "EDU", "LAB", "MED"}
	armedRoles    = []string{"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF"}
)

// repression maps force used by police, soldiers or security services
// against their own country's civilians ("police fired on protesters",
// "soldiers beat students") to violent repression (175), as CAMEO's
// convention has it; between armed sides, or against another country's
// people, the act keeps its code.
func repression(code string, src, tgt actor.Mention) string {
	if !strings.HasPrefix(code, "19") && code != "180" && code != "182" {
		return code
	}
	if src.Country != tgt.Country && tgt.Country != "" {
		return code
	}
	armed := func(r string) bool { return slices.Contains(armedRoles, r) }
	if !slices.ContainsFunc(src.Roles, func(r string) bool { return slices.Contains(securityRoles, r) }) ||
		!slices.ContainsFunc(tgt.Roles, func(r string) bool { return slices.Contains(civilianRoles, r) }) ||
		slices.ContainsFunc(tgt.Roles, armed) {
		return code
	}
	return repressionCode
}
