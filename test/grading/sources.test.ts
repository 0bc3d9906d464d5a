import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeNotebookJson } from "../../scripts/lib/notebooks.mjs";
import { exerciseBank } from "../../src/exercises/bank/index";
import { hasExerciseCells } from "../../src/exercises/sources";
import { gradeJobHere } from "../../src/grading/judge";
import { checkedIds, MAX_SUBMISSION_DEPTH, notebookSources, readSubmission } from "../../src/grading/sources";

describe("the exercise ids a piece of code checks", () => {
  it("finds real check calls whatever the spacing, quotes or a template literal", () => {
    expect(checkedIds('check ("a", f);\ncheck(\'b\', f);\ncheck(`c`, f);\nactlab.check(("d"), f);')).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("ignores check(...) in comments and strings, and ids that are not literals", () => {
    const code =
      '// check("a", f)\n/* check("b", f) */\nconst s = \'check("c", f)\';\ncheck(`${x}`, f);\ncheck(id, f);';
    expect(checkedIds(code)).toEqual([]);
  });

  it("ignores other functions that take an id", () =>
    expect(checkedIds('recheck("a", f); check2("b", f);')).toEqual([]));
});

describe("the exercise cells of a notebook", () => {
  it("grades each exercise cell with the notebook's imports, from any cell", () => {
    const notebook = codeNotebookJson(['import { sigmoid } from "actlab";', "const x = 1;", 'check("s", sigmoid);']);
    const { sources, problems } = notebookSources(notebook, "a.ipynb");
    expect(problems).toEqual([]);
    expect([...sources.keys()]).toEqual(["s"]);
    expect(sources.get("s")).toEqual({
      source: 'import { sigmoid } from "actlab";\ncheck("s", sigmoid);',
      origin: "cell 3 of a.ipynb",
    });
  });

  it("grades the last of two cells checking one exercise, and says so", () => {
    const { sources, problems } = notebookSources(codeNotebookJson(['check("s", 1);', 'check("s", 2);']), "a.ipynb");
    expect(sources.get("s")?.origin).toBe("cell 2 of a.ipynb");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("exercise 's' is checked in two cells of a.ipynb (cell 1 and cell 2");
  });

  it("names a notebook that is not JSON or has no cells", () => {
    expect(notebookSources('{"cells": [', "a.ipynb").problems[0]).toMatch(/^a.ipynb is not valid JSON/);
    expect(notebookSources('{"cells": 3}', "b.ipynb").problems).toEqual([
      "b.ipynb has no list of cells; none of its exercises could be graded",
    ]);
  });
});

/** A notebook of code cells with these ids and nbgrader metadata, as JSON text. */
const cellsNotebook = (cells: { id: string; source: string; nbgrader?: Record<string, unknown> }[]): string =>
  JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: cells.map(({ id, source, nbgrader }) => ({
      cell_type: "code",
      id,
      metadata: nbgrader ? { nbgrader } : {},
      source,
      outputs: [],
      execution_count: null,
    })),
  });
const answerCode = "function f(x: number): number {\n  return x;\n}";

