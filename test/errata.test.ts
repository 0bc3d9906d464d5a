import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// notebooks/ERRATA.md and errata.json point at the cell that proves each erratum; notebooks change,
// so the pointers are checked: the cell is code, an "Erratum Exx" box stands just before it, and the
// Markdown list agrees with the JSON.
const root = join(__dirname, "..");
const errata = JSON.parse(readFileSync(join(root, "notebooks", "errata.json"), "utf8")) as {
  errors: { id: string; topic: string; provedIn?: string }[];
};
const markdown = readFileSync(join(root, "notebooks", "ERRATA.md"), "utf8");

function cellText(cell: { source: string | string[] }): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

describe("the errata list", () => {
  it("has at least one entry, each with an id and a notebook", () => {
    expect(errata.errors.length).toBeGreaterThan(0);
    for (const entry of errata.errors) expect(entry.id).toMatch(/^E\d{2}$/);
  });

  it.each(errata.errors.map((entry) => [entry.id, entry] as const))(
    "%s points at the code cell that proves it",
    (id, entry) => {
      const match = entry.provedIn?.match(/^(notebooks\/[\w-]+\.ipynb), cell (\d+)$/);
      expect(match, `${id}: provedIn is '${entry.provedIn}'`).not.toBeNull();
      const [, notebookPath, cellNumber] = match!;
      expect(notebookPath).toContain(entry.topic);
      const cells = JSON.parse(readFileSync(join(root, notebookPath), "utf8")).cells;
      const proof = cells[Number(cellNumber) - 1];
      expect(proof?.cell_type, `${id}: cell ${cellNumber} of ${notebookPath}`).toBe("code");
      const boxesBefore = cells
        .slice(Math.max(0, Number(cellNumber) - 3), Number(cellNumber) - 1)
        .map(cellText)
        .join("\n");
      expect(boxesBefore, `${id}: no "Erratum ${id}" box just before cell ${cellNumber}`).toMatch(
        new RegExp(`Erratum ${id}\\b`),
      );
      expect(markdown).toContain(`**Proved in:** ${entry.provedIn}`);
    },
  );
});
