import { perturbed } from "./perturb";
import { worstError } from "./worstError";

/** One comparison of two computations, as the report stores and prints it. Plain data. */
export interface VerificationCheck {
  /** What was compared with what, e.g. "core df vs σ(1 − σ) written here". */
  readonly label: string;
  readonly error: number;
  /** Where the worst error occurred ("x = 0.3", "entry 3"); undefined for a single value. */
  readonly where: string | undefined;
  readonly count: number;
  readonly tolerance: number;
  readonly relative: boolean;
  readonly passed: boolean;
  /** Whether the actual side was perturbed before comparing (ACTLAB_VERIFY_PERTURB=1). */
  readonly perturbed: boolean;
  /** Whether shifting the actual side far beyond the tolerance makes this check fail (it must). */
  readonly canFail: boolean;
}

export interface CheckInput {
  readonly label: string;
  readonly actual: ArrayLike<number>;
  readonly expected: ArrayLike<number>;
  readonly tolerance: number;
  readonly relative?: boolean;
  /** The grid point of each entry; without it the worst entry is named by its index. */
  readonly locations?: ArrayLike<number>;
  /** The name of a location in the table ("x", "z", "p"). */
  readonly locationName?: string;
  readonly perturb?: boolean;
}

/** Compares `actual` with `expected`; also compares a perturbed `actual`, which must fail. */
export function runCheck(input: CheckInput): VerificationCheck {
  const { label, tolerance, relative = false, locations, locationName = "x", perturb = false } = input;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) {
    throw new Error(`check "${label}": tolerance must be a finite number ≥ 0, got ${tolerance}`);
  }
  const shifted = Array.from(input.actual, (value) => perturbed(value, tolerance));
  const options = { relative, locations };
  const measured = worstError(perturb ? shifted : input.actual, input.expected, options);
  const underShift = worstError(shifted, input.expected, options);
  return {
    label,
    error: measured.error,
    where: whereOf(measured.at, measured.count, locations === undefined ? undefined : locationName),
    count: measured.count,
    tolerance,
    relative,
    passed: measured.error <= tolerance,
    perturbed: perturb,
    canFail: !(underShift.error <= tolerance),
  };
}

function whereOf(at: number, count: number, locationName: string | undefined): string | undefined {
  if (locationName === undefined) return count === 1 ? undefined : `entry ${at}`;
  return `${locationName} = ${Number(at.toPrecision(4))}`;
}
