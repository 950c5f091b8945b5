// annalist's dashboard: filters in the URL, a timeline, the actor network,
// the map and the event table, all read from the API's aggregates, and a
// detail panel with an event's evidence.

import './style.css';
import * as api from './api.js';
import { readState, writeState, FILTERS } from './state.js';
import { drawTimeline } from './timeline.js';
import { drawNetwork } from './network.js';
import { drawMap, loadWorld } from './map.js';
import { EventTable, PAGE } from './table.js';
import { renderDetail } from './detail.js';

const $ = (id) => document.getElementById(id);

let state = readState(location.search);
let loading = null; // AbortController of the current load
let next = null; // cursor of the table's next page
const last = {}; // last answers, to redraw on resize
const table = new EventTable($('events'), (id) => openEvent(id, true));

// --- URL and form -------------------------------------------------------

function go(change, push = true) {
  state = { ...state, ...change };
  const url = location.pathname + writeState(state);
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function fillForm() {
  const form = $('filters');
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = state.filters[k] ?? '';
  form.elements.interval.value = state.interval;
}

function setFilters(filters) {
  go({ filters, event: '' });
  fillForm();
  closeDetail(false);
  load();
}

function addFilter(k, v) {
  setFilters({ ...state.filters, [k]: v });
}

$('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  const form = e.target;
  const filters = {};
  for (const k of FILTERS) {
    const v = form.elements[k]?.value.trim();
    if (v) filters[k] = v;
  }
  state.interval = form.elements.interval.value;
  setFilters(filters);
});
$('clear').addEventListener('click', () => setFilters({}));
window.addEventListener('popstate', () => {
  state = readState(location.search);
  fillForm();
  load();
  if (state.event) openEvent(state.event, false);
  else closeDetail(false);
});

// --- loading ------------------------------------------------------------

// timed runs a drawing step as a User Timing measure ("draw timeline"…),
// which the browser test prints and the browser's profiler shows.
async function timed(name, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    performance.measure('draw ' + name, { start, end: performance.now() });
  }
}

function showError(err) {
  if (err.name === 'AbortError') return;
  const box = $('error');
  box.hidden = false;
  box.textContent = err.message;
  if (err.status === 401 || err.status === 403) $('token-form').hidden = false;
}

function summarise(answer) {
  const total = (answer.buckets ?? []).reduce((s, b) => s + b.total, 0);
  const active = Object.entries(state.filters).map(([k, v]) => `${k}=${v}`);
  $('summary').textContent = `${total.toLocaleString('en')} events` + (active.length ? ` matching ${active.join(', ')}` : '');
  $('summary').dataset.total = String(total);
}

async function load() {
  loading?.abort();
  const ctl = new AbortController();
  loading = ctl;
  const started = performance.now();
  document.body.dataset.ready = '';
  $('error').hidden = true;
  const f = state.filters;
  const jobs = [
    api.timeline(f, state.interval, ctl.signal).then((a) => {
      last.timeline = a;
      summarise(a);
      return timed('timeline', () => drawTimeline($('timeline'), a, pickDates));
    }),
    api.dyads(f, 60, ctl.signal).then((a) => {
      last.dyads = a;
      return timed('network', () => drawNetwork($('network'), a, chartActions));
    }),
    api.places(f, 500, ctl.signal).then((a) => {
      last.places = a;
      return timed('map', () => drawMap($('map'), a, chartActions));
    }),
    api.events(f, '', PAGE, ctl.signal).then((a) => {
      return timed('table', () => {
        table.clear();
        table.append(a.events);
        setNext(a.next);
      });
    }),
  ];
  const results = await Promise.allSettled(jobs);
  if (ctl.signal.aborted) return;
  results.filter((r) => r.status === 'rejected').forEach((r) => showError(r.reason));
  // The browser test and anyone curious read how long the view took:
  // this load, and since the page's navigation started.
  window.annalistLoadMs = performance.now() - started;
  window.annalistReadyAt = performance.now();
  document.body.dataset.ready = results.every((r) => r.status === 'fulfilled') ? 'ok' : 'error';
}

function setNext(cursor) {
  next = cursor;
  $('more').hidden = !cursor;
  $('shown').textContent = `${table.rows} shown`;
}

$('more').addEventListener('click', async () => {
  const ctl = loading; // a new load (other filters) makes this page stale
  try {
    const a = await api.events(state.filters, next, PAGE, ctl?.signal);
    if (ctl !== loading) return;
    table.append(a.events);
    setNext(a.next);
  } catch (err) {
    showError(err);
  }
});

const pickDates = (from, to) => setFilters({ ...state.filters, from, to });

const chartActions = {
  onActor: (code) => addFilter('actor', code),
  onDyad: (a, b) => addFilter('dyad', `${a},${b}`),
  onCountry: (code) => addFilter('country', code),
};

// --- detail -------------------------------------------------------------

async function openEvent(id, push) {
  if (push) go({ event: id });
  const panel = $('detail');
  panel.hidden = false;
  const body = $('detail-body');
  body.textContent = 'Loading…';
  body.dataset.id = '';
  try {
    const e = await api.event(id);
    if (state.event !== id) return; // another event was opened meanwhile
    renderDetail(body, e);
    body.dataset.id = id;
  } catch (err) {
    body.textContent = err.message;
  }
}

function closeDetail(push = true) {
  $('detail').hidden = true;
  if (state.event) go({ event: '' }, push);
}

$('close-detail').addEventListener('click', () => closeDetail(true));
document.addEventListener('keydown', (e) => e.key === 'Escape' && !$('detail').hidden && closeDetail(true));

// --- token, live stream, resize -----------------------------------------

$('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  api.setToken(e.target.elements.token.value.trim());
  $('token-form').hidden = true;
  load();
});

// The stream needs no token on loopback; EventSource cannot send one, so
// behind a token the page simply does without live updates.
function listen() {
  if (!window.EventSource || api.token()) return;
  const es = new EventSource('/api/stream');
  let fresh = 0;
  es.addEventListener('event', () => {
    fresh++;
    $('fresh').hidden = false;
    $('fresh').textContent = `${fresh} new event${fresh === 1 ? '' : 's'}: refresh`;
  });
  // data-live tells (the browser test, among others) that new events will
  // be announced from now on.
  es.onopen = () => (document.body.dataset.live = 'open');
  es.onerror = () => {
    document.body.dataset.live = es.readyState === EventSource.CLOSED ? 'closed' : 'retrying';
  };
  $('fresh').addEventListener('click', () => {
    fresh = 0;
    $('fresh').hidden = true;
    load();
  });
}

let resizeTimer;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (last.timeline) drawTimeline($('timeline'), last.timeline, pickDates);
    if (last.dyads) drawNetwork($('network'), last.dyads, chartActions);
    if (last.places) drawMap($('map'), last.places, chartActions);
  }, 200);
});

fillForm();
loadWorld().catch(showError);
load();
if (state.event) openEvent(state.event, false);
listen();
