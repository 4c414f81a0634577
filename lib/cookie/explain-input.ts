/**
 * The input of `explain`, validated at the edge (POST /api/explain): bad input becomes a
 * `{ code, message }` a route can send as a 400, never an exception.
 */
import { z } from "../validations/zod";
import { BROWSERS } from "./engines";
import { octets } from "./grammar";

/** A Set-Cookie response rarely carries more than a handful of lines; 50 is plenty for a lesson. */
export const MAX_LINES = 50;
/** Servers commonly cap one header line at 8 KB (nginx's default large_client_header_buffers). */
export const MAX_LINE_CHARS = 8192;
export const MAX_TOTAL_OCTETS = 64 * 1024;

const httpUrl = z
  .string()
  .max(MAX_LINE_CHARS, { error: `A URL may be at most ${MAX_LINE_CHARS} characters long.` })
  .refine(isHttpUrl, { error: (issue) => `${JSON.stringify(issue.input)} is not an http:// or https:// URL.` });

const line = z.string({ error: "Each Set-Cookie line must be a string." }).max(MAX_LINE_CHARS, {
  error: `Each Set-Cookie line may be at most ${MAX_LINE_CHARS} characters long.`,
});

export const explainInputSchema = z
  .strictObject({
    // One line or a list; normalised to a list so every limit reports on the same shape.
    setCookie: z.preprocess(
      (v) => (typeof v === "string" ? [v] : v),
      z
        .array(line, { error: "setCookie must be a Set-Cookie line or a list of them." })
        .max(MAX_LINES, { error: `At most ${MAX_LINES} Set-Cookie lines can be explained at once.` }),
    ),
    url: httpUrl.optional(),
    requestUrl: httpUrl.optional(),
    now: z
      .union([z.date(), z.string(), z.number()])
      .refine((v) => !Number.isNaN(new Date(v).getTime()), { error: (issue) => `${JSON.stringify(issue.input)} is not a date.` })
      .optional(),
    context: z
      .strictObject({
        site: z.enum(["same-site", "cross-site"], { error: 'context.site must be "same-site" or "cross-site".' }).optional(),
        frame: z.enum(["top-level", "iframe"], { error: 'context.frame must be "top-level" or "iframe".' }).optional(),
        method: z
          .string()
          .regex(/^[A-Za-z]{1,16}$/, { error: "method must be an HTTP method such as GET or POST." })
          .optional(),
        thirdPartyCookies: z.enum(["blocked", "allowed"], { error: 'context.thirdPartyCookies must be "blocked" or "allowed".' }).optional(),
        api: z.enum(["http", "non-http"], { error: 'context.api must be "http" or "non-http".' }).optional(),
        browser: z
          .enum(BROWSERS, {
            error: (issue) => `context.browser must be "chromium", "firefox" or "spec" (RFC 6265bis alone), not ${JSON.stringify(issue.input)}.`,
          })
          .optional(),
      })
      .optional(),
  })
  .superRefine((input, ctx) => {
    const total = input.setCookie.reduce((sum, l) => sum + octets(l), 0);
    if (total > MAX_TOTAL_OCTETS) {
      ctx.addIssue({
        code: "custom",
        path: ["setCookie"],
        message: `The Set-Cookie lines take ${total} bytes; at most ${MAX_TOTAL_OCTETS} can be explained at once.`,
        params: { code: "InputTooLarge" },
      });
    }
  });

export type ExplainInput = z.infer<typeof explainInputSchema>;

export type ExplainInputErrorCode =
  | "InvalidInput"
  | "UnknownField"
  | "InvalidSetCookie"
  | "TooManyLines"
  | "LineTooLong"
  | "InputTooLarge"
  | "InvalidUrl"
  | "InvalidDate"
  | "InvalidContext"
  | "InvalidBrowser";

export type ExplainInputError = { code: ExplainInputErrorCode; message: string };

export type ExplainInputResult = { ok: true; value: ExplainInput } | { ok: false; error: ExplainInputError };

/** Validates untrusted input; never throws. */
export function parseExplainInput(input: unknown): ExplainInputResult {
  const result = explainInputSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: { code: "InvalidInput", message: "The request body is not valid." } };
  return { ok: false, error: { code: codeOf(issue), message: messageOf(issue) } };
}

function codeOf(issue: z.core.$ZodIssue): ExplainInputErrorCode {
  const field = issue.path[0];
  if (issue.code === "unrecognized_keys") return issue.path.length === 0 ? "UnknownField" : "InvalidContext";
  if (field === undefined) return "InvalidInput";
  if (field === "setCookie") {
    if (issue.code === "custom") return "InputTooLarge";
    if (issue.code === "too_big") return issue.origin === "array" ? "TooManyLines" : "LineTooLong";
    return "InvalidSetCookie";
  }
  if (field === "url" || field === "requestUrl") return "InvalidUrl";
  if (field === "now") return "InvalidDate";
  if (field === "context" && issue.path[1] === "browser") return "InvalidBrowser";
  return "InvalidContext";
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `Unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}.`;
  if (issue.path.length === 0 && issue.code === "invalid_type") return "The request body must be a JSON object with a setCookie field.";
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return issue.message.startsWith("Invalid") ? `${where}${issue.message}.` : issue.message;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
