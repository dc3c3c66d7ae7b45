import { serverOrigin } from '../../../kit/server-url';
import { z } from 'zod';
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
}

const statusesConfig = z
  .object({
    max_characters: z.number().int().positive().optional(),
    characters_reserved_per_url: z.number().int().nonnegative().optional(),
  })
  .optional();

// GET /api/v2/instance (Mastodon 4.0+) and GET /api/v1/instance (older, and forks that add
// `max_toot_chars`); both carry configuration.statuses since 3.4.
const instanceBody = z.object({
  title: z.string().optional(),
  version: z.string().optional(),
  configuration: z.object({ statuses: statusesConfig }).optional(),
  max_toot_chars: z.number().int().positive().optional(),
});

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
  });
}
