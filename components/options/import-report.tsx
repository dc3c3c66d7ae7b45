import type { ImportResult } from '@/lib/export/import-file';
import { ERROR_BOX, OK_BOX } from './styles';

type Success = Extract<ImportResult, { ok: true }>;

/** What an import did: rows written, and what was skipped, by reason, with the first examples. */
export function ImportReport({ result }: { result: Success }) {
  const { written, skipped } = result;
  const reasons = Object.entries(skipped.byReason).sort((a, b) => b[1] - a[1]);
  return (
    <div className="space-y-2">
      <p className={OK_BOX} data-testid="import-summary">
        Imported {written.postsAdded.toLocaleString()} new posts and updated{' '}
        {written.postsUpdated.toLocaleString()};{' '}
        {(written.userStateAdded + written.userStateUpdated).toLocaleString()} saved/tagged entries
        {written.identityLinksWritten > 0
          ? `; ${written.identityLinksWritten.toLocaleString()} linked accounts`
          : ''}
        .{skipped.total === 0 ? ' Every row of the file was valid.' : ''}
      </p>
      {skipped.total > 0 && (
        <div className={ERROR_BOX}>
          <p className="font-semibold">
            Skipped {skipped.total.toLocaleString()} of {result.rowsInFile.toLocaleString()} rows that were
            not valid:
          </p>
          <table className="mt-2 text-left">
            <caption className="sr-only">Skipped rows by reason</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4">
                  Reason
                </th>
                <th scope="col">Rows</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map(([reason, count]) => (
                <tr key={reason}>
                  <td className="pr-4 break-all">{reason}</td>
                  <td className="tabular-nums">{count.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 font-semibold">First examples</p>
          <ul className="list-disc pl-5">
            {skipped.examples.map((example) => (
              <li key={`${example.list}-${example.index}`} className="break-all">
                {example.list === 'posts' ? 'Post' : 'User state'} #{example.index + 1}
                {example.id ? ` (${example.id})` : ''}: {example.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
