// Exercise sigmoid-tanh-saturation-predict (notebook 02-sigmoid-tanh; predict · ★★☆ · about 4 min).
// Check: `npm run check -- sigmoid-tanh-saturation-predict`. This header is generated from the bank; edit the code.
// Now one absolute threshold for both: a unit is flat where its slope is below 0.01. A sigmoid
// unit and a tanh unit both receive z ~ N(0, 9). Which of the two is flat on the larger share of
// its inputs? Commit to a letter; the cell after the check measures both shares. Hint: section 4's
// tanh′(x) = 4σ′(2x).
//   A: σ: its slope is at most ¼, four times less than tanh's, so it drops below 0.01 sooner
//   B: tanh: its slope drops below 0.01 at a smaller |z| than σ′ does
//   C: neither: both are S-shaped, so the shares are the same
//   D: no difference worth the name: with standard deviation 3, hardly any z reaches a flat zone
import { check } from "actlab";

function flatterUnit(): string {
  // BEGIN SOLUTION
  // tanh′(x) = 4σ′(2x) < 0.01 ⇔ σ′(2x) < 0.0025 ⇔ |x| > 5.99/2 ≈ 2.99, nearer 0 than σ′'s 4.59.
  return "B";
  // END SOLUTION
}

check("sigmoid-tanh-saturation-predict", flatterUnit);
