import type { Annotation, Axis, Figure, Layout, Trace } from "./types";
import { axisSuffix, subplotCaption } from "./subplots";

export interface GridFigureOptions {
  /** Subplots per row (default: up to 4). */
  columns?: number;
  title?: string;
  /** Height of one row in pixels (default 260). */
  rowHeight?: number;
  /** Link every subplot's x (and y) zoom to the first one's. Default false. */
  shareAxes?: boolean;
}

/**
 * Small multiples: each figure becomes one subplot of a grid, keeping its traces, axis settings
 * and title (as the subplot's caption). Legends repeat per panel only once per name.
 *
 * @example show(gridFigure(["relu", "gelu", "silu", "tanh"].map((name) => activationFigure(name)), { columns: 2 }))
 */
export function gridFigure(
  figures: readonly Figure[],
  { columns, title, rowHeight = 260, shareAxes = false }: GridFigureOptions = {},
): Figure {
  if (figures.length === 0) throw new Error("gridFigure: give at least one figure");
  const columnCount = columns ?? Math.min(4, figures.length);
  if (!Number.isInteger(columnCount) || columnCount < 1)
    throw new Error(`gridFigure: columns must be a positive integer, got ${columns}`);
  const rows = Math.ceil(figures.length / columnCount);
  const legendNames = new Set<string>();
  const data: Trace[] = [];
  const annotations: Annotation[] = [];
  const layout: Layout = {
    grid: { rows, columns: columnCount, pattern: "independent" },
    height: rows * rowHeight + 80,
    margin: { t: title ? 80 : 50 },
    showlegend: true,
  };
  if (title) layout.title = { text: title };
  figures.forEach((figure, index) => {
    const suffix = axisSuffix(index);
    for (const trace of figure.data) {
      const firstOfName = trace.name === undefined || !legendNames.has(trace.name);
      if (trace.name !== undefined) legendNames.add(trace.name);
      data.push({
        ...trace,
        xaxis: `x${suffix}`,
        yaxis: `y${suffix}`,
        showlegend: firstOfName && trace.showlegend !== false,
      });
    }
    const link = (own: Axis | undefined, first: string): Axis => ({
      ...own,
      title: undefined,
      ...(shareAxes && index > 0 ? { matches: first } : {}),
    });
    layout[`xaxis${suffix}` as `xaxis${number}`] = link(figure.layout.xaxis, "x");
    layout[`yaxis${suffix}` as `yaxis${number}`] = link(figure.layout.yaxis, "y");
    const caption = figure.layout.title?.text;
    if (caption) annotations.push(subplotCaption(caption, suffix, 13));
  });
  layout.annotations = annotations;
  return { data, layout, config: { responsive: true, displaylogo: false } };
}
