// Package learn is annalist's statistical event model: an averaged
// perceptron trained on hand-annotated sentences, used as a backoff to
// the rule-based coder. It proposes events only in sentences where the
// rules code nothing.
//
// For each sentence the model reads the actor mentions the actor
// dictionary finds, and for every ordered pair of them (source, target),
// and every mention alone (source, no target), the predicate that links
// them in the dependency tree: the lowest verb, noun or adjective above
// both, or the one the source hangs from. A candidate's features (predicate lemma,
// dependency path, words between, negation, modality, a verb of saying
// above, the actors' roles) score 21 classes, "none" and the 20 CAMEO
// roots; a root that beats "none" by more than a margin is an event, its
// code the one most often seen in training with that predicate and root.
//
// The trained model is learn/model.bin, written by `go run
// ./learn/cmd/train` from the annotated sets and embedded in the binary.
package learn
