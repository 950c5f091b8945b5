// Colours shared by the charts, chosen to read on white and for common
// colour-vision deficiencies (cooperation blue/teal, conflict orange/red).

// QUADS are CAMEO's four QuadClasses, in order 1..4.
export const QUADS = [
  { n: 1, name: 'Verbal cooperation', color: '#4c9be8' },
  { n: 2, name: 'Material cooperation', color: '#1b6b5a' },
  { n: 3, name: 'Verbal conflict', color: '#f0a030' },
  { n: 4, name: 'Material conflict', color: '#c8322a' },
];

function mix(a, b, t) {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return '#' + pa.map((x, i) => Math.round(x + (pb[i] - x) * t).toString(16).padStart(2, '0')).join('');
}

// goldsteinColor maps the Goldstein scale (-10 conflict .. +10
// cooperation) to red .. grey .. blue.
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (Number(g) || 0) / 10));
  return t < 0 ? mix('#9a9a9a', '#c8322a', -t) : mix('#9a9a9a', '#2166ac', t);
}
