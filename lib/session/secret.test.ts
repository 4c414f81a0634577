import { statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { loadSecret, loadSecrets } from "./secret";

const dirs: (() => void)[] = [];
afterEach(() => dirs.splice(0).forEach((remove) => remove()));
function tempDataDir() {
  const tmp = makeTempDir("secret");
  dirs.push(tmp.remove);
  return join(tmp.dir, "nested", ".data");
}

describe("the session secret", () => {
  it("should use SESSION_SECRET when it is at least 32 characters long", () => {
    const secret = "k".repeat(32);
    expect(loadSecret({ env: { SESSION_SECRET: secret, DATA_DIR: tempDataDir() } })).toBe(secret);
  });

  it.each([1, 16, 31])("should throw a clear error if SESSION_SECRET has only %i characters", (length) => {
    expect(() => loadSecret({ env: { SESSION_SECRET: "k".repeat(length) } })).toThrow(`SESSION_SECRET must be at least 32 characters long (it has ${length})`);
  });

  it("should generate 32 random bytes on first start, keep them owner-only, and reuse them afterwards", () => {
    const DATA_DIR = tempDataDir();
    const first = loadSecret({ env: { DATA_DIR } });
    expect(Buffer.from(first, "base64url")).toHaveLength(32);
    expect(statSync(join(DATA_DIR, "secret")).mode & 0o777).toBe(0o600);
    expect(loadSecret({ env: { DATA_DIR } })).toBe(first);
    expect(loadSecret({ env: { DATA_DIR: tempDataDir() } })).not.toBe(first);
  });

  describe("rotation: SESSION_SECRET_PREVIOUS", () => {
    const current = "n".repeat(32) + "-new";
    const previous = "o".repeat(32) + "-old";

    it("should accept the previous secret beside the current one, which alone makes new seals and tokens", () => {
      expect(loadSecrets({ env: { SESSION_SECRET: current, SESSION_SECRET_PREVIOUS: previous } })).toEqual({ current, previous: [previous] });
      expect(loadSecrets({ env: { SESSION_SECRET: current } })).toEqual({ current, previous: [] });
      expect(loadSecrets({ env: { SESSION_SECRET: current, SESSION_SECRET_PREVIOUS: current } })).toEqual({ current, previous: [] });
    });

    it("should rotate away from a generated secret: the file's secret as the previous one", () => {
      const DATA_DIR = tempDataDir();
      const generated = loadSecret({ env: { DATA_DIR } });
      expect(loadSecrets({ env: { DATA_DIR, SESSION_SECRET: current, SESSION_SECRET_PREVIOUS: generated } })).toEqual({ current, previous: [generated] });
    });

    it("should throw a clear error if SESSION_SECRET_PREVIOUS is too short", () => {
      expect(() => loadSecrets({ env: { SESSION_SECRET: current, SESSION_SECRET_PREVIOUS: "short" } })).toThrow(
        "SESSION_SECRET_PREVIOUS must be at least 32 characters long (it has 5)",
      );
    });
  });
});
