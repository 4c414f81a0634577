// The JavaScript and CSS a page loads, as the browser would fetch them on a first visit:
// node bench/page-weight.mjs http://localhost:3000 /demos/cookie-basics /embed/cookie-basics
import { gzipSync } from "node:zlib";

const [origin = "http://localhost:3000", ...paths] = process.argv.slice(2);

async function weigh(path) {
  const html = await (await fetch(new URL(path, origin))).text();
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const urls = (kind) =>
    kind === "js"
      ? // the scripts, and the chunks a demo preloads (next/dynamic: the browser fetches them at once, and runs them as the demo hydrates)
        [
          // not the noModule polyfills, which browsers that run modules (all current ones) skip
          ...[...html.matchAll(/<script\b[^>]*>/g)]
            .filter((m) => !/\snoModule/i.test(m[0]))
            .map((m) => attr(m[0], "src"))
            .filter(Boolean),
          ...links.filter((l) => attr(l, "rel") === "preload" && attr(l, "as") === "script").map((l) => attr(l, "href")),
        ]
      : links.filter((l) => attr(l, "rel") === "stylesheet").map((l) => attr(l, "href"));
  const total = async (list) => {
    let raw = 0;
    let gz = 0;
    for (const u of new Set(list)) {
      const body = Buffer.from(await (await fetch(new URL(u, origin))).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body).length;
    }
    return { files: new Set(list).size, raw, gz };
  };
  return { path, html: Buffer.byteLength(html), js: await total(urls("js")), css: await total(urls("css")) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log("| page | HTML | JS files | JS (raw / gzip) | CSS (raw / gzip) |");
console.log("|---|---:|---:|---:|---:|");
for (const path of paths.length ? paths : ["/demos/cookie-basics", "/embed/cookie-basics"]) {
  const w = await weigh(path);
  console.log(`| \`${w.path}\` | ${kb(w.html)} | ${w.js.files} | ${kb(w.js.raw)} / ${kb(w.js.gz)} | ${kb(w.css.raw)} / ${kb(w.css.gz)} |`);
}
