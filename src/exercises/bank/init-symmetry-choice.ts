import type { Exercise } from "../types";

export const symmetryChoice: Exercise = {
  id: "init-symmetry-choice",
  kind: "choice",
  notebook: "07-init-variance",
  title: "What equal initial weights become",
  statement:
    "A 2 → 16 → 1 tanh network starts with every weight equal to 0.3 and every bias 0, and is trained on two moons with Adam for 40 epochs (mini-batches of 20, learning rate 0.02). Afterwards, how many different hidden units does it have (units whose incoming weights, bias and outgoing weight are not all equal)? Choose, and be ready to justify it.",
  thinking: "choose",
  difficulty: 2,
  minutes: 5,
  placeAfter: "## Why the weights cannot start equal",
  points: 1,
  starter: 'const equalInitUnits = (): string => "…"',
  options: {
    A: "16: the inputs differ from sample to sample, so the units' gradients differ",
    B: "1: all sixteen stay identical",
    C: "2: tanh is odd, so the units split into a +w group and a −w group",
    D: "16 once the learning rate is large enough (say 0.5), 1 at 0.02",
  },
  // BEGIN SOLUTION
  reference: "B",
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "different inputs, different gradients",
      answer: "A",
      hint: "every unit sees the same input x with the same weights, so all of them compute the same z and get the same δ on every sample: the gradients agree entry by entry",
    },
    {
      name: "odd symmetry splits the units",
      answer: "C",
      hint: "nothing distinguishes unit j from unit k at the start, and equal parameters get equal gradients, so no step can send them different ways",
    },
    {
      name: "a large step breaks the tie",
      answer: "D",
      hint: "the step size scales every unit's update by the same factor; equal updates of equal parameters leave them equal at any learning rate",
    },
  ],
};
