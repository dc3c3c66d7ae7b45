import type { Page } from '@playwright/test';

/*
 * What the feed and deck benches measure inside a page, written once: long tasks while scrolling,
 * and memory after a GC.
 */

/**
 * Scrolls the element matching `scroller` for 400 frames (reading speed, a fling every 50 frames,
 * a jump deep into the list) and returns the durations of the long tasks seen meanwhile. A string:
 * page code is not transpiled.
 */
export function scrollLongTasks(page: Page, scroller: string): Promise<number[]> {
  return page.evaluate<number[]>(`new Promise((resolve) => {
  const long = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) long.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const scroller = document.querySelector(${JSON.stringify(scroller)});
  let frames = 0;
  const step = () => {
    frames += 1;
    scroller.scrollTop += frames % 50 === 0 ? 20000 : 400;
    if (frames === 300) scroller.scrollTop = scroller.scrollHeight / 2;
    if (frames < 400) requestAnimationFrame(step);
    else setTimeout(() => { observer.disconnect(); resolve(long); }, 200);
  };
  requestAnimationFrame(step);
})`);
}

/**
 * A page's memory after a GC: the JS heap and, apart, ArrayBuffer backing stores (outside the V8
 * heap, so `usedSize` alone misses them: the stored search segment's bytes live there).
 */
export async function heapMb(page: Page): Promise<{ js: number; buffers: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      backingStorageSize?: number;
    };
    return { js: usage.usedSize / 1e6, buffers: (usage.backingStorageSize ?? 0) / 1e6 };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
