// The lab's production server: Next.js's request handler behind Node's own HTTP server, for one
// reason. The per-client budgets (lib/session/client-budget.ts) need the address of the socket each
// request came in on, which a route handler cannot see, and Next.js's X-Forwarded-For keeps whatever
// the client wrote. So every request gets an `x-lab-peer` header with the socket's address, written
// over any the client sent; `LAB_SERVER=1` tells lib/http/client-address.ts that the header is ours.
// Usage: node server.mjs [-p PORT] [-H HOSTNAME]: PORT from the environment otherwise; every interface
// without -H (not $HOSTNAME, which containers set to their own name).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
process.env.LAB_SERVER = "1";

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers["x-lab-peer"] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`> Cookie & Session Lab on http://${hostname ?? "localhost"}:${port}`));

// Stop like `next start` does: take no new connections, let the requests in flight finish, then exit
// (lib/session/create-store.ts closes the store on exit, so SQLite checkpoints its WAL).
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
