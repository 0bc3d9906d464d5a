/**
 * Parameter counts of the feed-forward blocks, and Shazeer's (2020, §2) hidden-size rule: a GLU block
 * has three d×d_ff matrices where the FFN has two, so to keep the count equal its hidden size is
 * 2/3 of the FFN's. With the usual d_ff = 4d: 3·d·(2/3·4d) = 8d² = 2·d·4d.
 */

export interface BlockSize {
  readonly dModel: number;
  readonly dHidden: number;
  /** Count the biases (default true: b₁, b₂ for the FFN; b, c for GLU, which has no output bias). */
  readonly bias?: boolean;
}

function checkSize({ dModel, dHidden }: BlockSize): void {
  if (!(Number.isInteger(dModel) && Number.isInteger(dHidden) && dModel > 0 && dHidden > 0)) {
    throw new Error(`block size: dModel and dHidden must be positive integers, got ${dModel} and ${dHidden}`);
  }
}

/** W₁ (d×d_ff) + W₂ (d_ff×d), plus b₁ (d_ff) and b₂ (d). */
export function feedForwardParamCount(size: BlockSize): number {
  checkSize(size);
  const { dModel, dHidden, bias = true } = size;
  return 2 * dModel * dHidden + (bias ? dHidden + dModel : 0);
}

/** W and V (d×d_ff each) + W₂ (d_ff×d), plus b and c (d_ff each). */
export function gluParamCount(size: BlockSize): number {
  checkSize(size);
  const { dModel, dHidden, bias = true } = size;
  return 3 * dModel * dHidden + (bias ? 2 * dHidden : 0);
}

/**
 * The GLU hidden size with the same weight count as an FFN of hidden size `ffnHidden` (default 4·dModel):
 * 2/3·ffnHidden, e.g. 2048 for the paper's d = 768, d_ff = 3072. Not rounded: models round it
 * (LLaMA up to a multiple of 256), which changes the count slightly.
 */
export function gluHiddenSizeMatchingFfn(dModel: number, ffnHidden = 4 * dModel): number {
  return (2 * ffnHidden) / 3;
}
