// A small helper for building SVG elements.

const NS = 'http://www.w3.org/2000/svg';

// svg creates an SVG element with attributes; a 'title' attribute becomes
// a <title> child, which browsers show as a tooltip.
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'title') {
      const t = document.createElementNS(NS, 'title');
      t.textContent = v;
      el.append(t);
    } else if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  }
  el.append(...children);
  return el;
}
