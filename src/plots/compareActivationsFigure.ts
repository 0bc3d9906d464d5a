import { curveTraces, resolvePlottable, type Plottable } from "./curves";
import { linspace } from "../math/linspace";
import { checkRange } from "./sampling";
import type { CurveOptions } from "./activationFigure";
import type { Figure } from "./types";

export interface CompareOptions extends CurveOptions {
  /** Also draw each derivative (dashed, toggled together with its function). Default false. */
  derivatives?: boolean;
}

/**
 * Several activations on one pair of axes, each in its course-wide colour. Clicking a legend entry
 * hides or shows that activation; double-clicking isolates it.
 *
 * @example show(compareActivationsFigure(["relu", "gelu", "silu"]))
 * @example show(compareActivationsFigure(["sigmoid", "tanh"], { derivatives: true, range: [-4, 4] }))
 */
export function compareActivationsFigure(
  entries: readonly Plottable[],
  { range = [-5, 5], points = 401, title, derivatives = false }: CompareOptions = {},
): Figure {
  if (entries.length === 0)
    throw new Error("compareActivationsFigure: give at least one activation, e.g. ['relu', 'gelu']");
  checkRange("compareActivationsFigure: range", range);
  const xs = linspace(range[0], range[1], points);
  const names = entries.map((entry) => resolvePlottable(entry).name);
  return {
    data: entries.flatMap((entry) => curveTraces(entry, xs, { derivative: derivatives })),
    layout: {
      title: { text: title ?? names.join(", ") },
      xaxis: { title: { text: "x" }, range: [range[0], range[1]], zeroline: true },
      yaxis: { title: { text: derivatives ? "f(x), f′(x)" : "f(x)" }, zeroline: true },
      hovermode: "x unified",
      height: 420,
    },
    config: { responsive: true, displaylogo: false },
  };
}
