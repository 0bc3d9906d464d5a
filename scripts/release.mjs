#!/usr/bin/env node
// `npm run release [-- --out dir]`: writes the student edition (default build/release/), a complete
// project a student can clone: solutions in notebooks and exercise files replaced by stubs that
// throw "not implemented yet", reference answers and hidden cases removed from the bank, public
// expectations precomputed (see src/exercises/expected.ts), and dist/ rebuilt from the stripped src/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot, secondsSince } from "./lib/project.mjs";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const { stripMarked, stripNotebook } = require(join(projectRoot, "dist", "exercises", "markers.js"));
const { exerciseBank } = require(join(projectRoot, "dist", "exercises", "bank", "index.js"));
const { publicExpectations, serializeExpectations, PUBLIC_EXPECTATIONS_FILE } = require(
  join(projectRoot, "dist", "exercises", "expected.js"),
);

const { values } = parseArgs({ options: { out: { type: "string" } } });
const releaseDir = resolve(values.out ?? join(projectRoot, "build", "release"));
const start = performance.now();

/** What the student edition contains; the instructor's tools (grading, release, tests) stay behind. */
const copied = [
  "README.md",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.check.json",
  ".gitignore",
  ".prettierrc.json",
  ".prettierignore",
  "eslint.config.mjs",
  "src",
  "notebooks",
  "exercises",
  "scripts",
];
const leftBehind = new Set(["scripts/grade.mjs", "scripts/release.mjs"]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** How each file reaches the release: learner-facing code gets stubs, the bank loses its answers. */
function transform(path, text) {
  const where = relative(projectRoot, path);
  if (path.endsWith(".ipynb")) return stripNotebook(text, where);
  if (where.startsWith("exercises/") && path.endsWith(".ts")) return stripMarked(text, "stub", where);
  if (where.startsWith("src/") && path.endsWith(".ts")) return stripMarked(text, "remove", where);
  return text;
}

rmSync(releaseDir, { recursive: true, force: true });
for (const entry of copied) {
  const source = join(projectRoot, entry);
  if (!existsSync(source)) continue;
  for (const file of statSync(source).isDirectory() ? files(source) : [source]) {
    const where = relative(projectRoot, file);
    if (leftBehind.has(where) || where.includes(".ipynb_checkpoints")) continue;
    const target = join(releaseDir, where);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, transform(file, readFileSync(file, "utf8")));
  }
}

const packageJson = JSON.parse(readFileSync(join(releaseDir, "package.json"), "utf8"));
for (const script of ["grade", "release"]) delete packageJson.scripts[script];
writeFileSync(join(releaseDir, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);

// dist/: JavaScript transpiled from the stripped src/ (so it has no answers either); declarations
// come from the instructor's build, since types carry no values.
for (const file of files(join(releaseDir, "src"))) {
  const target = join(releaseDir, "dist", relative(join(releaseDir, "src"), file));
  mkdirSync(dirname(target), { recursive: true });
  if (file.endsWith(".json")) cpSync(file, target);
  if (!file.endsWith(".ts")) continue;
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  writeFileSync(target.replace(/\.ts$/, ".js"), outputText);
  const declaration = join(projectRoot, "dist", relative(join(releaseDir, "src"), file)).replace(/\.ts$/, ".d.ts");
  if (existsSync(declaration)) cpSync(declaration, target.replace(/\.ts$/, ".d.ts"));
}

// The expected curves a failing check draws (src/exercises/curve.ts): values only, no reference.
const { publicCurves, PUBLIC_CURVES_FILE } = require(join(projectRoot, "dist", "exercises", "curve.js"));
for (const base of ["src", "dist"]) {
  writeFileSync(
    join(releaseDir, base, "exercises", "bank", PUBLIC_CURVES_FILE),
    `${JSON.stringify(publicCurves(exerciseBank))}\n`,
  );
}

const expectations = Object.fromEntries(exerciseBank.map((exercise) => [exercise.id, publicExpectations(exercise)]));
for (const base of ["src", "dist"]) {
  writeFileSync(
    join(releaseDir, base, "exercises", "bank", PUBLIC_EXPECTATIONS_FILE),
    serializeExpectations(expectations),
  );
}
console.log(`student edition written to ${relative(process.cwd(), releaseDir) || "."} in ${secondsSince(start)} s`);
