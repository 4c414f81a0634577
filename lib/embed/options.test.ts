import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS, embedQuery, embedThemePreference, parseEmbedOptions, parseEmbedTheme } from "./options";

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
    const options = { mechanism: "jwt", name: "lang", value: "fr", cols: ["request", "server"], compact: true, theme: "dark" } as const;
    const query = embedQuery({ ...options, cols: [...options.cols] });
    expect(query).toBe("?mechanism=jwt&name=lang&value=fr&cols=request%2Cserver&compact=1&theme=dark");
    expect(parseEmbedOptions(new URLSearchParams(query), { mechanisms: ["server", "jwt"], initialValues: true })).toEqual({ ...options, cols: ["request", "server"] });
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
