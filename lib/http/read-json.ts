import type { z } from "zod";
import { ApiError } from "./api-error";

/** Request bodies are small in this lab; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Reads at most `limit` bytes of the body, so a huge upload is refused without being buffered. */
export async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "body_too_large", `The request body is larger than ${limit / 1024} KiB, the most this lab accepts.`);
}

/** Turns zod's first issue into a sentence that names the field. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request is not valid.";
  if (issue.code === "unrecognized_keys") {
    return `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}: check the spelling (the API is in docs/api.md).`;
  }
  return issue.message;
}

/** The error code: "invalid_body", or the one a custom issue names in `params.apiCode` (such as "reserved_key"). */
function issueCode(error: z.ZodError): string {
  const issue = error.issues[0];
  const code = issue?.code === "custom" ? (issue.params as { apiCode?: unknown } | undefined)?.apiCode : undefined;
  return typeof code === "string" ? code : "invalid_body";
}

/** Objects and arrays may nest this deep in a body: far beyond any demo's, far below a stack's. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep the JSON text's objects and arrays nest, counted in one pass over the text (brackets inside
 * strings do not count). Checked before parsing: validating or storing a value 4,000 levels deep
 * overflowed the stack, a 500 for what is a visitor's mistake.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") deepest = Math.max(deepest, ++depth);
    else if (c === "}" || c === "]") depth--;
  }
  return deepest;
}

/**
 * Parses a JSON body without validating it, for a route whose own parser checks the value (the
 * explainer): an empty body is `undefined`, anything not JSON an ApiError.
 */
export async function readJsonValue(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await readLimited(request, limit);
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new ApiError(400, "invalid_body", `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep, the most this lab accepts.`);
  }
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", 'The request body is not valid JSON. Send an object such as {"name": "theme", "value": "dark"}.');
  }
}

/** Parses and validates a JSON body; every failure is an ApiError with a sentence a learner understands. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, limit = MAX_BODY_BYTES): Promise<z.output<T>> {
  const parsed = schema.safeParse(await readJsonValue(request, limit));
  if (!parsed.success) throw new ApiError(400, issueCode(parsed.error), firstIssue(parsed.error));
  return parsed.data;
}

/**
 * Validates a query string (a URL's searchParams, each name taken once, the last value winning);
 * a failure is a 400 with `code` and the schema's first sentence.
 */
export function readQuery<T extends z.ZodType>(params: URLSearchParams | string, schema: T, code = "invalid_query"): z.output<T> {
  const search = typeof params === "string" ? new URL(params).searchParams : params;
  const parsed = schema.safeParse(Object.fromEntries(search));
  if (!parsed.success) throw new ApiError(400, code, firstIssue(parsed.error));
  return parsed.data;
}
