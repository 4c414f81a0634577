import { describe, expect, it } from "vitest";
import { COOKIE_PREFIXES } from "@/lib/cookie/prefixes";
import { DEFAULT_CHOICE, PREFIXES, toBody } from "./choice";

describe("the attributes playground's request body", () => {
  it("should send only the attributes the learner chose", () => {
    expect(toBody(DEFAULT_CHOICE)).toEqual({ name: "demo", value: "1", maxAge: 3600, path: "/", sameSite: "Lax" });
  });

  it("should put the prefix in front of the name and send every flag that is ticked", () => {
    const body = toBody({ ...DEFAULT_CHOICE, prefix: "__Host-", secure: true, httpOnly: true, partitioned: true, sameSite: "None", domain: " localhost " });
    expect(body).toEqual({
      name: "__Host-demo",
      value: "1",
      maxAge: 3600,
      path: "/",
      domain: "localhost",
      secure: true,
      httpOnly: true,
      sameSite: "None",
      partitioned: true,
    });
  });

  it.each([
    ["session", {}],
    ["delete", { maxAge: 0 }],
    ["expires", { expires: "2030-01-01T01:00:00.000Z" }],
  ] as const)("should write the %s lifetime as %o", (lifetime, expected) => {
    const body = toBody({ ...DEFAULT_CHOICE, lifetime, path: "" }, Date.parse("2030-01-01T00:00:00Z"));
    expect(body).toEqual({ name: "demo", value: "1", sameSite: "Lax", ...expected });
  });

  it("should offer every prefix the explainer knows, the HTTP-only ones included", () => {
    expect(PREFIXES.filter((p) => p !== "").toSorted()).toEqual([...COOKIE_PREFIXES].toSorted());
    expect(toBody({ ...DEFAULT_CHOICE, prefix: "__Host-Http-", secure: true, httpOnly: true }).name).toBe("__Host-Http-demo");
  });
});
