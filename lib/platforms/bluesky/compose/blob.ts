import { z } from 'zod';

/** A blob reference as the PDS returns it (uploadBlob) and a record carries it. */
export const blobRefSchema = z.object({
  $type: z.literal('blob'),
  ref: z.object({ $link: z.string().min(1) }),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
});
export type BlobRef = z.infer<typeof blobRefSchema>;

export const uploadedBlobSchema = z.object({ blob: blobRefSchema });
