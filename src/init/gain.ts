import { createRegistry } from "../util/registry";

/**
 * One row of torch.nn.init.calculate_gain's table: the factor by which an init's standard deviation
 * is multiplied so that a layer followed by this nonlinearity keeps its activations' scale. Some
 * rows follow from a variance calculation; others are choices PyTorch made, and `origin` says which.
 */
export interface GainEntry {
  readonly nonlinearity: string;
  /** `param` is used by leaky_relu only (its negative slope; PyTorch's default is 0.01). */
  gain(param?: number): number;
  readonly origin: "derived" | "convention";
  readonly reason: string;
}

const LEAKY_RELU_DEFAULT_SLOPE = 0.01;

const linearGain = (nonlinearity: string): GainEntry => ({
  nonlinearity,
  gain: () => 1,
  origin: "derived",
  reason:
    "No nonlinearity: Var(y) = fanIn·Var(w)·Var(x), so Var(w) = 1/fanIn keeps Var(y) = Var(x) (LeCun et al. 1998).",
});

export const gainTable: readonly GainEntry[] = [
  ...[
    "linear",
    "identity",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
  ].map(linearGain),
  {
    nonlinearity: "sigmoid",
    gain: () => 1,
    origin: "convention",
    reason:
      "PyTorch's choice. σ is not zero-centred and its slope at 0 is 1/4, so no single gain keeps the variance; 1 is simply the linear value.",
  },
  {
    nonlinearity: "tanh",
    gain: () => 5 / 3,
    origin: "convention",
    reason:
      "An empirical constant with no published derivation: tanh squashes unit-variance inputs (E[tanh(z)²] < 1), and 5/3 roughly compensates so that deep tanh stacks neither shrink nor saturate.",
  },
  {
    nonlinearity: "relu",
    gain: () => Math.SQRT2,
    origin: "derived",
    reason:
      "E[relu(z)²] = Var(z)/2 for symmetric z, so Var(w) = 2/fanIn keeps the second moment (He et al. 2015, eq. 10).",
  },
  {
    nonlinearity: "leaky_relu",
    gain: (negativeSlope = LEAKY_RELU_DEFAULT_SLOPE) => Math.sqrt(2 / (1 + negativeSlope ** 2)),
    origin: "derived",
    reason:
      "E[leaky_relu(z)²] = (1 + a²)·Var(z)/2 for symmetric z, hence √(2/(1 + a²)) (He et al. 2015, PReLU analysis).",
  },
  {
    nonlinearity: "selu",
    gain: () => 3 / 4,
    origin: "convention",
    reason:
      "PyTorch's choice for gradient stability in non-square layers. The SELU paper uses LeCun init (gain 1, i.e. nonlinearity 'linear'), which is what makes mean 0 / variance 1 a fixed point; PyTorch's docs say so too.",
  },
];

const registry = createRegistry("nonlinearity for calculateGain", gainTable, (entry) => entry.nonlinearity);

/** Whether calculateGain knows this nonlinearity. */
export function hasGain(nonlinearity: string): boolean {
  return registry.has(nonlinearity);
}

/** torch.nn.init.calculate_gain(nonlinearity, param): `calculateGain("tanh") === 5 / 3`. */
export function calculateGain(nonlinearity: string, param?: number): number {
  const entry = registry.get(nonlinearity);
  if (param !== undefined && !Number.isFinite(param)) {
    throw new Error(`calculateGain: param must be a finite number (leaky_relu's negative slope), got ${param}`);
  }
  return entry.gain(param);
}

/** The table row for a nonlinearity, with whether its gain is derived or a convention, and why. */
export function gainEntry(nonlinearity: string): GainEntry {
  return registry.get(nonlinearity);
}
