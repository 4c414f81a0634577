// The floor: a bare node:http server that sets one cookie, on PORT.
//
// With BUSY_MS, it first keeps the CPU busy for that long on every request: a server whose cost is
// known exactly, so the latency a load generator reports for it can be checked against what a fair
// queue would give (at 50 connections and 1 ms each, every request waits about 50 ms).
import { createServer } from "node:http";

const busyNs = BigInt(Math.round(Number(process.env.BUSY_MS ?? 0) * 1e6));

function busy() {
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < busyNs);
}

createServer((req, res) => {
  if (busyNs > 0n) busy();
  res.writeHead(200, { "set-cookie": "theme=dark; Path=/; HttpOnly; SameSite=Lax", "content-type": "text/plain" });
  res.end("ok");
}).listen(Number(process.env.PORT), "127.0.0.1");
