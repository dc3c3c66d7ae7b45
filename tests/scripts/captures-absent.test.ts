import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURES_ABSENT } from '../helpers/captures';

/**
 * A fresh clone has no ../shared/fixtures. Without them the suites that read real captures skip
 * with one message and `npm test` counts them apart; in CI the same absence fails. Checked on a
 * child vitest run with CROSSFEED_CAPTURES pointing at an empty folder, over the files that used
 * to crash (captures read while collecting, a mixed file, a test-level read, a collection-time
 * listing), and on the runner's own counting (scripts/run-tests.mjs --count).
 */
const SUBSET = [
  'tests/capture/posts-wire.test.ts',
  'tests/platforms/threads/parse-dom.test.ts',
  'tests/platforms/threads/parse-embedded.test.ts',
  'tests/platforms/x/read-capture-file.test.ts',
  'tests/platforms/x/mutation.test.ts',
  'tests/scripts/parse-cli.test.ts',
];
const SKIPPED_LINE =
  /^(\d+) passed, 0 failed, (\d+) skipped \(real captures absent: set CROSSFEED_CAPTURES\)$/;

/** This run's environment without vitest's own worker variables (the child is a vitest of its own). */
function childEnv(extra: Record<string, string>, ci: boolean): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  delete env.CI;
  return { ...env, ...extra, ...(ci ? { CI: 'true' } : {}) };
}

function vitest(files: readonly string[], captures: string, report: string, ci: boolean) {
  const child = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      ...files,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    { encoding: 'utf8', env: childEnv({ CROSSFEED_CAPTURES: captures }, ci), timeout: 180_000 },
  );
  return { status: child.status, output: `${child.stdout}${child.stderr}` };
}

function count(kind: 'vitest' | 'playwright', report: string, ci: boolean) {
  const child = spawnSync(process.execPath, ['scripts/run-tests.mjs', '--count', kind, report], {
    encoding: 'utf8',
    env: childEnv({}, ci),
  });
  return { status: child.status, lines: child.stdout.trim().split('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'crossfeed-no-captures-'));
const empty = mkdtempSync(join(dir, 'captures-'));

describe('without the real captures', () => {
  it('outside CI the capture suites skip with one message, the rest pass, and npm test counts the skips apart', () => {
    const report = join(dir, 'unit.json');
    const run = vitest(SUBSET, empty, report, false);
    expect(run.output).not.toMatch(/ENOENT/);
    expect(run.status, run.output).toBe(0);
    expect(
      run.output.split(`Real captures absent at ${empty}: the suites tagged real-captures are skipped`),
    ).toHaveLength(2);

    const tests = (JSON.parse(readFileSync(report, 'utf8')) as VitestReport).testResults.flatMap(
      (file) => file.assertionResults,
    );
    const skipped = tests.filter((test) => test.status !== 'passed');
    expect(skipped.length).toBeGreaterThanOrEqual(15);
    expect(skipped.every((test) => test.meta.skippedFor === CAPTURES_ABSENT)).toBe(true);

    const counted = count('vitest', report, false);
    expect(counted.status).toBe(0);
    expect(counted.lines.at(-1)).toMatch(SKIPPED_LINE);
    const [, passed, skips] = SKIPPED_LINE.exec(counted.lines.at(-1)!)!;
    expect(Number(passed)).toBe(tests.length - skipped.length);
    expect(Number(skips)).toBe(skipped.length);
    // A whole vitest run of the subset in a child process: minutes on a busy 2-core machine.
  }, 240_000);

  it('with CI=true the same absence is a failure that says why', () => {
    const report = join(dir, 'ci.json');
    const run = vitest(['tests/platforms/x/read-capture-file.test.ts'], empty, report, true);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`Real captures absent at ${empty}: CI=true needs them`);
    const counted = count('vitest', report, true);
    expect(counted.status).toBe(1);
    expect(counted.lines.at(-1)).toMatch(/^1 passed, [1-9]\d* failed$/);
  });
});

interface VitestReport {
  testResults: Array<{
    status: string;
    assertionResults: Array<{ status: string; meta: { skippedFor?: string } }>;
  }>;
}

/** A minimal report of each runner, written for the counting rules alone. */
function vitestReport(...tests: Array<{ status: string; meta?: object }>): string {
  const file = join(dir, `v-${Math.random().toString(36).slice(2)}.json`);
  const assertionResults = tests.map((test, index) => ({ fullName: `t${index}`, meta: {}, ...test }));
  writeFileSync(file, JSON.stringify({ testResults: [{ status: 'passed', assertionResults }] }));
  return file;
}
function playwrightReport(...tests: Array<{ status: string; annotations?: object[] }>): string {
  const file = join(dir, `p-${Math.random().toString(36).slice(2)}.json`);
  const specs = tests.map((test, index) => ({ title: `t${index}`, tests: [{ annotations: [], ...test }] }));
  writeFileSync(file, JSON.stringify({ suites: [{ specs, suites: [] }], errors: [] }));
  return file;
}

describe('npm test counting of skips', () => {
  const absent = { skippedFor: CAPTURES_ABSENT };
  const absentNote = { type: 'skip', description: `${CAPTURES_ABSENT}: Real captures absent at /x` };

  it('a skip for absent captures is counted apart outside CI, as a failure in CI', () => {
    const unit = vitestReport({ status: 'passed' }, { status: 'skipped', meta: absent });
    expect(count('vitest', unit, false).lines.at(-1)).toBe(
      '1 passed, 0 failed, 1 skipped (real captures absent: set CROSSFEED_CAPTURES)',
    );
    expect(count('vitest', unit, true).lines.at(-1)).toBe('1 passed, 1 failed');
    const e2e = playwrightReport({ status: 'expected' }, { status: 'skipped', annotations: [absentNote] });
    expect(count('playwright', e2e, false).lines.at(-1)).toBe(
      '1 passed, 0 failed, 1 skipped (real captures absent: set CROSSFEED_CAPTURES)',
    );
    expect(count('playwright', e2e, true).lines.at(-1)).toBe('1 passed, 1 failed');
  });

  it('any other skip or todo is a failure, named', () => {
    const unit = vitestReport({ status: 'skipped' }, { status: 'todo' }, { status: 'passed' });
    expect(count('vitest', unit, false)).toEqual({
      status: 1,
      lines: ['skipped (counted as failed): t0', 'skipped (counted as failed): t1', '1 passed, 2 failed'],
    });
    const e2e = playwrightReport(
      { status: 'skipped', annotations: [{ type: 'skip', description: 'flaky on Tuesdays' }] },
      { status: 'skipped' },
      { status: 'flaky' },
    );
    expect(count('playwright', e2e, false).lines.at(-1)).toBe('0 passed, 3 failed');
  });

  it('a file that failed outside any test is one failure', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ testResults: [{ status: 'failed', assertionResults: [] }] }));
    expect(count('vitest', file, false).lines.at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('capture suites say so with the tag', () => {
  it('no test file skips on hasCaptures itself (such a skip would count as a failure): it uses needsCaptures', () => {
    const files = readdirSync('tests', { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(test|spec)\.tsx?$/.test(name),
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((name) =>
      /\.(runIf|skipIf)\(\s*!?\s*hasCaptures\b/.test(readFileSync(join('tests', name), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
