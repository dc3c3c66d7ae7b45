import type { ComposeDeps } from '../../lib/compose/worker/handlers';
import type { Alarms } from '../../lib/compose/worker/scheduler';
import { newTid } from '../../lib/kit/tid';
import { modelCodec } from './image-model';

/** The browser's alarms, played by hand: what is armed, and a way to fire one. */
export interface FakeAlarms extends Alarms {
  armed: Map<string, number>;
  fire(name: string): void;
  listen(listener: (name: string) => void): void;
}

export function fakeAlarms(): FakeAlarms {
  const armed = new Map<string, number>();
  let listener: ((name: string) => void) | undefined;
  return {
    armed,
    set: async (name, when) => {
      armed.set(name, when);
    },
    clear: async (name) => {
      armed.delete(name);
    },
    fire: (name) => {
      armed.delete(name);
      listener?.(name);
    },
    listen: (next) => {
      listener = next;
    },
  };
}

/** blob: URLs as a page would hand them over: registered here, read by the background's readBlob. */
export const blobUrls = new Map<string, Blob>();
let urlCount = 0;
export function blobUrl(blob: Blob): string {
  urlCount += 1;
  const url = `blob:chrome-extension://test/${urlCount}`;
  blobUrls.set(url, blob);
  return url;
}

/** ComposeDeps for vitest: a fixed clock, instant sleeps, numbered tabs, the image model, fake alarms. */
export function testComposeDeps(
  now: () => number,
  overrides: Partial<ComposeDeps> = {},
  alarms: FakeAlarms = fakeAlarms(),
): ComposeDeps {
  let tab = 0;
  return {
    now,
    sleep: async () => undefined,
    openTab: async () => (tab += 1),
    autoRetries: 0,
    newId: () => newTid(now()),
    codec: modelCodec,
    readBlob: async (url) => {
      const blob = blobUrls.get(url);
      if (!blob) throw new TypeError('Failed to fetch');
      return blob;
    },
    redirectUri: () => 'https://abcdefghijklmnop.chromiumapp.org/',
    launchWebAuthFlow: async () => undefined,
    alarms,
    onAlarm: (listener) => alarms.listen(listener),
    ...overrides,
  };
}
