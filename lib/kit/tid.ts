/*
 * AT Protocol TIDs (https://atproto.com/specs/tid): 64 bits, top bit 0, then 53 bits of
 * microseconds since the epoch and a 10-bit clock id, written as 13 characters of
 * base32-sortable ("234567abcdefghijklmnopqrstuvwxyz"). The PDS accepts a client-chosen TID
 * as the rkey of an app.bsky.feed.post, which is what makes a resend idempotent.
 */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const clockId = BigInt(Math.floor(Math.random() * 1024));
let lastMicros = 0n;

export function newTid(nowMs: number = Date.now()): string {
  // Microseconds, forced strictly increasing so two parts prepared in one millisecond differ.
  let micros = BigInt(Math.floor(nowMs)) * 1000n;
  if (micros <= lastMicros) micros = lastMicros + 1n;
  lastMicros = micros;
  let value = (micros << 10n) | clockId;
  let out = '';
  for (let i = 0; i < 13; i += 1) {
    out = (ALPHABET[Number(value & 31n)] as string) + out;
    value >>= 5n;
  }
  return out;
}

export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
