/**
 * `npm run bench` prints a table for people; `npm run bench -- --json` prints one JSON object per
 * line. `--only <name>` runs one bench. Browser benches need a built extension (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import type { Bench, BenchResult } from './types';
import { ingestBench } from './ingest';
import { bundleBench } from './bundle';
import { feedBench } from './feed';
import { latencyBench } from './latency';
import { parsersBench } from './parsers';
import { searchBench } from './search';
import { syncBench } from './sync';
import { tapBench } from './tap';

const BENCHES: Record<string, { bench: Bench; needsBuild?: boolean }> = {
  parsers: { bench: parsersBench },
  bundle: { bench: bundleBench, needsBuild: true },
  search: { bench: searchBench },
  sync: { bench: syncBench },
  feed: { bench: feedBench, needsBuild: true },
  ingest: { bench: ingestBench, needsBuild: true },
  tap: { bench: tapBench, needsBuild: true },
  latency: { bench: latencyBench, needsBuild: true },
};

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
  const selected = Object.entries(BENCHES).filter(([name]) => only === undefined || name === only);
  if (selected.length === 0)
    throw new Error(`no bench named ${only}; known: ${Object.keys(BENCHES).join(', ')}`);
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
