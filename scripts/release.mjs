#!/usr/bin/env node
// `npm run release [-- --graded] [-- --out dir]`: writes the student edition (default build/release/,
// with --graded build/release-graded/), a complete project a student can clone: solutions in
// notebooks and exercise files replaced by stubs that throw "not implemented yet", reference answers
// and hidden cases removed from the bank, public expectations precomputed (see
// src/exercises/expected.ts), and dist/ rebuilt from the stripped src/. The self-study edition keeps
// salted digests of numeric and choice answers (so `check` can say right or wrong, and a student can
// recover the answer by trying candidates); the graded edition keeps nothing from which such an
// answer can be recovered (no digest, no known mistakes or their hints), and there `check` records
// the answer and says it is checked at grading.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { withoutSpeakerNotes } from "./lib/notebooks.mjs";
import { projectRoot, secondsSince } from "./lib/project.mjs";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const { stripMarked, stripNotebook } = require(join(projectRoot, "dist", "exercises", "markers.js"));
const { exerciseBank } = require(join(projectRoot, "dist", "exercises", "bank", "index.js"));
const { publicExpectations, serializeExpectations, PUBLIC_EXPECTATIONS_FILE } = require(
  join(projectRoot, "dist", "exercises", "expected.js"),
);

const { kinds } = require(join(projectRoot, "dist", "exercises", "kinds.js"));

const { values } = parseArgs({ options: { out: { type: "string" }, graded: { type: "boolean", default: false } } });
const releaseDir = resolve(values.out ?? join(projectRoot, "build", values.graded ? "release-graded" : "release"));
/** Exercises whose expected value IS the answer (numeric, choice): the graded edition ships nothing of them. */
const answerIsSolution = (exercise) => kinds[exercise.kind].digest !== undefined;
const secretIds = new Set(exerciseBank.filter(answerIsSolution).map((exercise) => exercise.id));

/**
 * A bank file of the graded edition: for a numeric or choice exercise, the known mistakes go (their
 * wrong answers leave the right option by elimination, and their hints may state it).
 */
function withoutMistakes(text, where) {
  const file = ts.createSourceFile(where, text, ts.ScriptTarget.ES2022, true);
  const cuts = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const id = node.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === "id");
      const mistakes = node.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === "mistakes");
      if (id && mistakes && ts.isStringLiteral(id.initializer) && secretIds.has(id.initializer.text))
        cuts.push([mistakes.initializer.getStart(file), mistakes.initializer.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return cuts.reverse().reduce((code, [start, end]) => `${code.slice(0, start)}[]${code.slice(end)}`, text);
}
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
  "binder", // so the student edition opens on Binder or a hub as the course does
];
const leftBehind = new Set(["scripts/grade.mjs", "scripts/release.mjs"]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * How each file reaches the release: learner-facing code gets stubs, the bank loses its answers,
 * notebooks lose the lecturer's speaker notes (they would be clutter to a learner).
 */
function transform(path, text) {
  const where = relative(projectRoot, path);
  if (path.endsWith(".ipynb")) return stripNotebook(JSON.stringify(withoutSpeakerNotes(JSON.parse(text))), where);
  if (where.startsWith("exercises/") && path.endsWith(".ts")) return stripMarked(text, "stub", where);
  if (where.startsWith("src/") && path.endsWith(".ts")) {
    const stripped = stripMarked(text, "remove", where);
    return values.graded && where.startsWith("src/exercises/bank/") ? withoutMistakes(stripped, where) : stripped;
  }
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

const shipped = exerciseBank.filter((exercise) => !(values.graded && answerIsSolution(exercise)));
// The expected curves a failing check draws (src/exercises/curve.ts): values only, no reference.
const { publicCurves, PUBLIC_CURVES_FILE } = require(join(projectRoot, "dist", "exercises", "curve.js"));
for (const base of ["src", "dist"]) {
  writeFileSync(
    join(releaseDir, base, "exercises", "bank", PUBLIC_CURVES_FILE),
    `${JSON.stringify(publicCurves(shipped))}\n`,
  );
}

const expectations = Object.fromEntries(shipped.map((exercise) => [exercise.id, publicExpectations(exercise)]));
for (const base of ["src", "dist"]) {
  writeFileSync(
    join(releaseDir, base, "exercises", "bank", PUBLIC_EXPECTATIONS_FILE),
    serializeExpectations(expectations),
  );
}
console.log(
  `${values.graded ? "graded" : "self-study"} student edition written to ${relative(process.cwd(), releaseDir) || "."} in ${secondsSince(start)} s`,
);
