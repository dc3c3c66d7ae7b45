import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { arr, count, str } from '../../lib/kit/json-read';
import { FIREFOX_EXTENSION_DIR } from './firefox';

/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs) on the Firefox build.
 * Passes with no error and no notice, and no warning except the known ones below: each is a
 * library's code in the bundle, matched by its own source text at the reported place, never by the
 * warning's code alone, and each holds only while Crossfeed's own source does not do the same thing
 * (checked here too). Anything else fails the check.
 */
const KNOWN = [
  {
    code: 'DANGEROUS_EVAL',
    source: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    // Where the probe succeeds zod compiles validators with new Function: never in extension pages or
    // isolated content scripts (their CSP forbids eval), possibly in the MAIN-world taps (the
    // page's CSP decides) unless the code sets z.config({ jitless: true }).
    why: "zod 4's allowsEval probe (Function('') in a try): it tests whether CSP allows eval",
  },
  {
    code: 'DANGEROUS_EVAL',
    source: /:Function\(`return this`\)\(\)/,
    why: "core-js 2's global-object shim, bundled with twitter-text (the composer's counter)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: /__html!==\w+&&\(\w+\.innerHTML=\w+\)/,
    why: "React DOM's dangerouslySetInnerHTML, which Crossfeed never uses",
  },
] as const;
/** What our own code must not do for the entries above to stay true. */
const OWN_SOURCE = ['components', 'entrypoints', 'lib'];
const OWN_FORBIDDEN = /dangerouslySetInnerHTML|\.innerHTML\s*=|new Function\(|\bFunction\(`|\beval\(/;

function ownOffenders(): string[] {
  return OWN_SOURCE.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|tsx)$/.test(name))
      .map((name) => join(dir, name))
      .filter((file) => OWN_FORBIDDEN.test(readFileSync(file, 'utf8'))),
  );
}

function sourceAround(file: string, line: number, column: number): string {
  const text = readFileSync(join(FIREFOX_EXTENSION_DIR, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 120), column + 120);
}

const lint = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8' },
);
let report: unknown;
try {
  report = JSON.parse(lint.stdout) as unknown;
} catch {
  console.error(`web-ext lint printed no JSON (exit ${lint.status}):\n${lint.stdout}\n${lint.stderr}`);
  process.exit(1);
}

const problems: string[] = [];
for (const kind of ['errors', 'notices'] as const) {
  for (const message of arr(report, kind) ?? []) {
    problems.push(`${kind}: ${str(message, 'code')} ${str(message, 'file')}: ${str(message, 'message')}`);
  }
}
const allowed: string[] = [];
for (const message of arr(report, 'warnings') ?? []) {
  const code = str(message, 'code') ?? '';
  const file = str(message, 'file') ?? '';
  const line = count(message, 'line');
  const column = count(message, 'column');
  const where = `${code} ${file}:${line ?? '?'}:${column ?? '?'}`;
  const around = line !== undefined && column !== undefined && file ? sourceAround(file, line, column) : '';
  const known = KNOWN.find((entry) => entry.code === code && entry.source.test(around));
  if (known) allowed.push(`${where}: ${known.why}`);
  else problems.push(`warning: ${where}: ${str(message, 'message')} ${JSON.stringify(around)}`);
}
for (const file of ownOffenders()) {
  problems.push(`${file} uses eval, Function or innerHTML: the known warnings above no longer hold`);
}

for (const entry of allowed) console.log(`known, third-party: ${entry}`);
for (const problem of problems) console.error(problem);
const summary = `web-ext lint: ${problems.length} problem(s), ${allowed.length} known third-party warning(s)`;
console.log(summary);
process.exit(problems.length > 0 || lint.status !== 0 ? 1 : 0);
