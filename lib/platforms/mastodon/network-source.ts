import type { NetworkCaptureSource, TappedRequest } from '../../capture/source';
import { mastodonOperation, unknownMastodonOperation } from './endpoints';
import { parseMastodonApi } from './parse-api';

/**
 * Mastodon network capture: the REST reads of endpoints.ts, on whichever host serves them (so it is
 * installed only on the servers the reader turned on). Other `/api/v1|v2` GETs are counted as
 * unknown operations; writes (POST/PUT/DELETE) are never read. The streaming socket is read by
 * `parseMastodonStreamFrame` (stream.ts), which a WebSocket tap calls per message.
 */
export const mastodonNetworkSource: NetworkCaptureSource = {
  platform: 'mastodon',
  match: (request: TappedRequest) => mastodonOperation(request.url, request.method),
  unknownOperation: (request: TappedRequest) => unknownMastodonOperation(request.url, request.method),
  parse: parseMastodonApi,
};
