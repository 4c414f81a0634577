import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "./route";

const anyText = fc.string({ unit: "binary", maxLength: 80 });

describe("POST /api/cookies with random JSON", () => {
  it("should answer 200 or a 4xx with a code, and never send a broken header", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.record({ name: anyText, value: anyText, path: anyText }, { requiredKeys: [] }), async (junk, fields) => {
        for (const body of [junk, fields]) {
          const res = await POST(new Request("http://localhost/api/cookies", { method: "POST", body: JSON.stringify(body) }));
          expect(res.status === 200 || (res.status >= 400 && res.status < 500)).toBe(true);
          for (const line of res.headers.getSetCookie()) expect(line).not.toMatch(/[\r\n\u0000]/);
          if (res.status !== 200) expect((await res.json()).error.code).toMatch(/^[a-z_]+$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
