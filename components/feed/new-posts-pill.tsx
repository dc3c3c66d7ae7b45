/** "N new posts": shown instead of pushing the reader's place down; a click shows them at the top. */
export function NewPostsPill({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <button
      type="button"
      onClick={onShow}
      aria-live="polite"
      className="focus-ring absolute top-2 left-1/2 z-10 -translate-x-1/2 rounded-full bg-sky-600 px-3 py-1 text-sm font-medium text-white shadow-lg hover:bg-sky-700"
    >
      ↑ {count.toLocaleString()} new {count === 1 ? 'post' : 'posts'}
    </button>
  );
}
