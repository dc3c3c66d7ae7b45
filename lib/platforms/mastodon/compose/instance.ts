import { serverOrigin } from '../../../kit/server-url';
import { z } from 'zod';
import type { MediaLimits } from '../../../compose/features';
import { MASTODON_DEFAULT_MAX_CHARACTERS, MASTODON_DEFAULT_URL_LENGTH } from './defaults';
import { globalFetch, type FetchLike } from '../../../compose/http-answer';
import { fail, ok, type Result } from '../../../compose/status';
import { mastodonCall } from './api';
import { mastodonFailure, unexpectedAnswer } from './errors';

export interface MastodonInstance {
  /** Origin the API lives at. */
  url: string;
  title: string;
  version: string;
  /** configuration.statuses.max_characters */
  maxCharacters: number;
  /** configuration.statuses.characters_reserved_per_url */
  charactersReservedPerUrl: number;
  /** What it says of media (configuration.media_attachments, statuses.max_media_attachments). */
  media: Partial<MediaLimits>;
  /** api_versions.mastodon (absent before 4.3): quotes from 7. */
  apiVersion?: number;
}

const statusesConfig = z
  .object({
    max_characters: z.number().int().positive().optional(),
    characters_reserved_per_url: z.number().int().nonnegative().optional(),
    max_media_attachments: z.number().int().nonnegative().optional(),
  })
  .optional();

const positive = z.number().int().positive().optional().catch(undefined);
// Forks send odd shapes here (Friendica a dictionary of types): each field is read on its own.
const mediaConfig = z
  .object({
    supported_mime_types: z.array(z.string()).optional().catch(undefined),
    image_size_limit: positive,
    image_matrix_limit: positive,
    video_size_limit: positive,
  })
  .optional()
  .catch(undefined);

// GET /api/v2/instance (Mastodon 4.0+) and GET /api/v1/instance (older, and forks that add
// `max_toot_chars`); both carry configuration.statuses since 3.4.
const instanceBody = z.object({
  title: z.string().optional(),
  version: z.string().optional(),
  configuration: z.object({ statuses: statusesConfig, media_attachments: mediaConfig }).optional(),
  max_toot_chars: z.number().int().positive().optional(),
  api_versions: z.object({ mastodon: z.number().int().nonnegative().optional() }).optional().catch(undefined),
});

function mediaLimits(
  statuses: z.infer<typeof statusesConfig>,
  media: z.infer<typeof mediaConfig>,
): Partial<MediaLimits> {
  const limits: Partial<MediaLimits> = {};
  if (statuses?.max_media_attachments !== undefined) limits.maxImages = statuses.max_media_attachments;
  const types = media?.supported_mime_types;
  if (types) {
    limits.imageTypes = types.filter((t) => t.startsWith('image/'));
    limits.videoTypes = types.filter((t) => t.startsWith('video/'));
    limits.video = limits.videoTypes.length > 0;
  }
  if (media?.image_size_limit) limits.maxImageBytes = media.image_size_limit;
  if (media?.image_matrix_limit) limits.maxImagePixels = media.image_matrix_limit;
  if (media?.video_size_limit) limits.maxVideoBytes = media.video_size_limit;
  return limits;
}

/** The instance's name and posting limits: /api/v2/instance, falling back to /api/v1/instance. */
export async function getMastodonInstance(
  instance: string,
  options: { fetch?: FetchLike; now?: () => number } = {},
): Promise<Result<MastodonInstance>> {
  const fetchFn = options.fetch ?? globalFetch;
  const url = serverOrigin(instance);
  let answer = await mastodonCall(fetchFn, url, '/api/v2/instance', { method: 'GET' });
  if (answer.kind === 'error' && (answer.problem.status === 404 || answer.problem.status === 410)) {
    answer = await mastodonCall(fetchFn, url, '/api/v1/instance', { method: 'GET' });
  }
  if (answer.kind !== 'ok') return fail(mastodonFailure(answer, (options.now ?? Date.now)()));
  const parsed = instanceBody.safeParse(answer.body);
  if (!parsed.success) return fail(unexpectedAnswer('the instance query'));
  const statuses = parsed.data.configuration?.statuses;
  return ok({
    url,
    title: parsed.data.title ?? new URL(url).host,
    version: parsed.data.version ?? '',
    maxCharacters: statuses?.max_characters ?? parsed.data.max_toot_chars ?? MASTODON_DEFAULT_MAX_CHARACTERS,
    charactersReservedPerUrl: statuses?.characters_reserved_per_url ?? MASTODON_DEFAULT_URL_LENGTH,
    media: mediaLimits(statuses, parsed.data.configuration?.media_attachments),
    ...(parsed.data.api_versions?.mastodon !== undefined
      ? { apiVersion: parsed.data.api_versions.mastodon }
      : {}),
  });
}
