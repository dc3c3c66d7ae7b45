#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, format, unit tests, both builds, end-to-end in
// Chromium, the Firefox build linted and smoke-run in Debian's firefox-esr — then one summary line
// "N passed, N failed" counting each test case and each check.
//
// A skipped test counts as a failure (a test skipped in CI has not passed), with one exception: a
// suite that reads the real captures (../shared/fixtures) is skipped when they are absent outside
// CI, and says so (vitest: test meta `skippedFor`; Playwright: a skip reason starting with the
// marker; see tests/helpers/captures.ts). Those are counted apart: "…, N skipped (real captures
// absent: set CROSSFEED_CAPTURES)". In CI (CI=true) even those count as failures.
//
// `node scripts/run-tests.mjs --count vitest|playwright REPORT.json` prints only the summary line of
// one report (tests/scripts/captures-absent.test.ts checks the counting with it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

/** Same marker as CAPTURES_ABSENT in tests/helpers/captures.ts. */
const CAPTURES_ABSENT = 'real-captures-absent';
/** Same rule as inCI in tests/helpers/captures.ts. */
const inCI = !['', 'false', '0'].includes((process.env.CI ?? '').trim().toLowerCase());

/**
 * Case counts of a vitest JSON report. A file that failed outside any test (an import or collection
 * error) is one failure; a skip is a failure unless it is a skip for absent captures outside CI.
 */
export function countVitest(report) {
  const counts = { passed: 0, failed: 0, capturesSkipped: 0, otherSkips: [] };
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') counts.failed += 1;
      else if (test.meta?.skippedFor === CAPTURES_ABSENT && !inCI) counts.capturesSkipped += 1;
      else {
        counts.failed += 1;
        counts.otherSkips.push(test.fullName);
      }
    }
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) counts.failed += 1;
  }
  return counts;
}

/** Case counts of a Playwright JSON report, by the same rules as countVitest. */
export function countPlaywright(report) {
  const counts = { passed: 0, failed: (report.errors ?? []).length, capturesSkipped: 0, otherSkips: [] };
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected') counts.passed += 1;
        else if (test.status !== 'skipped') counts.failed += 1;
        else if (
          !inCI &&
          (test.annotations ?? []).some(
            (note) => note.type === 'skip' && String(note.description ?? '').startsWith(CAPTURES_ABSENT),
          )
        )
          counts.capturesSkipped += 1;
        else {
          counts.failed += 1;
          counts.otherSkips.push(spec.title);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return counts;
}

/** The closing line CI reads: "N passed, N failed" exactly, the captures note only when there are such skips. */
export function summaryLine({ passed, failed, capturesSkipped }) {
  const skipped =
    capturesSkipped > 0 ? `, ${capturesSkipped} skipped (real captures absent: set CROSSFEED_CAPTURES)` : '';
  return `${passed} passed, ${failed} failed${skipped}`;
}

const COUNTERS = { vitest: countVitest, playwright: countPlaywright };

function countOnly([kind, report]) {
  const counts = COUNTERS[kind](JSON.parse(readFileSync(report, 'utf8')));
  for (const name of counts.otherSkips) console.log(`skipped (counted as failed): ${name}`);
  console.log(summaryLine(counts));
  process.exit(counts.failed > 0 ? 1 : 0);
}

function main() {
  const results = { passed: 0, failed: 0, capturesSkipped: 0 };
  const failures = [];

  function run(name, command, args, env = {}) {
    console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
    const started = Date.now();
    const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    const ok = child.status === 0;
    console.log(
      `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${child.status ?? child.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return ok;
  }

  /** A check that is not a test runner counts as one case. */
  function check(name, command, args, env) {
    const ok = run(name, command, args, env);
    if (ok) results.passed += 1;
    else {
      results.failed += 1;
      failures.push(name);
    }
    return ok;
  }

  /** A test runner: its own JSON report gives the case counts. */
  function suite(name, command, args, report, count, env) {
    rmSync(report, { force: true });
    const ok = run(name, command, args, env);
    let counted = false;
    if (existsSync(report)) {
      try {
        const { passed, failed, capturesSkipped, otherSkips } = count(
          JSON.parse(readFileSync(report, 'utf8')),
        );
        results.passed += passed;
        results.failed += failed;
        results.capturesSkipped += capturesSkipped;
        counted = passed + failed + capturesSkipped > 0;
        for (const skipped of otherSkips) console.log(`=== ${name}: skipped, counted as failed: ${skipped}`);
        if (failed > 0) failures.push(`${name} (${failed} failed)`);
      } catch (error) {
        console.error(`could not read ${report}: ${error}`);
      }
    }
    if (!counted || (!ok && !failures.some((entry) => entry.startsWith(name)))) {
      // No report, an empty run, or a runner that failed outside any test: one failure, never a pass.
      results.failed += 1;
      failures.push(`${name} (runner failed or ran no test)`);
    }
  }

  function notRun(name, why) {
    results.failed += 1;
    failures.push(`${name} (not run: ${why})`);
  }

  mkdirSync('test-results', { recursive: true });
  const npx = 'npx';
  check('typecheck', npx, ['tsc', '--noEmit']);
  check('lint', npx, ['eslint', '.', '--max-warnings', '0']);
  check('format', npx, ['prettier', '--check', '.']);
  suite(
    'unit',
    npx,
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
    'test-results/unit.json',
    countVitest,
  );
  const built = check('build (chrome)', npx, ['wxt', 'build']);
  const builtFirefox = check('build (firefox)', npx, ['wxt', 'build', '-b', 'firefox']);
  if (built) {
    suite('e2e', npx, ['playwright', 'test'], 'test-results/e2e.json', countPlaywright, {
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    });
  } else notRun('e2e', 'the build failed');
  if (builtFirefox) {
    // Mozilla's linter (web-ext lint) on what would be uploaded to addons.mozilla.org: any error,
    // notice or warning fails it, except named third-party code (scripts/browser/firefox-lint.ts).
    check('firefox lint', npx, ['tsx', 'scripts/browser/firefox-lint.ts']);
    suite(
      'firefox smoke',
      npx,
      ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/firefox.json'],
      'test-results/firefox.json',
      countVitest,
      { CROSSFEED_FIREFOX: '1' },
    );
  } else {
    notRun('firefox lint', 'the Firefox build failed');
    notRun('firefox smoke', 'the Firefox build failed');
  }

  if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
  console.log(`\n${summaryLine(results)}`);
  process.exit(results.failed > 0 ? 1 : 0);
}

if (process.argv[2] === '--count') countOnly(process.argv.slice(3));
else main();
