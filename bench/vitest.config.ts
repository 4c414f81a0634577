import { defineConfig } from "vitest/config";

// The benches' own tests (`npm run test:bench`): the wrk runner against real wrk (apt-get install -y wrk).
// Not part of `npm test`, which needs no load generator.
export default defineConfig({
  test: { include: ["bench/**/*.test.ts"], environment: "node", testTimeout: 20_000 },
});
