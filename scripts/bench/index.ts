/**
 * `npm run bench` prints a table for people; `npm run bench -- --json` prints one JSON object per
 * line. `--only <name>` runs one bench. Browser benches need a built extension (`npm run build`).
 * A network's own parser bench is found by convention, not listed here: scripts/bench/parsers-<id>.ts
 * exporting `bench`, for each network of the registry that has one (X's and Threads' share parsers.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NETWORKS } from '../../lib/platforms/registry';
import type { Bench, BenchResult } from './types';
import { ingestBench } from './ingest';
import { bundleBench } from './bundle';
import { feedBench } from './feed';
import { latencyBench } from './latency';
import { parsersBench } from './parsers';
import { searchBench } from './search';
import { searchStoreBench } from './search-store';
import { syncBench } from './sync';
import { tapBench } from './tap';

const BENCHES: Record<string, { bench: Bench; needsBuild?: boolean }> = {
  parsers: { bench: parsersBench },
  bundle: { bench: bundleBench, needsBuild: true },
  search: { bench: searchBench },
  'search-store': { bench: searchStoreBench },
  sync: { bench: syncBench },
  feed: { bench: feedBench, needsBuild: true },
  ingest: { bench: ingestBench, needsBuild: true },
  tap: { bench: tapBench, needsBuild: true },
  latency: { bench: latencyBench, needsBuild: true },
};

/** parsers-<id>: each network's parser bench, where it has one. */
async function networkParserBenches(): Promise<Record<string, { bench: Bench; needsBuild?: boolean }>> {
  const found: Record<string, { bench: Bench; needsBuild?: boolean }> = {};
  for (const { id } of NETWORKS) {
    const file = join(import.meta.dirname, `parsers-${id}.ts`);
    if (!existsSync(file)) continue;
    const module: { bench?: unknown } = await import(file);
    if (typeof module.bench !== 'function') throw new Error(`${file} exports no bench`);
    found[`parsers-${id}`] = { bench: module.bench as Bench };
  }
  return found;
}

function table(results: readonly BenchResult[]): string {
  const rows = results.map((result) => [
    result.bench,
    result.metric,
    `${result.value} ${result.unit}`,
    result.baseline === undefined ? '' : `${result.baseline} ${result.unit}`,
    result.target ?? '',
    String(result.n),
  ]);
  const header = ['bench', 'metric', 'value', 'baseline', 'target', 'n'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
  const benches = { ...BENCHES, ...(await networkParserBenches()) };
  const selected = Object.entries(benches).filter(([name]) => only === undefined || name === only);
  if (selected.length === 0)
    throw new Error(`no bench named ${only}; known: ${Object.keys(benches).join(', ')}`);
  if (selected.some(([, entry]) => entry.needsBuild)) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: json ? 'ignore' : 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const all: BenchResult[] = [];
  for (const [name, { bench }] of selected) {
    if (!json) console.error(`running ${name}…`);
    const results = await bench();
    for (const result of results) {
      if (json) console.log(JSON.stringify(result));
      all.push(result);
    }
  }
  if (!json) console.log(table(all));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
