import { network as networkOf, type Platform } from '../../platforms/registry';
import type { ComposeFeatures } from '../feature-types';
import type { DraftMedia } from '../media';
import type { PostOptions } from '../post-options';

/**
 * What a network does with the post's warning, language and quoted post, in words for its line:
 * a network without the field gets nothing added, and the line says so.
 */
export function fieldNotes(
  network: Platform,
  features: ComposeFeatures,
  options: PostOptions,
  media: readonly DraftMedia[],
): string[] {
  const label = networkOf(network).label;
  const notes: string[] = [];
  const { warning, lang, quote } = options;
  if (warning?.text && features.warning !== 'text')
    notes.push(`${label} has no content-warning text: it is not added there.`);
  if (warning?.label) {
    if (features.warning === 'none') notes.push(`${label} has no media labels: none is added there.`);
    else if (!media.length) notes.push(`${label} labels only pictures and video: this post has none.`);
  }
  if (lang && !features.language) notes.push(`${label} takes no language: it is not added there.`);
  if (quote) {
    notes.push(
      features.quotes.includes(quote.platform)
        ? `${label} quotes the shared post (a link when it cannot find it).`
        : `${label} gets the shared post's link.`,
    );
  }
  return notes;
}
