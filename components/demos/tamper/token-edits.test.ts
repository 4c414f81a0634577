import { describe, expect, it } from "vitest";
import { signJwt } from "@/lib/session/jwt";
import { changeOneCharacter, decodeJwtPayload, promoteJwt, promoteRawClaim } from "./token-edits";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256!";

describe("the tamper lab's quick edits", () => {
  it.each([
    ["abc", "aAc"],
    ["xAy", "xBy"],
    ["", ""],
  ])("should change exactly one character of %j", (value, edited) => {
    expect(changeOneCharacter(value)).toBe(edited);
  });

  it("should promote the raw claim to admin and keep the user", () => {
    expect(promoteRawClaim("user=ada&role=user")).toBe("user=ada&role=admin");
  });

  it("should decode a JWT payload without any secret", async () => {
    const token = await signJwt({ user: "ada", role: "user" }, { secret: SECRET });
    expect(decodeJwtPayload(token)).toMatchObject({ user: "ada", role: "user", exp: expect.any(Number) });
  });

  it("should rewrite the payload to role admin but keep the header and the old signature", async () => {
    const token = await signJwt({ user: "ada", role: "user", name: "Ada Lovelace ✓" }, { secret: SECRET });
    const forged = promoteJwt(token);
    expect(forged.split(".")[0]).toBe(token.split(".")[0]);
    expect(forged.split(".")[2]).toBe(token.split(".")[2]);
    expect(decodeJwtPayload(forged)).toMatchObject({ role: "admin", name: "Ada Lovelace ✓" });
  });

  it("should leave a value that is not a JWT as it was", () => {
    expect(promoteJwt("not-a-token")).toBe("not-a-token");
    expect(decodeJwtPayload("a.%%%.c")).toBeNull();
  });
});
