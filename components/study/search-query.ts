/**
 * The header's search box and /search's own box show one query: each announces what it holds on
 * window, and the other follows. A window event, since the header lives in the layout and the page
 * box in the page, with no React tree between them but the root.
 */
const QUERY = "lab-search-query";

export type SearchBox = "header" | "page";

export function announceSearchQuery(q: string, from: SearchBox): void {
  window.dispatchEvent(new CustomEvent(QUERY, { detail: { q, from } }));
}

/** Calls `follow` with each query the other box announces; returns the unsubscribe. */
export function followSearchQuery(self: SearchBox, follow: (q: string) => void): () => void {
  const listener = (e: Event) => {
    const { q, from } = (e as CustomEvent<{ q: string; from: SearchBox }>).detail;
    if (from !== self) follow(q);
  };
  window.addEventListener(QUERY, listener);
  return () => window.removeEventListener(QUERY, listener);
}
