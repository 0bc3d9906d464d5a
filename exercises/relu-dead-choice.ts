// Exercise relu-dead-choice (notebook 03-relu-family; choose · ★☆☆ · about 3 min).
// Check: `npm run check -- relu-dead-choice`. This header is generated from the bank; edit the code.
// A ReLU unit outputs 0 on 60% of the training examples and a positive value on the other 40%.
// Which statement is true? Answer with the letter.
//   A: It is a dead neuron: its weights get no gradient any more.
//   B: It is sparse, not dead: its weights get gradient from the 40% of examples where it is
//      active.
//   C: It gets gradient from all examples, because ReLU′(0) = 1.
//   D: It is dead on 60% of the examples, so its weights learn 60% slower than a linear unit's,
//      with no other effect.
import { check } from "actlab";

function reluDeadChoice(): string {
  // BEGIN SOLUTION
  return "B"; // dead means ReLU′(z) = 0 on every example; here 40% still pass gradient
  // END SOLUTION
}

check("relu-dead-choice", reluDeadChoice);
