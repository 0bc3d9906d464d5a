import { describe, expect, it } from "vitest";
import { figureHtml } from "../../src/plots/figureHtml";
import {
  CODE_LINES,
  FIGURE_MAX_PX,
  FIGURE_MIN_PX,
  OUTPUT_LINES,
  SLIDE_BUDGET_PX,
  cappedFigure,
  figureHeight,
  markdownBlocks,
  planSlides,
} from "../../scripts/lib/slide-plan.mjs";

const markdown = (source: string, metadata = {}) => ({ cell_type: "markdown", source, metadata });
const code = (source: string, outputs: unknown[] = [], metadata = {}) => ({
  cell_type: "code",
  source,
  metadata,
  outputs,
  execution_count: 1,
});
const stream = (text: string) => ({ output_type: "stream", name: "stdout", text });
const figureOutput = (height: number, id = "f1") => ({
  output_type: "display_data",
  metadata: {},
  data: {
    "text/html": figureHtml(
      { data: [{ type: "scatter", x: [1, 2], y: [3, 4] }], layout: { height, title: { text: "t<x>" } } } as never,
      id,
    ),
  },
});
const lines = (count: number, prefix = "line") => Array.from({ length: count }, (_, i) => `${prefix} ${i}`).join("\n");
const text = (cell: { source: string | readonly string[] }) => [cell.source].flat().join("");
const typeOf = (cell: { metadata: { slideshow: { slide_type: string } } }) => cell.metadata.slideshow.slide_type;
const inputOf = (cell: { metadata: { actlab_slide?: { input: string } } }) => cell.metadata.actlab_slide?.input;

/** The planned layout cut into sub-slides: each a list of its pieces (notes left out). */
function subslides(layout: { kind: string; type: string; height: number }[]) {
  const groups: (typeof layout)[] = [];
  for (const piece of layout) {
    if (piece.type === "notes") continue;
    if (piece.type === "slide" || piece.type === "subslide" || groups.length === 0) groups.push([]);
    groups.at(-1)!.push(piece);
  }
  return groups;
}

describe("slide breaks decided from the notebook", () => {
  const notebook = [
    markdown("# Title\n\nIntro paragraph."),
    code("setup();"),
    markdown("## Section A\n\nSome prose.\n\n### A sub-heading\n\nMore prose."),
    code(lines(50), [stream(lines(45, "out"))]),
    markdown("The figure:"),
    code("show(figure);", [figureOutput(380)]),
    markdown("## Section B\n\n" + Array.from({ length: 30 }, (_, i) => `- item ${i} ${"word ".repeat(12)}`).join("\n")),
  ];
  const plan = planSlides(notebook);

  it("opens a slide at every # and ## heading and at no other piece", () => {
    const opened = plan.cells.filter((cell) => typeOf(cell) === "slide").map((cell) => text(cell).split("\n")[0]);
    expect(opened).toEqual(["# Title", "## Section A", "## Section B"]);
    expect(plan.slides).toBe(3);
  });

  it("keeps every sub-slide within the budget unless it holds a single piece", () => {
    const groups = subslides(plan.layout);
    expect(groups.length).toBe(plan.subslides);
    for (const group of groups) {
      const total = group.reduce((sum, piece) => sum + piece.height, 0);
      if (group.length > 1) expect(total).toBeLessThanOrEqual(SLIDE_BUDGET_PX);
    }
    // The long code, its long output and the long list cannot share one slide.
    expect(plan.subslides).toBeGreaterThan(6);
  });

  it("cuts long code and long output into chunks that concatenate back to the original", () => {
    const codeChunks = plan.cells.filter((cell) => inputOf(cell) === "shown" && text(cell).startsWith("line"));
    expect(codeChunks.length).toBe(Math.ceil(50 / CODE_LINES));
    expect(codeChunks.map(text).join("")).toBe(lines(50) + "\n");
    const outputChunks = plan.cells.flatMap((cell) => (cell.outputs ?? []).filter((o) => o.output_type === "stream"));
    expect(outputChunks.length).toBe(Math.ceil(45 / OUTPUT_LINES));
    expect(outputChunks.map((o) => o.text).join("")).toBe(lines(45, "out") + "\n");
    for (const chunk of outputChunks)
      expect((chunk.text ?? "").trimEnd().split("\n").length).toBeLessThanOrEqual(OUTPUT_LINES);
  });

  it("shows a figure cell's output with its code collapsed, on the sub-slide of the prose before it", () => {
    const index = plan.cells.findIndex((cell) =>
      (cell.outputs ?? []).some((o) => /actlab-figure/.test(o.data?.["text/html"] ?? "")),
    );
    const cell = plan.cells[index];
    expect(inputOf(cell)).toBe("collapsed");
    expect(text(cell)).toBe("show(figure);");
    expect(text(plan.cells[index - 1])).toBe("The figure:");
    expect(typeOf(cell)).toBe("-");
  });

  it("spreads a long list over sub-slides, one item per piece, none lost", () => {
    const items = plan.cells.filter((cell) => text(cell).startsWith("- item"));
    expect(items.length).toBe(30);
    const firstItemSlide = items.map(typeOf);
    expect(firstItemSlide.filter((type) => type === "subslide").length).toBeGreaterThan(0);
  });

  it("puts the keys note right after the first heading", () => {
    const withNote = planSlides(notebook, { afterTitle: "KEYS" });
    expect(withNote.cells.map(text).slice(0, 2)).toEqual(["# Title", "KEYS"]);
    expect(typeOf(withNote.cells[1])).toBe("-");
  });
});

