/**
 * A saved capture file's JSON documents, as `npm run parse` takes them: one document (a top-level
 * array is a list of documents), or JSON lines (one document per line, as a devtools/HAR export
 * script writes them). An error string for anything else, never a throw.
 */
export function readJsonDocuments(text: string): { values: unknown[] } | { error: string } {
  try {
    const whole: unknown = JSON.parse(text);
    return { values: Array.isArray(whole) ? whole : [whole] };
  } catch {
    // Not one document: try JSON lines.
  }
  const values: unknown[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim().length === 0) continue;
    try {
      values.push(JSON.parse(line) as unknown);
    } catch {
      return { error: `not JSON, an array of JSON, or JSON lines (line ${index + 1} does not parse)` };
    }
  }
  return values.length > 0 ? { values } : { error: 'no JSON documents found' };
}
