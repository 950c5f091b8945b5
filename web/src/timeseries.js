// Pure helpers of the timeline, apart so that they can be tested without
// a browser.

import { QUADS } from './colors.js';

const DAY = 86400;

// series turns the API's buckets into uPlot's columns, with empty periods
// between buckets filled in as zero events (and no mean Goldstein).
export function series(buckets, interval) {
  const step = interval === 'week' ? 7 * DAY : DAY;
  const xs = [];
  const quads = QUADS.map(() => []);
  const mean = [];
  let prev = null;
  for (const b of buckets) {
    const t = Date.parse(b.start + 'T00:00:00Z') / 1000;
    if (prev !== null) {
      // Cap the filling so a stray date decades away cannot blow up.
      for (let x = prev + step, n = 0; x < t && n < 20000; x += step, n++) {
        xs.push(x);
        quads.forEach((q) => q.push(0));
        mean.push(null);
      }
    }
    xs.push(t);
    quads.forEach((q, i) => q.push(b.quad_counts?.[i] ?? 0));
    mean.push(b.mean_goldstein);
    prev = t;
  }
  return [xs, ...quads, mean];
}

// stacked turns series' columns into stacked bars for uPlot, which draws
// series in order with later ones on top: [xs, q1+q2+q3+q4, q1+q2+q3,
// q1+q2, q1, mean]. Each bar then shows its QuadClass as the band above
// the next one's top.
export function stacked([xs, ...rest]) {
  const quads = rest.slice(0, QUADS.length);
  const mean = rest[QUADS.length];
  const sums = [];
  let acc = xs.map(() => 0);
  for (const q of quads) {
    acc = acc.map((v, i) => v + q[i]);
    sums.push(acc);
  }
  return [xs, ...sums.reverse(), mean];
}
