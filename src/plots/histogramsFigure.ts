import { histogram } from "../math/stats";
import { seriesColor } from "./colors";
import { checkRange } from "./sampling";
import type { Annotation, BarTrace, Figure, Layout } from "./types";
import { axisSuffix, subplotCaption } from "./subplots";

/** One panel's values, e.g. a layer's pre-activations: `{ name: "layer 3", values }`. */
export interface HistogramSeries {
  name: string;
  values: ArrayLike<number>;
}

export interface HistogramsOptions {
  /** Equal-width bins per panel (default 40). */
  bins?: number;
  /** Common x interval of every panel (default: the range of all values), so layers compare at a glance. */
  range?: [number, number];
  /** Panels per row (default: up to 4). */
  columns?: number;
  title?: string;
  /** Show densities (area 1) instead of counts, so samples of different sizes compare. Default false. */
  density?: boolean;
}

function overallRange(series: readonly HistogramSeries[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const { values } of series) {
    for (let i = 0; i < values.length; i++) {
      if (values[i] < low) low = values[i];
      if (values[i] > high) high = values[i];
    }
  }
  return low < high ? [low, high] : [low - 0.5, low + 0.5];
}

/**
 * One histogram per series (per layer, say), in small multiples on a common x range, for
 * init-variance and saturation studies. Bins are computed here, so the figure stays small however
 * many values there are.
 *
 * @example show(histogramsFigure(layers.map((values, i) => ({ name: `layer ${i + 1}`, values }))))
 */
export function histogramsFigure(
  series: readonly HistogramSeries[],
  { bins = 40, range, columns, title, density = false }: HistogramsOptions = {},
): Figure {
  if (series.length === 0)
    throw new Error("histogramsFigure: give at least one series, e.g. [{ name: 'layer 1', values }]");
  const sharedRange = range ?? overallRange(series);
  checkRange("histogramsFigure: range", sharedRange);
  const columnCount = columns ?? Math.min(4, series.length);
  const rows = Math.ceil(series.length / columnCount);
  const layout: Layout = {
    grid: { rows, columns: columnCount, pattern: "independent" },
    height: rows * 240 + 80,
    showlegend: false,
    bargap: 0,
    margin: { t: title ? 80 : 50 },
  };
  if (title) layout.title = { text: title };
  const annotations: Annotation[] = [];
  const data: BarTrace[] = series.map(({ name, values }, index) => {
    const { edges, counts } = histogram(values, { bins, range: sharedRange });
    const width = edges[1] - edges[0];
    const total = values.length;
    const suffix = axisSuffix(index);
    layout[`xaxis${suffix}` as `xaxis${number}`] = {
      range: [sharedRange[0], sharedRange[1]],
      ...(index > 0 ? { matches: "x" } : {}),
    };
    layout[`yaxis${suffix}` as `yaxis${number}`] = {
      title: index % columnCount === 0 ? { text: density ? "density" : "count" } : undefined,
    };
    annotations.push(subplotCaption(name, suffix));
    return {
      type: "bar",
      name,
      x: Array.from(counts, (_, bin) => edges[bin] + width / 2),
      y: Array.from(counts, (count) => (density ? count / (total * width) : count)),
      width,
      marker: { color: seriesColor(index) },
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
    };
  });
  layout.annotations = annotations;
  return { data, layout, config: { responsive: true, displaylogo: false } };
}
