import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Another site's page, to embed the lab in: a node:http server on 127.0.0.1, which is a different
 * site from the lab's localhost (sites compare host names, not IP resolution). GET /?src=<url>
 * answers a page that frames `src`, and loads the lab's resize script when &script=<url> is given.
 * `hostname` names it otherwise in its URLs, for a browser that resolves that name to loopback
 * (Firefox with network.dns.forceResolve, e2e/firefox.ts). `address` is the loopback address it
 * listens on (e.g. 127.0.0.2: a third site for Chromium, which compares IP hosts as written).
 */
export interface HostPage {
  /** The host page framing `src` (an absolute URL of the lab). */
  pageFor(src: string, options?: { script?: string }): string;
  readonly origin: string;
  close(): Promise<void>;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export async function startHostPage({ address = "127.0.0.1", hostname = address }: { address?: string; hostname?: string } = {}): Promise<HostPage> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const src = url.searchParams.get("src") ?? "about:blank";
    const script = url.searchParams.get("script");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>A course page</title></head><body>
<h1>Week 3: cookies</h1>
<iframe src="${escape(src)}" title="Embedded demo" width="1000" height="700" style="border:1px solid #ccc"></iframe>
${script ? `<script src="${escape(script)}" async></script>` : ""}
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const origin = `http://${hostname}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageFor: (src, options = {}) => `${origin}/?${new URLSearchParams({ src, ...(options.script ? { script: options.script } : {}) })}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
