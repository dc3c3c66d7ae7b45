import { isHttpUrl } from '../kit/http-url';

/** Only http(s) URLs may ever become a link or an image source; anything else is not rendered as one. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!isHttpUrl(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
