import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMBED_OPTIONS,
  embedPreferences,
  embedQuery,
  embedThemePreference,
  initialValueProblem,
  parseEmbedLang,
  parseEmbedOptions,
  parseEmbedTheme,
} from "./options";

const parse = (query: string, caps = {}) => parseEmbedOptions(new URLSearchParams(query), caps);

describe("parseEmbedOptions", () => {
  it("should give the defaults for an empty query", () => {
    expect(parse("")).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it("should keep the asked columns in the inspector's order and ignore unknown ones", () => {
    expect(parse("cols=server,Response,evil,js").cols).toEqual(["response", "js", "server"]);
  });

  it("should show every column when no asked column is known", () => {
    expect(parse("cols=<script>").cols).toEqual(["response", "request", "js", "server"]);
  });

  it.each([
    ["compact=1", true],
    ["compact=true", true],
    ["compact=ON", true],
    ["compact=0", false],
    ["compact=<b>", false],
  ])("should read %s as compact %s", (query, compact) => {
    expect(parse(query).compact).toBe(compact);
  });

  it.each([
    ["theme=dark", "dark"],
    ["theme=LIGHT", "light"],
    ["theme=auto", "auto"],
    ["theme=system", "auto"],
    ["theme=%22%3E", "auto"],
  ])("should read %s as the theme %s", (query, theme) => {
    expect(parse(query).theme).toBe(theme);
  });

  it.each([
    ["lang=fr", "fr"],
    ["lang=FR", "fr"],
    ["lang=en", "en"],
    ["lang=de", undefined],
    ["lang=fr-FR", undefined],
    ["lang=%22%3E", undefined],
    ["", undefined],
  ])("should read %j as the language %s", (query, lang) => {
    expect(parse(query).lang).toBe(lang);
  });

  it("should take a mechanism only from the demo's own list, and only when it has a choice", () => {
    const login = { mechanisms: ["server", "sealed", "jwt"] as const };
    expect(parse("mechanism=jwt", login).mechanism).toBe("jwt");
    expect(parse("mechanism=cookie", login).mechanism).toBeUndefined();
    expect(parse("mechanism=server", { mechanisms: ["server"] as const }).mechanism).toBeUndefined();
    expect(parse("mechanism=jwt").mechanism).toBeUndefined();
  });

  it("should take initial values only where the demo has them, and only cookie-grammar tokens", () => {
    const caps = { initialValues: true };
    expect(parse("name=lang&value=fr", caps)).toMatchObject({ name: "lang", value: "fr" });
    expect(parse("name=lang&value=fr")).not.toHaveProperty("name");
    expect(parse("name=a%20b&value=x%3By", caps)).not.toHaveProperty("name");
    expect(parse("name=a%20b&value=x%3By", caps)).not.toHaveProperty("value");
    expect(parse(`name=${"a".repeat(65)}`, caps)).not.toHaveProperty("name");
    expect(parse("value=%22quoted%22", caps)).not.toHaveProperty("value");
  });
});

describe("embedQuery", () => {
  it("should be empty for the defaults", () => {
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe("");
  });

  it("should round-trip through parseEmbedOptions", () => {
    const options = { mechanism: "jwt", name: "lang", value: "fr", cols: ["request", "server"], compact: true, theme: "dark", lang: "fr" } as const;
    const query = embedQuery({ ...options, cols: [...options.cols] });
    expect(query).toBe("?mechanism=jwt&name=lang&value=fr&cols=request%2Cserver&compact=1&theme=dark&lang=fr");
    expect(parseEmbedOptions(new URLSearchParams(query), { mechanisms: ["server", "jwt"], initialValues: true })).toEqual({
      ...options,
      cols: ["request", "server"],
    });
  });
});

describe("parseEmbedTheme", () => {
  it("should refuse anything but light, dark and auto", () => {
    expect(parseEmbedTheme("dark")).toBe("dark");
    expect(parseEmbedTheme("system")).toBeNull();
    expect(parseEmbedTheme(null)).toBeNull();
  });
});

describe("embedThemePreference", () => {
  it.each([
    ["light", "light"],
    ["dark", "dark"],
    ["auto", "system"],
    ["neon", null],
    [null, null],
  ])("should turn ?theme=%s into the site theme %s", (raw, theme) => {
    expect(embedThemePreference(raw)).toBe(theme);
  });
});

describe("embedPreferences", () => {
  const cookies = { theme: "light", lang: "en" } as const;
  const ask = (query: string) => embedPreferences(cookies, new URLSearchParams(query));

  it("should take ?lang= and ?theme= over the cookies", () => {
    expect(ask("lang=fr&theme=dark")).toEqual({ theme: "dark", lang: "fr" });
    expect(embedPreferences({ theme: "dark", lang: "fr" }, new URLSearchParams("lang=en"))).toEqual({ theme: "dark", lang: "en" });
  });

  it("should ignore a language or theme the site does not have, as ?theme= always did", () => {
    expect(ask("lang=de&theme=neon")).toEqual(cookies);
    expect(ask("")).toEqual(cookies);
  });

  it("should read ?lang= in any case, like ?theme=", () => {
    expect(parseEmbedLang("Fr")).toBe("fr");
    expect(parseEmbedLang(null)).toBeNull();
  });
});

describe("initialValueProblem", () => {
  it.each([
    ["name", "bad name", 'The cookie name "bad name" is not allowed'],
    ["name", "a".repeat(65), "An initial name may be at most 64 characters."],
    ["value", "x;y", 'The cookie value "x;y" is not allowed'],
    ["value", '"quoted"', "An initial value cannot hold double quotes"],
  ] as const)("should say why the embed ignores the %s %j", (field, raw, sentence) => {
    expect(initialValueProblem(field, raw)).toContain(sentence);
    expect(parse(`${field}=${encodeURIComponent(raw)}`, { initialValues: true })).not.toHaveProperty(field);
  });

  it.each([
    ["name", "__Host-sid"],
    ["name", "a!b~c"],
    ["value", "dark"],
  ] as const)("should take the %s %j, as the embed does", (field, raw) => {
    expect(initialValueProblem(field, raw)).toBeNull();
    expect(parse(`${field}=${encodeURIComponent(raw)}`, { initialValues: true })).toHaveProperty(field, raw);
  });

  it("should leave out of the query a name or value the embed would ignore", () => {
    expect(embedQuery({ ...DEFAULT_EMBED_OPTIONS, name: "bad name", value: "fr" })).toBe("?value=fr");
    expect(embedQuery({ ...DEFAULT_EMBED_OPTIONS, name: "lang", value: "a b" })).toBe("?name=lang");
  });
});
