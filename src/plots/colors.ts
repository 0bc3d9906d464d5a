/**
 * One colour per activation for the whole course, so "GELU is orange" holds in every notebook.
 * Families share a hue (ReLU variants blue, sigmoid-gated smooth ones orange to red, the
 * exponential-linear ones green), and every colour is dark enough to read on white.
 */
const activationColors: Readonly<Record<string, string>> = {
  relu: "#1f77b4",
  leaky_relu: "#17becf",
  prelu: "#0b3d91",
  relu6: "#5b9bd5",
  elu: "#2ca02c",
  selu: "#006d2c",
  celu: "#74c476",
  gelu: "#ff7f0e",
  quick_gelu: "#c85200",
  silu: "#d62728",
  swish: "#a50f15",
  mish: "#9467bd",
  hardswish: "#e377c2",
  hardsigmoid: "#bcbd22",
  hardtanh: "#8c564b",
  softplus: "#637939",
  softsign: "#843c39",
  sigmoid: "#7b4173",
  tanh: "#e7a712",
  logsigmoid: "#ce6dbd",
  tanhshrink: "#393b79",
  softshrink: "#8ca252",
  hardshrink: "#bd9e39",
  identity: "#7f7f7f",
};

/** Colours for series that are not activations (layers, classes, runs), in order. */
export const seriesColors: readonly string[] = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
];

/** The i-th series colour, cycling. */
export function seriesColor(index: number): string {
  return seriesColors[((index % seriesColors.length) + seriesColors.length) % seriesColors.length];
}

/**
 * The course-wide colour of an activation, by its registry name. A name without an assigned colour
 * (a learner's own function in an exercise) gets a stable series colour derived from its letters.
 */
export function activationColor(name: string): string {
  // hasOwn, not a plain lookup: "constructor" or "__proto__" must not find Object.prototype's.
  if (Object.hasOwn(activationColors, name)) return activationColors[name];
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return seriesColor(hash);
}

/** The names that have an assigned colour (for a test that every registered activation has one). */
export function coloredActivationNames(): string[] {
  return Object.keys(activationColors);
}
