/**
 * One logger for the whole extension: names the module, says each distinct message once per
 * context (a capture failing on every response must not flood the console), and treats the end of
 * an extension context (reload, update) as the normal end it is rather than as an error.
 */
const said = new Set<string>();

/** An error that is the normal end or restart of an extension context: not worth logging. */
export function isContextInvalidated(error: unknown): boolean {
  return /Extension context invalidated|Receiving end does not exist/i.test(errorText(error));
}

/**
 * The extension itself is gone from this page (reloaded, updated, removed): nothing sent from here
 * can ever arrive again. Unlike "Receiving end does not exist", which only says the service worker
 * was not there at that moment (stopped, restarting) and is worth a retry.
 */
export function isExtensionGone(error: unknown): boolean {
  return /Extension context invalidated/i.test(errorText(error));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface Logger {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export function createLogger(module: string): Logger {
  const emit = (level: 'warn' | 'error', message: string, detail?: unknown) => {
    if (detail !== undefined && isContextInvalidated(detail)) return;
    const key = `${level}|${module}|${message}`;
    if (said.has(key)) return;
    said.add(key);
    const line = `[crossfeed:${module}] ${message}`;
    if (level === 'warn') console.warn(line, ...(detail === undefined ? [] : [detail]));
    else console.error(line, ...(detail === undefined ? [] : [detail]));
  };
  return {
    warn: (message, detail) => emit('warn', message, detail),
    error: (message, detail) => emit('error', message, detail),
  };
}

/** Error text for a user or a count, never `undefined`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
