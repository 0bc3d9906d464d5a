import { runCheck } from "./check";
import type { VerificationCheck } from "./check";
import { formatReport } from "./formatReport";
import { perturbRequested } from "./perturb";

/** Compares two functions of one number on a grid: `actual` (usually the core) against `expected`. */
export interface FunctionComparison {
  readonly x: ArrayLike<number>;
  readonly actual: (x: number) => number;
  readonly expected: (x: number) => number;
  readonly tolerance: number;
  /** Measure |actual − expected| / max(1, |expected|) instead of |actual − expected|. */
  readonly relative?: boolean;
  /** The grid variable's name in the table (default "x"). */
  readonly variable?: string;
}

export interface ValueOptions {
  readonly relative?: boolean;
  /** The grid point of each entry (e.g. a fixture's x), so the table says where the worst error is. */
  readonly at?: ArrayLike<number>;
  readonly variable?: string;
}

/** A group of checks that prints as one table. Build it, add checks, then `print()`. */
export interface VerificationReport {
  readonly title: string;
  readonly checks: readonly VerificationCheck[];
  compare(label: string, comparison: FunctionComparison): VerificationReport;
  compareValues(
    label: string,
    actual: number | ArrayLike<number>,
    expected: number | ArrayLike<number>,
    tolerance: number,
    options?: ValueOptions,
  ): VerificationReport;
  /** The table as text, without printing or throwing. */
  text(): string;
  /**
   * Prints the table, then throws if any check failed (so a notebook stops and its run fails), or
   * if any check could not fail. Under ACTLAB_VERIFY_PERTURB=1 failures are expected: it throws only
   * for a check that still passed.
   */
  print(): void;
}

const asArray = (value: number | ArrayLike<number>): ArrayLike<number> => (typeof value === "number" ? [value] : value);

/**
 * `verification("σ′ against a hand formula").compare("core df vs σ(1 − σ) written here", { x, actual,
 * expected, tolerance }).print()`. Each check stores both its verdict and whether a perturbed
 * actual side would fail it.
 */
export function verification(title: string): VerificationReport {
  if (typeof title !== "string" || title.trim() === "") {
    throw new Error("verification: give the group of checks a title that says what it verifies");
  }
  const checks: VerificationCheck[] = [];
  const perturb = perturbRequested();
  const report: VerificationReport = {
    title,
    checks,
    compare(label, { x, actual, expected, tolerance, relative, variable = "x" }) {
      const points = Array.from(x);
      checks.push(
        runCheck({
          label,
          actual: points.map(actual),
          expected: points.map(expected),
          tolerance,
          relative,
          locations: points,
          locationName: variable,
          perturb,
        }),
      );
      return report;
    },
    compareValues(label, actual, expected, tolerance, { relative, at, variable = "x" } = {}) {
      checks.push(
        runCheck({
          label,
          actual: asArray(actual),
          expected: asArray(expected),
          tolerance,
          relative,
          locations: at,
          locationName: variable,
          perturb,
        }),
      );
      return report;
    },
    text: () => formatReport(title, checks),
    print() {
      if (checks.length === 0) throw new Error(`verification "${title}": no checks were added`);
      console.log(formatReport(title, checks));
      const problem = reportProblem(title, checks, perturb);
      if (problem) throw new Error(problem);
    },
  };
  return report;
}

/** Why a printed report must stop the notebook, or undefined. */
export function reportProblem(
  title: string,
  checks: readonly VerificationCheck[],
  perturb: boolean,
): string | undefined {
  const cannotFail = checks.filter((check) => !check.canFail);
  if (cannotFail.length) {
    const labels = cannotFail.map((check) => `"${check.label}"`).join(", ");
    return `verification "${title}": ${labels} cannot fail (a shift far beyond the tolerance still passes)`;
  }
  const unexpected = checks.filter((check) => check.passed === perturb);
  if (unexpected.length === 0) return undefined;
  const labels = unexpected.map((check) => `"${check.label}"`).join(", ");
  return perturb
    ? `verification "${title}": ${labels} passed although its actual side was perturbed`
    : `verification "${title}": ${unexpected.length} of ${checks.length} checks FAILED: ${labels}`;
}
