import { describe, expect, it } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { runCases } from "../../src/exercises/evaluate";
import { produceHere } from "../../src/exercises/produce";
import { publicExpectations, referenceExpectations } from "../../src/exercises/expected";

/** The checker's self-proof: it accepts every reference and rejects every known mistake with its hint. */
const gradeAll = (exercise: (typeof exerciseBank)[number], answer: unknown) =>
  runCases(exercise, produceHere(exercise, answer), referenceExpectations(exercise, "all"), "all");

describe("the exercise bank", () => {
  it("has at least 10 exercises with unique, topic-prefixed ids, each with mistakes and hidden or secret cases", () => {
    expect(exerciseBank.length).toBeGreaterThanOrEqual(10);
    const ids = exerciseBank.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exercise of exerciseBank) {
      expect(exercise.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(exercise.notebook).toMatch(/^\d{2}-[a-z0-9-]+$/);
      expect(exercise.mistakes.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.reference, exercise.id).toBeDefined();
    }
    expect(new Set(exerciseBank.map((exercise) => exercise.kind))).toEqual(
      new Set(["function", "numeric", "formula", "choice"]),
    );
  });

  describe.each(exerciseBank.map((exercise) => [exercise.id, exercise] as const))("%s", (_, exercise) => {
    it("accepts its reference answer on every case, hidden included", () => {
      const result = gradeAll(exercise, exercise.reference);
      expect(result.cases.filter((c) => !c.passed)).toEqual([]);
      expect(result.points).toBe(exercise.points);
    });

    it.each(exercise.mistakes.map((mistake) => [mistake.name, mistake] as const))(
      "rejects the mistake '%s' and gives its hint",
      (_name, mistake) => {
        const result = gradeAll(exercise, mistake.answer);
        expect(result.passed).toBe(false);
        expect(result.hints).toContain(mistake.hint);
      },
    );

    it("rejects a mistake already on the public cases, as the student edition sees them", () => {
      for (const mistake of exercise.mistakes) {
        const result = runCases(
          exercise,
          produceHere(exercise, mistake.answer),
          publicExpectations(exercise),
          "public",
        );
        expect(result.passed, mistake.name).toBe(false);
        expect(result.hints, mistake.name).toContain(mistake.hint);
      }
    });
  });
});
