/**
 * The error function and its complement in float64, after W. J. Cody,
 * "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969),
 * as translated in netlib's specfun/erf. Math has no erf; GELU and the normal CDF need one
 * that keeps full relative accuracy in the tails, which `1 - erf(x)` does not.
 */

/* eslint-disable no-loss-of-precision -- constants are written with the digits their source publishes */
const SMALL_LIMIT = 0.46875;
const INV_SQRT_PI = 5.6418958354775628695e-1;

const P_SMALL = [
  3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153,
];
const Q_SMALL = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const P_MID = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const Q_MID = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P_TAIL = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4,
  0.0163153871373020978,
];
const Q_TAIL = [
  2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 2.33520497626869185e-3,
];

/** erf(y) / y-form for 0 ≤ y ≤ 0.46875. */
function erfSmall(y: number): number {
  const ySquared = y * y;
  let numerator = P_SMALL[4] * ySquared;
  let denominator = ySquared;
  for (let i = 0; i < 3; i++) {
    numerator = (numerator + P_SMALL[i]) * ySquared;
    denominator = (denominator + Q_SMALL[i]) * ySquared;
  }
  return (y * (numerator + P_SMALL[3])) / (denominator + Q_SMALL[3]);
}

/** exp(-y²) computed as exp(-a²)·exp(-(y-a)(y+a)) with a = y rounded to 1/16: avoids the rounding error of y² itself. */
function expMinusSquare(y: number): number {
  const rounded = Math.trunc(y * 16) / 16;
  return Math.exp(-rounded * rounded) * Math.exp(-(y - rounded) * (y + rounded));
}

/** erfc(y) for y > 0.46875. */
function erfcPositive(y: number): number {
  if (y <= 4) {
    let numerator = P_MID[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + P_MID[i]) * y;
      denominator = (denominator + Q_MID[i]) * y;
    }
    return (expMinusSquare(y) * (numerator + P_MID[7])) / (denominator + Q_MID[7]);
  }
  if (y >= 27) return 0; // erfc(27) < 1e-318: below the smallest subnormal
  const inverseSquare = 1 / (y * y);
  let numerator = P_TAIL[5] * inverseSquare;
  let denominator = inverseSquare;
  for (let i = 0; i < 4; i++) {
    numerator = (numerator + P_TAIL[i]) * inverseSquare;
    denominator = (denominator + Q_TAIL[i]) * inverseSquare;
  }
  const correction = (inverseSquare * (numerator + P_TAIL[4])) / (denominator + Q_TAIL[4]);
  return (expMinusSquare(y) * (INV_SQRT_PI - correction)) / y;
}

/** The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt. */
export function erf(x: number): number {
  const y = Math.abs(x);
  if (y <= SMALL_LIMIT) return x < 0 ? -erfSmall(y) : erfSmall(y);
  const value = 1 - erfcPositive(y);
  return x < 0 ? -value : value;
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate in relative terms for large x. */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= SMALL_LIMIT) return 1 - (x < 0 ? -erfSmall(y) : erfSmall(y));
  return x < 0 ? 2 - erfcPositive(y) : erfcPositive(y);
}
