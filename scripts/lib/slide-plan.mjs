// Where the slides break, decided at build time from the executed notebook (the notebooks keep
// changing, so no hand-placed slide metadata can stay right). The rules, in order:
//   1. A `#` or `##` heading starts a new slide (a horizontal step); what follows, up to the next
//      such heading, is that slide's column of vertical sub-slides.
//   2. Cells are cut into pieces that can sit on a slide: markdown at its paragraphs, list items and
//      blockquote paragraphs; code input in chunks of at most CODE_LINES lines; text output in
//      chunks of at most OUTPUT_LINES lines; each figure on its own. A figure is drawn at most
//      FIGURE_MAX_PX tall on a slide (its layout.height is lowered, never raised).
//   3. Pieces are packed in order; a new sub-slide starts when the next piece's estimated height
//      would pass SLIDE_BUDGET_PX. A heading is never left alone on a sub-slide, prose followed by
//      code or output moves with it, and the run of prose before a figure shares the figure's
//      sub-slide, the figure lowered (down to FIGURE_MIN_PX) when that is what makes them fit.
//   4. A code cell whose output is a figure shows only the output, figures first, its code
//      collapsed behind a "code" toggle (the C key); tag `slide-show-code` shows the code, `slide-output-only` hides
//      any cell's code the same way.
//   5. A cell's own Slideshow type overrides: `slide`/`subslide` break before it, `skip` drops it,
//      `fragment` reveals it step by step, `notes` (or a `speaker-notes` tag on a markdown cell)
//      makes it the speaker notes of the sub-slide it follows.
// Estimates are in CSS pixels of the 1280×720 slide, for the CSS in scripts/templates/actlab-slides;
// the slide-fit browser check (scripts/lib/browser-slides.mjs) measures the real result.
import { cellSource, isSpeakerNotes, SPEAKER_NOTES_TAG } from "./notebooks.mjs";

export const SLIDE = { width: 1280, height: 720 };
/** Height the packed pieces may use (the slide less its padding and reveal.js's controls). */
export const SLIDE_BUDGET_PX = 640;
export const FIGURE_MAX_PX = 470;
export const FIGURE_MIN_PX = 300;
export const CODE_LINES = 22;
export const OUTPUT_LINES = 20;
export const TAGS = {
  outputOnly: "slide-output-only",
  showCode: "slide-show-code",
  notes: SPEAKER_NOTES_TAG,
};

// Typography of the slide CSS (scripts/templates/actlab-slides/index.html.j2), in px.
const PROSE = { line: 33, charsPerLine: 108, paragraphGap: 12 };
const CODE = { line: 22, charsPerLine: 110, padding: 14 };
const HEADING = { 1: 72, 2: 62, 3: 52 };
const MATH_LINE_PX = 44;
const TABLE_ROW_PX = 38;
const TOGGLE_PX = 34;

const wrappedLines = (text, perLine) =>
  text.split("\n").reduce((total, line) => total + Math.max(1, Math.ceil(line.length / perLine)), 0);

/** What markdown syntax adds to a line but not to its rendered width. */
const visibleText = (text) =>
  text
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[*_`#>]/g, "")
    .replace(/\$[^$]+\$/g, (math) => "x".repeat(Math.ceil(math.length / 2)));

/** Estimated rendered height of one markdown block (a paragraph, item, heading, table, math). */
export function markdownBlockHeight(block) {
  const text = block.trim();
  const heading = /^(#{1,6})\s/.exec(text);
  if (heading) return HEADING[heading[1].length] ?? HEADING[3];
  if (/^\$\$/.test(text)) {
    const rows = text.split(/\\\\|\n/).filter((row) => row.trim() && row.trim() !== "$$").length;
    return PROSE.paragraphGap + Math.max(1, rows) * MATH_LINE_PX + 16;
  }
  if (/^\|/.test(text)) return text.split("\n").filter((row) => !/^\|[\s:|-]+\|$/.test(row)).length * TABLE_ROW_PX + 16;
  if (/^```/.test(text)) return CODE.padding + (text.split("\n").length - 2) * CODE.line;
  const lines = text
    .split("\n")
    .map((line) => (/^\s*\$\$/.test(line) ? "" : visibleText(line)))
    .join(" ");
  // Display math inside a paragraph or list item: a fraction stacks two rows (06's backward-pass
  // reveal, four items of ∂L/∂·∂ fractions, overflowed by 22 px when counted as plain rows).
  const displays = text.match(/\$\$[\s\S]*?\$\$/g) ?? [];
  const mathPx = displays.reduce((total, math) => total + MATH_LINE_PX * (/\\[dt]?frac/.test(math) ? 2 : 1.5), 0);
  return PROSE.paragraphGap + wrappedLines(lines, PROSE.charsPerLine) * PROSE.line + mathPx;
}

