// Deep imports on purpose: `@atproto/api`'s RichText (and its package root) pulls in the whole
// generated lexicon client, ~1.07 MB minified, into the background bundle; its facet detection
// lives in rich-text/detection.js and needs only `tlds` (~17 KB). RichText.detectFacets(agent)
// is exactly this detection followed by resolveHandle for each mention, which we do over fetch.
// The version is pinned (0.19.19), and tests/compose/bluesky/facets compares against RichText.
import { detectFacets } from '@atproto/api/dist/rich-text/detection.js';
import type { UnicodeString } from '@atproto/api/dist/rich-text/unicode.js';
import { utf8Length } from '../../../compose/unicode';

export interface FacetFeature {
  $type: string;
  uri?: string;
  did?: string;
  tag?: string;
}

/** An app.bsky.richtext.facet: a byte range of the UTF-8 text and what it is. */
export interface Facet {
  $type?: string;
  index: { byteStart: number; byteEnd: number };
  features: FacetFeature[];
}

/**
 * detection.js reads only `utf16` and `utf16IndexToUtf8Index` of its argument; the real
 * UnicodeString comes from @atproto/common-web, which would add ~150 KB (zod 3 and more) for
 * two members. UnicodeString has a private field, so TypeScript needs the one cast.
 */
function unicodeText(text: string): UnicodeString {
  const view = { utf16: text, utf16IndexToUtf8Index: (i: number) => utf8Length(text.slice(0, i)) };
  return view as unknown as UnicodeString;
}

/** Link, mention and hashtag facets as Bluesky's own client finds them; mentions hold handles. */
export function detectBlueskyFacets(text: string): Facet[] {
  return (detectFacets(unicodeText(text)) ?? []).map((facet) => ({
    ...(facet.$type ? { $type: facet.$type } : {}),
    index: { byteStart: facet.index.byteStart, byteEnd: facet.index.byteEnd },
    features: facet.features.map((feature): FacetFeature => ({ ...feature })),
  }));
}

/**
 * Facets with every mention's handle replaced by its DID. A mention whose handle does not
 * resolve is dropped (plain text in the post) rather than sent with an empty DID, which the
 * PDS's record validation would refuse.
 */
export async function resolveMentionFacets(
  facets: Facet[],
  resolveHandle: (handle: string) => Promise<string | undefined>,
): Promise<{ facets: Facet[]; unresolved: string[] }> {
  const unresolved: string[] = [];
  const out: Facet[] = [];
  for (const facet of facets) {
    const features: FacetFeature[] = [];
    for (const feature of facet.features) {
      if (feature.$type !== 'app.bsky.richtext.facet#mention' || !feature.did) {
        features.push(feature);
        continue;
      }
      const did = await resolveHandle(feature.did);
      if (did) features.push({ ...feature, did });
      else unresolved.push(feature.did);
    }
    if (features.length) out.push({ ...facet, features });
  }
  out.sort((a, b) => a.index.byteStart - b.index.byteStart);
  return { facets: out, unresolved };
}
