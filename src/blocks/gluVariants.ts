/**
 * The gated linear units of Shazeer 2020, "GLU Variants Improve Transformer" (arXiv:2002.05202), as data.
 * Convention (the paper's eqs. 1–2 and 5): the ACTIVATION IS ON THE FIRST PROJECTION, xW + b, and the
 * second, xV + c, is the linear "value":  GLU(x) = act(xW + b) ⊗ (xV + c),  FFN_GLU(x) = GLU(x)·W₂.
 * Dauphin et al. 2017 (who introduced GLU) and torch.nn.functional.glu(a‖b) = a ⊗ σ(b) gate the other
 * half instead; the two are the same family with W and V swapped.
 */

export interface GluVariant {
  readonly name: string;
  /** The core activation (see `activation(name)`) applied to xW + b. */
  readonly activation: string;
  readonly activationParams?: Readonly<Record<string, unknown>>;
  readonly latex: string;
  readonly source: string;
}

export const gluVariants: readonly GluVariant[] = [
  {
    name: "glu",
    activation: "sigmoid",
    latex: String.raw`\sigma(xW + b) \otimes (xV + c)`,
    source: "Dauphin, Fan, Auli & Grangier 2017; Shazeer 2020 eq. 1",
  },
  {
    name: "bilinear",
    activation: "identity",
    latex: String.raw`(xW + b) \otimes (xV + c)`,
    source: "Mnih & Hinton 2007; Shazeer 2020 eq. 1",
  },
  {
    name: "reglu",
    activation: "relu",
    latex: String.raw`\max(0, xW + b) \otimes (xV + c)`,
    source: "Shazeer 2020 eq. 1",
  },
  {
    name: "geglu",
    activation: "gelu",
    latex: String.raw`\mathrm{GELU}(xW + b) \otimes (xV + c)`,
    source: "Shazeer 2020 eq. 1",
  },
  {
    name: "swiglu",
    // Shazeer's Swish_β with β = 1, i.e. SiLU (what LLaMA and PaLM use).
    activation: "silu",
    latex: String.raw`\mathrm{Swish}_1(xW + b) \otimes (xV + c)`,
    source: "Shazeer 2020 eq. 1; Ramachandran, Zoph & Le 2017 for Swish",
  },
];