describe("nbgrader's autograded pair: an answer cell, then a tests cell with the check call", () => {
  it("grades the tests cell together with the answer cell its metadata names, wherever it stands before", () => {
    const notebook = cellsNotebook([
      { id: "c0", source: 'import { check } from "actlab";' },
      { id: "ex-e-code", source: answerCode, nbgrader: { grade_id: "e-answer", solution: true } },
      { id: "c2", source: "const unrelated = 1;" },
      { id: "ex-e-test", source: 'check("e", f);', nbgrader: { grade_id: "e", grade: true } },
    ]);
    const { sources, problems } = notebookSources(notebook, "a.ipynb");
    expect(problems).toEqual([]);
    expect(sources.get("e")).toEqual({
      source: `import { check } from "actlab";\n${answerCode}\ncheck("e", f);`,
      origin: "cell 4 (answer in cell 2) of a.ipynb",
    });
  });

  it("finds the answer by its cell id or by its grade_id alone (one of them may be lost in a copy)", () => {
    for (const marked of [{ id: "ex-e-code" }, { id: "x", nbgrader: { grade_id: "e-answer" } }]) {
      const notebook = cellsNotebook([
        marked && { ...marked, source: answerCode },
        { id: "t", source: 'check("e", f);' },
      ]);
      expect(notebookSources(notebook, "a.ipynb").sources.get("e")?.source).toContain(answerCode);
    }
  });

  it("without metadata, pairs the tests cell with the code cell just before it only if that declares what check uses", () => {
    const plain = (sources: string[]) => notebookSources(codeNotebookJson(sources), "a.ipynb").sources.get("e");
    expect(plain([answerCode, 'check("e", f);'])?.source).toBe(`\n${answerCode}\ncheck("e", f);`);
    // An unrelated cell before a self-contained check: graded alone, so that cell cannot cost it.
    expect(plain(["throw new Error('plot');", 'check("e", (x: number) => x);'])?.source).toBe(
      '\ncheck("e", (x: number) => x);',
    );
    expect(plain(["const g = 1;", 'check("e", f);'])?.source).toBe('\ncheck("e", f);');
    // The cell before checks another exercise: it is that exercise's, not this one's answer.
    expect(plain(['function f() {}\ncheck("d", f);', 'check("e", f);'])?.source).toBe('\ncheck("e", f);');
  });

  it("grades an older single cell (answer and check together) alone, as before", () => {
    const single = `${answerCode}\ncheck("e", f);`;
    const notebook = cellsNotebook([
      { id: "c0", source: "function f(x: number) { return -x; }" },
      { id: "ex-e-code", source: single, nbgrader: { grade_id: "e", grade: true, solution: true } },
    ]);
    expect(notebookSources(notebook, "a.ipynb").sources.get("e")).toEqual({
      source: `\n${single}`,
      origin: "cell 2 of a.ipynb",
    });
  });

  it("reports an answer cell that still checks as well as its tests cell, and grades the tests cell alone", () => {
    const notebook = cellsNotebook([
      { id: "ex-e-code", source: `${answerCode}\ncheck("e", f);` },
      { id: "ex-e-test", source: 'check("e", f);' },
    ]);
    const { sources, problems } = notebookSources(notebook, "a.ipynb");
    expect(problems).toEqual([
      "exercise 'e' is checked in two cells of a.ipynb (cell 1 and cell 2, a duplicated cell?); the last one is graded",
    ]);
    expect(sources.get("e")?.source).toBe('\ncheck("e", f);');
  });

  // The committed notebooks, graded as a hand-in: each exercise's tests cell with its answer cell
  // earns full marks (the notebooks hold the solutions), so the split loses nothing the grader needs.
  // About 2 s: one realm per exercise, in this process.
  it("grades every exercise of the committed notebooks at full marks from its pair of cells", () => {
    const distDir = join(__dirname, "..", "..", "dist");
    const graded = exerciseBank.filter(hasExerciseCells);
    for (const name of [...new Set(graded.map((e) => e.notebook))]) {
      const path = join(__dirname, "..", "..", "notebooks", `${name}.ipynb`);
      const { sources } = notebookSources(readFileSync(path, "utf8"), `${name}.ipynb`);
      for (const exercise of graded.filter((e) => e.notebook === name)) {
        const found = sources.get(exercise.id);
        expect(found?.origin, exercise.id).toMatch(/^cell \d+ \(answer in cell \d+\) of /);
        const job = {
          student: "s",
          exerciseId: exercise.id,
          source: found?.source,
          origin: "",
          scope: "all" as const,
          timeLimitMs: 4000,
        };
        const result = gradeJobHere(job, distDir);
        expect([exercise.id, result.outcome, result.points]).toEqual([exercise.id, "passed", exercise.points]);
      }
    }
  });
});

