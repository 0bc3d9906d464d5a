import { activation } from "../activations/activation";
import { activationColor } from "./colors";
import type { ScatterTrace } from "./types";

/**
 * What a curve builder can draw: a registry name ("gelu"), or any object with a name and f (an
 * `activation(...)` with custom parameters, or a learner's own function); df is optional.
 */
export type Plottable = string | { readonly name: string; f(x: number): number; df?(x: number): number };

/** The activation behind a Plottable: names are looked up (unknown names throw, with suggestions). */
export function resolvePlottable(entry: Plottable): {
  name: string;
  f(x: number): number;
  df?(x: number): number;
} {
  return typeof entry === "string" ? activation(entry) : entry;
}

/** The curve of f (solid) and, when asked and known, of f′ (dashed, same colour, same legend group). */
export function curveTraces(entry: Plottable, xs: number[], { derivative }: { derivative: boolean }): ScatterTrace[] {
  const fn = resolvePlottable(entry);
  const color = activationColor(fn.name);
  const traces: ScatterTrace[] = [
    {
      type: "scatter",
      mode: "lines",
      name: fn.name,
      legendgroup: fn.name,
      x: xs,
      y: xs.map(fn.f),
      line: { color, width: 2.5 },
    },
  ];
  if (derivative && fn.df !== undefined) {
    const df = fn.df;
    traces.push({
      type: "scatter",
      mode: "lines",
      name: `${fn.name}′`,
      legendgroup: fn.name,
      x: xs,
      y: xs.map((x) => df(x)),
      line: { color, width: 2, dash: "dash" },
    });
  }
  return traces;
}
