import { z } from 'zod';

/** The envelope every message travels in. */
export const envelopeSchema = z.object({
  crossfeed: z.literal(1),
  name: z.string().max(64),
  payload: z.unknown(),
});

/** Every message gets one of these back; a refused one says why. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
