// The actor network: actors of the top dyads as nodes sized by their
// events, directed links coloured by the dyad's mean Goldstein score. The
// layout is computed by d3-force in one go (no animation), so the chart
// is drawn once and costs nothing afterwards.

import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { goldsteinColor } from './colors.js';
import { graph, radius } from './graph.js';
import { svg } from './svg.js';
import { emptyNote } from './timeline.js';

const HEIGHT = 360;

// TICKS is how many steps the layout runs; the cooling rate is set so that
// it settles in that many (d3's default takes 300, three times the cost on
// first load for no visible gain at this size).
const TICKS = 120;

// drawNetwork draws the answer of /api/stats/dyads into el. onActor(code)
// and onDyad(a, b) are called when a node or a link is clicked.
export function drawNetwork(el, answer, { onActor, onDyad }) {
  el.replaceChildren();
  const { nodes, links } = graph(answer.dyads ?? []);
  el.dataset.nodes = String(nodes.length);
  el.dataset.links = String(links.length);
  if (!links.length) {
    el.append(emptyNote('No dyads (events with two actors) match these filters.'));
    return;
  }
  const width = Math.max(300, el.clientWidth);
  const most = Math.max(...nodes.map((n) => n.events));
  const mostLink = Math.max(...links.map((l) => l.count));
  for (const n of nodes) n.r = radius(n.events, most);

  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((n) => n.id).distance((l) => 40 + l.source.r + l.target.r))
    .force('charge', forceManyBody().strength(-160))
    .force('center', forceCenter(width / 2, HEIGHT / 2))
    .force('x', forceX(width / 2).strength(0.05))
    .force('y', forceY(HEIGHT / 2).strength(0.08))
    .force('collide', forceCollide((n) => n.r + 3))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop();
  sim.tick(TICKS);
  for (const n of nodes) {
    n.x = Math.max(n.r + 16, Math.min(width - n.r - 16, n.x)); // and for its ends
    n.y = Math.max(n.r + 2, Math.min(HEIGHT - n.r - 14, n.y)); // room for the label below
  }

  const root = svg('svg', { class: 'network', viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: 'img', 'aria-label': 'Actor network' });
  root.append(
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 8, markerHeight: 8, orient: 'auto' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#777' }))),
  );
  const edges = svg('g', { class: 'links' });
  for (const l of links) {
    const path = svg('path', {
      class: 'link',
      d: linkPath(l),
      stroke: goldsteinColor(l.goldstein),
      'stroke-width': 1 + 5 * Math.sqrt(l.count / mostLink),
      fill: 'none',
      'marker-end': 'url(#arrow)',
      'data-dyad': `${l.source.id},${l.target.id}`,
      title: `${l.source.id} → ${l.target.id}: ${l.count} events, mean Goldstein ${l.goldstein}`,
    });
    path.addEventListener('click', () => onDyad(l.source.id, l.target.id));
    edges.append(path);
  }
  const dots = svg('g', { class: 'nodes' });
  for (const n of nodes) {
    const g = svg('g', { class: 'node', transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, 'data-actor': n.id, tabindex: 0, role: 'button' });
    g.append(svg('circle', { r: n.r.toFixed(1), title: `${n.id}: ${n.events} events in these dyads` }), svg('text', { dy: n.r + 11, 'text-anchor': 'middle' }, n.id));
    g.addEventListener('click', () => onActor(n.id));
    g.addEventListener('keydown', (e) => e.key === 'Enter' && onActor(n.id));
    dots.append(g);
  }
  root.append(edges, dots);
  el.append(root);
}

// linkPath draws a link from the edge of one circle to the edge of the
// other; a dyad present both ways curves so that the two do not overlap.
function linkPath(l) {
  const s = l.source;
  const t = l.target;
  if (s === t) {
    // An actor acting on itself (e.g. a government on its own citizens
    // coded to the same code): a small loop above the node.
    return `M${s.x - 4},${s.y - s.r} c-14,-26 22,-26 8,0`;
  }
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const x1 = s.x + ux * s.r;
  const y1 = s.y + uy * s.r;
  const x2 = t.x - ux * (t.r + 2);
  const y2 = t.y - uy * (t.r + 2);
  if (!l.twoWay) return `M${x1.toFixed(1)},${y1.toFixed(1)} L${x2.toFixed(1)},${y2.toFixed(1)}`;
  const bend = Math.min(30, d / 5);
  const cx = (x1 + x2) / 2 - uy * bend;
  const cy = (y1 + y2) / 2 + ux * bend;
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}
