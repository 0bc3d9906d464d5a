/**
 * A figure in one line of plain text (the `text/plain` part of its display): what a terminal, a
 * screen reader or `nbconvert --to pdf` shows instead of the plot.
 */
import type { Axis, Figure } from "./types";

const axisTitle = (axis: Axis | undefined): string | undefined => axis?.title?.text || undefined;

/** Every axis title of the layout, by axis name (xaxis, yaxis, xaxis2, …, and a 3-D scene's). */
function axisTitles(figure: Figure): string[] {
  const layout = figure.layout as Record<string, unknown>;
  const planar = Object.keys(layout)
    .filter((key) => /^[xy]axis\d*$/.test(key))
    .sort()
    .map((key) => axisTitle(layout[key] as Axis | undefined));
  const scene = figure.layout.scene;
  const spatial = scene ? [scene.xaxis, scene.yaxis, scene.zaxis].map(axisTitle) : [];
  return [...planar, ...spatial].filter((title): title is string => title !== undefined);
}

/** Distinct trace names in order, e.g. "relu, gelu" (traces of a small multiple repeat names). */
function seriesNames(figure: Figure): string[] {
  const names = figure.data.map((trace) => trace.name).filter((name): name is string => Boolean(name));
  return [...new Set(names)];
}

/**
 * One line: `Figure: <title>; series: a, b; axes: x, y` (parts without content are left out; the
 * trace count and types are always there, so even an untitled figure says what it holds).
 */
export function figureSummary(figure: Figure): string {
  const title = figure.layout.title?.text;
  const types = [...new Set(figure.data.map((trace) => trace.type))].join(", ");
  const series = seriesNames(figure);
  const axes = [...new Set(axisTitles(figure))];
  const parts = [
    `Figure${title ? `: ${title}` : ""}`,
    `${figure.data.length} trace${figure.data.length === 1 ? "" : "s"}${types ? ` (${types})` : ""}`,
    ...(series.length ? [`series: ${series.join(", ")}`] : []),
    ...(axes.length ? [`axes: ${axes.join(", ")}`] : []),
  ];
  return parts.join("; ").replace(/\s+/g, " ");
}
