/**
 * Page side of scripts/bench/search-store.ts (bundled with esbuild into a blank page on a routed
 * origin, so IndexedDB is Chromium's own). Each function is one measurement; the Node side runs
 * reads in fresh pages, so nothing is warm that the side panel would not have warm at open.
 */
import { generatePosts } from '../../lib/dev/generate-posts';
import { PLATFORMS } from '../../lib/post';
import { createSearchIndex } from '../../lib/search/index';
import { searchRowOf } from '../../lib/search/search-row';
import { emptySegment, type Segment } from '../../lib/search/segment';
import { mergeSegment } from '../../lib/search/segment-build';
import { decodeSegment, encodeSegment } from '../../lib/search/segment-codec';
import { tokenize } from '../../lib/search/tokens';

const SEED = 20250601;

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(name: string, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const kv = () => openDb('segments', (db) => db.createObjectStore('kv'));

function write(
  db: IDBDatabase,
  store: string,
  values: Array<[IDBValidKey | undefined, unknown]>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const [key, value] of values) tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** The segment as plain structured-clone data (string arrays for texts and terms): the naive snapshot. */
function asPlain(segment: Segment): unknown {
  const count = segment.termStarts.length - 1;
  const terms = Array.from({ length: count }, (_, t) =>
    segment.terms.slice(segment.termStarts[t], segment.termStarts[t + 1]),
  );
  const decoder = new TextDecoder();
  const texts = segment.ids.map((_, o) =>
    decoder.decode(segment.texts.subarray(segment.textStarts[o], segment.textStarts[o + 1])),
  );
  return { ...segment, terms, texts, textStarts: undefined };
}

const api = {
  async prepare(count: number) {
    const posts = generatePosts(count, SEED, { platforms: PLATFORMS });
    const [rows, rowsMs] = time(() => posts.map(searchRowOf));
    const [segment, buildMs] = time(() => mergeSegment(emptySegment(), rows));
    const [bytes, encodeMs] = time(() => encodeSegment(segment));
    const db = await kv();
    let start = performance.now();
    await write(db, 'kv', [['blob', new Blob([bytes])]]);
    const putBlobMs = performance.now() - start;
    await write(db, 'kv', [['bytes', bytes]]);
    start = performance.now();
    await write(db, 'kv', [['plain', asPlain(segment)]]);
    const putPlainMs = performance.now() - start;
    // A compaction: 2,000 new posts and 1,000 removed merged into the 100k segment, stored again.
    const fresh = generatePosts(2000, SEED + 1, { platforms: PLATFORMS }).map(searchRowOf);
    start = performance.now();
    const merged = mergeSegment(decodeSegment(bytes), fresh, segment.ids.slice(0, 1000));
    const blob = new Blob([encodeSegment(merged)]);
    await write(db, 'kv', [['compacted', blob]]);
    const compactMs = performance.now() - start;
    db.close();
    return {
      rowsPerPostUs: (rowsMs / count) * 1000,
      buildMs,
      encodeMs,
      bytes: bytes.length,
      textBytes: segment.texts.length,
      postings: segment.postings.length,
      putBlobMs,
      putPlainMs,
      compactMs,
    };
  },

  /** Reads one stored form back and makes it queryable, as the side panel does at open. */
  async open(form: 'blob' | 'bytes' | 'plain') {
    const db = await kv();
    const start = performance.now();
    const value = await request(() => db.transaction('kv').objectStore('kv').get(form));
    let readMs = performance.now() - start;
    let bytes: Uint8Array | undefined;
    if (form === 'blob') {
      bytes = new Uint8Array(await (value as Blob).arrayBuffer());
      readMs = performance.now() - start;
    } else if (form === 'bytes') bytes = value as Uint8Array;
    const [segment, decodeMs] = form === 'plain' ? [undefined, 0] : time(() => decodeSegment(bytes!));
    db.close();
    if (!segment) return { readMs, decodeMs, loadMs: 0, queryMs: 0 };
    const index = createSearchIndex();
    const [, loadMs] = time(() => index.load(segment));
    const [, queryMs] = time(() => index.search('cro', { limit: 400 }));
    return { readMs, decodeMs, loadMs, queryMs };
  },

  /** Candidate (a): a row per post with a multiEntry index of its words, maintained as posts are written. */
  async multiEntry(count: number) {
    const posts = generatePosts(count, SEED, { platforms: PLATFORMS });
    const rows = posts.map((post) => {
      const row = searchRowOf(post);
      return { ...row, words: [...new Set(tokenize(row.text))] };
    });
    const result: Record<string, number> = {};
    for (const withWords of [false, true]) {
      const db = await openDb(`rows-${withWords}`, (created) => {
        const store = created.createObjectStore('rows', { keyPath: 'id' });
        store.createIndex('sortAt', 'sortAt');
        if (withWords) store.createIndex('words', 'words', { multiEntry: true });
      });
      const start = performance.now();
      for (let at = 0; at < rows.length; at += 100)
        await write(
          db,
          'rows',
          rows.slice(at, at + 100).map((row) => [undefined, row]),
        );
      result[withWords ? 'wordsRowsPerS' : 'plainRowsPerS'] =
        (rows.length / (performance.now() - start)) * 1000;
      if (withWords) {
        for (const prefix of ['c', 'cro', 'th']) {
          const begin = performance.now();
          const keys = await request(() =>
            db
              .transaction('rows')
              .objectStore('rows')
              .index('words')
              .getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)),
          );
          result[`prefix ${prefix} ms`] = performance.now() - begin;
          result[`prefix ${prefix} keys`] = keys.length;
        }
      }
      db.close();
    }
    return result;
  },
};

(globalThis as unknown as { searchStoreBench: typeof api }).searchStoreBench = api;
