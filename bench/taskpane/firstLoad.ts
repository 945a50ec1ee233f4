import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a page loads before it can run: the `<script src>` files its HTML names
 * (not the chunks it fetches later with `import()`), gzipped at level 9 as a server would.
 * `firstLoadKb('dist', 'workbench.html')` → `{ files: [...], gzipKb: 212.4, rawKb: 780.1 }`
 */
export function firstLoadKb(dist: string, page: string) {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file.replace(/^\.?\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzipKb: round(gzip / 1024), rawKb: round(raw / 1024) };
}

const round = (n: number) => Math.round(n * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  for (const page of ['workbench.html', 'taskpane.html']) {
    const r = firstLoadKb(dist, page);
    console.log(`${page}: ${r.gzipKb} KB gzip (${r.rawKb} KB raw) in ${r.files.length} files`);
  }
}
