// The event table: one page of events at a time (the API pages with a
// cursor; the UI never downloads the whole selection), more on request.

import { QUADS } from './colors.js';
import { h, actorLabel } from './dom.js';

export const PAGE = 50;

// EventTable shows pages of events in a <tbody>; clicking a row calls
// onOpen(id).
export class EventTable {
  constructor(body, onOpen) {
    this.body = body;
    this.onOpen = onOpen;
  }

  clear() {
    this.body.replaceChildren();
  }

  get rows() {
    return this.body.children.length;
  }

  append(events) {
    for (const e of events) {
      const quad = QUADS[e.quad_class - 1];
      const open = () => this.onOpen(e.id);
      this.body.append(
        h(
          'tr',
          { 'data-id': e.id, tabindex: 0, onclick: open, onkeydown: (ev) => ev.key === 'Enter' && open() },
          h('td', { class: 'date' }, e.date),
          h('td', {}, actorLabel(e.actor1)),
          h('td', {}, h('code', {}, e.event_code), ' ', e.event_name),
          h('td', {}, actorLabel(e.actor2)),
          h('td', {}, e.place ? `${e.place.name}, ${e.place.country}` : '—'),
          h('td', { class: 'num' }, Number(e.goldstein).toFixed(1)),
          h('td', {}, quad ? h('span', { class: 'quad', style: `background:${quad.color}`, title: quad.name }, quad.n) : e.quad_class),
        ),
      );
    }
  }
}
