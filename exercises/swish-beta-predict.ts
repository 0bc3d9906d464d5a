// Exercise swish-beta-predict (notebook 04-smooth-gates; predict · ★★☆ · about 4 min).
// Check: `npm run check -- swish-beta-predict`. This header is generated from the bank; edit the code.
// The cell below trains a [1, 8, 1] network whose hidden layer is x·σ(βx) with β learned beside
// the weights: β starts at 1 (SiLU), 1500 full-batch Adam steps at learning rate 0.02 (seed 1), 64
// points of y = x² on [−2, 2]. Where is β at the end? Answer with the letter before running the
// training.
//   A: Above 2: the gate sharpens towards ReLU, whose kink fits the parabola's bottom.
//   B: Below 0.5: a flatter gate makes each unit nearly x/2 + βx²/4, a parabola already.
//   C: Between 0.9 and 1.1: β only rescales what the weights can rescale, so it barely moves.
//   D: Below 0: a negative β flips the gate, and x² is symmetric.
import { check } from "actlab";

function betaPrediction(): string {
  // BEGIN SOLUTION
  return "B"; // near β = 0 each unit is x/2 + βx²/4: already a parabola
  // END SOLUTION
}

check("swish-beta-predict", betaPrediction);
