import { z } from "../validations/zod";
import { ApiError } from "../http/api-error";
import { readQuery } from "../http/read-json";
import { embedQuery, parseEmbedOptions, type EmbedCapabilities } from "./options";
import { COMPACT_EMBED_HEIGHT, DEFAULT_EMBED_SIZE, iframeSnippet } from "./snippet";

export const PROVIDER_NAME = "Cookie & Session Lab";

const dimension = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number of pixels.` })
    .int({ message: `${name} must be a whole number of pixels.` })
    .min(1, { message: `${name} must be at least 1.` })
    .max(10_000, { message: `${name} must be at most 10000.` });

/** oEmbed 1.0 §2.2: url required; maxwidth, maxheight and format optional. */
export const oembedQuery = z.object({
  url: z
    .string({ message: "Send the page to embed as ?url=, such as ?url=/demos/cookie-basics." })
    .min(1, { message: "url is empty: send the page to embed, such as /demos/cookie-basics." })
    .max(2048, { message: "url is longer than 2048 characters." }),
  maxwidth: dimension("maxwidth").optional(),
  maxheight: dimension("maxheight").optional(),
  format: z.string().optional(),
});

export interface EmbeddableDemo {
  id: string;
  title: string;
  embed?: EmbedCapabilities;
}

/** oEmbed 1.0 §2.3.4.4, the "rich" type: HTML to paste, and the size it needs. */
export interface OEmbedRich {
  type: "rich";
  version: "1.0";
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

const DEMO_PATH = /^\/(demos|embed)\/([a-z0-9-]+)\/?$/;

/**
 * The oEmbed answer for a URL of one of our demo pages (/demos/<id> or /embed/<id>, absolute on
 * this origin or a path), or an ApiError: 404 for any other URL (§2.3.4 "no response for the
 * requested url"), 501 for a format other than json (§2.3.4: the only one we implement), 400 for a
 * malformed query. An /embed URL keeps its options, re-validated, so the answer never repeats
 * anything it did not understand.
 */
export function oembedFor(params: URLSearchParams, origin: string, demos: EmbeddableDemo[]): OEmbedRich {
  const { url, maxwidth, maxheight, format } = readQuery(params, oembedQuery);
  if (format !== undefined && format !== "json")
    throw new ApiError(501, "format_not_supported", `This provider answers in JSON only (format=json), not ${JSON.stringify(format.slice(0, 20))}.`);
  let target: URL;
  try {
    target = new URL(url, origin);
  } catch {
    throw notOurs(url);
  }
  const match = DEMO_PATH.exec(target.pathname);
  const demo = match && target.origin === origin ? demos.find((d) => d.id === match[2]) : undefined;
  if (!demo) throw notOurs(url);
  const options = parseEmbedOptions(match![1] === "embed" ? target.searchParams : new URLSearchParams(), demo.embed);
  const width = Math.min(DEFAULT_EMBED_SIZE.width, maxwidth ?? Infinity);
  const height = Math.min(options.compact ? COMPACT_EMBED_HEIGHT : DEFAULT_EMBED_SIZE.height, maxheight ?? Infinity);
  const title = `${PROVIDER_NAME}: ${demo.title}`;
  const src = `${origin}/embed/${demo.id}${embedQuery(options)}`;
  return {
    type: "rich",
    version: "1.0",
    provider_name: PROVIDER_NAME,
    provider_url: `${origin}/`,
    title,
    html: iframeSnippet({ src, title, width, height }),
    width,
    height,
  };
}

function notOurs(url: string): ApiError {
  return new ApiError(
    404,
    "not_embeddable",
    `${JSON.stringify(url.slice(0, 200))} is not a demo of this lab: only /demos/<id> and /embed/<id> pages of this site can be embedded.`,
  );
}
