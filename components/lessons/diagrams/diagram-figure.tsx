import type { ReactNode } from "react";

/**
 * A diagram as SVG with real text: a titled, described image for screen readers, and a caption for
 * everyone. On narrow screens it keeps its size and scrolls sideways rather than shrinking its text.
 */
export function DiagramFigure({
  id,
  title,
  description,
  caption,
  width,
  height,
  children,
}: {
  id: string;
  title: string;
  description: string;
  caption: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="my-8">
      <div
        role="region"
        aria-label={`${title} (scrolls sideways on narrow screens)`}
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-700 dark:bg-stone-900"
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="mx-auto block max-w-none font-sans text-stone-900 dark:text-stone-100"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">{caption}</figcaption>
    </figure>
  );
}
