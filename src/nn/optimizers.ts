/**
 * Optimisers update parameter arrays in place from gradient arrays of the same shapes (the order of
 * parameterArrays). They are classes because they carry state between steps: momentum buffers, Adam's moments.
 */
import { unknownNameMessage } from "../util/suggest";

export interface Optimizer {
  readonly learningRate: number;
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void;
}

function checkShapes(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
  if (params.length !== grads.length || params.some((p, i) => p.length !== grads[i].length)) {
    throw new Error(
      `optimizer: gradients [${grads.map((g) => g.length).join(", ")}] do not match parameters [${params.map((p) => p.length).join(", ")}]`,
    );
  }
}

function checkLearningRate(learningRate: number): void {
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new Error(`optimizer: learningRate must be a finite number > 0, got ${learningRate}`);
  }
}

/** torch.optim.SGD: v ← μ·v + g, θ ← θ − η·v (plain gradient descent when μ = 0). */
export class Sgd implements Optimizer {
  private velocities: Float64Array[] | undefined;

  constructor(
    readonly learningRate: number,
    readonly momentum = 0,
  ) {
    checkLearningRate(learningRate);
    if (!(momentum >= 0 && momentum < 1)) throw new Error(`Sgd: momentum must be in [0, 1), got ${momentum}`);
  }

  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    checkShapes(params, grads);
    this.velocities ??= params.map((p) => new Float64Array(p.length));
    params.forEach((param, index) => {
      const grad = grads[index];
      const velocity = (this.velocities as Float64Array[])[index];
      for (let i = 0; i < param.length; i++) {
        velocity[i] = this.momentum * velocity[i] + grad[i];
        param[i] -= this.learningRate * velocity[i];
      }
    });
  }
}

/**
 * torch.optim.Adam (Kingma & Ba 2015): running means of g and g², bias-corrected because both start
 * at zero, then θ ← θ − η·m̂/(√v̂ + ε).
 */
export class Adam implements Optimizer {
  private firstMoments: Float64Array[] | undefined;
  private secondMoments: Float64Array[] | undefined;
  private steps = 0;

  constructor(
    readonly learningRate: number,
    readonly beta1 = 0.9,
    readonly beta2 = 0.999,
    readonly epsilon = 1e-8,
  ) {
    checkLearningRate(learningRate);
    for (const [name, beta] of [
      ["beta1", beta1],
      ["beta2", beta2],
    ] as const) {
      if (!(beta >= 0 && beta < 1)) throw new Error(`Adam: ${name} must be in [0, 1), got ${beta}`);
    }
  }

  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    checkShapes(params, grads);
    this.firstMoments ??= params.map((p) => new Float64Array(p.length));
    this.secondMoments ??= params.map((p) => new Float64Array(p.length));
    this.steps++;
    const firstCorrection = 1 - this.beta1 ** this.steps;
    const secondCorrection = 1 - this.beta2 ** this.steps;
    params.forEach((param, index) => {
      const grad = grads[index];
      const m = (this.firstMoments as Float64Array[])[index];
      const v = (this.secondMoments as Float64Array[])[index];
      for (let i = 0; i < param.length; i++) {
        m[i] = this.beta1 * m[i] + (1 - this.beta1) * grad[i];
        v[i] = this.beta2 * v[i] + (1 - this.beta2) * grad[i] * grad[i];
        param[i] -=
          (this.learningRate * (m[i] / firstCorrection)) / (Math.sqrt(v[i] / secondCorrection) + this.epsilon);
      }
    });
  }
}

export interface OptimizerOptions {
  readonly learningRate: number;
  /** SGD only (default 0). */
  readonly momentum?: number;
}

const optimizerFactories: Readonly<Record<string, (options: OptimizerOptions) => Optimizer>> = {
  sgd: ({ learningRate, momentum }) => new Sgd(learningRate, momentum),
  adam: ({ learningRate }) => new Adam(learningRate),
};

/** An optimiser by name: "sgd" or "adam". */
export function createOptimizer(name: string, options: OptimizerOptions): Optimizer {
  const factory = optimizerFactories[name];
  if (factory === undefined) throw new Error(unknownNameMessage("optimizer", name, Object.keys(optimizerFactories)));
  return factory(options);
}
