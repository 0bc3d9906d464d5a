import type { Exercise } from "../types";

// The colleague's code computes every entry from the exponentials by the quotient rule. Each
// mistake below keeps that shape and differs from the fix in one choice: which exponentials
// (raw or shifted by the max), the sign of the δᵢⱼ·eᵢ·S term, and the sign of the eᵢeⱼ term on
// and off the diagonal.
interface Choices {
  readonly shifted: boolean;
  readonly deltaSign: 1 | -1;
  readonly diagonalProductSign: 1 | -1;
  readonly offDiagonalProductSign: 1 | -1;
}

const quotientRuleJacobian =
  ({ shifted, deltaSign, diagonalProductSign, offDiagonalProductSign }: Choices) =>
  (logits: number[]): number[][] => {
    const largest = shifted ? Math.max(...logits) : 0;
    const e = logits.map((x) => Math.exp(x - largest));
    const total = e.reduce((sum, ei) => sum + ei, 0);
    return e.map((ei, i) =>
      e.map((ej, j) => {
        const productSign = i === j ? diagonalProductSign : offDiagonalProductSign;
        return (deltaSign * (i === j ? ei : 0) * total + productSign * ei * ej) / (total * total);
      }),
    );
  };

const fixed: Choices = { shifted: true, deltaSign: 1, diagonalProductSign: -1, offDiagonalProductSign: -1 };

export const softmaxJacobianDebug: Exercise = {
  id: "softmax-jacobian-debug",
  kind: "function",
  notebook: "05-softmax",
  title: "Debug: a softmax Jacobian from the quotient rule",
  statement: [
    "A colleague wrote the Jacobian straight from the quotient rule, ∂(eᵢ/S)/∂xⱼ with S = Σₖ eₖ:",
    "",
    "```ts",
    "function brokenJacobian(logits: number[]): number[][] {",
    "  const e = logits.map((x) => Math.exp(x));",
    "  const S = e.reduce((sum, ei) => sum + ei, 0);",
    "  return e.map((ei, i) => e.map((ej, j) => ((i === j ? ei : 0) * S + ei * ej) / (S * S)));",
    "}",
    "```",
    "",
    "At x = [1, 2, 3] its rows sum to [0.18, 0.49, 1.33], and at x = [1000, 1000.5, 999] every entry is NaN.",
    "Find every fault and return a fixed version, keeping the quotient-rule form or not, correct for logits as large as 1000.",
    "The core's `softmaxJacobian` is off limits.",
  ].join("\n"),
  thinking: "debug",
  difficulty: 2,
  minutes: 8,
  forbids: ["softmaxJacobian", "softmaxVjp", "numericJacobian"],
  placeAfter: "positive semi-definite and singular, as derived",
  points: 2,
  starter: "function fixedJacobian(logits: number[]): number[][]",
  // BEGIN SOLUTION
  reference: quotientRuleJacobian(fixed),
  // END SOLUTION
  publicCases: [[[1, 2, 3]], [[1000, 1000.5, 999]], [[0, 0]]],
  // BEGIN HIDDEN
  hiddenCases: [[[0.4375, -1.8125, 2.0625, 0.9375]], [[-1000, 0, 3]], [[2.5]]],
  // END HIDDEN
  mistakes: [
    {
      name: "the broken code unchanged",
      answer: quotientRuleJacobian({ ...fixed, shifted: false, diagonalProductSign: 1, offDiagonalProductSign: 1 }),
      hint: "two faults are still there: the quotient rule is (f′g − fg′)/g², and what is Math.exp(1000)?",
    },
    {
      name: "overflow fixed, sign not: diag(y) + yyᵀ",
      answer: quotientRuleJacobian({ ...fixed, diagonalProductSign: 1, offDiagonalProductSign: 1 }),
      hint: "finite now, but this is diag(y) + yyᵀ: in (f′g − fg′)/g² the eᵢeⱼ term is subtracted, and then each row sums to 0",
    },
    {
      name: "sign fixed, overflow not",
      answer: quotientRuleJacobian({ ...fixed, shifted: false }),
      hint: "the signs are right, but Math.exp(1000) is Infinity and ∞/∞ is NaN: subtract max(x) from every logit first (a shift changes neither y nor J)",
    },
    {
      name: "only the off-diagonal sign fixed",
      answer: quotientRuleJacobian({ ...fixed, diagonalProductSign: 1 }),
      hint: "on the diagonal the product term is eᵢ·eᵢ and is subtracted too: Jᵢᵢ must be yᵢ − yᵢ², not yᵢ + yᵢ²",
    },
    {
      name: "every sign flipped: yyᵀ − diag(y)",
      answer: quotientRuleJacobian({ ...fixed, deltaSign: -1, diagonalProductSign: 1, offDiagonalProductSign: 1 }),
      hint: "now the diagonal is negative, but raising xᵢ must raise yᵢ: only the sign of the eᵢeⱼ term was wrong",
    },
  ],
};