/**
 * A markdown cell's blocks: paragraphs (a $$…$$ or ``` block is never cut), and within lists and
 * blockquotes their items and paragraphs, so a long list spreads over sub-slides.
 */
export function markdownBlocks(source) {
  const blocks = [];
  let current = [];
  let fence = null;
  const flush = () => {
    if (current.some((line) => line.trim())) blocks.push(current.join("\n"));
    current = [];
  };
  for (const line of source.split("\n")) {
    if (fence) {
      current.push(line);
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    const opens = /^\s*(```|\$\$)/.exec(line);
    if (opens && !(opens[1] === "$$" && line.trim().length > 2 && line.trim().endsWith("$$"))) {
      fence = opens[1];
      current.push(line);
      continue;
    }
    const blank = line.trim() === "" || /^>\s*$/.test(line);
    const item = /^(\s{0,1}[-*+]|\s{0,1}\d+\.)\s/.test(line);
    const heading = /^#{1,6}\s/.test(line);
    if (blank) flush();
    else if (item || heading) {
      flush();
      current.push(line);
      if (heading) flush();
    } else current.push(line);
  }
  flush();
  // A blockquote cut at its paragraphs keeps its `>` on each piece.
  return blocks;
}

const joined = (value) => (Array.isArray(value) ? value.join("") : (value ?? ""));
const FIGURE = /class="actlab-figure"/;
const LIBRARY = /data-actlab-plotly-library/;
const isFigure = (output) => FIGURE.test(joined(output.data?.["text/html"]));
const isLibrary = (output) => LIBRARY.test(joined(output.data?.["text/html"]));

/** The figure's height in px as show() wrote it (the container's min-height). */
export function figureHeight(output) {
  return Number(/min-height: (\d+)px/.exec(joined(output.data?.["text/html"]))?.[1] ?? 420);
}

/**
 * The figure output redrawn at most `maxPx` tall: its layout.height and its container's min-height
 * lowered (the figure JSON sits in one `var figure = …;` line of the output, see figureHtml.ts).
 */
export function cappedFigure(output, maxPx = FIGURE_MAX_PX) {
  const html = joined(output.data["text/html"]);
  const height = figureHeight(output);
  if (height <= maxPx) return output;
  const capped = html
    .replace(/min-height: \d+px/, `min-height: ${maxPx}px`)
    .replace(/^(\s*var figure = )(.*);$/m, (line, start, json) => {
      const figure = JSON.parse(json);
      figure.layout = { ...figure.layout, height: maxPx };
      return `${start}${JSON.stringify(figure).replace(/</g, "\\u003c")};`;
    });
  return { ...output, data: { ...output.data, "text/html": capped } };
}

/** Consecutive stream outputs of one stream, as one text. */
function mergedOutputs(outputs) {
  const merged = [];
  for (const output of outputs) {
    const last = merged.at(-1);
    if (output.output_type === "stream" && last?.output_type === "stream" && last.name === output.name)
      merged[merged.length - 1] = { ...last, text: joined(last.text) + joined(output.text) };
    else merged.push(output);
  }
  return merged;
}

/** Text in chunks of at most `size` lines (the last newline of each kept). */
function lineChunks(text, size) {
  const lines = text.replace(/\n$/, "").split("\n");
  const chunks = [];
  for (let start = 0; start < lines.length; start += size)
    chunks.push(lines.slice(start, start + size).join("\n") + "\n");
  return chunks;
}

function outputHeight(output) {
  if (isFigure(output)) return Math.min(figureHeight(output), FIGURE_MAX_PX) + 10;
  if (isLibrary(output)) return 0;
  const text =
    output.output_type === "stream"
      ? joined(output.text)
      : output.output_type === "error"
        ? (output.traceback ?? []).join("\n")
        : joined(output.data?.["text/plain"]);
  return CODE.padding + wrappedLines(text.replace(/\n$/, ""), CODE.charsPerLine) * CODE.line;
}

const tagsOf = (cell) => cell.metadata?.tags ?? [];
const explicitType = (cell) => cell.metadata?.slideshow?.slide_type;

/**
 * The pieces of one cell: { cell, height, kind } with kind "heading" | "prose" | "code" | "figure"
 * | "output" | "notes", in order. A piece's cell is a staged copy with `metadata.actlab_slide.input`
 * "shown", "collapsed" (behind the code toggle) or "none" (a continuation: its code is elsewhere).
 */
export function cellPieces(cell) {
  const tags = tagsOf(cell);
  const source = cellSource(cell);
  const metadata = { ...cell.metadata };
  delete metadata.slideshow;
  if (cell.cell_type === "markdown") {
    if (isSpeakerNotes(cell)) return [{ kind: "notes", height: 0, cell: { ...cell, metadata } }];
    return markdownBlocks(source).map((block) => ({
      kind: /^#{1,6}\s/.test(block.trim()) ? "heading" : "prose",
      level: /^(#{1,6})\s/.exec(block.trim())?.[1].length,
      height: markdownBlockHeight(block),
      cell: { ...cell, metadata, source: block },
    }));
  }
  if (cell.cell_type !== "code") return [];
  const outputs = mergedOutputs(cell.outputs ?? []);
  const hasFigure = outputs.some(isFigure);
  const outputOnly = tags.includes(TAGS.outputOnly) || (hasFigure && !tags.includes(TAGS.showCode));
  const codeCell = (input, cellSourceText, cellOutputs) => ({
    ...cell,
    source: cellSourceText,
    outputs: cellOutputs,
    metadata: { ...metadata, actlab_slide: { input } },
  });
  const pieces = [];
  if (!outputOnly && source.trim()) {
    for (const chunk of lineChunks(source, CODE_LINES))
      pieces.push({
        kind: "code",
        height: CODE.padding + wrappedLines(chunk.replace(/\n$/, ""), CODE.charsPerLine) * CODE.line,
        cell: codeCell("shown", chunk, []),
      });
  }
  // Each figure alone; text outputs in chunks; plotly.js's own output rides with the first piece.
  // A cell shown for its figure shows the figures first, so they follow the prose before the cell.
  const shown = outputs.filter((o) => !isLibrary(o));
  const ordered = outputOnly ? [...shown.filter(isFigure), ...shown.filter((o) => !isFigure(o))] : shown;
  let pending = outputs.filter(isLibrary);
  for (const output of ordered) {
    const parts =
      output.output_type === "stream"
        ? lineChunks(joined(output.text), OUTPUT_LINES).map((text) => ({ ...output, text }))
        : [isFigure(output) ? cappedFigure(output) : output];
    for (const part of parts) {
      pieces.push({
        kind: isFigure(part) ? "figure" : "output",
        height: outputHeight(part),
        ...(isFigure(part) ? { figurePx: figureHeight(part) } : {}),
        cell: codeCell("none", "", [...pending, part]),
      });
      pending = [];
    }
  }
  if (pending.length) pieces.push({ kind: "output", height: 0, cell: codeCell("none", "", pending) });
  if (outputOnly) {
    // The code, collapsed, sits with the first figure, else the first output (a cell with no
    // output shows its toggle alone).
    const first = pieces.find((piece) => piece.kind === "figure") ?? pieces[0];
    if (first) {
      first.cell = codeCell("collapsed", source, first.cell.outputs);
      first.height += TOGGLE_PX;
    } else pieces.push({ kind: "output", height: TOGGLE_PX, cell: codeCell("collapsed", source, []) });
  }
  return pieces;
}

/** From `index`, a heading or prose pieces up to a figure: { prose: their height, figure: its index }. */
function proseThenFigure(pieces, index) {
  let prose = 0;
  for (let at = index; at < pieces.length; at++) {
    const piece = pieces[at];
    if (piece.kind === "notes") continue;
    if (piece.kind === "figure") return at === index ? undefined : { prose, figure: at };
    if (piece.kind !== "prose" && !(at === index && piece.kind === "heading")) return undefined;
    prose += piece.height;
  }
  return undefined;
}

/** Redraws a figure piece at most `maxPx` tall (never below FIGURE_MIN_PX, never taller than it was). */
function lowerFigure(piece, maxPx) {
  const target = Math.max(FIGURE_MIN_PX, Math.min(piece.figurePx, Math.floor(maxPx)));
  if (target >= piece.figurePx) return;
  piece.height -= piece.figurePx - target;
  piece.figurePx = target;
  piece.cell = { ...piece.cell, outputs: piece.cell.outputs.map((o) => (isFigure(o) ? cappedFigure(o, target) : o)) };
}

/**
 * The staged cells, each with metadata.slideshow.slide_type set by the rules above, a summary
 * { slides, subslides } (horizontal slides and all sub-slides), and `layout`: each staged cell's
 * { kind, type, height } (the estimate the packing used).
 */
export function planSlides(cells, { budget = SLIDE_BUDGET_PX, afterTitle } = {}) {
  const pieces = [];
  for (const cell of cells) {
    const type = explicitType(cell);
    if (type === "skip") continue;
    const forced = type === "slide" || type === "subslide" ? type : undefined;
    cellPieces(cell).forEach((piece, index) =>
      pieces.push({ ...piece, forced: index === 0 ? forced : undefined, fragment: type === "fragment" && index === 0 }),
    );
  }
  // A note (how to drive the deck) right after the first heading, on the first slide.
  if (afterTitle !== undefined) {
    const at = pieces.findIndex((piece) => piece.kind === "heading") + 1;
    const cell = { cell_type: "markdown", metadata: {}, source: afterTitle };
    pieces.splice(at, 0, { kind: "prose", height: markdownBlockHeight(afterTitle), cell });
  }
  const planned = [];
  let used = Infinity; // nothing placed yet: the first piece opens the first slide
  let slides = 0;
  let subslides = 0;
  const open = (piece, kind) => {
    piece.type = kind;
    if (kind === "slide") slides++;
    subslides++;
    used = 0;
  };
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index];
    if (piece.kind === "notes") {
      piece.type = "notes";
      planned.push(piece);
      continue;
    }
    const next = pieces.slice(index + 1).find((p) => p.kind !== "notes");
    // Keep with next: a heading always, prose when code, output or a figure follows it.
    const keeps = piece.kind === "heading" || (piece.kind === "prose" && next !== undefined && next.kind !== "prose");
    let needed = piece.height + (keeps && next && next.kind !== "heading" ? next.height : 0);
    const opensSlide = piece.forced === "slide" || (piece.kind === "heading" && piece.level <= 2) || slides === 0;
    // A sub-slide that holds only its heading so far never breaks (a heading is never left alone).
    const onlyHeading = planned.at(-1)?.kind === "heading" && planned.at(-1)?.type !== "-";
    // The prose run that ends in a figure goes on one sub-slide with it, the figure lowered (to no
    // less than FIGURE_MIN_PX) when that is what makes them fit.
    const run = piece.kind === "prose" || piece.kind === "heading" ? proseThenFigure(pieces, index) : undefined;
    if (run) {
      const figure = pieces[run.figure];
      const extras = figure.height - figure.figurePx;
      const room = (from) => budget - from - run.prose - extras;
      const start = opensSlide ? 0 : used;
      const canBreak = !opensSlide && !onlyHeading;
      if (start + run.prose + figure.height <= budget) needed = run.prose + figure.height;
      else if (canBreak && run.prose + figure.height <= budget) needed = Infinity;
      else if (room(start) >= FIGURE_MIN_PX) lowerFigure(figure, room(start));
      else if (canBreak && room(0) >= FIGURE_MIN_PX) {
        lowerFigure(figure, room(0));
        needed = Infinity;
      }
    }
    if (opensSlide) open(piece, "slide");
    else if (piece.forced === "subslide" || (used + needed > budget && !onlyHeading) || needed === Infinity)
      open(piece, "subslide");
    else piece.type = piece.fragment ? "fragment" : "-";
    used += piece.height;
    planned.push(piece);
  }
  const staged = planned.map((piece) => ({
    ...piece.cell,
    metadata: { ...piece.cell.metadata, slideshow: { slide_type: piece.type } },
  }));
  const layout = planned.map(({ kind, type, height }) => ({ kind, type, height }));
  return { cells: staged, slides, subslides, layout };
}
