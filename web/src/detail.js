// The detail panel: an event's whole record and every evidence sentence,
// with the actor and verb words highlighted and the rule that fired.

import { QUADS } from './colors.js';
import { h } from './dom.js';
import { segments } from './highlight.js';

function actorText(a) {
  if (!a) return '—';
  const parts = [a.code];
  if (a.name) parts.push(a.name);
  if (a.text && a.text !== a.name) parts.push(`“${a.text}”`);
  return parts.join(' · ');
}

function row(label, ...value) {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

// safeLink links only to web addresses; anything else is shown as text.
function safeLink(url) {
  return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : url;
}

function evidenceItem(ev, i) {
  const sentence = h(
    'blockquote',
    { class: 'sentence' },
    segments(ev).map((s) => (s.kind ? h('mark', { class: s.kind, title: s.kind }, s.text) : s.text)),
  );
  return h(
    'li',
    { class: 'evidence', 'data-index': i },
    sentence,
    h(
      'dl',
      {},
      row('Rule', h('code', { class: 'rule' }, ev.rule || '—')),
      row('Article', ev.article, ev.sentence >= 0 ? ` (sentence ${ev.sentence + 1}, bytes ${ev.start}–${ev.end})` : ''),
      ev.url ? row('URL', safeLink(ev.url)) : [],
      ev.source ? row('Source', ev.source) : [],
      ev.date_text ? row('Date from', `“${ev.date_text}”`) : [],
    ),
  );
}

// renderDetail fills el with event e.
export function renderDetail(el, e) {
  const quad = QUADS[e.quad_class - 1];
  const when = e.date + (e.date_precision && e.date_precision !== 'day' ? ` (${e.date_precision})` : '');
  el.replaceChildren(
    h('h2', {}, h('code', {}, e.event_code), ' ', e.event_name),
    h(
      'dl',
      { class: 'record' },
      row('Date', when, e.reported && e.reported !== e.date ? `, reported ${e.reported}` : ''),
      row('Source actor', actorText(e.actor1)),
      row('Target actor', actorText(e.actor2)),
      row('QuadClass', quad ? `${quad.n} ${quad.name}` : String(e.quad_class)),
      row('Goldstein', String(e.goldstein)),
      e.plover ? row('PLOVER', [e.plover.type, e.plover.mode].filter(Boolean).join(' / ')) : [],
      row('Place', e.place ? `${e.place.name}, ${e.place.country} (${e.place.precision}; ${e.place.lat}, ${e.place.lon})` : '—'),
      e.via ? row('Via', actorText(e.via)) : [],
      row('Reports', `${e.num_mentions} mentions, ${e.num_articles} articles, ${e.num_sources} sources`, e.sources?.length ? ': ' + e.sources.join(', ') : ''),
      row('ID', h('code', {}, e.id)),
    ),
    h('h3', {}, `Evidence (${e.evidence?.length ?? 0})`),
    h(
      'p',
      { class: 'legend' },
      h('mark', { class: 'actor1' }, 'source actor'),
      ' ',
      h('mark', { class: 'verb' }, 'verb'),
      ' ',
      h('mark', { class: 'actor2' }, 'target actor'),
    ),
    h('ol', { class: 'evidence-list' }, (e.evidence ?? []).map(evidenceItem)),
    h('details', {}, h('summary', {}, 'JSON record'), h('pre', {}, JSON.stringify(e, null, 2))),
  );
}
