import { afterAll, beforeAll, vi } from "vitest";
import { makeTempDir } from "./temp-dir";

/**
 * For a route test file: a fresh temp dir as the app's DATA_DIR (its SQLite file and secret) for
 * the file's tests, with the environment restored and the dir removed after them.
 */
export function withTempDataDir(label: string): { dir: string } {
  const temp = makeTempDir(label);
  beforeAll(() => vi.stubEnv("DATA_DIR", temp.dir));
  afterAll(() => {
    vi.unstubAllEnvs();
    temp.remove();
  });
  return { dir: temp.dir };
}
