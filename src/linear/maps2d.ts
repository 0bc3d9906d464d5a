/**
 * The named linear maps of the plane that notebook 01 draws acting on a grid, as data: each has its
 * parameters with defaults and builds its 2×2 matrix. Composition is a matrix product (matmul).
 */
import { fromRows, type Matrix } from "./matrix";
import { createRegistry } from "../util/registry";
import { unknownNameMessage } from "../util/suggest";

export interface LinearMap2d {
  readonly name: string;
  readonly description: string;
  readonly defaults: Readonly<Record<string, number>>;
  matrix(params: Readonly<Record<string, number>>): Matrix;
}

export const linearMaps2d: readonly LinearMap2d[] = [
  {
    name: "scaling",
    description: "stretches x by sx and y by sy",
    defaults: { sx: 2, sy: 0.5 },
    matrix: ({ sx, sy }) => fromRows([[sx, 0], [0, sy]]), // prettier-ignore
  },
  {
    name: "rotation",
    description: "rotates counter-clockwise by angle (radians); keeps lengths and area",
    defaults: { angle: Math.PI / 6 },
    matrix: ({ angle }) => fromRows([[Math.cos(angle), -Math.sin(angle)], [Math.sin(angle), Math.cos(angle)]]), // prettier-ignore
  },
  {
    name: "reflection",
    description: "mirrors across the line through 0 at angle (radians); determinant −1",
    defaults: { angle: Math.PI / 4 },
    matrix: ({ angle }) => fromRows([[Math.cos(2 * angle), Math.sin(2 * angle)], [Math.sin(2 * angle), -Math.cos(2 * angle)]]), // prettier-ignore
  },
  {
    name: "projection",
    description: "projects orthogonally onto the line through 0 at angle (radians); rank 1, P² = P",
    defaults: { angle: 0 },
    matrix: ({ angle }) => {
      const [c, s] = [Math.cos(angle), Math.sin(angle)];
      return fromRows([[c * c, c * s], [c * s, s * s]]); // prettier-ignore
    },
  },
  {
    name: "shear",
    description: "shifts x by k·y; keeps area (determinant 1)",
    defaults: { k: 1 },
    matrix: ({ k }) => fromRows([[1, k], [0, 1]]), // prettier-ignore
  },
];

const maps = createRegistry("linear map", linearMaps2d, (map) => map.name);

/** The 2×2 matrix of a named map, e.g. linearMap2d("rotation", { angle: Math.PI / 2 }). */
export function linearMap2d(name: string, params: Readonly<Record<string, number>> = {}): Matrix {
  const map = maps.get(name);
  for (const key of Object.keys(params)) {
    if (!(key in map.defaults))
      throw new Error(unknownNameMessage(`parameter of ${name}`, key, Object.keys(map.defaults), "valid"));
  }
  return map.matrix({ ...map.defaults, ...params });
}
