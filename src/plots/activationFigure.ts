import { curveTraces, resolvePlottable, type Plottable } from "./curves";
import { linspace } from "../math/linspace";
import { checkRange } from "./sampling";
import type { Figure } from "./types";

export interface CurveOptions {
  /** The x interval drawn (default [-5, 5]). */
  range?: [number, number];
  /** Sample points across the range (default 401: kinks look sharp at notebook width). */
  points?: number;
  title?: string;
}

/**
 * One activation and its derivative on shared axes: f solid, f′ dashed in the same colour.
 * Hover shows both values at an x; clicking a legend entry hides that curve.
 *
 * @example show(activationFigure("gelu"))
 * @example show(activationFigure(activation("leaky_relu", { negative_slope: 0.2 }), { range: [-3, 3] }))
 */
export function activationFigure(
  entry: Plottable,
  { range = [-5, 5], points = 401, title }: CurveOptions = {},
): Figure {
  checkRange("activationFigure: range", range);
  const { name } = resolvePlottable(entry);
  const xs = linspace(range[0], range[1], points);
  return {
    data: curveTraces(entry, xs, { derivative: true }),
    layout: {
      title: { text: title ?? `${name} and its derivative` },
      xaxis: { title: { text: "x" }, range: [range[0], range[1]], zeroline: true },
      yaxis: { title: { text: "f(x), f′(x)" }, zeroline: true },
      hovermode: "x unified",
      height: 380,
    },
    config: { responsive: true, displaylogo: false },
  };
}
