import { validatePost } from '../../lib/post';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { CaptureContext, ParseResult } from '../../lib/parse-result';
import { parseXGraphql } from '../../lib/platforms/x/parse-graphql';
import { parseXArticles } from '../../lib/platforms/x/dom/parse-page';
import { parseThreadsGraphql } from '../../lib/platforms/threads/parse-graphql';
import { extractThreadsScripts, parseThreadsEmbedded } from '../../lib/platforms/threads/parse-embedded';
import { round, type Bench, type BenchResult } from './types';
import { capturesDir, hasCaptures } from '../../tests/helpers/captures';

/**
 * Parser throughput over every real capture (Node, warmed up): MB/s and posts/s, with JSON.parse
 * counted separately so the walk's own cost is visible. DOM parsers are timed on documents already
 * built (the browser builds them for the page anyway).
 */
/** The real captures (tests/helpers/captures.ts): without them this bench says so and measures nothing. */
const CAPTURES = capturesDir;
// With the schema check, as the isolated world and the background run it.
const CONTEXT: CaptureContext = { timeline: 'bench', now: 1_750_000_000_000, validate: validatePost };
const ROUNDS = 15;

function files(folder: string, ext: string): Array<{ name: string; text: string }> {
  return readdirSync(join(CAPTURES, folder))
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ name, text: readFileSync(join(CAPTURES, folder, name), 'utf8') }));
}

/** Median time (ms) of `rounds` passes of `work` over all inputs, after one warm-up pass. */
function time<T>(inputs: readonly T[], work: (input: T) => ParseResult | unknown): number {
  inputs.forEach(work);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    for (const input of inputs) work(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function throughput(bench: string, label: string, bytes: number, posts: number, ms: number): BenchResult[] {
  return [
    { bench, metric: `${label}: MB/s`, value: round(bytes / 1e6 / (ms / 1000), 1), unit: 'MB/s', n: ROUNDS },
    { bench, metric: `${label}: posts/s`, value: round(posts / (ms / 1000), 0), unit: 'posts/s', n: ROUNDS },
  ];
}

export const parsersBench: Bench = async () => {
  if (!hasCaptures) {
    console.error(`parsers: skipped, real captures absent at ${capturesDir} (set CROSSFEED_CAPTURES)`);
    return [];
  }
  const results: BenchResult[] = [];

  const xJson = files('x', '.json');
  const xBytes = xJson.reduce((sum, file) => sum + file.text.length, 0);
  const xValues = xJson.map((file) => JSON.parse(file.text) as unknown);
  const xPosts = xValues.reduce<number>((sum, value) => sum + parseXGraphql(value, CONTEXT).posts.length, 0);
  const xParse = time(xJson, (file) => JSON.parse(file.text));
  const xWalk = time(xValues, (value) => parseXGraphql(value, CONTEXT));
  results.push(
    ...throughput(
      'parse-x',
      `X GraphQL, ${xJson.length} files ${(xBytes / 1e6).toFixed(1)} MB, walk + schema check`,
      xBytes,
      xPosts,
      xWalk,
    ),
    ...throughput('parse-x', 'X GraphQL, JSON.parse + walk', xBytes, xPosts, xWalk + xParse),
    {
      bench: 'parse-x',
      metric: 'X GraphQL walk / JSON.parse of the same files',
      value: round(xWalk / xParse),
      unit: 'x',
      n: ROUNDS,
    },
  );

  const xDom = files('x-dom', '.html');
  const xDomBytes = xDom.reduce((sum, file) => sum + file.text.length, 0);
  const xDocs = xDom.map((file) => parseHTML(file.text).document as unknown as ParentNode);
  const xDomPosts = xDocs.reduce<number>((sum, doc) => sum + parseXArticles(doc, CONTEXT).posts.length, 0);
  results.push(
    ...throughput(
      'parse-x',
      `X DOM (linkedom), ${xDom.length} files`,
      xDomBytes,
      xDomPosts,
      time(xDocs, (doc) => parseXArticles(doc, CONTEXT)),
    ),
  );

  const threadsJson = files('threads', '.json');
  const tBytes = threadsJson.reduce((sum, file) => sum + file.text.length, 0);
  const tValues = threadsJson.map((file) => JSON.parse(file.text) as unknown);
  const tPosts = tValues.reduce<number>(
    (sum, value) => sum + parseThreadsGraphql(value, CONTEXT).posts.length,
    0,
  );
  results.push(
    ...throughput(
      'parse-threads',
      'Threads GraphQL, JSON.parse + walk',
      tBytes,
      tPosts,
      time(threadsJson, (file) => parseThreadsGraphql(JSON.parse(file.text), CONTEXT)),
    ),
  );
  const pages = files('threads', '.html');
  const scripts = pages.map((file) =>
    extractThreadsScripts(parseHTML(file.text).document as unknown as ParentNode),
  );
  const pBytes = scripts.flat().reduce((sum, text) => sum + text.length, 0);
  const pPosts = scripts.reduce<number>(
    (sum, blobs) => sum + parseThreadsEmbedded(blobs, CONTEXT).posts.length,
    0,
  );
  results.push(
    ...throughput(
      'parse-threads',
      `Threads embedded page JSON (${(pBytes / 1e6).toFixed(2)} MB of data-sjs)`,
      pBytes,
      pPosts,
      time(scripts, (blobs) => parseThreadsEmbedded(blobs, CONTEXT)),
    ),
  );
  return results;
};
