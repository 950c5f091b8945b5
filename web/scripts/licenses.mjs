// licenses writes the licence texts of the npm packages bundled into the
// UI (the dependencies of package.json and theirs, not the build tools),
// since the minified bundle drops their copyright comments and MIT and
// ISC ask for the notice to travel with the code.
//
// Usage: node scripts/licenses.mjs OUT.txt
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/licenses.mjs OUT.txt');
  process.exit(2);
}

function manifest(name) {
  const dir = join(root, 'node_modules', name);
  try {
    return { dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
  } catch (err) {
    console.error(`licenses: ${name}: ${err.message} (run npm ci first)`);
    process.exit(1);
  }
}

const seen = new Map();
const todo = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});
while (todo.length) {
  const name = todo.shift();
  if (seen.has(name)) continue;
  const m = manifest(name);
  seen.set(name, m);
  todo.push(...Object.keys(m.pkg.dependencies ?? {}));
}

const parts = [
  'Third-party software and data in the annalist browser UI: the npm packages it depends on',
  '(those it uses are bundled, minified, into assets/*.js) and the map outlines (world.json).\n',
];
for (const name of [...seen.keys()].sort()) {
  const { dir, pkg } = seen.get(name);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) {
    console.error(`licenses: ${name} has no licence file`);
    process.exit(1);
  }
  parts.push(`${'='.repeat(72)}\n${name} ${pkg.version} (${pkg.license})\n${'='.repeat(72)}\n${readFileSync(join(dir, file), 'utf8').trim()}\n`);
}
// world.json is derived from Natural Earth (public domain) as packaged by
// world-atlas, whose ISC licence asks for its notice in copies.
const atlas = readFileSync(join(root, 'scripts', 'world-atlas.LICENSE'), 'utf8').trim();
parts.push(`${'='.repeat(72)}\nworld.json: Natural Earth 1:110m countries (public domain) via world-atlas (ISC)\n${'='.repeat(72)}\n${atlas}\n`);
writeFileSync(out, parts.join('\n'));
console.log(`licenses: ${seen.size} packages -> ${out}`);