describe("a student's submission", () => {
  const dir = mkdtempSync(join(tmpdir(), "actlab-sources-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a folder's notebooks and exercise files, and nothing else", () => {
    mkdirSync(join(dir, "bob"));
    writeFileSync(join(dir, "bob", "one.ts"), 'check("one", 1);');
    writeFileSync(join(dir, "bob", "two.ipynb"), codeNotebookJson(['check("two", 2);']));
    writeFileSync(join(dir, "bob", "three.txt"), 'check("three", 3);');
    const submission = readSubmission(join(dir, "bob"), "bob");
    expect([...submission.sources.keys()].sort()).toEqual(["one", "two"]);
    expect(submission.sources.get("two")?.origin).toBe("cell 1 of bob/two.ipynb");
    expect(submission.problems).toEqual([]);
  });

  it("reads notebooks and .ts files in subfolders (a zipped folder), not hidden folders or macOS debris", () => {
    mkdirSync(join(dir, "zoe", "work", ".ipynb_checkpoints"), { recursive: true });
    mkdirSync(join(dir, "zoe", "__MACOSX", "work"), { recursive: true });
    writeFileSync(join(dir, "zoe", "work", "nb.ipynb"), codeNotebookJson(['check("one", 1);']));
    writeFileSync(
      join(dir, "zoe", "work", ".ipynb_checkpoints", "nb-checkpoint.ipynb"),
      codeNotebookJson(['check("one", 0);']),
    );
    writeFileSync(join(dir, "zoe", "__MACOSX", "work", "._nb.ipynb"), "\u0000binary");
    mkdirSync(join(dir, "zoe", "work", "ts"));
    writeFileSync(join(dir, "zoe", "work", "ts", "two.ts"), 'check("two", 2);');
    const submission = readSubmission(join(dir, "zoe"), "zoe");
    expect(submission.problems).toEqual([]);
    expect(submission.sources.get("one")?.origin).toBe("cell 1 of zoe/work/nb.ipynb");
    expect(submission.sources.get("two")?.origin).toBe("zoe/work/ts/two.ts");
  });

  it(`stops ${MAX_SUBMISSION_DEPTH} folders deep and never follows a symbolic link, saying so`, () => {
    const deep = join(dir, "yan", "a", "b", "c");
    mkdirSync(join(deep, "d"), { recursive: true });
    writeFileSync(join(deep, "ok.ts"), 'check("ok", 1);');
    writeFileSync(join(deep, "d", "deep.ts"), 'check("deep", 1);');
    symlinkSync(join(dir, "zoe"), join(dir, "yan", "link"));
    const submission = readSubmission(join(dir, "yan"), "yan");
    expect([...submission.sources.keys()]).toEqual(["ok"]);
    expect(submission.problems).toEqual([
      `yan/a/b/c/d/: deeper than ${MAX_SUBMISSION_DEPTH} folders, not read`,
      "yan/link: a symbolic link, not followed",
    ]);
  });

  it("names both files when two answer the same exercise, and grades the last in path order", () => {
    mkdirSync(join(dir, "xia", "old"), { recursive: true });
    writeFileSync(join(dir, "xia", "old", "nb.ipynb"), codeNotebookJson(['check("one", 0);']));
    writeFileSync(join(dir, "xia", "one.ts"), 'check("one", 1);');
    const submission = readSubmission(join(dir, "xia"), "xia");
    expect(submission.sources.get("one")?.origin).toBe("xia/one.ts");
    expect(submission.problems).toEqual([
      "exercise 'one' is answered in two files, xia/old/nb.ipynb and xia/one.ts; xia/one.ts is graded (remove the other copy)",
    ]);
  });

  it("gives a folder with nothing to grade one clear problem", () => {
    mkdirSync(join(dir, "empty"));
    expect(readSubmission(join(dir, "empty"), "empty").problems).toEqual([
      "empty/ holds no notebook or exercise file that calls check(…); nothing could be graded",
    ]);
  });
});
