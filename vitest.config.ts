import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Notebook and browser suites start Jupyter kernels; they are run by scripts/test.mjs, not here.
    exclude: ["test/notebooks/**", "node_modules/**"],
    testTimeout: 20_000,
  },
});
