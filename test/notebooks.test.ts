import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// The same checks `npm run nb:clean` fixes; plain JavaScript shared with the scripts.
import { notebookProblems } from "../scripts/lib/notebooks.mjs";

const root = join(__dirname, "..");
const notebookFiles = ["notebooks", "exercises"]
  .map((dir) => join(root, dir))
  .filter(existsSync)
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".ipynb"))
      .map((name) => join(dir, name)),
  );

describe("committed notebooks", () => {
  it("include the tour", () => {
    expect(notebookFiles.map((file) => file.slice(root.length + 1))).toContain("notebooks/00-tour.ipynb");
  });

  it.each(notebookFiles.map((file) => [file.slice(root.length + 1), file]))(
    "%s is valid nbformat 4.5 for tslab, with outputs cleared",
    (_, file) => {
      expect(notebookProblems(JSON.parse(readFileSync(file, "utf8")))).toEqual([]);
    },
  );

  it("notebookProblems catches outputs, missing ids and a wrong kernel (so the check above can fail)", () => {
    const dirty = {
      nbformat: 4,
      nbformat_minor: 4,
      metadata: { kernelspec: { name: "python3" } },
      cells: [{ cell_type: "code", source: "1", outputs: [{ output_type: "stream" }], execution_count: 3 }],
    };
    expect(notebookProblems(dirty)).toEqual([
      "nbformat is 4.4, expected 4.5",
      "kernelspec is 'python3', expected 'tslab'",
      "cell 1 has no valid id",
      "cell 1 carries outputs or an execution count; clear them (npm run nb:clean)",
    ]);
  });

  it("import the core by package name, never by a relative path", () => {
    for (const file of notebookFiles) {
      const notebook = JSON.parse(readFileSync(file, "utf8"));
      for (const cell of notebook.cells) {
        const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
        if (cell.cell_type === "code") expect(source, file).not.toMatch(/from\s+["']\.\.?\/(src|dist)/);
      }
    }
  });
});
