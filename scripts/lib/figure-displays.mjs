// What an executed notebook must hold for its figures (src/plots/figureBundle.ts): every output that
// draws a figure is ONE display_data carrying the plotly JSON, the self-drawing HTML and a one-line
// text, and every code cell that calls show( has at least one. Checked on build/executed/ by npm test.
import { cellSource } from "./notebooks.mjs";

const PLOTLY = "application/vnd.plotly.v1+json";
const joined = (value) => [value ?? ""].flat().join("");
const isFigureHtml = (html) => /class="actlab-figure"/.test(html);

/** Problems with the figure displays of one executed notebook (nbformat JSON); empty when fine. */
export function figureDisplayProblems(notebook) {
  const problems = [];
  let figures = 0;
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const where = `cell ${index + 1}`;
    const outputs = cell.outputs ?? [];
    const drawing = outputs.filter(
      (output) => output.data?.[PLOTLY] !== undefined || isFigureHtml(joined(output.data?.["text/html"])),
    );
    figures += drawing.length;
    if (/\bshow\(/.test(cellSource(cell)) && drawing.length === 0)
      problems.push(`${where} calls show( but has no figure display`);
    for (const output of drawing) {
      const types = Object.keys(output.data).sort();
      if (output.output_type !== "display_data")
        problems.push(`${where}: a figure in a ${output.output_type}, not display_data`);
      if (types.join(" ") !== [PLOTLY, "text/html", "text/plain"].join(" "))
        problems.push(
          `${where}: a figure display holds ${types.join(", ")}; expected ${PLOTLY}, text/html, text/plain`,
        );
      const text = joined(output.data["text/plain"]);
      if (!text.trim() || text.trim().includes("\n"))
        problems.push(`${where}: text/plain is not one line: ${JSON.stringify(text.slice(0, 80))}`);
      const figure = output.data[PLOTLY];
      if (!Array.isArray(figure?.data) || typeof figure.layout !== "object")
        problems.push(`${where}: the plotly JSON has no data array and layout`);
      if (!isFigureHtml(joined(output.data["text/html"])))
        problems.push(`${where}: the text/html holds no figure container`);
    }
  });
  return { figures, problems };
}
