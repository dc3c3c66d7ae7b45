import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench, BenchResult } from './types';

/**
 * Bundle sizes of the built Chrome extension, per entrypoint: its own file plus the shared chunks
 * and CSS its HTML page loads (what a user's browser parses when that part starts), raw and gzip.
 */
const OUTPUT = resolve('.output/chrome-mv3');

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

/** Files an HTML entrypoint loads (script and stylesheet links, with their static imports). */
function pageFiles(html: string): string[] {
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (found.has(file)) continue;
    found.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(OUTPUT, file), 'utf8');
      for (const match of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)) {
        queue.push(join(file.split('/').slice(0, -1).join('/'), match[1] ?? match[2]!));
      }
    }
  }
  return [...found];
}

export const bundleBench: Bench = async () => {
  const entries: Array<{ name: string; files: string[] }> = [
    { name: 'background', files: ['background.js'] },
    ...readdirSync(join(OUTPUT, 'content-scripts'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ name: `content-scripts/${file}`, files: [`content-scripts/${file}`] })),
    ...['sidepanel', 'popup', 'options'].map((page) => ({
      name: `${page}.html`,
      files: pageFiles(readFileSync(join(OUTPUT, `${page}.html`), 'utf8')),
    })),
  ];
  const results: BenchResult[] = [];
  for (const entry of entries) {
    const contents = entry.files.map((file) => readFileSync(join(OUTPUT, file)));
    const raw = contents.reduce((sum, buffer) => sum + buffer.length, 0);
    const gzip = contents.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
    results.push({
      bench: 'bundle',
      metric: `${entry.name} (${entry.files.length} files), gzip`,
      value: kb(gzip),
      unit: 'KiB',
      n: 1,
    });
    results.push({ bench: 'bundle', metric: `${entry.name}, raw`, value: kb(raw), unit: 'KiB', n: 1 });
  }
  const total = (dir: string): number =>
    readdirSync(dir).reduce((sum, name) => {
      const path = join(dir, name);
      return sum + (statSync(path).isDirectory() ? total(path) : statSync(path).size);
    }, 0);
  results.push({
    bench: 'bundle',
    metric: `whole extension (${relative(process.cwd(), OUTPUT)}), raw`,
    value: kb(total(OUTPUT)),
    unit: 'KiB',
    n: 1,
  });
  return results;
};
