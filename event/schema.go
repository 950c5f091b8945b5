package event

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the JSON form of Event: the
// documented contract of annalist's primary output.
//
//go:embed schema.json
var Schema []byte
