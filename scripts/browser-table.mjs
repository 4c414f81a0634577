#!/usr/bin/env node
// Writes docs/browsers.md from the engine case list's last runs (issue 21, point 4):
// .test-output/engines/chromium.json and firefox.json, which e2e/explainer-vs-chromium.spec.ts and
// e2e/firefox/engine-cases.spec.ts write. Safari's column is from documentation, not measured.
//
//   npx playwright test e2e/explainer-vs-chromium.spec.ts e2e/http-state.spec.ts e2e/firefox/engine-cases.spec.ts e2e/firefox/http-state.spec.ts
//   node scripts/browser-table.mjs          # writes docs/browsers.md
//   node scripts/browser-table.mjs --check  # npm test: exits 1 (and rewrites it) when it differs from the runs
//
// scripts/browser-table.test.ts checks the checked-in table against the current case list and the
// explainer, so it cannot silently go stale.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const IN = ".test-output/engines";
const OUT = "docs/browsers.md";

const ROWS = {
  "lax-default": "Lax by default (a cookie without SameSite)",
  "lax-unsafe": "Lax-allowing-unsafe (a cookie without SameSite on a cross-site top-level POST, fresh and past the 2-minute window)",
  samesite: "SameSite=Strict, Lax and None across sites",
  "third-party": "Third-party cookies (SameSite=None; Secure in a cross-site iframe)",
  chips: "CHIPS (Partitioned)",
  partitioning: "Partitioned jars (set in a cross-site iframe under one top-level site, read under another)",
  "localhost-secure": "http://localhost as a secure origin",
  prefixes: "Cookie prefixes, __Http- and __Host-Http- included",
  expiry: "Max-Age and Expires edge cases",
  "cap-400": "The 400-day cap on Max-Age and Expires",
};

const MDN_SET_COOKIE = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie";
const MDN_COMPAT = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#browser_compatibility";
const WEBKIT_3PC = "https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/";
const MDN_CHIPS = "https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Privacy_sandbox/Partitioned_cookies";
const SAFARI = {
  "lax-default": `No: a cookie without SameSite is sent cross-site like None ([MDN compatibility data](${MDN_COMPAT}); [Chromium's SameSite notes](https://www.chromium.org/updates/same-site/) for the Chromium default).`,
  "lax-unsafe": `Not applicable: no Lax by default, so nothing to relax ([MDN](${MDN_SET_COOKIE})).`,
  samesite: `Strict, Lax and None as specified ([MDN](${MDN_SET_COOKIE})).`,
  "third-party": `Blocked by default since Safari 13.1 ([WebKit: full third-party cookie blocking](${WEBKIT_3PC})).`,
  chips: `See [MDN's partitioned cookies guide](${MDN_CHIPS}) and its compatibility data; with third-party cookies blocked, unpartitioned ones are refused.`,
  partitioning: `An unpartitioned third-party cookie is never set, third-party cookies being blocked by default ([WebKit](${WEBKIT_3PC})); for Partitioned see [MDN's partitioned cookies guide](${MDN_CHIPS}).`,
  "localhost-secure":
    "No: Safari refuses a Secure cookie from http://localhost ([WebKit bug 281149](https://bugs.webkit.org/show_bug.cgi?id=281149), [MDN compatibility data](https://github.com/mdn/browser-compat-data/pull/28461)).",
  prefixes: `__Secure- and __Host-; __Http- and __Host-Http- per [MDN compatibility data](${MDN_COMPAT}).`,
  expiry: `Max-Age wins over Expires; Max-Age=0 or a past Expires deletes ([MDN](${MDN_SET_COOKIE})).`,
  "cap-400": `Per [MDN compatibility data](${MDN_COMPAT}); cookies written by scripts are capped at 7 days by Intelligent Tracking Prevention ([WebKit](${WEBKIT_3PC})).`,
};

const GROUP_WORDS = {
  "same-site": "set and read same-site",
  "nav-get": "set same-site, then a cross-site link (GET)",
  "nav-post": "set same-site, then a cross-site form POST",
  "nav-post-aged": "set same-site, then a cross-site form POST past the Lax-allowing-unsafe window",
  "iframe-allowed": "cross-site iframe, third-party cookies allowed",
  "iframe-blocked": "cross-site iframe, third-party cookies blocked",
  "iframe-elsewhere": "set in a cross-site iframe under one top-level site, read in it under another, third-party cookies allowed",
};

/** What one engine did with one case, in the words the checked-in table uses (and its test parses). */
export function outcomeWords({ stored, sent, expiresInDays }) {
  if (!stored) return "refused";
  const days = expiresInDays !== null && expiresInDays !== undefined && expiresInDays >= 1 ? `, expires in ${Math.round(expiresInDays)} days` : "";
  return `stored, ${sent ? "sent" : "not sent"}${days}`;
}

const month = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** A run's JSON, or an error that names the spec that writes it. */
function readRun(file) {
  if (!existsSync(`${IN}/${file}`)) {
    throw new Error(
      `${IN}/${file} is missing: the e2e run that writes it did not finish (e2e/explainer-vs-chromium.spec.ts, e2e/http-state.spec.ts and e2e/firefox/ write them)`,
    );
  }
  return JSON.parse(readFileSync(`${IN}/${file}`, "utf8"));
}

