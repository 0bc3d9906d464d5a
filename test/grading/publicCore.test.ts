import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { makePublicCore } from "../../src/grading/publicCore";

/** The copy of dist/ a grading child may read. Needs dist/. */
const distDir = join(__dirname, "..", "..", "dist");
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );

describe("the public core", () => {
  const core = makePublicCore(distDir);
  const files = filesUnder(core.distDir).map((file) => relative(core.distDir, file));

  it("has the core and the worker, but of exercises/ only the encoder: no bank, no checker", () => {
    expect(files).toContain("index.js");
    expect(files).toContain("activations/sigmoid.js");
    expect(files.filter((file) => file.startsWith("exercises/"))).toEqual(["exercises/values.js"]);
    expect(files.filter((file) => file.startsWith("grading/")).sort()).toEqual([
      "grading/realm.js",
      "grading/runner.js",
      "grading/worker.js",
    ]);
    expect(existsSync(join(distDir, "exercises", "bank"))).toBe(true);
  });

  it("has no source maps or declarations", () => {
    expect(files.filter((file) => file.endsWith(".map") || file.endsWith(".d.ts"))).toEqual([]);
  });

  it("is readable by others (the child runs as nobody) and removed when done", () => {
    expect(statSync(join(core.distDir, "..")).mode & 0o005).toBe(0o005);
    core.remove();
    expect(existsSync(core.distDir)).toBe(false);
  });
});
