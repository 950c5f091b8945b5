// The actor network's data: nodes and links from the API's top dyads.

// graph returns {nodes, links}. A node is an actor code with the number of
// events it takes part in among these dyads; a link is one directed dyad
// (actor1 -> actor2) with its count and mean Goldstein. A link whose
// reverse is also present is marked so the two can be drawn apart.
export function graph(dyads) {
  const byCode = new Map();
  const node = (code) => {
    let n = byCode.get(code);
    if (!n) {
      n = { id: code, events: 0 };
      byCode.set(code, n);
    }
    return n;
  };
  const keys = new Set(dyads.map((d) => d.actor1 + '\u0000' + d.actor2));
  const links = dyads.map((d) => {
    node(d.actor1).events += d.count;
    if (d.actor2 !== d.actor1) node(d.actor2).events += d.count;
    return {
      source: d.actor1,
      target: d.actor2,
      count: d.count,
      goldstein: d.mean_goldstein,
      twoWay: d.actor1 !== d.actor2 && keys.has(d.actor2 + '\u0000' + d.actor1),
    };
  });
  return { nodes: [...byCode.values()], links };
}

// radius sizes a node by its events: area grows with the count.
export function radius(events, most) {
  return 4 + 18 * Math.sqrt(events / Math.max(1, most));
}
