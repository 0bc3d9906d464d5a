/**
 * The shift that proves a check can fail: far more than its tolerance (×1000, plus a millionth so a
 * tolerance of 0 is covered), scaled by the value's size so that relative checks and large values
 * move too; a non-finite value becomes NaN. A check whose verdict survives this shift accepts anything and proves nothing.
 */
export function perturbed(value: number, tolerance: number): number {
  // ∞ + anything is still ∞ and would pass again; NaN never equals what it is compared with.
  if (!Number.isFinite(value)) return NaN;
  return value + (1000 * tolerance + 1e-6) * Math.max(1, Math.abs(value));
}

/** ACTLAB_VERIFY_PERTURB=1 asks every report to perturb the actual side of every check (to watch each fail). */
export function perturbRequested(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.ACTLAB_VERIFY_PERTURB === "1";
}
