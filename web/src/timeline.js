// The timeline: events per day or week by QuadClass, and the mean
// Goldstein score on a second axis, drawn with uPlot.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { QUADS } from './colors.js';
import { series, stacked } from './timeseries.js';

const DAY = 86400;
const DAY_INCRS = [1, 2, 7, 14, 28, 91, 182, 365, 730, 1826, 3652].map((d) => d * DAY);

// drawTimeline draws the answer of /api/stats/timeline into el, replacing
// what was there, and returns the chart (or null when there is no data).
export function drawTimeline(el, answer, onPick) {
  el.replaceChildren();
  const buckets = answer.buckets ?? [];
  const total = buckets.reduce((s, b) => s + b.total, 0);
  el.dataset.total = String(total);
  el.dataset.buckets = String(buckets.length);
  if (!buckets.length) {
    el.append(emptyNote('No events match these filters.'));
    return null;
  }
  const cols = series(buckets, answer.interval);
  const step = (answer.interval === 'week' ? 7 : 1) * DAY;
  const few = cols[0].length <= 60;
  const bars = uPlot.paths.bars({ size: [0.8, 24], gap: 1 });
  // Stacked bars: the first series is the whole stack, the QuadClasses
  // below it are drawn over it; the legend shows each one's own count.
  const quadSeries = [...QUADS].reverse().map((q) => ({
    label: q.name,
    fill: q.color,
    stroke: q.color,
    width: 0,
    paths: bars,
    points: { show: false },
    value: (u, v, si, i) => (i == null ? '--' : String(cols[q.n][i])),
  }));
  const opts = {
    width: Math.max(300, el.clientWidth),
    height: 220,
    cursor: { drag: { x: true, y: false } },
    // Half a period of room each side, so the first and last bars show whole.
    scales: { x: { time: true, range: (u, min, max) => [min - step / 2, max + step / 2] }, g: { range: [-10, 10] } },
    axes: [
      // Ticks on whole days at least: the data has no time of day.
      { incrs: DAY_INCRS },
      { label: 'events', size: 50 },
      { scale: 'g', side: 1, label: 'mean Goldstein', grid: { show: false }, size: 50 },
    ],
    series: [
      {},
      ...quadSeries,
      // Dots for a few periods; over many, dots would cover the bars, so a
      // thin line (broken where a period has no events).
      few
        ? { label: 'Mean Goldstein', scale: 'g', stroke: '#333', width: 1, paths: () => null, points: { show: true, size: 5, fill: '#333' } }
        : { label: 'Mean Goldstein', scale: 'g', stroke: 'rgba(30,30,30,0.75)', width: 1, points: { show: false } },
    ],
    hooks: {
      // Dragging across the chart selects that period as the date filter.
      setSelect: [
        (u) => {
          if (!onPick || u.select.width < 2) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          onPick(isoDate(from), isoDate(to));
        },
      ],
    },
  };
  return new uPlot(opts, stacked(cols), el);
}

function isoDate(sec) {
  return new Date(sec * 1000).toISOString().slice(0, 10);
}

export function emptyNote(text) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}
