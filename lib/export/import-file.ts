import type { CrossfeedDB } from '../db';
import { describeError } from '../kit/log';
import { parseExport, type SkipReport } from './import-parse';
import { writeImport, type ImportWriteResult } from './import-write';

export type ImportPhase = 'reading' | 'checking' | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export type ImportResult =
  | { ok: true; rowsInFile: number; skipped: SkipReport; written: ImportWriteResult }
  | { ok: false; error: string };

/** Reads a file as UTF-8 text, reporting bytes read (File.text() gives no progress). */
export async function readFileText(
  file: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  const pieces: string[] = [];
  let done = 0;
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    done += value.byteLength;
    pieces.push(decoder.decode(value, { stream: true }));
    onProgress?.(done, file.size);
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

/**
 * Imports a Crossfeed export file into the store: read, check every row, write in one transaction.
 * A refused file or a failed write changes nothing, and the result says why in a sentence.
 */
export async function importFile(
  db: CrossfeedDB,
  file: Blob,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  let text: string;
  try {
    text = await readFileText(file, (done, total) => onProgress?.({ phase: 'reading', done, total }));
  } catch (error) {
    return {
      ok: false,
      error: `The file could not be read (${describeError(error)}). Nothing was imported.`,
    };
  }
  const parsed = await parseExport(text, (progress) => onProgress?.({ phase: 'checking', ...progress }));
  if (!parsed.ok) return parsed;
  try {
    const written = await writeImport(db, parsed, (progress) =>
      onProgress?.({ phase: 'writing', ...progress }),
    );
    return { ok: true, rowsInFile: parsed.rowsInFile, skipped: parsed.skipped, written };
  } catch (error) {
    return { ok: false, error: `Writing failed, so nothing was imported (${describeError(error)}).` };
  }
}
