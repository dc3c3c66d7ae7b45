import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import '@/components/ui/styles.css';
import { App } from './app';
import { installBenchHook } from './bench-hook';

installBenchHook();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
