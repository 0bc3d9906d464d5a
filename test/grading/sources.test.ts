import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeNotebookJson } from "../../scripts/lib/notebooks.mjs";
import { checkedIds, notebookSources, readSubmission } from "../../src/grading/sources";

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

  it("gives a folder with nothing to grade one clear problem", () => {
    mkdirSync(join(dir, "empty"));
    expect(readSubmission(join(dir, "empty"), "empty").problems).toEqual([
      "empty/ holds no notebook or exercise file that calls check(…); nothing could be graded",
    ]);
  });
});
