/**
 * Prints what the browser loads for each built entry point, raw and gzipped
 * (issue 3: the content script must stay <= 150 kB gzipped at load). Run after
 * `npm run build`: `npm run size`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? '.output/chrome-mv3';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(root)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .map((f) => {
    const bytes = readFileSync(f);
    return { file: relative(root, f), kB: +(bytes.length / 1024).toFixed(1), gzipKB: +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1) };
  })
  .sort((a, b) => b.gzipKB - a.gzipKB);
console.table(rows);
const content = rows.filter((r) => r.file.startsWith('content-scripts/'));
const total = content.reduce((sum, r) => sum + r.gzipKB, 0);
console.log(`content script at load: ${total.toFixed(1)} kB gzipped (budget 150 kB)`);

// The learned scorer's data (issue 13: <= 1 MB gzipped). The CLI bundles it; the extension does not load it yet
// (issue 13 leaves it to load after the first focus, never at page load).
const modelFiles = ['rules/model/weights.json', 'rules/model/word-clusters.json'];
const modelGz = modelFiles.map((f) => gzipSync(readFileSync(f), { level: 9 }).length / 1024);
console.log(`learned scorer data: ${modelFiles.map((f, i) => `${f} ${modelGz[i]!.toFixed(1)} kB`).join(', ')}; ${modelGz.reduce((a, b) => a + b, 0).toFixed(1)} kB gzipped in all (budget 1,024 kB)`);
