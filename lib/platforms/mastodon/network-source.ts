import type { NetworkCaptureSource, TappedRequest } from '../../capture/source';
import { mastodonOperation, mastodonStreamingOperation, unknownMastodonOperation } from './endpoints';
import { parseMastodonApi } from './parse-api';
import { parseMastodonStreamFrame } from './stream';

/**
 * Mastodon network capture: the REST reads of endpoints.ts, on whichever host serves them (so it is
 * installed only on the servers the reader turned on). Other `/api/v1|v2` GETs are counted as
 * unknown operations; writes (POST/PUT/DELETE) are never read. The streaming socket's messages
 * (new statuses arriving live) are read by the tap's WebSocket side, one frame at a time.
 */
export const mastodonNetworkSource: NetworkCaptureSource = {
  platform: 'mastodon',
  match: (request: TappedRequest) => mastodonOperation(request.url, request.method),
  unknownOperation: (request: TappedRequest) => unknownMastodonOperation(request.url, request.method),
  parse: parseMastodonApi,
  stream: { match: mastodonStreamingOperation, parse: parseMastodonStreamFrame },
};
