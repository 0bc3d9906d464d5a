import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notebookProblems } from "../../scripts/lib/notebooks.mjs";
import { exerciseBank } from "../../src/exercises/bank/index";
import { isWorkedExample, markedRegions, notebookRegions, stripMarked } from "../../src/exercises/markers";
import type { Exercise } from "../../src/exercises/types";

/**
 * `npm run release` writes a student edition with no solution and no hidden case in it. Written
 * under build/ so the release's dist/ finds the project's node_modules (mathjs) as a clone would.
 */
const root = join(__dirname, "..", "..");
const releaseDir = join(root, "build", "test-release");
// The release is plain CommonJS on disk, loaded as a student's kernel would load it.
const loadRelease = createRequire(__filename);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const instructorFiles = ["src", "exercises", "notebooks"]
  .flatMap((dir) => filesUnder(join(root, dir)))
  .filter((f) => /\.(ts|ipynb)$/.test(f));
const releaseText = () =>
  filesUnder(releaseDir)
    .filter((file) => !file.includes("node_modules"))
    .map((file) => ({ file: relative(releaseDir, file), text: readFileSync(file, "utf8") }));

/** A notebook's text without its worked examples, whose solutions the release keeps on purpose. */
function withoutWorkedExamples(text: string): string {
  const notebook = JSON.parse(text) as { cells: { cell_type: string; source: string | string[] }[] };
  const source = (cell: { source: string | string[] }) => [cell.source].flat().join("");
  notebook.cells = notebook.cells.filter((cell) => cell.cell_type !== "code" || !isWorkedExample(source(cell)));
  return JSON.stringify(notebook);
}

/** Lines inside markers that appear nowhere outside markers: what the release must not contain. */
function secretLines(): string[] {
  const marked = instructorFiles.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return file.endsWith(".ipynb") ? notebookRegions(withoutWorkedExamples(text), file) : markedRegions(text, file);
  });
  const outside = new Set(
    instructorFiles.flatMap((file) =>
      file.endsWith(".ipynb")
        ? []
        : stripMarked(readFileSync(file, "utf8"), "remove")
            .split("\n")
            .map((line) => line.trim()),
    ),
  );
  // A worked example's solution is published on purpose (the tour's tanh′), so its lines are no secret.
  const worked = new Set(
    instructorFiles
      .filter((file) => file.endsWith(".ipynb"))
      .flatMap((file) => (JSON.parse(readFileSync(file, "utf8")) as { cells: { source: string | string[] }[] }).cells)
      .map((cell) => [cell.source].flat().join(""))
      .filter(isWorkedExample)
      .flatMap((source) => source.split("\n").map((line) => line.trim())),
  );
  const lines = marked.flatMap((region) => region.lines.map((line) => line.trim()));
  return [...new Set(lines)].filter(
    (line) => line.length >= 8 && /[A-Za-z0-9]/.test(line) && !outside.has(line) && !worked.has(line),
  );
}

/** Every hidden argument with a decimal point, as printed (distinctive enough to search for). */
function hiddenNumbers(bank: readonly Exercise[]): string[] {
  const numbers = bank.flatMap((exercise) => (exercise.hiddenCases ?? []).flat(2)).map(String);
  return [...new Set(numbers)].filter((text) => text.includes(".") && text.length >= 5);
}

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(root, "scripts", "release.mjs"), "--out", releaseDir], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`release.mjs failed:\n${run.stdout}${run.stderr}`);
}, 60_000);

afterAll(() => rmSync(releaseDir, { recursive: true, force: true }));

