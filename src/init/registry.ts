/**
 * Named init schemes as data, so a notebook can loop over them:
 * `for (const name of ["standard_normal", "small_normal", "xavier_normal", "he_lecun"]) …`.
 * A scheme is a standard deviation (which may depend on the layer's fans and activation) and a
 * distribution; `initWeights` draws the fanIn×fanOut matrix.
 */
import type { Matrix } from "../linear/matrix";
import type { Rng } from "../numerics/random";
import { createRegistry } from "../util/registry";
import { calculateGain, hasGain } from "./gain";
import { normalInit, uniformInit, xavierStd } from "./schemes";

/** The layer an init is drawn for: its fans and the activation that follows it. */
export interface InitLayer {
  readonly fanIn: number;
  readonly fanOut: number;
  readonly activation: string;
  readonly activationParams?: Readonly<Record<string, unknown>>;
}

export interface InitScheme {
  readonly name: string;
  /** A short label for plot legends, e.g. "0.01·N(0,1)". */
  readonly label: string;
  readonly description: string;
  readonly distribution: "normal" | "uniform";
  std(layer: InitLayer): number;
}

/**
 * The gain calculateGain gives the activation after the layer. Activations outside PyTorch's table
 * (GELU, SiLU, ELU, Mish, …) behave like ReLU for large |z| and get ReLU's √2, the usual practice.
 */
export function activationGain(activation: string, params: Readonly<Record<string, unknown>> = {}): number {
  if (activation === "leaky_relu") {
    const slope = params.negative_slope;
    return calculateGain("leaky_relu", typeof slope === "number" ? slope : undefined);
  }
  return hasGain(activation) ? calculateGain(activation) : Math.SQRT2;
}

const heStd = (layer: InitLayer): number =>
  activationGain(layer.activation, layer.activationParams) / Math.sqrt(layer.fanIn);
const lecunStd = (layer: InitLayer): number => 1 / Math.sqrt(layer.fanIn);

export const initSchemes: readonly InitScheme[] = [
  {
    name: "standard_normal",
    label: "N(0,1)",
    description: "Unscaled N(0, 1): activations grow like √fanIn per layer (or saturate).",
    distribution: "normal",
    std: () => 1,
  },
  {
    name: "small_normal",
    label: "0.01·N(0,1)",
    description: "0.01·N(0, 1), the old 'small random numbers' advice: activations shrink towards 0 layer by layer.",
    distribution: "normal",
    std: () => 0.01,
  },
  {
    name: "xavier_normal",
    label: "Xavier",
    description: "Glorot & Bengio 2010 with gain 1 (PyTorch's default): Var(w) = 2/(fanIn + fanOut).",
    distribution: "normal",
    std: (layer) => xavierStd(layer.fanIn, layer.fanOut),
  },
  {
    name: "xavier_uniform",
    label: "Xavier (uniform)",
    description: "Glorot & Bengio 2010 with gain 1: U(−b, b), b = √(6/(fanIn + fanOut)).",
    distribution: "uniform",
    std: (layer) => xavierStd(layer.fanIn, layer.fanOut),
  },
  {
    name: "kaiming_normal",
    label: "He",
    description: "He et al. 2015, fan_in mode: std = gain/√fanIn with the activation's gain (√2 for ReLU).",
    distribution: "normal",
    std: heStd,
  },
  {
    name: "kaiming_uniform",
    label: "He (uniform)",
    description: "He et al. 2015, fan_in mode, uniform: b = √3·gain/√fanIn.",
    distribution: "uniform",
    std: heStd,
  },
  {
    name: "lecun_normal",
    label: "LeCun",
    description: "LeCun et al. 1998: Var(w) = 1/fanIn, the init the SELU paper requires.",
    distribution: "normal",
    std: lecunStd,
  },
  {
    name: "he_lecun",
    label: "He/LeCun",
    description:
      "The variance-preserving choice per activation: LeCun for SELU (as its paper), He with the activation's gain otherwise.",
    distribution: "normal",
    std: (layer) => (layer.activation === "selu" ? lecunStd(layer) : heStd(layer)),
  },
];

const registry = createRegistry("init scheme", initSchemes, (entry) => entry.name);

export function initSchemeNames(): string[] {
  return registry.names();
}

/** A scheme by name, or the scheme itself (so callers can pass their own). */
export function initScheme(scheme: string | InitScheme): InitScheme {
  return typeof scheme === "string" ? registry.get(scheme) : scheme;
}

/** Draws a fanIn×fanOut weight matrix for `layer` from the scheme. */
export function initWeights(scheme: string | InitScheme, layer: InitLayer, rng: Rng): Matrix {
  const resolved = initScheme(scheme);
  const std = resolved.std(layer);
  return resolved.distribution === "normal"
    ? normalInit(layer.fanIn, layer.fanOut, std, rng)
    : uniformInit(layer.fanIn, layer.fanOut, Math.sqrt(3) * std, rng);
}
