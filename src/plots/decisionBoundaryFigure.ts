import type { Matrix } from "../linear/matrix";
import { seriesColor } from "./colors";
import { linspace } from "../math/linspace";
import { checkRange } from "./sampling";
import { sampleGrid } from "./surfaceFigure";
import type { Figure, ScatterTrace } from "./types";

/**
 * A labelled 2-D data set, as the datasets make it (makeMoons(), makeCircles(), …): row i of the
 * n×2 `inputs` is a point of class labels[i] (0, 1, 2, …).
 */
export interface LabelledPoints {
  readonly inputs: Matrix;
  readonly labels: ArrayLike<number>;
}

export interface DecisionBoundaryOptions {
  /** Plotted interval of both inputs (default: the data's extent plus a 10% margin). */
  xRange?: [number, number];
  yRange?: [number, number];
  /** Grid points per axis for the score (default 81). */
  resolution?: number;
  /** The score at which the class changes (default 0.5, for a probability). */
  threshold?: number;
  title?: string;
}

function paddedExtent(values: ArrayLike<number>): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    low = Math.min(low, values[i]);
    high = Math.max(high, values[i]);
  }
  const margin = high > low ? 0.1 * (high - low) : 1;
  return [low - margin, high + margin];
}

/**
 * A binary classifier's score over the plane (shaded, with its decision boundary as a black line at
 * `threshold`) and the data points coloured by class: what a network with a given activation
 * actually learned.
 *
 * @example show(decisionBoundaryFigure((x, y) => probability([x, y]), makeMoons(), { title: "2 hidden layers, tanh" }))
 */
export function decisionBoundaryFigure(
  score: (x: number, y: number) => number,
  points: LabelledPoints,
  { xRange, yRange, resolution = 81, threshold = 0.5, title }: DecisionBoundaryOptions = {},
): Figure {
  const { inputs, labels } = points;
  const count = inputs.rows;
  if (inputs.cols !== 2 || labels.length !== count) {
    throw new Error(
      `decisionBoundaryFigure: expected n×2 inputs and n labels, got ${inputs.rows}×${inputs.cols} inputs and ${labels.length} labels`,
    );
  }
  const xs = Array.from({ length: count }, (_, i) => inputs.data[2 * i]);
  const ys = Array.from({ length: count }, (_, i) => inputs.data[2 * i + 1]);
  const xInterval = xRange ?? paddedExtent(xs);
  const yInterval = yRange ?? paddedExtent(ys);
  checkRange("decisionBoundaryFigure: xRange", xInterval);
  checkRange("decisionBoundaryFigure: yRange", yInterval);
  const gridX = linspace(xInterval[0], xInterval[1], resolution);
  const gridY = linspace(yInterval[0], yInterval[1], resolution);
  const z = sampleGrid(score, gridX, gridY);
  const classes = [...new Set(Array.from(labels))].sort((a, b) => a - b);
  const scatter: ScatterTrace[] = classes.map((label) => {
    const members = Array.from({ length: count }, (_, i) => i).filter((i) => labels[i] === label);
    return {
      type: "scatter",
      mode: "markers",
      name: `class ${label}`,
      x: members.map((i) => xs[i]),
      y: members.map((i) => ys[i]),
      marker: { color: seriesColor(label), size: 7, line: { color: "white", width: 1 } },
    };
  });
  return {
    data: [
      {
        type: "heatmap",
        x: gridX,
        y: gridY,
        z,
        // Low scores in class 0's colour, high in class 1's, white at the threshold: a point sitting
        // on its own colour is classified correctly.
        colorscale: [
          [0, seriesColor(0)],
          [0.5, "#ffffff"],
          [1, seriesColor(1)],
        ],
        zmid: threshold,
        opacity: 0.45,
        showscale: true,
        colorbar: { title: { text: "score" } },
        hovertemplate: "score %{z:.3f}<extra></extra>",
        name: "score",
      },
      {
        type: "contour",
        x: gridX,
        y: gridY,
        z,
        showscale: false,
        contours: { coloring: "none", start: threshold, end: threshold, size: 1 },
        line: { color: "black", width: 2 },
        name: "boundary",
        hovertemplate: "<extra></extra>",
      },
      ...scatter,
    ],
    layout: {
      title: title ? { text: title } : undefined,
      xaxis: { range: [xInterval[0], xInterval[1]], title: { text: "x₁" }, constrain: "domain" },
      yaxis: { range: [yInterval[0], yInterval[1]], title: { text: "x₂" }, scaleanchor: "x", constrain: "domain" },
      // Below the plot, so it never covers the colour bar.
      legend: { orientation: "h", y: -0.2 },
      height: 520,
    },
    config: { responsive: true, displaylogo: false },
  };
}