describe("the student edition (npm run release)", () => {
  it("keeps the tour's worked example worked: its solution is there, not a stub", () => {
    const tour = readFileSync(join(releaseDir, "notebooks", "00-tour.ipynb"), "utf8");
    const cells = (JSON.parse(tour) as { cells: { source: string | string[] }[] }).cells.map((c) =>
      [c.source].flat().join(""),
    );
    const worked = cells.filter(isWorkedExample);
    expect(worked).toHaveLength(1);
    expect(worked[0]).toContain('check("tanh-derivative"');
    expect(worked[0]).not.toContain("not implemented yet");
  });

  it("contains no solution line and no hidden value, anywhere", () => {
    const secrets = secretLines();
    const numbers = hiddenNumbers(exerciseBank);
    expect(secrets.length).toBeGreaterThan(20); // the search has something to find
    expect(numbers.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const { file, text } of releaseText()) {
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret}`);
      // PyTorch's reference values (scripts/torch_reference.py) sit on a fixed grid −6, −5.75, …, 6, made
      // without the bank, so a hidden input such as 0.125 can appear there by coincidence, not as a leak.
      if (file === join("notebooks", "data", "torch-activations.json")) continue;
      for (const number of numbers)
        if (new RegExp(`(?<![\\d.])${number.replace(".", "\\.")}(?!\\d)`).test(text)) leaks.push(`${file}: ${number}`);
    }
    expect(leaks).toEqual([]);
  });

  it("has a bank without reference answers or hidden cases, and no markers left in code", () => {
    const bank = (
      loadRelease(join(releaseDir, "dist", "exercises", "bank", "index.js")) as { exerciseBank: Exercise[] }
    ).exerciseBank;
    expect(bank.map((e) => e.id)).toEqual(exerciseBank.map((e) => e.id));
    for (const exercise of bank)
      expect([exercise.reference, exercise.hiddenCases], exercise.id).toEqual([undefined, undefined]);
    for (const { file, text } of releaseText())
      if (!file.endsWith(".md")) expect(text, file).not.toMatch(/^\s*\/\/\s*(BEGIN|END) (SOLUTION|HIDDEN)\s*$/m);
  });

  it("leaves out the lecturer's speaker notes, and only them", () => {
    type Cells = { cells: { cell_type: string; source: string | string[]; metadata: { tags?: string[] } }[] };
    const notebooksIn = (dir: string) =>
      filesUnder(join(dir, "notebooks"))
        .filter((file) => file.endsWith(".ipynb"))
        .map((file) => ({ name: relative(dir, file), cells: (JSON.parse(readFileSync(file, "utf8")) as Cells).cells }));
    const isNote = (cell: Cells["cells"][number]) =>
      (cell.metadata.tags ?? []).includes("speaker-notes") ||
      [cell.source].flat().join("").startsWith("**Speaker notes.**");
    const released = new Map(notebooksIn(releaseDir).map(({ name, cells }) => [name, cells]));
    const instructor = notebooksIn(root);
    // The instructor's notebooks have notes (so this test can fail), the release has none of them.
    expect(instructor.filter(({ cells }) => cells.some(isNote)).length).toBeGreaterThanOrEqual(11);
    for (const { name, cells } of instructor) {
      const kept = released.get(name);
      expect(kept, name).toBeDefined();
      expect(kept!.filter(isNote), name).toEqual([]);
      expect(kept!.length, name).toBe(cells.filter((cell) => !isNote(cell)).length);
    }
  });

  it("keeps every notebook valid nbformat with outputs cleared", () => {
    const notebooks = filesUnder(join(releaseDir, "notebooks")).filter((file) => file.endsWith(".ipynb"));
    expect(notebooks.length).toBeGreaterThan(0);
    for (const file of notebooks) expect(notebookProblems(JSON.parse(readFileSync(file, "utf8"))), file).toEqual([]);
  });

  it("runs: stubs say 'not implemented yet', correct answers pass the public checks of every kind", () => {
    process.env.ACTLAB_PROGRESS_FILE = join(releaseDir, ".actlab", "progress.json");
    const release = loadRelease(join(releaseDir, "dist", "index.js")) as typeof import("../../src/index");
    const log = console.log;
    console.log = () => undefined;
    try {
      const stub = () => {
        throw new Error("not implemented yet: write your solution here");
      };
      expect(release.check("sigmoid-stable", stub).problem).toMatch(/^not implemented yet/);
      const handWritten = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
      expect(release.check("sigmoid-stable", handWritten).passed).toBe(true);
      // The core's own sigmoid handed in as the answer is refused: the exercise forbids it.
      expect(release.check("sigmoid-stable", release.sigmoid).problem).toContain("calls actlab's sigmoid");
      expect(release.check("sigmoid-max-slope", Math.sqrt(3) / 18).passed).toBe(true);
      expect(release.check("sigmoid-max-slope", 0.25).passed).toBe(false);
      expect(release.check("glu-formula-choice", "b").passed).toBe(true);
      expect(release.check("silu-derivative-formula", "1/(1+exp(-x)) * (1 + x*exp(-x)/(1+exp(-x)))").passed).toBe(true);
    } finally {
      console.log = log;
      delete process.env.ACTLAB_PROGRESS_FILE;
    }
  });

  it("ships every exercise file as a stub that the checker reports as not implemented", () => {
    const { gradeJobHere } = loadRelease(
      join(releaseDir, "dist", "grading", "judge.js"),
    ) as typeof import("../../src/grading/judge");
    for (const exercise of exerciseBank) {
      const source = readFileSync(join(releaseDir, "exercises", `${exercise.id}.ts`), "utf8");
      const job = {
        student: "s",
        exerciseId: exercise.id,
        source,
        origin: exercise.id,
        scope: "public" as const,
        timeLimitMs: 2000,
      };
      expect(gradeJobHere(job, join(releaseDir, "dist")).outcome, exercise.id).toBe("not implemented");
    }
  });
});
