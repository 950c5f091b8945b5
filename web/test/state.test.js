import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readState, writeState, apiQuery } from '../src/state.js';

test('readState keeps known filters and view parameters', () => {
  const s = readState('?actor=USA&quad=4&junk=1&q=%20talks%20&interval=week&event=e1&country=');
  assert.deepEqual(s, { filters: { actor: 'USA', quad: '4', q: 'talks' }, interval: 'week', event: 'e1' });
  assert.deepEqual(readState(''), { filters: {}, interval: 'day', event: '' });
  assert.equal(readState('?interval=month').interval, 'day');
});

test('writeState round-trips and orders parameters', () => {
  const s = { filters: { q: 'a b', dyad: 'USA,CHN' }, interval: 'day', event: 'x/y' };
  const qs = writeState(s);
  assert.equal(qs, '?dyad=USA%2CCHN&q=a+b&event=x%2Fy');
  assert.deepEqual(readState(qs), s);
  assert.equal(writeState({ filters: {}, interval: 'day', event: '' }), '');
});

test('apiQuery sends filters and extras, never empty or view values', () => {
  assert.equal(apiQuery({ root: '14', from: '2024-01-01' }, { limit: 50, cursor: '' }), '?root=14&from=2024-01-01&limit=50');
  assert.equal(apiQuery({}), '');
});
