// compress writes a gzip copy (NAME.gz) beside each text file of the
// build, so that the Go handler can serve compressed bytes without
// compressing on every request. Files that do not shrink get no copy.
//
// Usage: node scripts/compress.mjs DIR
import { readdirSync, readFileSync, writeFileSync, statSync, unlinkSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/compress.mjs DIR');
  process.exit(2);
}

function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.gz')) unlinkSync(p); // stale copy of an old build
    else if (TEXT.has(extname(name))) {
      const raw = readFileSync(p);
      // zlib writes no name or time in the header, so the same input gives
      // the same bytes and a rebuild changes no committed file needlessly.
      const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
      if (gz.length < raw.length * 0.9) {
        writeFileSync(p + '.gz', gz);
        console.log(`${p}: ${(raw.length / 1024).toFixed(1)} KB, gzip ${(gz.length / 1024).toFixed(1)} KB`);
      }
    }
  }
}
walk(dir);
