import type { Case } from "../../../src/exercises/types";

/**
 * A second route to an exercise's answer that shares no code with its reference: high-precision
 * mathjs (BigNumber), a finite difference, a Monte-Carlo estimate, a brute-force search, a numerical
 * measurement, PyTorch values stored as a fixture, or the core where the reference is written by hand.
 */
export interface Route {
  readonly via:
    "mathjs-bignumber" | "finite-difference" | "monte-carlo" | "brute-force" | "measurement" | "core" | "pytorch";
  /** What the route computes, in a few words (shown when the key disagrees). */
  readonly how: string;
  /** The expected output for one case: a number, a vector, rows, or (choice) a letter. */
  expected(args: Case): number | readonly number[] | readonly (readonly number[])[] | string;
  /** How close the reference must come; default: the exercise's own tolerance or digits. */
  readonly tolerance?: { readonly absolute: number; readonly relative: number };
}

export type Routes = Readonly<Record<string, Route>>;
