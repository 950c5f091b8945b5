// The world map: countries shaded by the events placed in them, and a
// circle for each place sized by its events. Outlines are Natural Earth's
// 1:110m countries (world.json, derived by scripts/make-world.mjs), drawn
// with d3-geo; there are no tiles, so the map works offline.

import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { svg } from './svg.js';

let world = null; // the countries as GeoJSON, fetched once

// loadWorld fetches the outlines; call it early, it is shared.
export function loadWorld() {
  world ??= fetch('/world.json')
    .then((r) => {
      if (!r.ok) throw new Error(`world.json: ${r.status}`);
      return r.json();
    })
    .then((topo) => feature(topo, topo.objects.countries));
  return world;
}

// shade maps a count to a fill: log-scaled so that one busy country does
// not wash out the rest.
function shade(count, most) {
  if (!count) return '#eef0f3';
  const t = Math.log1p(count) / Math.log1p(most);
  const l = Math.round(88 - 48 * t);
  return `hsl(212 55% ${l}%)`;
}

// drawMap draws the answer of /api/stats/places into el. onCountry(code)
// is called when a country is clicked.
export async function drawMap(el, answer, { onCountry }) {
  const countries = await loadWorld();
  el.replaceChildren();
  const places = answer.places ?? [];
  const byCountry = new Map((answer.countries ?? []).map((c) => [c.country, c.count]));
  el.dataset.places = String(places.length);
  el.dataset.total = String(places.reduce((s, p) => s + p.count, 0));
  el.dataset.countries = String(byCountry.size);

  const width = Math.max(300, el.clientWidth);
  const height = Math.round(width * 0.52);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const mostCountry = Math.max(1, ...byCountry.values());

  const root = svg('svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Map of event places' });
  root.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
  const shapes = svg('g', { class: 'countries' });
  for (const f of countries.features) {
    const code = f.id;
    const n = byCountry.get(code) ?? 0;
    const p = svg('path', {
      d: path(f),
      fill: shade(n, mostCountry),
      'data-country': code,
      title: `${f.properties.name}${code ? ' (' + code + ')' : ''}: ${n} events`,
    });
    if (code) p.addEventListener('click', () => onCountry(code));
    shapes.append(p);
  }
  root.append(shapes);

  const most = Math.max(1, ...places.map((p) => p.count));
  const dots = svg('g', { class: 'places' });
  // Biggest first, so that small places stay visible (and clickable) on top.
  for (const p of [...places].sort((a, b) => b.count - a.count)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    dots.append(
      svg('circle', {
        cx: xy[0].toFixed(1),
        cy: xy[1].toFixed(1),
        r: (2.5 + 12 * Math.sqrt(p.count / most)).toFixed(1),
        'data-count': p.count,
        title: `${p.name || 'unnamed place'} (${p.country}): ${p.count} events`,
      }),
    );
  }
  root.append(dots);
  el.append(root);
}
