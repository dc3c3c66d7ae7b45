import { describe, expect, it } from 'vitest';
import type { UserState } from '../../lib/db';
import { CSV_BOM, CSV_HEADER, csvField, guardFormula } from '../../lib/export/csv';
import { exportPostsAs } from '../../lib/export/export-posts';
import { samplePost } from '../helpers/sample-post';

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF records) to read back what was written. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

describe('csvField (RFC 4180)', () => {
  it('leaves plain text bare and quotes a field with a comma, quote, CR or LF, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField(false)).toBe('false');
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","x")']) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
    }
    // After leading whitespace or a line break, and in fullwidth forms, it is still a formula to some apps.
    for (const cell of [
      ' =1+1',
      '\u3000=1',
      '\n=1',
      '\nx',
      '\uFF1D1+1',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20SUM(A1)',
    ]) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
    }
    expect(guardFormula('a=1')).toBe('a=1');
    expect(guardFormula('')).toBe('');
    expect(csvField('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
  });
});

describe('CSV export of a list of posts', () => {
  it('writes a BOM, a header row and one CRLF record per post that reads back to the same cells', async () => {
    const tricky = samplePost({
      nativeId: '2',
      text: '=SUM(A1:A9) "quoted", comma\nnew line — émoji 🎉',
      author: { handle: 'grace', name: '@grace, "the admiral"', verified: true },
      entities: [{ kind: 'link', start: 0, end: 5, url: 'https://example.com/a,b' }],
      media: [
        { kind: 'photo', url: 'https://pbs.twimg.com/media/1.jpg' },
        { kind: 'video', url: 'https://video.twimg.com/2.mp4' },
      ],
      counts: { replies: 3, likes: 10, readAt: 1 },
      quotedPostId: 'x:99',
      reply: { toHandle: 'ada' },
    });
    const plain = samplePost();
    const state: UserState = {
      postId: tricky.id,
      savedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
      tags: ['-minus', 'b'],
      note: '+note',
      updatedAt: 0,
    };
    const blob = exportPostsAs('csv', [tricky, plain], [state]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(CSV_BOM)).toBe(true);

    const [header, first, second, ...rest] = readCsv(text.slice(1));
    expect(rest).toEqual([]);
    expect(header).toEqual(CSV_HEADER);
    const row = (record: string[] | undefined) =>
      Object.fromEntries(CSV_HEADER.map((name, i) => [name, record?.[i]]));
    expect(row(first)).toEqual({
      id: 'x:2',
      platform: 'x',
      url: 'https://x.com/ada/status/2',
      created_at: '2025-06-15T15:06:40.000Z',
      author_handle: 'grace',
      author_name: `'@grace, "the admiral"`,
      author_verified: 'true',
      text: `'=SUM(A1:A9) "quoted", comma\nnew line — émoji 🎉`,
      lang: '',
      links: 'https://example.com/a,b',
      media: 'https://pbs.twimg.com/media/1.jpg https://video.twimg.com/2.mp4',
      quoted_post_id: 'x:99',
      reposted_by: '',
      reply_to: 'ada',
      replies: '3',
      reposts: '',
      quotes: '',
      likes: '10',
      views: '',
      saved_at: '2025-01-02T03:04:05.000Z',
      tags: `'-minus; b`,
      note: `'+note`,
      first_seen_at: '2025-06-15T15:08:20.000Z',
    });
    expect(row(second)).toMatchObject({ id: plain.id, text: plain.text, saved_at: '', tags: '', note: '' });
  });

  it('an empty list gives the header only', async () => {
    const bytes = await exportPostsAs('csv', [], []).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`${CSV_BOM}${CSV_HEADER.join(',')}\r\n`);
  });
});
