import { describe, expect, it } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { casesOf, runCases } from "../../src/exercises/evaluate";
import type { Exercise } from "../../src/exercises/types";
import { referenceExpectations } from "../../src/exercises/expected";
import { combinedAnswer, mistakePairs } from "../../src/exercises/hints";
import { produceHere } from "../../src/exercises/produce";
import { exercise } from "../../src/exercises/registry";

const withVariants = exerciseBank.filter((e) => e.variant !== undefined);

/** Whether two answers produce the same encoded output on every case. */
function sameOutputs(entry: Exercise, a: unknown, b: unknown): boolean {
  const [first, second] = [produceHere(entry, a), produceHere(entry, b)];
  return casesOf(entry, "all").every(({ args }) => JSON.stringify(first(args)) === JSON.stringify(second(args)));
}

describe("hints for two mistakes made at once", () => {
  it("fire for the seed notes' GELU with both √(π/2) and no leading x", () => {
    const gelu = exercise("gelu-tanh");
    const notesGelu = (x: number) => 0.5 * (1 + Math.tanh(Math.sqrt(Math.PI / 2) * (x + 0.044715 * x ** 3)));
    const result = runCases(gelu, produceHere(gelu, notesGelu), referenceExpectations(gelu, "all"), "all");
    const text = result.hints.join("\n");
    expect(text).toContain("√(π/2)");
    expect(text).toContain("multiply by x");
  });

  it.each(withVariants.map((e) => [e.id, e] as const))("%s: every pair of its mistakes gets both hints", (_, entry) => {
    expect(entry.variant?.({})).toBeDefined();
    const pairs = mistakePairs(entry);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const answer = combinedAnswer(entry, pair);
      const result = runCases(entry, produceHere(entry, answer), referenceExpectations(entry, "all"), "all");
      const label = pair.map((m) => m.name).join(" + ");
      expect(result.passed, label).toBe(false);
      // One slip can mask the other (no product term left to get wrong): then the answer IS the
      // masking mistake, and its own hint is the right one.
      const masking = pair.find((m) => sameOutputs(entry, answer, m.answer));
      const expectedHints = masking ? [masking.hint] : pair.map((m) => m.hint);
      for (const hint of expectedHints) expect(result.hints.join("\n"), label).toContain(hint);
    }
  });

  it("the variant with no changes is the reference, and each mistake's changes rebuild that mistake", () => {
    for (const entry of withVariants) {
      const expected = referenceExpectations(entry, "all");
      expect(runCases(entry, produceHere(entry, entry.variant?.({})), expected, "all").passed, entry.id).toBe(true);
      for (const mistake of entry.mistakes.filter((m) => m.changes)) {
        const rebuilt = runCases(entry, produceHere(entry, entry.variant?.(mistake.changes ?? {})), expected, "all");
        expect(rebuilt.hints, mistake.name).toContain(mistake.hint);
      }
    }
  });
});

describe("every exercise's mistakes", () => {
  it("number at least three, each with its own hint", () => {
    for (const entry of exerciseBank) {
      expect(entry.mistakes.length, entry.id).toBeGreaterThanOrEqual(3);
      expect(new Set(entry.mistakes.map((m) => m.hint)).size, entry.id).toBe(entry.mistakes.length);
    }
  });
});
