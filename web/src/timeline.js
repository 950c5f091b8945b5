// The timeline: events per day or week by QuadClass, and the mean
// Goldstein score on a second axis, drawn with uPlot.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { QUADS } from './colors.js';
import { series } from './timeseries.js';

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
  const opts = {
    width: Math.max(300, el.clientWidth),
    height: 220,
    cursor: { drag: { x: true, y: false } },
    scales: { x: { time: true }, g: { range: [-10, 10] } },
    axes: [
      {},
      { label: 'events', size: 50 },
      { scale: 'g', side: 1, label: 'mean Goldstein', grid: { show: false }, size: 50 },
    ],
    series: [
      {},
      ...QUADS.map((q) => ({
        label: q.name,
        stroke: q.color,
        width: 1.5,
        paths: uPlot.paths.stepped({ align: 1 }),
      })),
      { label: 'Mean Goldstein', scale: 'g', stroke: '#555', dash: [4, 3], width: 1, spanGaps: true, points: { show: true, size: 4 } },
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
  const chart = new uPlot(opts, series(buckets, answer.interval), el);
  return chart;
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
