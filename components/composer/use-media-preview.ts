import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { mediaBlob } from '@/lib/compose/page/draft-query';
import { getDb } from '@/lib/db';

/** An object URL showing one of the draft's files (read from the store), revoked when unused. */
export function useMediaPreview(mediaId: string): string | undefined {
  const blob = useLiveQuery(() => mediaBlob(getDb(), mediaId), [mediaId]);
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
