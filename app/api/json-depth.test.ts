import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { POST as expiry } from "./expiry/route";
import { POST as jwt } from "./jwt/route";
import { POST as sealed } from "./sealed/route";
import { POST as session } from "./session/route";
import { POST as stores } from "./stores/route";

// A body nested thousands of levels deep is a visitor's mistake (or an attack), never a 500.
withTempDataDir("json-depth");

const nested = (depth: number) => `{"k":${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;

describe("deeply nested JSON bodies", () => {
  it.each([
    ["/api/session", session],
    ["/api/sealed", sealed],
    ["/api/jwt", jwt],
    ["/api/stores?store=sqlite", stores],
    ["/api/expiry", expiry],
  ] as const)("%s: should refuse 4,000 levels with 400 invalid_body and set nothing, and take 32", async (url, handler) => {
    const deep = await new Browser().call(handler, "POST", url, nested(4000));
    expect(deep.status).toBe(400);
    expect(deep.setCookie).toEqual([]);
    expect(deep.body.error).toMatchObject({ code: "invalid_body", message: expect.stringMatching(/more than 32 levels deep/) });
    const ok = await new Browser().call(handler, "POST", url, nested(32));
    expect(ok.status).toBe(200);
  });
});
