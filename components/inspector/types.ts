import type { Exchange } from "@/lib/exchange/exchange";
import type { RefusedCookie } from "@/lib/inspector/refused-cookies";

/** One request the learner made, with what came back and what JavaScript could see afterwards. */
export interface Step {
  id: number;
  label: string;
  method: string;
  /** The URL the page fetched, absolute, for the curl command. */
  url: string;
  body?: unknown;
  status: number;
  exchange: Exchange | null;
  error: { code: string; message: string } | null;
  /** `document.cookie`, read right after the response arrived. */
  documentCookie: string;
  /** The page that read it: which cookie paths cover it. */
  pageUrl: string;
  at: number;
  /** The rest of the JSON body beside `exchange` and `error` (e.g. the CSRF demo's token). */
  reply?: Record<string, unknown>;
  /** Cookies an earlier response (or this one) set that the browser did not keep, found by this step. */
  refused?: RefusedCookie[];
}
