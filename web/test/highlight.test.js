import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utf16Index, segments } from '../src/highlight.js';

// byteOffset is the UTF-8 offset of the JS index i in s, computed the slow
// way, to check utf16Index against.
function byteOffset(s, i) {
  return Buffer.byteLength(s.slice(0, i), 'utf8');
}

test('utf16Index maps ASCII offsets to themselves', () => {
  const at = utf16Index('abc');
  assert.deepEqual([0, 1, 2, 3, 9].map(at), [0, 1, 2, 3, 3]);
});

test('utf16Index maps multi-byte characters and surrogate pairs', () => {
  const s = 'Zürich → 東京 🙂 ok';
  const at = utf16Index(s);
  for (let i = 0; i <= s.length; i++) {
    // Skip the low half of the emoji: no byte offset points there.
    if (i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) continue;
    assert.equal(at(byteOffset(s, i)), i, `index ${i}`);
  }
  // Inside 'ü' (2 bytes at offset 1) maps to its start.
  assert.equal(at(2), 1);
});

test('segments highlights actors and verb with article offsets', () => {
  const article = 'Intro. Präsident Macron met Olaf Scholz in Berlin.';
  const start = Buffer.byteLength('Intro. ');
  const text = article.slice(7);
  const span = (word) => {
    const i = article.indexOf(word);
    return { start: byteOffset(article, i), end: byteOffset(article, i + word.length) };
  };
  const got = segments({
    text,
    start,
    actor1_span: span('Präsident Macron'),
    verb_span: span('met'),
    actor2_span: span('Olaf Scholz'),
  });
  assert.deepEqual(got, [
    { text: 'Präsident Macron', kind: 'actor1' },
    { text: ' ', kind: '' },
    { text: 'met', kind: 'verb' },
    { text: ' ', kind: '' },
    { text: 'Olaf Scholz', kind: 'actor2' },
    { text: ' in Berlin.', kind: '' },
  ]);
});

test('segments drops missing, outside and overlapping spans', () => {
  const got = segments({
    text: 'abcdef',
    start: 10,
    actor1_span: { start: 11, end: 14 },
    actor2_span: { start: 2, end: 5 }, // before the sentence
    verb_span: { start: 12, end: 13 }, // inside actor1
  });
  assert.deepEqual(got, [
    { text: 'a', kind: '' },
    { text: 'bcd', kind: 'actor1' },
    { text: 'ef', kind: '' },
  ]);
  assert.deepEqual(segments({ text: 'plain', start: 0, actor1_span: null }), [{ text: 'plain', kind: '' }]);
});
