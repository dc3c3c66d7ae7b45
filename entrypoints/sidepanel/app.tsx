import { FeedPanel } from '@/components/feed/feed-panel';

export function App() {
  return (
    <main>
      <FeedPanel />
    </main>
  );
}
