import { describe, expect, it } from "vitest";
import { isApiError } from "../http/api-error";
import { oembedFor } from "./oembed";

const ORIGIN = "http://localhost:3000";
const DEMOS = [
  { id: "cookie-basics", title: "Cookie basics", embed: { initialValues: true } },
  { id: "login", title: 'Login "flow" & <friends>', embed: { mechanisms: ["server", "jwt"] as const } },
];
const ask = (query: Record<string, string>) => oembedFor(new URLSearchParams(query), ORIGIN, DEMOS);

function refusal(query: Record<string, string>) {
  try {
    ask(query);
  } catch (err) {
    if (isApiError(err)) return { status: err.status, code: err.code };
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("oembedFor", () => {
  it("should answer a rich embed for a demo page", () => {
    expect(ask({ url: `${ORIGIN}/demos/cookie-basics`, format: "json" })).toEqual({
      type: "rich",
      version: "1.0",
      provider_name: "Cookie & Session Lab",
      provider_url: `${ORIGIN}/`,
      title: "Cookie & Session Lab: Cookie basics",
      html: `<iframe src="${ORIGIN}/embed/cookie-basics" title="Cookie &amp; Session Lab: Cookie basics" width="800" height="900" loading="lazy" style="border:0;max-width:100%"></iframe>`,
      width: 800,
      height: 900,
    });
  });

  it("should fit within maxwidth and maxheight", () => {
    const answer = ask({ url: "/demos/cookie-basics", maxwidth: "480", maxheight: "2000" });
    expect([answer.width, answer.height]).toEqual([480, 900]);
    expect(answer.html).toContain('width="480" height="900"');
    expect(ask({ url: "/demos/cookie-basics", maxheight: "300" }).height).toBe(300);
  });

  it("should keep an embed URL's valid options and drop the others", () => {
    const answer = ask({ url: `${ORIGIN}/embed/login?mechanism=jwt&cols=server&theme=dark&evil=%22%3E%3Cscript%3E` });
    expect(answer.html).toContain(`src="${ORIGIN}/embed/login?mechanism=jwt&amp;cols=server&amp;theme=dark"`);
    expect(answer.html).not.toContain("script");
  });

  it("should keep an embed URL's ?lang= when it is one of the site's languages, and drop it otherwise", () => {
    expect(ask({ url: "/embed/login?lang=FR" }).html).toContain(`src="${ORIGIN}/embed/login?lang=fr"`);
    expect(ask({ url: "/embed/login?lang=de" }).html).toContain(`src="${ORIGIN}/embed/login"`);
  });

  it("should escape the title in the html", () => {
    expect(ask({ url: "/demos/login" }).html).toContain('title="Cookie &amp; Session Lab: Login &quot;flow&quot; &amp; &lt;friends&gt;"');
  });

  it.each([
    ["another site's page", "https://evil.example/demos/cookie-basics"],
    ["our origin on another port", "http://localhost:3001/demos/cookie-basics"],
    ["a demo that does not exist", "/demos/nope"],
    ["a page that is not a demo", "/learn/cookies"],
    ["a URL that is not one", "http://["],
  ])("should answer 404 for %s", (_, url) => {
    expect(refusal({ url })).toEqual({ status: 404, code: "not_embeddable" });
  });

  it("should answer 501 for a format other than json", () => {
    expect(refusal({ url: "/demos/cookie-basics", format: "xml" })).toEqual({ status: 501, code: "format_not_supported" });
  });

  it.each([[{}], [{ url: "/demos/cookie-basics", maxwidth: "wide" }], [{ url: "/demos/cookie-basics", maxheight: "0" }]])(
    "should answer 400 for the query %j",
    (query) => {
      expect(refusal(query)).toEqual({ status: 400, code: "invalid_query" });
    },
  );
});
