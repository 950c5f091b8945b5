// h builds an HTML element: h('td', {class: 'x'}, 'text', child). Text is
// always set as text, never parsed as HTML, so stored article text cannot
// inject markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

// actorLabel is how an actor is named in the table: its code, and the
// dictionary name when there is one.
export function actorLabel(a) {
  if (!a) return '—';
  return a.name ? `${a.code} · ${a.name}` : a.code;
}
