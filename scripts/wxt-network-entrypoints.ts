import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Wxt } from 'wxt';
import { NETWORKS } from '../lib/platforms/registry';

/**
 * A network's content scripts live in its own folder (lib/platforms/<id>/entrypoints/*.content.ts),
 * not in entrypoints/, so adding a network touches only its folder and the registry. This hands
 * WXT those files as if they were in entrypoints/, named `<id>-<name>` (x-tap, threads-capture…):
 * WXT then reads their options and bundles each one on its own, as it does its own entrypoints.
 */
export function addNetworkEntrypoints(wxt: Wxt, infos: EntrypointInfo[]): void {
  for (const { id } of NETWORKS) {
    const folder = resolve(wxt.config.root, 'lib/platforms', id, 'entrypoints');
    for (const file of networkContentScripts(folder)) {
      infos.push({
        name: `${id}-${file.replace(/\.content\.ts$/, '')}`,
        inputPath: join(folder, file),
        type: 'content-script',
      });
    }
  }
}

type EntrypointInfo = Parameters<NonNullable<import('wxt').WxtHooks['entrypoints:found']>>[1][number];

function networkContentScripts(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((file) => file.endsWith('.content.ts'))
      .sort();
  } catch {
    return []; // A network without content scripts of its own.
  }
}
