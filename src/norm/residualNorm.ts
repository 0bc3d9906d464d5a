/**
 * Where LayerNorm goes in a residual block (Xiong et al., "On Layer Normalization in the Transformer
 * Architecture", ICML 2020), with the Transformer's feed-forward block F as the branch:
 *   post-norm (the original Transformer):  h_{l+1} = LN(h_l + F(h_l))
 *   pre-norm (GPT-2 and later):            h_{l+1} = h_l + F(LN(h_l)),  and one LN after the last block
 * Backward, with g = ∂L/∂h_{l+1}:
 *   post-norm:  s = h + F(h),  ∂L/∂s = LN′ᵀg,  ∂L/∂h = ∂L/∂s + F′ᵀ∂L/∂s  (every path crosses an LN)
 *   pre-norm:   ∂L/∂h = g + LN′ᵀ(F′ᵀg)  (the identity path carries g down untouched)
 * LayerNorm here has γ = 1, β = 0, its values at initialisation.
 */
import {
  feedForward,
  feedForwardBackward,
  randomFeedForwardParams,
  type FeedForwardParams,
} from "../blocks/feedForward";
import { globalNorm } from "../nn/clip";
import type { Matrix } from "../linear/matrix";
import { createRng } from "../numerics/random";
import { layerNorm, layerNormBackward, type LayerNormResult } from "./layerNorm";

export type NormPlacement = "pre" | "post";

export interface ResidualNormStack {
  readonly placement: NormPlacement;
  readonly blocks: readonly FeedForwardParams[];
  readonly activation: string;
}

export interface ResidualNormCache {
  /** h_l, the input of each block. */
  readonly blockInputs: readonly Matrix[];
  /** The LayerNorm of each block (pre: of h_l; post: of h_l + F(h_l)), then pre-norm's final one. */
  readonly norms: readonly LayerNormResult[];
}

const add = (a: Matrix, b: Matrix): Matrix => ({ ...a, data: a.data.map((v, i) => v + b.data[i]) });

function checkPlacement(placement: string): void {
  if (placement !== "pre" && placement !== "post")
    throw new Error(`residual norm stack: placement must be "pre" or "post", got '${placement}'`);
}

export function residualNormForward(
  stack: ResidualNormStack,
  input: Matrix,
): { output: Matrix; cache: ResidualNormCache } {
  checkPlacement(stack.placement);
  const blockInputs: Matrix[] = [];
  const norms: LayerNormResult[] = [];
  let hidden = input;
  for (const block of stack.blocks) {
    blockInputs.push(hidden);
    if (stack.placement === "pre") {
      const normed = layerNorm(hidden);
      norms.push(normed);
      hidden = add(hidden, feedForward(block, normed.output, stack.activation));
    } else {
      const normed = layerNorm(add(hidden, feedForward(block, hidden, stack.activation)));
      norms.push(normed);
      hidden = normed.output;
    }
  }
  if (stack.placement === "pre") {
    const final = layerNorm(hidden);
    norms.push(final);
    hidden = final.output;
  }
  return { output: hidden, cache: { blockInputs, norms } };
}

export interface ResidualNormGradients {
  /** ∂L/∂h_l for each block's input (index 0 is the stack's input). */
  readonly gradWrtBlockInputs: readonly Matrix[];
  /** ‖∂L/∂W₁‖ and ‖∂L/∂W₂‖ together, per block. */
  readonly weightGradNorms: readonly number[];
}

export function residualNormBackward(
  stack: ResidualNormStack,
  cache: ResidualNormCache,
  gradOutput: Matrix,
): ResidualNormGradients {
  const depth = stack.blocks.length;
  const gradWrtBlockInputs: Matrix[] = new Array(depth);
  const weightGradNorms: number[] = new Array(depth);
  let grad = stack.placement === "pre" ? layerNormBackward(cache.norms[depth], gradOutput).gradInput : gradOutput;
  for (let l = depth - 1; l >= 0; l--) {
    const block = stack.blocks[l];
    if (stack.placement === "pre") {
      const branch = feedForwardBackward(block, cache.norms[l].output, grad, stack.activation);
      weightGradNorms[l] = globalNorm([branch.w1.data, branch.w2.data]);
      grad = add(grad, layerNormBackward(cache.norms[l], branch.x).gradInput);
    } else {
      const gradSum = layerNormBackward(cache.norms[l], grad).gradInput;
      const branch = feedForwardBackward(block, cache.blockInputs[l], gradSum, stack.activation);
      weightGradNorms[l] = globalNorm([branch.w1.data, branch.w2.data]);
      grad = add(gradSum, branch.x);
    }
    gradWrtBlockInputs[l] = grad;
  }
  return { gradWrtBlockInputs, weightGradNorms };
}

export interface ResidualNormOptions {
  readonly placement: NormPlacement;
  /** Blocks (default 24). */
  readonly depth?: number;
  /** Model width d (default 32); the branch is d → 2d → d. */
  readonly width?: number;
  readonly batch?: number;
  readonly activation?: string;
  readonly seed?: number;
}

export interface ResidualBlockGradient {
  /** 1 for the block nearest the input. */
  readonly block: number;
  /** RMS of ∂L/∂h at the block's input. */
  readonly gradWrtInputRms: number;
  readonly weightGradNorm: number;
}

/**
 * A random stack at initialisation (LeCun-scaled branch weights, N(0, 1) inputs), an N(0, 1)
 * gradient sent down from the top, and the gradient sizes per block.
 */
export function residualNormGradients(options: ResidualNormOptions): ResidualBlockGradient[] {
  const { placement, depth = 24, width = 32, batch = 16, activation = "relu", seed = 0 } = options;
  const rng = createRng(seed);
  const blocks = Array.from({ length: depth }, () => randomFeedForwardParams(rng, width, 2 * width));
  const stack = { placement, blocks, activation };
  const input: Matrix = { rows: batch, cols: width, data: rng.normals(batch * width) };
  const { output, cache } = residualNormForward(stack, input);
  const gradients = residualNormBackward(stack, cache, { ...output, data: rng.normals(output.data.length) });
  return gradients.gradWrtBlockInputs.map((grad, l) => ({
    block: l + 1,
    gradWrtInputRms: globalNorm([grad.data]) / Math.sqrt(grad.data.length),
    weightGradNorm: gradients.weightGradNorms[l],
  }));
}
