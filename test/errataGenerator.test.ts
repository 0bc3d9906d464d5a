import { describe, expect, it } from "vitest";
// scripts/errata.mjs copies each erratum's proof from the executed notebook; these are the rules it
// enforces, on small hand-made notebooks.
import { cellOutputText, proofOf } from "../scripts/lib/errata.mjs";

const box = { cell_type: "markdown", source: "> **Erratum E99** · a box" };
const code = { cell_type: "code", source: 'console.log("x")', outputs: [] };
const ran = {
  ...code,
  outputs: [
    { output_type: "stream", name: "stdout", text: ["a = 1\n", "b = 2\n"] },
    { output_type: "display_data", data: { "text/html": "<div>figure</div>" } },
    { output_type: "execute_result", data: { "text/plain": "42" } },
  ],
};
const entry = { id: "E99", provedIn: "notebooks/99-x.ipynb, cell 2" };

describe("the errata generator", () => {
  it("copies printed text and plain results, and skips figures", () => {
    expect(cellOutputText(ran)).toBe("a = 1\nb = 2\n42");
  });

  it("takes the code from the committed cell and the output from the executed one", () => {
    const proof = proofOf(entry, { committed: { cells: [box, code] }, executed: { cells: [box, ran] } });
    expect(proof).toMatchObject({ cellNumber: 2, code: 'console.log("x")', output: "a = 1\nb = 2\n42" });
  });

  it("refuses a cell without its Erratum box just before it, and says where the box is", () => {
    const cells = [box, { cell_type: "markdown", source: "text" }, { cell_type: "markdown", source: "more" }, code];
    const moved = { ...entry, provedIn: "notebooks/99-x.ipynb, cell 4" };
    expect(() => proofOf(moved, { committed: { cells }, executed: { cells } })).toThrow(/the box is cell 1/);
  });

  it("refuses an executed notebook that ran other code than the committed one", () => {
    const stale = { ...ran, source: 'console.log("old")' };
    expect(() => proofOf(entry, { committed: { cells: [box, code] }, executed: { cells: [box, stale] } })).toThrow(
      /older notebooks\/99-x.ipynb/,
    );
  });

  it("rejects a provedIn it cannot read", () => {
    expect(() =>
      proofOf({ id: "E99", provedIn: "cell 2" }, { committed: { cells: [] }, executed: { cells: [] } }),
    ).toThrow(/provedIn must read/);
  });
});
