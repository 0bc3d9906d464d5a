import { describe, expect, it } from "vitest";
import { markedRegions, STUB_LINE, stripMarked, stripNotebook } from "../../src/exercises/markers";

const exerciseFile = [
  "export function f(x: number): number {",
  "  // BEGIN SOLUTION",
  "  return 2 * x;",
  "  // END SOLUTION",
  "}",
  "// BEGIN HIDDEN",
  "const secret = [7.125];",
  "// END HIDDEN",
  'check("f", f);',
].join("\n");

describe("solution and hidden markers", () => {
  it("stub mode replaces a solution by a throwing stub at its indentation and drops hidden lines", () => {
    expect(stripMarked(exerciseFile, "stub")).toBe(
      ["export function f(x: number): number {", `  ${STUB_LINE}`, "}", 'check("f", f);'].join("\n"),
    );
  });

  it("remove mode (the bank) drops both kinds of region", () => {
    expect(stripMarked(exerciseFile, "remove")).toBe(
      ["export function f(x: number): number {", "}", 'check("f", f);'].join("\n"),
    );
  });

  it("lists the enclosed lines of each region", () => {
    expect(markedRegions(exerciseFile)).toEqual([
      { kind: "SOLUTION", lines: ["  return 2 * x;"] },
      { kind: "HIDDEN", lines: ["const secret = [7.125];"] },
    ]);
  });

  it.each([
    ["// BEGIN SOLUTION\nx", "f.ts:1: BEGIN SOLUTION is never closed"],
    ["x\n// END HIDDEN", "f.ts:2: END HIDDEN without a matching BEGIN HIDDEN"],
    ["// BEGIN SOLUTION\n// BEGIN HIDDEN", "f.ts:2: BEGIN HIDDEN inside the SOLUTION region opened on line 1"],
  ])("rejects unbalanced markers, naming the line: %j", (text, message) => {
    expect(() => stripMarked(text, "stub", "f.ts")).toThrow(message);
  });

  it("stubs code cells of a notebook, clears their outputs and keeps it valid nbformat", () => {
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "markdown", id: "a", metadata: {}, source: ["// BEGIN SOLUTION is how a cell marks its answer"] },
        {
          cell_type: "code",
          id: "b",
          metadata: {},
          execution_count: 3,
          outputs: [{ output_type: "stream" }],
          source: exerciseFile.split(/(?<=\n)/),
        },
      ],
    };
    const stripped = JSON.parse(stripNotebook(JSON.stringify(notebook)));
    expect(stripped.cells[0]).toEqual(notebook.cells[0]);
    expect(stripped.cells[1].source.join("")).toBe(stripMarked(exerciseFile, "stub"));
    expect(stripped.cells[1]).toMatchObject({ outputs: [], execution_count: null, id: "b" });
  });
});
