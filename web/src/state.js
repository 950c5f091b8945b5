// The view's state lives in the URL's query string, so that a view can be
// shared by its address: the API's event filters, the timeline's interval
// and the event opened in the detail panel.

// FILTERS are the event filters every API read accepts.
export const FILTERS = ['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'country', 'bbox', 'q'];

// VIEW are the URL parameters that are the UI's own, not filters.
export const VIEW = ['interval', 'event'];

// readState returns {filters, interval, event} from a query string.
export function readState(search) {
  const p = new URLSearchParams(search);
  const filters = {};
  for (const k of FILTERS) {
    const v = (p.get(k) ?? '').trim();
    if (v) filters[k] = v;
  }
  return {
    filters,
    interval: p.get('interval') === 'week' ? 'week' : 'day',
    event: p.get('event') ?? '',
  };
}

// writeState returns the query string (with '?', or '' when empty) of a
// state, parameters in a fixed order so equal states give equal URLs.
export function writeState(state) {
  const p = new URLSearchParams();
  for (const k of FILTERS) {
    const v = state.filters?.[k];
    if (v) p.set(k, v);
  }
  if (state.interval === 'week') p.set('interval', 'week');
  if (state.event) p.set('event', state.event);
  const s = p.toString();
  return s ? '?' + s : '';
}

// apiQuery returns the query string of an API read: the filters plus the
// endpoint's own parameters. Empty values are left out, since the API
// refuses parameters it does not know and checks the ones it does.
export function apiQuery(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (filters[k]) p.set(k, filters[k]);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? '?' + s : '';
}
