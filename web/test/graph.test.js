import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graph, radius } from '../src/graph.js';

test('graph counts events per actor and marks two-way dyads', () => {
  const g = graph([
    { actor1: 'USA', actor2: 'CHN', count: 5, mean_goldstein: -2 },
    { actor1: 'CHN', actor2: 'USA', count: 2, mean_goldstein: 1 },
    { actor1: 'USA', actor2: 'FRA', count: 1, mean_goldstein: 3.4 },
  ]);
  assert.deepEqual(g.nodes, [
    { id: 'USA', events: 8 },
    { id: 'CHN', events: 7 },
    { id: 'FRA', events: 1 },
  ]);
  assert.deepEqual(
    g.links.map((l) => [l.source, l.target, l.count, l.goldstein, l.twoWay]),
    [
      ['USA', 'CHN', 5, -2, true],
      ['CHN', 'USA', 2, 1, true],
      ['USA', 'FRA', 1, 3.4, false],
    ],
  );
});

test('radius grows with the square root of events', () => {
  assert.equal(radius(0, 100), 4);
  assert.equal(radius(100, 100), 22);
  assert.equal(radius(25, 100), 13);
});
