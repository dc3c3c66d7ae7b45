import type { Exchange, UploadedFile } from './server-kit';

/*
 * The fake Mastodon's media (https://docs.joinmastodon.org/methods/media/): POST /api/v2/media
 * takes a multipart `file` with `description` and `focus`; it answers 200 with the attachment
 * when it is ready, or 202 with `url: null` while it "processes"; GET /api/v1/media/:id answers
 * 206 until then and 200 after. A status may carry only processed media (422 otherwise).
 */

export interface FakeMedia {
  id: string;
  description: string | null;
  focus: string | null;
  file: UploadedFile;
  /** Processed: its url is set, a status may carry it. */
  ready: boolean;
  /** GETs still to answer 206 Partial Content before it is ready. */
  checksLeft: number;
}

export function mediaRoutes(state: {
  media: FakeMedia[];
  authed: (ex: Exchange) => boolean;
  /**
   * How an upload is processed: 0, ready at once (200); n > 0, answered 202 and then ready on the
   * n-th GET (n − 1 answers of 206 before the 200).
   */
  processing: () => number;
  url: () => string;
  nextId: () => string;
}): Record<string, (ex: Exchange) => void> {
  const json = (m: FakeMedia) => {
    const ready = m.ready;
    const kind = m.file.type.startsWith('video/') ? 'video' : 'image';
    return {
      id: m.id,
      type: kind,
      url: ready ? `${state.url()}/system/media/${m.id}/${m.file.name}` : null,
      preview_url: `${state.url()}/system/media/${m.id}/small`,
      description: m.description,
      meta: m.focus ? { focus: { x: Number(m.focus.split(',')[0]), y: Number(m.focus.split(',')[1]) } } : {},
    };
  };
  return {
    'POST /api/v2/media': (ex) => {
      if (!state.authed(ex)) return;
      const file = ex.request.multipart?.file;
      if (!file || typeof file === 'string')
        return ex.json(422, { error: 'Validation failed: File must be present' });
      const description = ex.request.multipart?.description;
      const focus = ex.request.multipart?.focus;
      const processing = state.processing();
      const media: FakeMedia = {
        id: state.nextId(),
        description: typeof description === 'string' ? description : null,
        focus: typeof focus === 'string' ? focus : null,
        file,
        ready: processing === 0,
        checksLeft: processing - 1,
      };
      state.media.push(media);
      ex.json(media.ready ? 200 : 202, json(media));
    },
    'GET /api/v1/media/:id': (ex) => {
      if (!state.authed(ex)) return;
      const media = state.media.find((m) => m.id === ex.request.path.split('/').pop());
      if (!media) return ex.json(404, { error: 'Record not found' });
      if (!media.ready && media.checksLeft > 0) {
        media.checksLeft -= 1;
        return ex.json(206, json(media));
      }
      media.ready = true;
      ex.json(200, json(media));
    },
  };
}

/** 422 unless every id is an uploaded, processed attachment. */
export function checkMediaIds(ex: Exchange, media: readonly FakeMedia[], ids: readonly string[]): boolean {
  for (const id of ids) {
    const found = media.find((m) => m.id === id);
    if (!found) {
      ex.json(422, { error: 'Validation failed: Media attachments are invalid' });
      return false;
    }
    if (!found.ready) {
      ex.json(422, {
        error: 'Cannot attach files that have not finished processing. Try again in a moment!',
      });
      return false;
    }
  }
  return true;
}
