import type { Matrix } from "../linear/matrix";
import type { Figure } from "./types";

export interface HeatmapOptions {
  title?: string;
  /** Labels of rows (top to bottom) and columns (left to right); default 0, 1, 2, … */
  rowLabels?: string[];
  columnLabels?: string[];
  /** Colour-bar caption, e.g. "∂yᵢ/∂xⱼ". */
  valueLabel?: string;
}

/** Red–white–blue, white at zero: signs read at a glance in Jacobians and weight matrices. */
const DIVERGING: [number, string][] = [
  [0, "#b2182b"],
  [0.5, "#f7f7f7"],
  [1, "#2166ac"],
];

/** Rows of a Matrix (row-major { rows, cols, data }) or of nested arrays. */
function rowsOf(values: Matrix | readonly (readonly number[])[]): number[][] {
  if (!("data" in values)) return values.map((row) => [...row]);
  return Array.from({ length: values.rows }, (_, r) =>
    Array.from(values.data.subarray(r * values.cols, (r + 1) * values.cols)),
  );
}

/**
 * A matrix as a grid of coloured cells, laid out as it is written (row 0 at the top), with a
 * diverging colour scale centred on zero. For a Jacobian, a weight matrix, a confusion matrix.
 *
 * @example show(heatmapFigure(softmaxJacobian(logits), { title: "softmax Jacobian" }))
 */
export function heatmapFigure(
  values: Matrix | readonly (readonly number[])[],
  { title, rowLabels, columnLabels, valueLabel }: HeatmapOptions = {},
): Figure {
  const z = rowsOf(values);
  const columns = z[0]?.length ?? 0;
  if (z.length === 0 || columns === 0 || z.some((row) => row.length !== columns)) {
    throw new Error(
      `heatmapFigure: expected a non-empty rectangular matrix, got rows of lengths ${z.map((row) => row.length).join(", ") || "(none)"}`,
    );
  }
  const tickLabels = (labels: string[] | undefined, count: number, what: string): string[] => {
    if (labels !== undefined && labels.length !== count)
      throw new Error(`heatmapFigure: ${what} has ${labels.length} labels for ${count} ${what.replace("Labels", "s")}`);
    return labels ?? Array.from({ length: count }, (_, i) => String(i));
  };
  const rowNames = tickLabels(rowLabels, z.length, "rowLabels");
  const columnNames = tickLabels(columnLabels, columns, "columnLabels");
  return {
    data: [
      {
        type: "heatmap",
        z,
        colorscale: DIVERGING,
        zmid: 0,
        colorbar: valueLabel ? { title: { text: valueLabel } } : undefined,
        hovertemplate: "row %{y}, column %{x}: %{z:.4g}<extra></extra>",
      },
    ],
    layout: {
      title: title ? { text: title } : undefined,
      xaxis: {
        side: "top",
        tickvals: columnNames.map((_, i) => i),
        ticktext: columnNames,
        showgrid: false,
        constrain: "domain",
      },
      yaxis: {
        autorange: "reversed",
        tickvals: rowNames.map((_, i) => i),
        ticktext: rowNames,
        scaleanchor: "x",
        constrain: "domain",
        showgrid: false,
      },
      height: Math.min(700, Math.max(300, 40 * z.length + 120)),
    },
    config: { responsive: true, displaylogo: false },
  };
}
