import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layers of docs/architecture.md are lint rules (eslint.config.js); these cases prove each one
 * fires, by linting small snippets as if they were files of the named room.
 */
const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layer rules', () => {
  it('an extension page importing worker code is an error; a shared contract is fine', async () => {
    expect(
      await problems(
        'components/feed/bad.ts',
        "import { ingestBatch } from '@/lib/store/ingest';\nvoid ingestBatch;\n",
      ),
    ).toEqual([expect.stringContaining('Extension pages never import worker code')]);
    expect(
      await problems(
        'components/feed/fine.ts',
        "import type { UserStateChange } from '@/lib/store/protocol';\nexport type T = UserStateChange;\n",
      ),
    ).toEqual([]);
  });

  it('an extension page writing IndexedDB is an error', async () => {
    expect(
      await problems(
        'components/feed/bad.ts',
        "import { getDb } from '@/lib/db';\nvoid getDb().posts.put({} as never);\n",
      ),
    ).toEqual([expect.stringContaining('Only the background writes IndexedDB')]);
    // Every table declared in lib/db.ts is covered, the newer ones too.
    for (const table of ['media', 'searchIndex', 'searchLog', 'syncLedger', 'syncMeta'])
      expect(
        await problems(
          'components/feed/bad.ts',
          `import { getDb } from '@/lib/db';\nvoid getDb().${table}.bulkDelete([] as never);\n`,
        ),
      ).toEqual([expect.stringContaining('Only the background writes IndexedDB')]);
  });

  it('content-script code importing React, Dexie or the store is an error', async () => {
    const found = await problems(
      'lib/capture/bad.ts',
      "import { useState } from 'react';\nimport Dexie from 'dexie';\nimport { getDb } from '../db';\nvoid [useState, Dexie, getDb];\n",
    );
    expect(found).toHaveLength(3);
    expect(found.every((problem) => problem.includes('Content scripts run in the page'))).toBe(true);
  });

  it("a network importing another network's code is an error", async () => {
    expect(
      await problems(
        'lib/platforms/threads/bad.ts',
        "import { parseXGraphql } from '../x/parse-graphql';\nvoid parseXGraphql;\n",
      ),
    ).toEqual([expect.stringContaining('A network never imports another network')]);
  });

  it('an import cycle is an error', async () => {
    // lib/kit/log.ts is imported by lib/protocol/router.ts: importing the router back closes a loop.
    const found = await problems(
      'lib/kit/log.ts',
      "import { routeMessage } from '../protocol/router';\nvoid routeMessage;\n",
    );
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining('import-x/no-cycle')]));
  });
});
