"use client"; // the options form, the live preview and the snippets follow each other as the instructor picks

import { useId, useState, useSyncExternalStore } from "react";
import { embedQuery, type EmbedOptions } from "@/lib/embed/options";
import { COMPACT_EMBED_HEIGHT, DEFAULT_EMBED_SIZE, iframeSnippet, resizeScriptTag } from "@/lib/embed/snippet";
import { CopyButton } from "./copy-button";
import { EmbedOptionsForm, type BuilderDemo } from "./embed-options-form";
import { builderFieldIds, initialBuilderState, liveBuilderState, optionsForAnotherDemo, type BuilderState } from "./live-builder-state";

const noop = () => () => undefined;
/** The lab's origin as this browser reaches it; the snippets need absolute URLs. Empty while prerendering. */
const useOrigin = () =>
  useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );

/** Pick a demo and its options, see it live, copy the iframe or a link. */
export function EmbedBuilder({ demos }: { demos: BuilderDemo[] }) {
  const id = useId();
  const origin = useOrigin();
  // What the instructor picked before the scripts ran, read at the first render, before React
  // resets the fields, and shown once hydration is done, not during it: hydrating the server's HTML
  // with other state would leave the snippet, the link and the preview as the server wrote them.
  const [live] = useState(() => liveBuilderState(id, demos));
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [changed, setChanged] = useState<BuilderState | null>(null);
  const state = changed ?? (hydrated ? live : initialBuilderState(demos));
  const { options, withScript } = state;
  const demo = demos.find((d) => d.id === state.demoId) ?? demos[0]!;
  // Options the new demo does not take are dropped, so the snippet never carries dead ones.
  const pickDemo = (next: string) => setChanged({ ...state, demoId: next, options: optionsForAnotherDemo(options) });
  const setOptions = (patch: Partial<EmbedOptions>) => setChanged({ ...state, options: { ...options, ...patch } });
  const setWithScript = (on: boolean) => setChanged({ ...state, withScript: on });
  const path = `/embed/${demo.id}${embedQuery(options)}`;
  const height = options.compact ? COMPACT_EMBED_HEIGHT : DEFAULT_EMBED_SIZE.height;
  const title = `Cookie & Session Lab: ${demo.title}`;
  const snippet =
    iframeSnippet({ src: `${origin}${path}`, title, width: DEFAULT_EMBED_SIZE.width, height }) + (withScript ? `\n${resizeScriptTag(origin)}` : "");
  const link = `${origin}${path}`;

  return (
    <div className="space-y-8">
      <div className="grid gap-6 lg:grid-cols-2">
        <EmbedOptionsForm id={id} demos={demos} demo={demo} options={options} onDemo={pickDemo} onOptions={setOptions} />
        <section aria-labelledby={`${id}-snippets`} className="min-w-0 space-y-4">
          <h2 id={`${id}-snippets`} className="text-xl font-semibold">
            Copy it
          </h2>
          <div className="space-y-2">
            <label htmlFor={`${id}-snippet`} className="block text-sm font-medium">
              The iframe for your course page
            </label>
            <textarea
              id={`${id}-snippet`}
              readOnly
              value={snippet}
              rows={6}
              data-testid="iframe-snippet"
              className="w-full rounded-md border border-stone-300 bg-stone-50 p-2 font-mono text-xs dark:border-stone-600 dark:bg-stone-900"
            />
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
              <CopyButton text={snippet} label="Copy the iframe" />
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  id={builderFieldIds(id).withScript}
                  checked={withScript}
                  onChange={(e) => setWithScript(e.target.checked)}
                  className="h-4 w-4 accent-cookie-700"
                />
                Add the resize script (the frame then fits its content)
              </label>
            </div>
          </div>
          <div className="space-y-2">
            <label htmlFor={`${id}-link`} className="block text-sm font-medium">
              Or a plain link (for slides, or where iframes are not allowed)
            </label>
            <input
              id={`${id}-link`}
              readOnly
              value={link}
              data-testid="embed-link"
              className="w-full rounded-md border border-stone-300 bg-stone-50 p-2 font-mono text-xs dark:border-stone-600 dark:bg-stone-900"
            />
            <CopyButton text={link} label="Copy the link" />
          </div>
        </section>
      </div>
      <section aria-labelledby={`${id}-preview`} className="space-y-2">
        <h2 id={`${id}-preview`} className="text-xl font-semibold">
          Live preview
        </h2>
        <p className="text-sm text-stone-700 dark:text-stone-300">The demo works here as it will on your page: it really sets cookies (for this site, here).</p>
        {/* The resize script (loaded by the page) fits this frame to its content, as it will on a course page. */}
        <iframe
          key={path}
          src={path}
          title={`Preview: ${title}`}
          height={height}
          className="w-full rounded-lg border border-stone-300 dark:border-stone-700"
          data-testid="embed-preview"
        />
      </section>
    </div>
  );
}
