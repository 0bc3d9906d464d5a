import { linspace } from "../math/linspace";
/** Evaluating a 2-input model on a regular grid, for decision-boundary plots (Plotly heatmap/contour layout). */
import type { Matrix } from "../linear/matrix";
import { classesFromOutput, predict } from "./forward";
import type { Mlp } from "./mlp";

export interface GridRanges {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

export interface DecisionGridOptions extends GridRanges {
  /** Points per axis (default 80). */
  readonly resolution?: number;
}

export interface GridEvaluation {
  readonly xs: number[];
  readonly ys: number[];
  /** z[i][j] is the value at (xs[j], ys[i]): rows follow y, as Plotly's heatmap expects. */
  readonly z: number[][];
}

/** The inputs' bounding box, widened by `margin` on every side. */
export function dataBounds(inputs: Matrix, margin = 0.5): GridRanges {
  if (inputs.cols !== 2) throw new Error(`dataBounds: needs 2 input columns, got ${inputs.cols}`);
  const extent = (column: number): [number, number] => {
    let low = Infinity;
    let high = -Infinity;
    for (let i = column; i < inputs.data.length; i += 2) {
      low = Math.min(low, inputs.data[i]);
      high = Math.max(high, inputs.data[i]);
    }
    return [low - margin, high + margin];
  };
  return { x: extent(0), y: extent(1) };
}

/**
 * The model on a resolution×resolution grid, in one batched forward pass. With one output column z
 * is the raw output (a logit: the decision boundary is the contour z = 0); with k columns, the class.
 */
export function evaluateGrid(model: Mlp, { x, y, resolution = 80 }: DecisionGridOptions): GridEvaluation {
  if (model.sizes[0] !== 2) throw new Error(`evaluateGrid: the model must take 2 inputs, it takes ${model.sizes[0]}`);
  if (!Number.isInteger(resolution) || resolution < 2) {
    throw new Error(`evaluateGrid: resolution must be an integer ≥ 2, got ${resolution}`);
  }
  const xs = linspace(x[0], x[1], resolution);
  const ys = linspace(y[0], y[1], resolution);
  const points = new Float64Array(2 * resolution * resolution);
  ys.forEach((yValue, i) =>
    xs.forEach((xValue, j) => {
      points[2 * (i * resolution + j)] = xValue;
      points[2 * (i * resolution + j) + 1] = yValue;
    }),
  );
  const output = predict(model, { rows: resolution * resolution, cols: 2, data: points });
  const values = output.cols === 1 ? output.data : classesFromOutput(output);
  const z = ys.map((_, i) => Array.from(values.subarray(i * resolution, (i + 1) * resolution)));
  return { xs, ys, z };
}
