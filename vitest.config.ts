import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Notebook and browser suites start Jupyter kernels; they are run by scripts/test.mjs, not here.
    // test/jupyterlab/ holds the JupyterLab harness and its own node_modules (whose packages ship tests).
    exclude: ["test/notebooks/**", "test/jupyterlab/**", "**/node_modules/**"],
    testTimeout: 20_000,
  },
});
