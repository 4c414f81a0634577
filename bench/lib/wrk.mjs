// One load run with wrk (Debian's package, written in C), as the HTTP bench's second load generator.
// autocannon runs in Node on the same two cores as the servers and may take CPU from them; wrk needs
// a fraction of it per request, so a row's throughput measured with both shows what autocannon costs.
//
// Only wrk's counts are used, not its latencies: BENCHMARKS.md ("HTTP load") says why.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const WRK = "/usr/bin/wrk";

export function assertWrk() {
  if (!existsSync(WRK)) throw new Error(`${WRK} is missing: apt-get install -y wrk`);
}

/** A Lua long string: the bodies and headers here are ASCII and never contain its closing bracket. */
function luaString(s) {
  if (s.includes("]==]")) throw new Error(`cannot quote ${s} for wrk`);
  return `[==[${s}]==]`;
}

// wrk's done() hook prints the counts as one JSON line.
const DONE = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\nWRK_RESULT {"requests":%d,"durationUs":%d,"errors":%d,"non2xx":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status))
  io.flush() -- wrk exits without flushing a piped stdout
end
`;

function script({ method = "GET", headers = {}, body }) {
  const lines = [`wrk.method = ${luaString(method)}`];
  // The spaces matter: "[[" would open a Lua long string.
  for (const [name, value] of Object.entries(headers)) lines.push(`wrk.headers[ ${luaString(name)} ] = ${luaString(value)}`);
  if (body !== undefined) lines.push(`wrk.body = ${luaString(body)}`);
  return lines.join("\n") + "\n" + DONE;
}

/**
 * Runs wrk for `seconds` with `connections` on one thread against `url`, sending the request that
 * `opts` describes (autocannon's { method, headers, body }), and resolves to
 * { requests, duration (s), errors, non2xx }.
 */
export function runWrk(url, opts, seconds, connections) {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-wrk-"));
  const file = path.join(dir, "request.lua");
  writeFileSync(file, script(opts));
  // wrk reads whole seconds only.
  const args = ["-t1", `-c${connections}`, `-d${Math.max(1, Math.round(seconds))}s`, "--timeout", "10s", "-s", file, url];
  return new Promise((resolve, reject) => {
    execFile(WRK, args, (err, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      if (err) return reject(new Error(`wrk failed: ${stderr || err.message}`));
      const line = stdout.split("\n").find((l) => l.startsWith("WRK_RESULT "));
      // A Lua error in the script makes wrk print it on stderr and run without the hook.
      if (!line) return reject(new Error(`wrk printed no result:\n${stdout}\n${stderr}`));
      const r = JSON.parse(line.slice("WRK_RESULT ".length));
      resolve({ requests: r.requests, duration: r.durationUs / 1e6, errors: r.errors, non2xx: r.non2xx });
    });
  });
}
