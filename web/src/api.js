// Reads from annalist's HTTP API. When the server asks for a token (reads
// are open on loopback only), the one the user typed is kept for the
// browser tab and sent as a bearer token.

import { apiQuery } from './state.js';

const TOKEN_KEY = 'annalist-token';

export function setToken(t) {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

// APIError is a failed API call; status is the HTTP status (0 when the
// server could not be reached).
export class APIError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// getJSON reads path with the filters and extra parameters.
export async function getJSON(path, filters = {}, extra = {}, signal) {
  const url = path + apiQuery(filters, extra);
  const headers = { Accept: 'application/json' };
  const t = token();
  if (t) headers.Authorization = 'Bearer ' + t;
  let res;
  try {
    res = await fetch(url, { headers, signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new APIError(0, `cannot reach the server for ${path}: ${err.message}`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new APIError(res.status, `${path}: the server answered ${res.status} with a body that is not JSON`);
  }
  if (!res.ok) throw new APIError(res.status, `${path}: ${body?.error ?? 'error ' + res.status}`);
  return body;
}

// events reads one page of events; cursor is the previous page's next.
export const events = (filters, cursor, limit, signal) =>
  getJSON('/api/events', filters, { cursor, limit }, signal);
export const event = (id, signal) => getJSON('/api/events/' + encodeURIComponent(id), {}, {}, signal);
export const timeline = (filters, interval, signal) => getJSON('/api/stats/timeline', filters, { interval }, signal);
export const dyads = (filters, limit, signal) => getJSON('/api/stats/dyads', filters, { limit }, signal);
export const places = (filters, limit, signal) => getJSON('/api/stats/places', filters, { limit }, signal);
