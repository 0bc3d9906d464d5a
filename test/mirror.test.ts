import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Tests mirror src/ (mathjs's habit): src/<folder>/<file>.ts has its test at
 * test/<folder>/<file>.test.ts, so a reader goes from a source file to its test by its name alone.
 */
const root = path.resolve(__dirname, "..");

/** Source files with no logic of their own to test, each with the reason. */
const withoutTest: Readonly<Record<string, string>> = {
  "src/index.ts": "the public re-export list; test/publicApi.test.ts snapshots its names",
  "src/activations/types.ts":
    "type definitions, and defineActivation, an identity function whose only job is the compiler's check",
  "src/norm/types.ts": "type definitions only (NormOptions, NormGradients): nothing runs, so nothing to test",
  "src/plots/types.ts":
    "Plotly figure interfaces only (Figure, Trace, Layout, …): it compiles to no code, so nothing to test",
  "src/exercises/types.ts":
    "type definitions only (Exercise, Case, Value, CheckResult, …): it compiles to no code, so nothing to test",
};

/**
 * Folders whose files are data proven by shared tests rather than one test each: the exercise bank's
 * files are exercise definitions (src/exercises/bank/index.ts is their list), and every one of them is
 * run through the same suites: its statement and cases (bank), its reference answer against an
 * independent route and mutants (key), its sources and its hints.
 */
const provenBy: Readonly<
  Record<string, { readonly list: string; readonly reason: string; readonly tests: readonly string[] }>
> = {
  "src/exercises/bank/": {
    list: "src/exercises/bank/index.ts",
    reason: "exercise definitions, each proven by the bank-wide suites below",
    tests: [
      "test/exercises/bank.test.ts",
      "test/exercises/key.test.ts",
      "test/exercises/sources.test.ts",
      "test/exercises/hints.test.ts",
    ],
  },
};

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const sources = sourceFiles(path.join(root, "src")).map((file) => path.relative(root, file).split(path.sep).join("/"));
const mirrorOf = (source: string): string => source.replace(/^src\//, "test/").replace(/\.ts$/, ".test.ts");
const hasMirror = (source: string): boolean => existsSync(path.join(root, mirrorOf(source)));
const isProvenByFolder = (source: string): boolean => Object.keys(provenBy).some((folder) => source.startsWith(folder));

describe("tests mirror src/", () => {
  it("gives every source file with logic its test at test/<same path>.test.ts", () => {
    const missing = sources.filter(
      (source) => !isProvenByFolder(source) && !(source in withoutTest) && !hasMirror(source),
    );
    expect(missing.map((source) => `${source} → ${mirrorOf(source)}`)).toEqual([]);
  });

  it("lists only files that exist and still have no test, each with a reason", () => {
    for (const [source, reason] of Object.entries(withoutTest)) {
      expect(sources, `${source} is listed but does not exist`).toContain(source);
      expect(hasMirror(source), `${source} has a test now: take it off the list`).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it("names, for each folder proven by shared tests, tests that exist and files that are there", () => {
    for (const [folder, { list, reason, tests }] of Object.entries(provenBy)) {
      const files = sources.filter((source) => source.startsWith(folder) && source !== list);
      expect(files.length, folder).toBeGreaterThan(0);
      // The suites run what the list holds, so a file the list does not import would be proven by none.
      const listText = readFileSync(path.join(root, list), "utf8");
      const unlisted = files.filter((file) => !listText.includes(`"./${path.basename(file, ".ts")}"`));
      expect(unlisted, `not imported by ${list}`).toEqual([]);
      expect(reason.length).toBeGreaterThan(20);
      for (const test of tests) expect(existsSync(path.join(root, test)), `${test} is missing`).toBe(true);
    }
  });

  it("finds the source files at all (so the checks above compared something)", () => {
    expect(sources).toContain("src/activations/relu.ts");
    expect(sources.filter((source) => !isProvenByFolder(source)).length).toBeGreaterThan(80);
  });
});
