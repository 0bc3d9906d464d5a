import { linspace } from "../math/linspace";
/**
 * Points to watch a map act on: a square grid of points, or the grid's lines sampled densely (a
 * linear map sends lines to lines; a nonlinear one bends them). Points are the rows of a matrix.
 */
import { matmul, matrix, transpose, type Matrix } from "./matrix";

export interface GridOptions {
  /** The square is [min, max]² (default [−1, 1]²). */
  readonly min?: number;
  readonly max?: number;
  /** Points per side (gridPoints) or lines per direction (gridLines); default 11. */
  readonly steps?: number;
  /** Points along each line (gridLines only); default 50. */
  readonly samplesPerLine?: number;
}

/** steps² points of the square, row by row, as a (steps²)×2 matrix of (x, y) rows. */
export function gridPoints({ min = -1, max = 1, steps = 11 }: GridOptions = {}): Matrix {
  const ticks = linspace(min, max, steps);
  return matrix(
    steps * steps,
    2,
    ticks.flatMap((y) => ticks.flatMap((x) => [x, y])),
  );
}

/** The grid's horizontal then vertical lines, each a samplesPerLine×2 matrix of points along it. */
export function gridLines({ min = -1, max = 1, steps = 11, samplesPerLine = 50 }: GridOptions = {}): Matrix[] {
  const ticks = linspace(min, max, steps);
  const along = linspace(min, max, samplesPerLine);
  const horizontal = ticks.map((y) =>
    matrix(
      samplesPerLine,
      2,
      along.flatMap((x) => [x, y]),
    ),
  );
  const vertical = ticks.map((x) =>
    matrix(
      samplesPerLine,
      2,
      along.flatMap((y) => [x, y]),
    ),
  );
  return [...horizontal, ...vertical];
}

/** Applies the linear map A to every row p of `points`: rows become (A·p)ᵀ, i.e. points·Aᵀ. */
export function transformPoints(map: Matrix, points: Matrix): Matrix {
  if (map.cols !== points.cols) {
    throw new Error(`transformPoints: map takes ${map.cols}-vectors but points have ${points.cols} coordinates`);
  }
  return matmul(points, transpose(map));
}
