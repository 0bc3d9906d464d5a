#!/usr/bin/env node
// `npm run autograder [-- --exercises id,id] [--time-limit ms] [--out file]`: writes build/autograder.zip for
// Gradescope (its autograder specification: setup.sh and run_autograder at the zip's root). The
// zip holds the project's files (git's tracked and unignored ones, so no node_modules or dist) under
// actlab/, and autograder.json: the assignment's exercises (default: the whole course).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { assertKnownExercises, distModule } from "../lib/grading.mjs";
import { buildDir, projectRoot } from "../lib/project.mjs";

const { values } = parseArgs({
  options: { exercises: { type: "string" }, "time-limit": { type: "string" }, out: { type: "string" } },
});
const exercises = values.exercises
  ? values.exercises.split(",").map((id) => id.trim())
  : distModule("exercises/registry.js").exerciseIds();
assertKnownExercises(exercises);

const zipFile = resolve(values.out ?? join(buildDir, "autograder.zip"));
const stage = `${zipFile}.files`;
rmSync(stage, { recursive: true, force: true });
rmSync(zipFile, { force: true });
mkdirSync(stage, { recursive: true });
for (const name of ["setup.sh", "run_autograder"])
  copyFileSync(join(projectRoot, "classroom", "gradescope", name), join(stage, name));
const config = { exercises, ...(values["time-limit"] ? { timeLimitMs: Number(values["time-limit"]) } : {}) };
writeFileSync(join(stage, "autograder.json"), `${JSON.stringify(config, null, 2)}\n`);

const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
  cwd: projectRoot,
  encoding: "utf8",
});
if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
for (const file of listed.stdout.split("\0").filter(Boolean)) {
  if (!existsSync(join(projectRoot, file))) continue; // deleted in the work tree, not yet committed
  mkdirSync(dirname(join(stage, "actlab", file)), { recursive: true });
  copyFileSync(join(projectRoot, file), join(stage, "actlab", file));
}
// zip keeps the executable bits Gradescope needs on run_autograder and setup.sh.
const zipped = spawnSync("zip", ["-q", "-r", "-X", zipFile, "."], { cwd: stage, encoding: "utf8" });
if (zipped.error || zipped.status !== 0)
  throw new Error(
    `zip failed (is the zip command installed? apt-get install zip): ${zipped.error?.message ?? zipped.stderr}`,
  );
rmSync(stage, { recursive: true, force: true });
console.log(`wrote ${zipFile}: ${exercises.length} exercises; upload it as the assignment's autograder on Gradescope`);
