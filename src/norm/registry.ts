/**
 * The normalisations by name, for experiments that swap one for another (the deep-network
 * diagnostics, the notebook's tables). Each entry maps a batch×features matrix to its normalised
 * output at initialisation: γ = 1, β = 0 (and α = 0.5 for DyT).
 */
import type { Matrix } from "../linear/matrix";
import { createRegistry } from "../util/registry";
import { batchNorm } from "./batchNorm";
import { dyt } from "./dyt";
import { layerNorm } from "./layerNorm";
import { rmsNorm } from "./rmsNorm";

export interface Normalization {
  /** torch-style name: batch_norm, layer_norm, rms_norm, dyt. */
  readonly name: string;
  readonly label: string;
  /** Which values one output depends on: the whole batch (a column), one sample (a row), or itself. */
  readonly statisticsOver: "batch" | "row" | "none";
  readonly forward: (input: Matrix) => Matrix;
}

const normalizations: readonly Normalization[] = [
  { name: "batch_norm", label: "BatchNorm", statisticsOver: "batch", forward: (x) => batchNorm(x).output },
  { name: "layer_norm", label: "LayerNorm", statisticsOver: "row", forward: (x) => layerNorm(x).output },
  { name: "rms_norm", label: "RMSNorm", statisticsOver: "row", forward: (x) => rmsNorm(x).output },
  { name: "dyt", label: "DyT (α = 0.5)", statisticsOver: "none", forward: (x) => dyt(x).output },
];

const registry = createRegistry("normalization", normalizations, (entry) => entry.name);

export const normalizationNames = (): string[] => registry.names();
export const normalization = (name: string): Normalization => registry.get(name);
