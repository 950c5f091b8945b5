// build makes the UI that the Go package embeds: Vite's production build,
// the licences of the bundled packages, and gzip copies of text files.
//
// Usage: node scripts/build.mjs [OUTDIR]   (default dist)
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
const run = (script, ...args) => execFileSync(process.execPath, [join(root, 'scripts', script), ...args], { stdio: 'inherit' });

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
run('licenses.mjs', join(outDir, 'third-party-licenses.txt'));
run('compress.mjs', outDir);
