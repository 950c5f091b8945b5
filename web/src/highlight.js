// Evidence highlighting. The API gives byte offsets into the article's
// UTF-8 text; JavaScript strings index UTF-16 code units, so offsets are
// converted by walking the sentence once.

// utf16Index returns a function mapping a UTF-8 byte offset in text to the
// index of the same position in the JavaScript string. An offset inside a
// multi-byte character maps to the start of that character; offsets past
// the end map to text.length.
export function utf16Index(text) {
  const bytes = []; // bytes[i] = UTF-8 offset of UTF-16 index i
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    bytes.push(b);
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character; its low half gets the
      // same offset so that no span starts between the halves.
      bytes.push(b);
      b += 4;
      i++;
    } else b += 3;
  }
  bytes.push(b);
  return (off) => {
    if (off <= 0) return 0;
    if (off >= b) return text.length;
    // Binary search for the last index whose byte offset is <= off.
    let lo = 0;
    let hi = bytes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bytes[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    while (lo > 0 && bytes[lo - 1] === bytes[lo]) lo--;
    return lo;
  };
}

// SPAN_KINDS are the evidence spans that get highlighted, with the class
// name each is shown with.
export const SPAN_KINDS = [
  ['actor1_span', 'actor1'],
  ['actor2_span', 'actor2'],
  ['verb_span', 'verb'],
];

// segments cuts an evidence sentence into plain and highlighted pieces:
// [{text, kind}] where kind is '', 'actor1', 'actor2' or 'verb'. Spans are
// article byte offsets; ev.start is the sentence's. Spans outside the
// sentence are dropped, and where spans overlap the earlier one wins.
export function segments(ev) {
  const text = ev.text ?? '';
  const toIndex = utf16Index(text);
  const base = ev.start ?? 0;
  const spans = [];
  for (const [field, kind] of SPAN_KINDS) {
    const s = ev[field];
    if (!s || !(s.end > s.start)) continue;
    const from = toIndex(s.start - base);
    const to = toIndex(s.end - base);
    if (s.start < base || to <= from) continue;
    spans.push({ from, to, kind });
  }
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.from < at) continue; // overlaps an earlier span
    if (s.from > at) out.push({ text: text.slice(at, s.from), kind: '' });
    out.push({ text: text.slice(s.from, s.to), kind: s.kind });
    at = s.to;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: '' });
  return out;
}
