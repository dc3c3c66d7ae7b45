import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Runs code inside Crossfeed's content-script world on a page (through the DevTools protocol), so a
 * benchmark sends real content-script messages: the background sees a genuine content-script sender.
 */
export interface IsolatedWorld {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

export async function isolatedWorld(
  context: BrowserContext,
  page: Page,
  extensionName = 'Crossfeed',
): Promise<IsolatedWorld> {
  const session: CDPSession = await context.newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  session.on(
    'Runtime.executionContextCreated',
    (event: { context: { id: number; name: string; auxData?: { type?: string } } }) => {
      contexts.push(event.context);
    },
  );
  await session.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let found: number | undefined;
  while (found === undefined && Date.now() < deadline) {
    found = contexts.find(
      (candidate) => candidate.auxData?.type === 'isolated' && candidate.name === extensionName,
    )?.id;
    if (found === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (found === undefined) throw new Error(`no ${extensionName} content-script world on ${page.url()}`);
  const contextId = found;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await session.send('Runtime.evaluate', {
        contextId,
        expression,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (result.exceptionDetails) {
        throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      }
      return result.result.value;
    },
    detach: () => session.detach(),
  };
}
