// ERRATA.md, rendered from notebooks/errata.json and the executed notebooks. Every erratum's proof
// is the notebook cell right after its "Erratum Exx" box: its code and its output are copied from
// build/executed/, never typed in, so the page cannot show an output the course no longer prints.
import { cellSource } from "./notebooks.mjs";

/** "line 10" or "lines 49, 50". */
const linesLabel = (lines) => `${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}`;

/** The location of an erratum or a remark in the notes: "`002_….txt` line 10; …". */
const whereLabel = (locations, code = true) =>
  locations.map(({ file, lines }) => `${code ? `\`${file}\`` : file} ${linesLabel(lines)}`).join("; ");

/** Parses "notebooks/07-init-variance.ipynb, cell 23" (cells count from 1). */
export function parseProvedIn(provedIn) {
  const match = /^(notebooks\/[\w-]+\.ipynb), cell (\d+)$/.exec(provedIn ?? "");
  if (!match) throw new Error(`provedIn must read "notebooks/<name>.ipynb, cell <n>", got '${provedIn}'`);
  return { notebookPath: match[1], cellNumber: Number(match[2]) };
}

/** The text a code cell printed: its streams and plain-text results, in order; figures are skipped. */
export function cellOutputText(cell) {
  const pieces = (cell.outputs ?? []).flatMap((output) => {
    const asText = (value) => (Array.isArray(value) ? value.join("") : (value ?? ""));
    if (output.output_type === "stream") return [asText(output.text)];
    if (output.output_type === "error") return [`${output.ename}: ${output.evalue}\n`];
    const plain = output.data?.["text/plain"];
    return plain === undefined ? [] : [asText(plain) + "\n"];
  });
  return pieces.join("").replace(/\n+$/, "");
}

/**
 * The proof of an erratum: the executed cell that `provedIn` names, after checking that the "Erratum
 * Exx" box stands in one of the two cells before it and that the executed copy ran the committed code.
 */
export function proofOf(entry, { committed, executed }) {
  const { notebookPath, cellNumber } = parseProvedIn(entry.provedIn);
  const index = cellNumber - 1;
  const cell = committed.cells[index];
  if (cell?.cell_type !== "code") throw new Error(`${entry.id}: cell ${cellNumber} of ${notebookPath} is not code`);
  const before = committed.cells
    .slice(Math.max(0, index - 2), index)
    .map(cellSource)
    .join("\n");
  if (!new RegExp(`Erratum ${entry.id}\\b`).test(before)) {
    const box = committed.cells.findIndex((c) => new RegExp(`Erratum ${entry.id}\\b`).test(cellSource(c)));
    const hint = box < 0 ? "the notebook has no such box" : `the box is cell ${box + 1}`;
    throw new Error(
      `${entry.id}: no "Erratum ${entry.id}" box just before cell ${cellNumber} of ${notebookPath} (${hint})`,
    );
  }
  const ran = executed.cells[index];
  if (ran === undefined || cellSource(ran) !== cellSource(cell)) {
    throw new Error(
      `${entry.id}: build/executed/ holds an older ${notebookPath}; run node scripts/run-notebooks.mjs ${notebookPath}`,
    );
  }
  return { notebookPath, cellNumber, code: cellSource(cell).trimEnd(), output: cellOutputText(ran) };
}

const fence = (language, text) => `\`\`\`${language}\n${text}\n\`\`\``;
const tableCell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderError(entry, proof) {
  return [
    `## ${entry.id}`,
    `**${entry.title}** · notebook **${entry.topic}** · ${whereLabel(entry.locations)}`,
    `> ${entry.quote.zh}\n>\n> _${entry.quote.en}_`,
    `| the notes (wrong) | correct |\n| --- | --- |\n| $${tableCell(entry.wrong.latex)}$ | $${tableCell(entry.right.latex)}$ |`,
    [
      `- **What is wrong:** ${entry.wrong.text}`,
      `- **Correct:** ${entry.right.text}`,
      `- **Proved in:** ${entry.provedIn}`,
    ].join("\n"),
    `Proof (cell ${proof.cellNumber} of \`${proof.notebookPath}\`; names defined in earlier cells come from there):`,
    fence("typescript", proof.code),
    "Output (from the executed notebook):",
    fence("text", proof.output || "(this cell prints nothing; it draws a figure)"),
  ].join("\n\n");
}

function renderImprecise(entries, measurements) {
  const rows = entries.map(
    (entry) =>
      `| ${entry.topic} | ${entry.file} ${entry.lines.join(", ")} | ${tableCell(`${entry.quote.zh} — _${entry.quote.en}_`)} | ${tableCell(entry.note)} |`,
  );
  return [
    "## Imprecise or misleading",
    "Not counted as errors: vague, overstated, historical, or measurable claims. Numbers quoted here come from the measurement program below, or from the notebook the row names.",
    ["| notebook | where | quote | why |", "| --- | --- | --- | --- |", ...rows].join("\n"),
    program("Measurement program and its output", measurements),
  ].join("\n\n");
}

function program(summary, { code, output }) {
  return [
    `<details><summary>${summary}</summary>`,
    fence("typescript", code),
    fence("text", output),
    "</details>",
  ].join("\n\n");
}

/**
 * The whole page. `proofs` maps an erratum id to its proof (proofOf); `programOutputs` holds the
 * printed output of the measurement and check programs, which run outside the notebooks.
 */
export function renderErrata(errata, { proofs, programOutputs }) {
  const index = errata.errors.map(
    (entry) =>
      `| [${entry.id}](#${entry.id.toLowerCase()}) | ${entry.topic} | ${tableCell(entry.title)} | ${whereLabel(entry.locations, false)} |`,
  );
  return (
    [
      "# Errata: what the source notes get wrong",
      errata.introduction.join("\n"),
      ["| id | notebook | error | where |", "| --- | --- | --- | --- |", ...index].join("\n"),
      ...errata.errors.map((entry) => renderError(entry, proofs.get(entry.id))),
      renderImprecise(errata.impreciseOrMisleading, {
        code: errata.measurements.code,
        output: programOutputs.measurements,
      }),
      "## Checked and correct",
      errata.checkedAndCorrect.summary.join("\n"),
      program("Check program and its output", {
        code: errata.checkedAndCorrect.code,
        output: programOutputs.checkedAndCorrect,
      }),
    ].join("\n\n") + "\n"
  );
}
