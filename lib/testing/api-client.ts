import { parseServerView } from "../exchange/server-state";
import { isDeletion, splitSetCookie } from "../inspector/set-cookie-attributes";

/**
 * Calls route handlers in process the way a browser would: it keeps a cookie jar fed by each
 * response's Set-Cookie lines (name=value only; attributes are the explainer's business) and
 * sends it back as the Cookie header. Every answer's `exchange.server` must be one of the variants
 * the inspector reads (lib/exchange/server-state.ts), or the call throws.
 */
type Handler = (request: Request) => Promise<Response>;

export interface ApiResult {
  status: number;
  headers: Headers;
  setCookie: string[];
  body: {
    message?: string;
    error?: { code: string; message: string };
    exchange: {
      request: { url: string; cookieHeader: string | null };
      response: { setCookie: string[] };
      server: Record<string, unknown> & { summary: string };
    };
    [key: string]: unknown;
  };
}

export class Browser {
  readonly jar = new Map<string, string>();

  constructor(private readonly origin = "http://localhost:3000") {}

  cookieHeader(): string | null {
    return this.jar.size ? [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ") : null;
  }

  async call(handler: Handler, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult> {
    const cookie = this.cookieHeader();
    const request = new Request(`${this.origin}${path}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const res = await handler(request);
    const setCookie = res.headers.getSetCookie();
    for (const line of setCookie) {
      const parts = splitSetCookie(line);
      if (isDeletion(parts) || parts.value === "") this.jar.delete(parts.name);
      else this.jar.set(parts.name, parts.value);
    }
    const answer = (await res.json()) as ApiResult["body"];
    if (parseServerView(answer.exchange.server) === null) {
      throw new Error(`${method} ${path}: exchange.server is none of the variants in lib/exchange/server-state.ts: ${JSON.stringify(answer.exchange.server)}`);
    }
    return { status: res.status, headers: res.headers, setCookie, body: answer };
  }
}
