import { useEffect, useState } from 'react';

/**
 * The value as of the next animation frame: typing several keys within one frame runs one search,
 * and no keystroke waits on a fixed timer (a 150 ms debounce would cost more than the search).
 */
export function useFrameValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSettled(value));
    return () => cancelAnimationFrame(frame);
  }, [value]);
  return settled;
}
