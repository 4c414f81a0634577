export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-6 sm:px-6">
        <p>Every demo here really sets cookies in your browser for this site only. Nothing is tracked or shared.</p>
        <p>
          Built to the cookie rules of <abbr title="the current draft of the HTTP State Management Mechanism">RFC 6265bis</abbr>.
        </p>
      </div>
    </footer>
  );
}