describe("a figure and the prose before it", () => {
  const para = (words: number) => "word ".repeat(words).trim();
  const figureOf = (plan: ReturnType<typeof planSlides>) =>
    plan.cells.findIndex((cell) => (cell.outputs ?? []).some((o) => /actlab-figure/.test(o.data?.["text/html"] ?? "")));

  it("shows a figure cell's figure before its text output", () => {
    const plan = planSlides([markdown("# T"), code("print(); show(f);", [stream("table\n"), figureOutput(300)])]);
    const kinds = plan.layout.map((piece) => piece.kind);
    expect(kinds).toEqual(["heading", "figure", "output"]);
  });

  it("lowers the figure, not below the minimum, so that the prose run before it shares its sub-slide", () => {
    // A heading, then prose whose estimate leaves less room than the figure's height but more than the minimum.
    const notebook = [markdown("## S\n\n" + para(60)), code("show(f);", [figureOutput(FIGURE_MAX_PX)])];
    const plan = planSlides(notebook);
    const at = figureOf(plan);
    const groups = subslides(plan.layout);
    expect(groups.length).toBe(1);
    const height = figureHeight(plan.cells[at].outputs![0]);
    expect(height).toBeLessThan(FIGURE_MAX_PX);
    expect(height).toBeGreaterThanOrEqual(FIGURE_MIN_PX);
    expect(groups[0].reduce((sum, piece) => sum + piece.height, 0)).toBeLessThanOrEqual(SLIDE_BUDGET_PX);
  });

  it("moves the prose run to a new sub-slide with the figure rather than lowering it past the minimum", () => {
    const notebook = [
      markdown("## S\n\n" + para(300)),
      markdown(para(40)),
      code("show(f);", [figureOutput(FIGURE_MAX_PX)]),
    ];
    const plan = planSlides(notebook);
    const at = figureOf(plan);
    expect(typeOf(plan.cells[at - 1])).toBe("subslide");
    expect(text(plan.cells[at - 1])).toBe(para(40));
    expect(figureHeight(plan.cells[at].outputs![0])).toBeGreaterThanOrEqual(FIGURE_MIN_PX);
  });

  it("never leaves a heading alone on its sub-slide", () => {
    const plan = planSlides([
      markdown("# T"),
      markdown("### Sub"),
      code(lines(CODE_LINES)),
      markdown("## U\n\n" + para(380)),
    ]);
    const groups = subslides(plan.layout);
    for (const group of groups) expect(group.every((piece) => piece.kind === "heading")).toBe(false);
  });
});

describe("tags and the cell's own Slideshow type override the rules", () => {
  it("slide-show-code shows a figure cell's code; slide-output-only hides any cell's code", () => {
    const shown = planSlides([markdown("# T"), code("show(f);", [figureOutput(300)], { tags: ["slide-show-code"] })]);
    expect(shown.cells.map(inputOf)).toEqual([undefined, "shown", "none"]);
    const hidden = planSlides([markdown("# T"), code("print();", [stream("x\n")], { tags: ["slide-output-only"] })]);
    expect(hidden.cells.map(inputOf)).toEqual([undefined, "collapsed"]);
    expect(text(hidden.cells[1])).toBe("print();");
  });

  it("makes speaker notes of `notes` cells and `speaker-notes` markdown, drops `skip`, breaks at `subslide`", () => {
    const plan = planSlides([
      markdown("# T"),
      markdown("Say this.", { tags: ["speaker-notes"] }),
      markdown("And this.", { slideshow: { slide_type: "notes" } }),
      code("hidden();", [], { slideshow: { slide_type: "skip" } }),
      markdown("Short.", { slideshow: { slide_type: "subslide" } }),
      markdown("Step.", { slideshow: { slide_type: "fragment" } }),
    ]);
    expect(plan.cells.map((cell) => [text(cell), typeOf(cell)])).toEqual([
      ["# T", "slide"],
      ["Say this.", "notes"],
      ["And this.", "notes"],
      ["Short.", "subslide"],
      ["Step.", "fragment"],
    ]);
  });
});

describe("markdown blocks", () => {
  it("never cuts display math or a code fence at their blank lines, and keeps item continuations", () => {
    const source = "Intro.\n\n$$\na = b\n\nc = d\n$$\n\n```ts\nx;\n\ny;\n```\n\n- one\n  continued\n- two";
    expect(markdownBlocks(source)).toEqual([
      "Intro.",
      "$$\na = b\n\nc = d\n$$",
      "```ts\nx;\n\ny;\n```",
      "- one\n  continued",
      "- two",
    ]);
  });
});

describe("figures on a slide", () => {
  it("lowers a tall figure's layout.height and container to the cap, leaves a short one alone", () => {
    const tall = cappedFigure(figureOutput(740));
    expect(figureHeight(tall)).toBe(FIGURE_MAX_PX);
    const json = /var figure = (.*);$/m.exec(tall.data["text/html"])![1];
    const figure = JSON.parse(json);
    expect(figure.layout.height).toBe(FIGURE_MAX_PX);
    expect(figure.layout.title.text).toBe("t<x>");
    expect(json).not.toContain("<");
    const short = figureOutput(300);
    expect(cappedFigure(short)).toBe(short);
  });
});
