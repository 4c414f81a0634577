import { checkCorpus, runCorpus, startCorpusServer } from "../http-state-run";
import { test } from "../firefox";

// The http-state corpus in Firefox (the worker's Firefox: network.dns.forceResolve sends the corpus's
// hosts to loopback); e2e/http-state.spec.ts is Chromium's half. The jar is emptied between cases.
test("should send, for each http-state corpus case, the Cookie header the explainer predicts for Firefox", async ({ firefox }) => {
  test.setTimeout(90_000);
  const server = await startCorpusServer();
  const context = await firefox.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://home.example.org:${server.port}/`);
    const observed = await runCorpus(page, server.port, "firefox", async () => {
      const jar = await context.cookies();
      if (jar.length) await context.deleteCookie(...jar);
    });
    checkCorpus("firefox", `Firefox ${(await firefox.version()).replace(/^firefox\//i, "")}`, observed);
  } finally {
    await context.close();
    await server.close();
  }
});
