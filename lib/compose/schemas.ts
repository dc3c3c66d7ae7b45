import { z } from 'zod';
import { httpUrlSchema, platformSchema } from '../post';
import { PLATFORMS } from '../platforms/registry';
import { MAX_ALT_LENGTH, MAX_IMAGES, type DraftMedia } from './media';
import { SELF_LABELS, type PostOptions } from './post-options';
import type { MediaPick } from './records';

/*
 * The composer's payload pieces, checked on arrival by the background (lib/compose/protocol.ts
 * puts them together into messages). Pages are ours, but every field is still read by its rule.
 */

export const idSchema = z.string().min(8).max(64);
/** A media row's id (made by the background, a TID). */
export const mediaIdSchema = z.string().regex(/^[a-z2-7]{13}$/);

export const linkCardInputSchema = z.object({
  url: httpUrlSchema,
  title: z.string().max(1000).optional(),
  description: z.string().max(2000).optional(),
  imageUrl: httpUrlSchema.optional(),
});

const focusSchema = z.object({ x: z.number().min(-1).max(1), y: z.number().min(-1).max(1) });
const dimension = z.number().int().positive().max(100_000);

export const draftMediaSchema = z.object({
  id: mediaIdSchema,
  kind: z.enum(['image', 'video']),
  mimeType: z.string().max(100),
  bytes: z.number().int().nonnegative(),
  width: dimension,
  height: dimension,
  name: z.string().max(255),
  alt: z.string().max(MAX_ALT_LENGTH),
  focus: focusSchema.optional(),
  part: z.number().int().min(0).max(49),
}) satisfies z.ZodType<DraftMedia, unknown>;

export const mediaPickSchema = z.object({
  id: mediaIdSchema,
  alt: z.string().max(MAX_ALT_LENGTH),
  focus: focusSchema.optional(),
}) satisfies z.ZodType<MediaPick, unknown>;

/** BCP 47, loosely: a 2–3 letter language, then subtags (en, pt-BR, zh-Hant-TW). */
export const languageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/);

export const postOptionsSchema = z.object({
  warning: z
    .object({ text: z.string().trim().max(1000).optional(), label: z.enum(SELF_LABELS).optional() })
    .optional(),
  lang: languageSchema.optional(),
  quote: z
    .object({ platform: platformSchema, nativeId: z.string().min(1).max(500), url: httpUrlSchema })
    .optional(),
}) satisfies z.ZodType<PostOptions, unknown>;

/** Epoch ms within the next year (a schedule further out is a typo, not a plan). */
export const scheduleAtSchema = z.number().int().positive();

export const variantsSchema = z.partialRecord(platformSchema, z.string().max(100_000));

/** At most four pictures per post and one video; twelve files in a whole draft (a split thread). */
export const draftMediaListSchema = z.array(draftMediaSchema).max(MAX_IMAGES * 3);

export const networksSchema = z.array(platformSchema).max(PLATFORMS.length);
