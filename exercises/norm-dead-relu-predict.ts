// Exercise norm-dead-relu-predict (notebook 09-normalization; predict · ★★☆ · about 5 min).
// Check: `npm run check -- norm-dead-relu-predict`. This header is generated from the bank; edit the code.
// A 50-layer ReLU network with N(0, 1) weights (width 32, batch 32) has about 47% dead units at
// layer 50 (dead: z ≤ 0 on every sample of the batch). Now put LayerNorm on every layer's
// pre-activation, z = LayerNorm(h·W). What is the dead fraction at layer 50? Answer with the
// letter.
//   A: 0: every normalised row has values on both sides of 0, so every unit fires on some
//      sample.
//   B: About as high as without normalisation (tens of percent).
//   C: 100%: LayerNorm's outputs average 0, so ReLU zeroes them all.
//   D: Exactly 50%, because LayerNorm makes half of each row negative.
import { check } from "actlab";

function layerNormDeadPrediction(): string {
  // BEGIN SOLUTION
  return "B"; // LayerNorm balances each sample's row, not each unit's column over the batch
  // END SOLUTION
}

check("norm-dead-relu-predict", layerNormDeadPrediction);
