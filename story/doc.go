// Package story finds reprints and near-copies of articles, groups the
// articles about the same happening into stories, and consolidates the
// events coded from them so that one happening is one record.
//
// The three parts follow one another:
//
//   - Index recognises exact copies (same normalised text) and near copies
//     (re-edits, truncations, changed headlines, added paragraphs, reworded
//     sentences) by the word pairs two texts share.
//   - Clusterer joins articles into stories: two articles published within
//     the window (3 days by default) are in the same story when their texts
//     are near copies or when they report the same event. Stories are the
//     connected groups of that relation, so they do not depend on the order
//     in which articles arrive.
//   - Consolidator folds events that are the same happening (same actors,
//     same code family, dates within the window) into one record that
//     counts its mentions, articles and sources and keeps all the evidence.
//     Fold is the rule for two records; the store uses the same rule.
package story
