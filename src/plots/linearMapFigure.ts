import { activation } from "../activations/activation";
import type { Matrix } from "../linear/matrix";
import { linspace } from "../math/linspace";
import type { Figure, ScatterTrace } from "./types";

export interface LinearMapOptions {
  /** The grid spans [-extent, extent]² (default 2). */
  extent?: number;
  /** Grid lines per direction (default 9). */
  lines?: number;
  /** Apply this activation after the map, to show how a nonlinearity bends the grid. */
  activation?: string;
  title?: string;
}

/** A matrix entry for a title: 3 significant digits (a rotation's 0.8660254… reads as 0.866). */
const short = (value: number): string => String(Number(value.toPrecision(3)));

/** A 2×2 matrix's entries [a, b, c, d] of [[a, b], [c, d]], from a Matrix or nested arrays. */
function entries2x2(map: Matrix | readonly (readonly number[])[]): [number, number, number, number] {
  const flat =
    "data" in map ? (map.rows === 2 && map.cols === 2 ? Array.from(map.data) : []) : map.length === 2 ? map.flat() : [];
  if (flat.length !== 4)
    throw new Error("linearMapFigure: expected a 2×2 matrix, e.g. [[1, 1], [0, 1]] or linearMap2d('shear')");
  return flat as [number, number, number, number];
}

/**
 * A 2×2 matrix acting on a grid of the plane: the original grid in light grey, its image in colour
 * (horizontal lines blue, vertical lines orange), and the images of e₁ and e₂. Two linear maps in a
 * row give another straight grid: the picture of why stacking linear layers collapses to one.
 *
 * @example show(linearMapFigure([[1, 1], [0, 1]], { title: "shear" }))
 * @example show(linearMapFigure(w, { activation: "relu" }))
 */
export function linearMapFigure(
  map: Matrix | readonly (readonly number[])[],
  { extent = 2, lines = 9, activation: activationName, title }: LinearMapOptions = {},
): Figure {
  const [a, b, c, d] = entries2x2(map);
  const bend = activationName === undefined ? (v: number) => v : activation(activationName).f;
  const apply = (x: number, y: number): [number, number] => [bend(a * x + b * y), bend(c * x + d * y)];
  const levels = linspace(-extent, extent, lines);
  const along = linspace(-extent, extent, 41); // enough points that bent lines look smooth
  const gridLine = (points: [number, number][], color: string, name: string, showlegend: boolean): ScatterTrace => ({
    type: "scatter",
    mode: "lines",
    x: points.map((p) => p[0]),
    y: points.map((p) => p[1]),
    line: { color, width: 1.5 },
    name,
    legendgroup: name,
    showlegend,
    hovertemplate: "(%{x:.2f}, %{y:.2f})<extra></extra>",
  });
  const before = levels.flatMap((level, i) => [
    gridLine(
      along.map((t) => [t, level]),
      "#d0d0d0",
      "grid",
      i === 0,
    ),
    gridLine(
      along.map((t) => [level, t]),
      "#d0d0d0",
      "grid",
      false,
    ),
  ]);
  const after = levels.flatMap((level, i) => [
    gridLine(
      along.map((t) => apply(t, level)),
      "#1f77b4",
      "image of horizontal lines",
      i === 0,
    ),
    gridLine(
      along.map((t) => apply(level, t)),
      "#ff7f0e",
      "image of vertical lines",
      i === 0,
    ),
  ]);
  const image = (vector: string): string => (activationName ? `${activationName}(A·${vector})` : `A·${vector}`);
  const basis = (
    [
      [1, 0, "e₁"],
      [0, 1, "e₂"],
    ] as const
  ).map(([x, y, vector]): ScatterTrace => {
    const [u, v] = apply(x, y);
    // A marker only at the arrow's head: size 0 at the origin.
    return {
      type: "scatter",
      mode: "lines+markers",
      name: image(vector),
      x: [0, u],
      y: [0, v],
      line: { color: "#222", width: 3 },
      marker: { size: [0, 9], color: "#222" },
    };
  });
  const matrixText = `[[${[a, b].map(short).join(", ")}], [${[c, d].map(short).join(", ")}]]`;
  return {
    data: [...before, ...after, ...basis],
    layout: {
      title: { text: title ?? (activationName ? `A = ${matrixText}, then ${activationName}` : `A = ${matrixText}`) },
      xaxis: { zeroline: true, scaleanchor: "y" },
      yaxis: { zeroline: true },
      hovermode: "closest",
      height: 520,
    },
    config: { responsive: true, displaylogo: false },
  };
}
