import { Component, type ReactNode } from 'react';
import { describeError } from '@/lib/kit/log';

/** Shows a failure (a store that cannot open or upgrade, a render error) instead of a blank panel. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <StoreError error={this.state.error} />;
  }
}

export function StoreError({ error }: { error: unknown }) {
  return (
    <div
      role="alert"
      className="m-3 rounded border border-red-400 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">Crossfeed could not open its local store.</p>
      <p className="mt-1 break-words">{describeError(error)}</p>
      <p className="mt-1">Your data has not been changed. Reloading the extension usually helps.</p>
    </div>
  );
}
