#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, format, unit tests, both builds, end-to-end in
// Chromium — then one summary line "N passed, N failed" counting each test case and each check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
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
function check(name, command, args) {
  const ok = run(name, command, args);
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
      const { passed, failed } = count(JSON.parse(readFileSync(report, 'utf8')));
      results.passed += passed;
      results.failed += failed;
      counted = passed + failed > 0;
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
  (report) => ({
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0),
  }),
);
const built = check('build (chrome)', npx, ['wxt', 'build']);
check('build (firefox)', npx, ['wxt', 'build', '-b', 'firefox']);
if (built) {
  suite(
    'e2e',
    npx,
    ['playwright', 'test'],
    'test-results/e2e.json',
    (report) => {
      const stats = report.stats ?? {};
      return {
        passed: stats.expected ?? 0,
        failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (stats.skipped ?? 0),
      };
    },
    { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  );
} else {
  results.failed += 1;
  failures.push('e2e (not run: the build failed)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
