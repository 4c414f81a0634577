import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // e2e/ belongs to Playwright; Vitest only runs the *.test.ts files beside the code. The benches'
    // own tests need wrk, which `npm test` does not: `npm run test:bench` (bench/vitest.config.ts).
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    benchmark: { include: ["bench/**/*.bench.ts"] },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
