import { seriesColor } from "./colors";
import { toNumbers } from "./sampling";
import type { Figure } from "./types";

/** One curve: `y` against `x` (default 0, 1, 2, …: steps or epochs). */
export interface LineSeries {
  name: string;
  y: ArrayLike<number>;
  x?: ArrayLike<number>;
  /** CSS colour; default the i-th series colour (use activationColor(name) for activations). */
  color?: string;
  dash?: "solid" | "dash" | "dot" | "dashdot";
}

export interface LineChartOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Logarithmic y axis, for losses spanning orders of magnitude. Default false. */
  logY?: boolean;
}

/**
 * Curves against a common x, e.g. training loss per step for several runs. Hover compares all
 * series at one x; legend entries toggle them.
 *
 * @example show(lineChartFigure([{ name: "relu", y: reluLosses, color: activationColor("relu") }], { yLabel: "loss", logY: true }))
 */
export function lineChartFigure(
  series: readonly LineSeries[],
  { title, xLabel = "step", yLabel = "value", logY = false }: LineChartOptions = {},
): Figure {
  if (series.length === 0)
    throw new Error("lineChartFigure: give at least one series, e.g. [{ name: 'loss', y: losses }]");
  return {
    data: series.map(({ name, x, y, color, dash }, index) => {
      if (x !== undefined && x.length !== y.length) {
        throw new Error(`lineChartFigure: series '${name}' has ${x.length} x values but ${y.length} y values`);
      }
      return {
        type: "scatter",
        mode: "lines",
        name,
        x: x === undefined ? Array.from({ length: y.length }, (_, i) => i) : toNumbers(x),
        y: toNumbers(y),
        line: { color: color ?? seriesColor(index), width: 2, dash },
      };
    }),
    layout: {
      title: title ? { text: title } : undefined,
      xaxis: { title: { text: xLabel } },
      yaxis: { title: { text: yLabel }, type: logY ? "log" : "linear" },
      hovermode: "x unified",
      height: 400,
    },
    config: { responsive: true, displaylogo: false },
  };
}