/** The corpus section: how many cases each engine answered as RFC 6265bis does, and why not the others. */
function corpusSection(corpora) {
  const lines = [
    "## The http-state corpus",
    "",
    `The ${corpora[0].cases} cases of the IETF httpstate working group's corpus (\`lib/cookie/testing/http-state/\`), each run in both engines over plain HTTP on its own hosts (\`e2e/http-state-run.ts\`). In every case the Cookie header each engine sent was the explainer's prediction for that engine, but for the expected differences listed in \`e2e/http-state-run.ts\` (shown below). Where an engine's header is not RFC 6265bis's, the named quirk (\`ENGINE_QUIRKS\` in \`lib/cookie/engines.ts\`) or listed difference that explains it, with the cases (a case may show more than one):`,
    "",
  ];
  for (const run of corpora) {
    lines.push(`- **${run.version}** (${run.date}): ${run.asSpec} of ${run.cases} as RFC 6265bis.`);
    for (const [why, ids] of Object.entries(run.departures))
      lines.push(`  - ${why.replace(/^(\w+): /, "\`$1\`: ")} (${ids.length}): ${ids.map((id) => `\`${id}\``).join(", ")}`);
  }
  lines.push("");
  return lines;
}

/** The table from the runs in .test-output/engines. */
export function render() {
  const runs = ["chromium", "firefox"].map((engine) => readRun(`${engine}.json`));
  const corpora = ["chromium", "firefox"].map((engine) => readRun(`${engine}-corpus.json`));
  const [chromium, firefox] = runs;
  if (chromium.caseListHash !== firefox.caseListHash)
    throw new Error(`the two runs are of different case lists (${chromium.caseListHash}, ${firefox.caseListHash}): run both specs again`);
  // In the case list's order: its groups in turn (a runner may observe them in another order).
  const groups = Object.keys(GROUP_WORDS);
  const ids = Object.keys(chromium.cases).sort((a, b) => groups.indexOf(chromium.cases[a].group) - groups.indexOf(chromium.cases[b].group));
  const latest = [chromium.date, firefox.date, ...corpora.map((r) => r.date)].sort().at(-1);
  const cell = (run, behaviour) =>
    ids
      .filter((id) => run.cases[id].behaviour === behaviour)
      .map((id) => `${run.cases[id].label} (${GROUP_WORDS[run.cases[id].group]}): ${outcomeWords(run.cases[id])}`)
      .join("<br>");
  const out = [
    `# Browsers as of ${month(latest)}`,
    "",
    `Generated by \`node scripts/browser-table.mjs\`, which \`npm test\` runs after the e2e tests (it fails when this file differs from what the engines did), from the engine case list (\`e2e/engine-cases.ts\`, case list ${chromium.caseListHash}) as run on ${chromium.version} (${chromium.date}) and ${firefox.version} (${firefox.date}), each in its default settings but for third-party cookies: Chromium blocks them in an off-the-record context and allows them in a profile that does; Firefox's default is Total Cookie Protection (allowed, in a jar per top-level site) and \`network.cookie.cookieBehavior\` 1 blocks them. For the POST past the Lax-allowing-unsafe window, a browser having no clock to set, Chromium runs with \`--enable-features=ShortLaxAllowUnsafeThreshold\`, which shortens its 2-minute window to 10 seconds, and the cookies are at least 11 seconds old. The explainer's prediction for each engine equalled what that engine stored and sent in every case (\`npm test\` checks it on every run). Safari is **documented, not measured**: from WebKit's and MDN's pages, linked in each cell.`,
    "",
    `| Behaviour | ${chromium.version} (measured) | ${firefox.version} (measured) | Safari (documented, not measured) |`,
    "|---|---|---|---|",
    ...Object.entries(ROWS).map(([behaviour, title]) => `| ${title} | ${cell(chromium, behaviour)} | ${cell(firefox, behaviour)} | ${SAFARI[behaviour]} |`),
    "",
    "## Every case",
    "",
    "The Set-Cookie line came from the lab's `POST /api/cookies`; \"sent\" is whether the next request of the case's context carried it (`/api/echo/…`).",
    "",
    `| Case | Context | Set-Cookie | ${chromium.version} | ${firefox.version} |`,
    "|---|---|---|---|---|",
    ...ids.map(
      (id) =>
        `| \`${id}\` | ${GROUP_WORDS[chromium.cases[id].group]} | \`${chromium.cases[id].line.replaceAll("|", "\\|")}\` | ${outcomeWords(chromium.cases[id])} | ${outcomeWords(firefox.cases[id])} |`,
    ),
    "",
    ...corpusSection(corpora),
  ].join("\n");
  return { out, summary: `${ids.length} cases and the ${corpora[0].cases}-case corpus, ${chromium.version}, ${firefox.version}` };
}

/** The table without its dates: a run on another day that saw the same is no change. */
export const withoutDates = (text) => text.replace(/\d{4}-\d{2}-\d{2}/g, "DATE").replace(/^# Browsers as of .*$/m, "# Browsers as of MONTH");

/**
 * Writes docs/browsers.md. With --check (npm test, after e2e): leaves it as it is when only the dates
 * would change; otherwise rewrites it and exits 1, naming the file, so the table cannot drift.
 */
function main() {
  const { out, summary } = render();
  if (process.argv.includes("--check")) {
    const current = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
    if (withoutDates(current) === withoutDates(out)) {
      console.log(`${OUT} agrees with what the engines did in this run (${summary}).`);
      return;
    }
    writeFileSync(OUT, out);
    console.error(`${OUT} differs from what Chromium and Firefox did in this run: it is rewritten from ${IN}/ now. Review \`git diff ${OUT}\` and commit it.`);
    process.exit(1);
  }
  writeFileSync(OUT, out);
  console.log(`wrote ${OUT}: ${summary}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (err) {
    console.error(`${OUT} could not be generated: ${err.message}`);
    process.exit(1);
  }
}
