import type { Annotation } from "./types";

/** Plotly names the first subplot's axes x/y, the n-th xn/yn; layout keys are xaxis, xaxisn. */
export const axisSuffix = (index: number): string => (index === 0 ? "" : String(index + 1));

/** A caption centred above the subplot whose axes have `suffix` (Plotly has no per-subplot title). */
export function subplotCaption(text: string, suffix: string, fontSize?: number): Annotation {
  return {
    text,
    x: 0.5,
    y: 1,
    xref: `x${suffix} domain`,
    yref: `y${suffix} domain`,
    xanchor: "center",
    yanchor: "bottom",
    showarrow: false,
    ...(fontSize === undefined ? {} : { font: { size: fontSize } }),
  };
}
