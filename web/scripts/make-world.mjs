// make-world derives the map's country outlines from Natural Earth's 1:110m
// countries as packaged by world-atlas (TopoJSON, ISC licence): it keeps
// the countries object only, names each shape by its ISO 3166 alpha-3 code
// (the code events carry) instead of the numeric one, and records the
// attribution the licence asks for.
//
// Usage: node scripts/make-world.mjs GEO_DIR OUT.json
// GEO_DIR holds world-atlas-countries-110m.json and iso_3166-1.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [geoDir, out] = process.argv.slice(2);
if (!geoDir || !out) {
  console.error('usage: node scripts/make-world.mjs GEO_DIR OUT.json');
  process.exit(2);
}

function readJSON(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    console.error(`make-world: reading ${path}: ${err.message}`);
    process.exit(1);
  }
}

const atlas = readJSON(join(geoDir, 'world-atlas-countries-110m.json'));
const iso = readJSON(join(geoDir, 'iso_3166-1.json'))['3166-1'];
const alpha3 = new Map(iso.map((c) => [c.numeric, c.alpha_3]));

// Shapes without an ISO number in world-atlas (Kosovo, Northern Cyprus,
// Somaliland) get the codes CAMEO dictionaries use, or none.
const byName = { Kosovo: 'XKX' };

const countries = atlas.objects.countries;
let unnamed = 0;
const geometries = countries.geometries.map((g) => {
  const code = alpha3.get(g.id) ?? byName[g.properties?.name] ?? '';
  if (!code) unnamed++;
  return { type: g.type, arcs: g.arcs, id: code, properties: { name: g.properties?.name ?? '' } };
});

// Arcs used by the countries object only; 'land' shares them, so none go.
const topo = {
  type: 'Topology',
  attribution: 'Natural Earth 1:110m countries (public domain) via world-atlas, Copyright 2013-2019 Michael Bostock, ISC licence',
  transform: atlas.transform,
  bbox: atlas.bbox,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs: atlas.arcs,
};
writeFileSync(out, JSON.stringify(topo));
console.log(`make-world: ${geometries.length} countries (${unnamed} without a code) -> ${out}`);
