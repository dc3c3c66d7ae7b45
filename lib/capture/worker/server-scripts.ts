import type { Browser } from 'wxt/browser';
import type { Network } from '../../platforms/registry';
import { serverPattern } from '../servers';

type Script = Browser.scripting.RegisteredContentScript;

/** Our registered scripts' ids start with this (an id never starts with `_`: Chrome reserves it). */
export const SCRIPT_ID_PREFIX = 'crossfeed-server:';

/**
 * The content scripts of a network on one server, by the convention of lib/platforms/adapter.ts: its
 * entrypoints/tap.content.ts in the MAIN world and capture.content.ts isolated, both at
 * document_start (the tap must wrap fetch, XHR and WebSocket before the page's own scripts run),
 * built by WXT as `content-scripts/<id>-<file>.js`. Persisting across sessions keeps them through
 * browser restarts and extension updates (Chrome; Firefox 105+); MAIN world needs Firefox 128+,
 * which the manifest already requires.
 */
export function serverScripts(network: Network, origin: string): Script[] {
  const matches = [serverPattern(origin)];
  const script = (file: 'tap' | 'capture'): Script => ({
    id: `${SCRIPT_ID_PREFIX}${network.id}-${file}:${origin}`,
    js: [`content-scripts/${network.id}-${file}.js`],
    matches,
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
    ...(file === 'tap' ? { world: 'MAIN' as const } : {}),
  });
  return [script('tap'), script('capture')];
}

/** True when a registered script is exactly what `serverScripts` would register. */
export function sameScript(registered: Script, wanted: Script): boolean {
  return (
    registered.id === wanted.id &&
    JSON.stringify(registered.js) === JSON.stringify(wanted.js) &&
    JSON.stringify(registered.matches) === JSON.stringify(wanted.matches) &&
    (registered.world ?? 'ISOLATED') === (wanted.world ?? 'ISOLATED') &&
    registered.runAt === wanted.runAt
  );
}
