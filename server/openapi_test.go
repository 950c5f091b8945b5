package server

import (
	"encoding/json"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes checks both directions: every served route and
// each of its query and path parameters is documented, and the document
// names no route or parameter that is not served.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
		Comps   struct {
			Parameters map[string]param `json:"parameters"`
		} `json:"components"`
	}
	if err := json.Unmarshal(OpenAPI(), &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi version %q, want 3.x", spec.OpenAPI)
	}
	served := map[string]route{}
	for _, rt := range routeTable {
		served[strings.ToLower(rt.method)+" "+rt.path] = rt
	}
	documented := map[string]bool{}
	for path, ops := range spec.Paths {
		for method, raw := range ops {
			key := method + " " + path
			documented[key] = true
			rt, ok := served[key]
			if !ok {
				t.Errorf("openapi.json documents %s, which is not served", key)
				continue
			}
			var op struct {
				Parameters []param `json:"parameters"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			var query, pathParams []string
			for _, p := range op.Parameters {
				if p.Ref != "" {
					p = spec.Comps.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
				}
				switch p.In {
				case "query":
					query = append(query, p.Name)
				case "path":
					pathParams = append(pathParams, p.Name)
				default:
					t.Errorf("%s: parameter %q in %q", key, p.Name, p.In)
				}
			}
			want := append([]string(nil), rt.params...)
			sort.Strings(want)
			sort.Strings(query)
			if !slices.Equal(query, want) {
				t.Errorf("%s: documented query parameters %v, served %v", key, query, want)
			}
			var inPath []string
			for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(path, -1) {
				inPath = append(inPath, m[1])
			}
			if !slices.Equal(pathParams, inPath) {
				t.Errorf("%s: documented path parameters %v, path has %v", key, pathParams, inPath)
			}
		}
	}
	for key := range served {
		if !documented[key] {
			t.Errorf("%s is served but not in openapi.json", key)
		}
	}
}

type param struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}
