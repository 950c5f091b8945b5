import { test } from 'node:test';
import assert from 'node:assert/strict';

import { series, stacked } from '../src/timeseries.js';

test('series fills empty days with zero events and no mean', () => {
  const [xs, q1, q2, q3, q4, mean] = series(
    [
      { start: '2024-02-14', total: 3, quad_counts: [2, 0, 1, 0], mean_goldstein: 1.5 },
      { start: '2024-02-17', total: 1, quad_counts: [0, 0, 0, 1], mean_goldstein: -9 },
    ],
    'day',
  );
  const t0 = Date.UTC(2024, 1, 14) / 1000;
  assert.deepEqual(xs, [t0, t0 + 86400, t0 + 2 * 86400, t0 + 3 * 86400]);
  assert.deepEqual(q1, [2, 0, 0, 0]);
  assert.deepEqual(q2, [0, 0, 0, 0]);
  assert.deepEqual(q3, [1, 0, 0, 0]);
  assert.deepEqual(q4, [0, 0, 0, 1]);
  assert.deepEqual(mean, [1.5, null, null, -9]);
});

test('series steps by weeks', () => {
  const [xs] = series(
    [
      { start: '2024-01-01', total: 1, quad_counts: [1, 0, 0, 0], mean_goldstein: 1 },
      { start: '2024-01-15', total: 1, quad_counts: [1, 0, 0, 0], mean_goldstein: 1 },
    ],
    'week',
  );
  assert.equal(xs.length, 3);
  assert.equal(xs[1] - xs[0], 7 * 86400);
});

test('stacked sums QuadClasses from the top of the stack down', () => {
  const cols = [[1, 2], [1, 0], [2, 1], [0, 3], [4, 0], [2.5, null]];
  assert.deepEqual(stacked(cols), [[1, 2], [7, 4], [3, 4], [3, 1], [1, 0], [2.5, null]]);
});
