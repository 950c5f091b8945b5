package event

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	compiled    *jsonschema.Schema
	compileErr  error
	compileOnce sync.Once
)

// Validate checks one JSON-encoded record against Schema and says where it
// departs from it.
func Validate(record []byte) error {
	compileOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
		if err != nil {
			compileErr = err
			return
		}
		c := jsonschema.NewCompiler()
		if err = c.AddResource("schema.json", doc); err != nil {
			compileErr = err
			return
		}
		compiled, compileErr = c.Compile("schema.json")
	})
	if compileErr != nil {
		return fmt.Errorf("event schema: %w", compileErr)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(record))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return compiled.Validate(v)
}

// ValidateEvent encodes e and validates it.
func ValidateEvent(e *Event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return Validate(b)
}
