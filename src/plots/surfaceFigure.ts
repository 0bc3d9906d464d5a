import { linspace } from "../math/linspace";
import { checkRange } from "./sampling";
import type { Figure } from "./types";

export interface SurfaceOptions {
  /** x and y intervals (default [-3, 3] each). */
  xRange?: [number, number];
  yRange?: [number, number];
  /** Grid points per axis (default 61). */
  points?: number;
  /** "contour" (default: works everywhere, including the book and slides) or "surface" (3-D, WebGL). */
  kind?: "contour" | "surface";
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Caption of the colour bar. */
  valueLabel?: string;
}

/** f sampled on a grid: z[row][column] = f(x[column], y[row]), as Plotly's grid traces expect. */
export function sampleGrid(f: (x: number, y: number) => number, xs: number[], ys: number[]): number[][] {
  return ys.map((y) => xs.map((x) => f(x, y)));
}

/**
 * A function of two variables as a filled contour map (or, with kind "surface", a 3-D surface):
 * a loss landscape, a two-input neuron's output.
 *
 * @example show(surfaceFigure((x, y) => Math.tanh(x + 2 * y), { title: "tanh(x + 2y)" }))
 */
export function surfaceFigure(
  f: (x: number, y: number) => number,
  {
    xRange = [-3, 3],
    yRange = [-3, 3],
    points = 61,
    kind = "contour",
    title,
    xLabel = "x",
    yLabel = "y",
    valueLabel,
  }: SurfaceOptions = {},
): Figure {
  checkRange("surfaceFigure: xRange", xRange);
  checkRange("surfaceFigure: yRange", yRange);
  const x = linspace(xRange[0], xRange[1], points);
  const y = linspace(yRange[0], yRange[1], points);
  const z = sampleGrid(f, x, y);
  const colorbar = valueLabel ? { title: { text: valueLabel } } : undefined;
  const config = { responsive: true, displaylogo: false };
  if (kind === "surface") {
    return {
      data: [{ type: "surface", x, y, z, colorscale: "Viridis", colorbar }],
      layout: {
        title: title ? { text: title } : undefined,
        scene: { xaxis: { title: { text: xLabel } }, yaxis: { title: { text: yLabel } } },
        height: 500,
      },
      config,
    };
  }
  return {
    data: [
      { type: "contour", x, y, z, colorscale: "Viridis", colorbar, contours: { coloring: "fill", showlabels: true } },
    ],
    layout: {
      title: title ? { text: title } : undefined,
      xaxis: { title: { text: xLabel }, constrain: "domain" },
      yaxis: { title: { text: yLabel }, scaleanchor: "x", constrain: "domain" },
      height: 480,
    },
    config,
  };
}
