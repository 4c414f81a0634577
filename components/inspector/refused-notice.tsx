import type { CrossSiteEmbedding } from "@/components/embed/embed-context";
import type { RefusedCookie } from "@/lib/inspector/refused-cookies";

/** Says plainly that the browser did not keep a cookie the server sent, instead of failing silently. */
export function RefusedNotice({ refused, crossSite }: { refused: RefusedCookie[]; crossSite: CrossSiteEmbedding | null }) {
  if (refused.length === 0) return null;
  return (
    <div
      data-testid="refused-cookies"
      className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <ul className="space-y-1">
        {refused.map((r) => (
          <li key={`${r.name}|${r.setBy}`}>
            <strong>
              Your browser did not keep the cookie <span className="font-mono">{r.name || "(no name)"}</span>.
            </strong>{" "}
            The response to “{r.setBy}” set it, but{" "}
            {r.missingFrom === "document.cookie" ? "document.cookie does not show it." : "this request's Cookie header does not carry it."}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        {crossSite
          ? "In a frame on another site a cookie is a third-party cookie: a browser that blocks them (Safari; Chrome in Incognito or by your setting) keeps only cookies marked SameSite=None, Secure and Partitioned. The Response column says which rule applied."
          : "The Response column says which rule the browser applied."}
      </p>
    </div>
  );
}
