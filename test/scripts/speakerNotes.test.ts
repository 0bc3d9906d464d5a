import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { speakerNotesProblems } from "../../scripts/lib/browser-slides.mjs";
import {
  cellSource,
  isSpeakerNotes,
  listNotebooks,
  readNotebook,
  withoutSpeakerNotes,
} from "../../scripts/lib/notebooks.mjs";
import { stageNotebooks } from "../../scripts/lib/site.mjs";

/**
 * Speaker notes (issue 16): markdown cells tagged `speaker-notes` become a deck's reveal.js notes;
 * the book and the student edition leave them out; every section of every deck has one.
 */
type Cell = { cell_type: string; source: string | string[]; metadata: Record<string, unknown>; id?: string };
const markdown = (source: string, metadata = {}): Cell => ({ cell_type: "markdown", source, metadata });
const notes = (source: string) => markdown(source, { tags: ["speaker-notes"] });
const NOTES_START = "**Speaker notes.**";

describe("which cells are speaker notes", () => {
  it("a markdown cell tagged speaker-notes, or any cell of Slideshow type notes, and nothing else", () => {
    expect(isSpeakerNotes(notes("**Speaker notes.** x"))).toBe(true);
    expect(isSpeakerNotes(markdown("x", { slideshow: { slide_type: "notes" } }))).toBe(true);
    expect(isSpeakerNotes(markdown("x", { tags: ["slide-output-only"] }))).toBe(false);
    expect(isSpeakerNotes(markdown("x", { slideshow: { slide_type: "fragment" } }))).toBe(false);
    // A code cell's tag does not hide code from a learner.
    expect(isSpeakerNotes({ cell_type: "code", source: "1", metadata: { tags: ["speaker-notes"] } })).toBe(false);
  });

  it("withoutSpeakerNotes drops exactly them, in order, and leaves the input untouched", () => {
    const cells = [markdown("a"), notes("n1"), markdown("b"), notes("n2")];
    const notebook = { cells, metadata: { k: 1 } };
    const kept = withoutSpeakerNotes(notebook);
    expect(kept.cells.map(cellSource)).toEqual(["a", "b"]);
    expect(kept.metadata).toEqual({ k: 1 });
    expect(notebook.cells).toHaveLength(4);
  });
});

describe("the book's staging", () => {
  it("leaves the notes out with speakerNotes: false and keeps them by default (the slides)", () => {
    const dir = mkdtempSync(join(tmpdir(), "actlab-notes-"));
    try {
      const path = join(dir, "n.ipynb");
      writeFileSync(path, JSON.stringify({ cells: [markdown("# T"), notes("**Speaker notes.** say it")] }));
      const sources = (staged: { paths: string[] }) =>
        (JSON.parse(readFileSync(staged.paths[0]!, "utf8")) as { cells: Cell[] }).cells.map(cellSource);
      expect(sources(stageNotebooks([path], join(dir, "book"), "p.js", { speakerNotes: false }))).toEqual(["# T"]);
      expect(sources(stageNotebooks([path], join(dir, "slides"), "p.js"))).toEqual([
        "# T",
        "**Speaker notes.** say it",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the deck's notes against the notebook's (browser stage)", () => {
  const cells = ["**Speaker notes.** First the *figure*.", "**Speaker notes.** Then $x$ the check."];
  it("passes when every cell has its aside, in order", () => {
    expect(
      speakerNotesProblems("d", ["Speaker notes. First the figure.", "Speaker notes. Then x the check."], cells),
    ).toEqual([]);
  });
  it("fails for a lost note, and for notes out of order", () => {
    expect(speakerNotesProblems("d", ["Speaker notes. First the figure."], cells)).toEqual([
      "d: 1 aside.notes in the deck, 2 speaker-notes cell(s) in its notebook",
    ]);
    expect(speakerNotesProblems("d", [], cells)[0]).toMatch(/0 aside\.notes/);
    expect(
      speakerNotesProblems("d", ["Speaker notes. Then x the check.", "Speaker notes. First the figure."], cells),
    ).toHaveLength(2);
  });
});

/** The course's decks: 00–10. */
const course = listNotebooks(join(__dirname, "..", "..", "notebooks")).filter((path) => /\/(0\d|10)-/.test(path));

describe.each(course.map((path) => [path.split("/").at(-1)!, path] as const))("speaker notes of %s", (_name, path) => {
  const cells = (readNotebook(path) as { cells: Cell[] }).cells;
  const tagged = cells.filter((cell) => ((cell.metadata.tags as string[] | undefined) ?? []).includes("speaker-notes"));

  it("every tagged cell is markdown and starts with **Speaker notes.**, 2–5 lines", () => {
    expect(tagged.length).toBeGreaterThan(0);
    for (const cell of tagged) {
      expect(cell.cell_type, cell.id).toBe("markdown");
      expect(cellSource(cell).startsWith(NOTES_START), cell.id).toBe(true);
      const lines = cellSource(cell).trim().split("\n").length;
      expect(lines, cell.id).toBeGreaterThanOrEqual(2);
      expect(lines, cell.id).toBeLessThanOrEqual(5);
    }
  });

  // A reference list has nothing to say aloud: "References" is the one section without a note.
  it("every ## section but References has a note of its own (after its heading, before the next)", () => {
    const sections: { heading: string; notes: number }[] = [];
    for (const cell of cells) {
      const heading = cell.cell_type === "markdown" ? /^## (.*)$/m.exec(cellSource(cell))?.[1] : undefined;
      if (heading !== undefined) sections.push({ heading, notes: 0 });
      else if (isSpeakerNotes(cell) && sections.length) sections.at(-1)!.notes++;
    }
    expect(sections.length).toBeGreaterThan(0);
    const silent = sections.filter((section) => section.notes === 0 && section.heading !== "References");
    expect(silent.map((section) => section.heading)).toEqual([]);
  });
});
