import { describe, expect, it } from "vitest";
import { exercise } from "../../src/exercises/registry";
import { capFeedback, MAX_FEEDBACK_CHARS, zeroResult, type GradingJob } from "../../src/grading/job";

const job: GradingJob = {
  student: "alice",
  exerciseId: "sigmoid-stable",
  origin: "cell 3 of alice.ipynb",
  scope: "all",
  timeLimitMs: 1000,
};

describe("a result that scores 0", () => {
  it("keeps the exercise's maximum and says why on one line, with where the code came from", () => {
    const max = exercise("sigmoid-stable").points;
    expect(zeroResult(job, exercise("sigmoid-stable"), "time limit", "did not finish")).toEqual({
      student: "alice",
      exerciseId: "sigmoid-stable",
      points: 0,
      maxPoints: max,
      outcome: "time limit",
      feedback: `✗ sigmoid-stable (cell 3 of alice.ipynb): did not finish (0/${max} points)`,
    });
  });

  it("cannot be flooded by a long message", () => {
    const long = zeroResult(job, exercise("sigmoid-stable"), "crashed", "x".repeat(10_000));
    expect(long.feedback.length).toBeLessThan(MAX_FEEDBACK_CHARS + 100);
  });
});

describe("feedback of one exercise", () => {
  it("is kept whole up to the cap", () => {
    const text = "y".repeat(MAX_FEEDBACK_CHARS);
    expect(capFeedback(text)).toBe(text);
  });

  it("is cut at the cap with a note saying how long it was", () => {
    const text = "a".repeat(MAX_FEEDBACK_CHARS) + "z".repeat(1000);
    const capped = capFeedback(text);
    expect(capped.startsWith("a".repeat(MAX_FEEDBACK_CHARS) + "\n")).toBe(true);
    expect(capped).not.toContain("z");
    expect(capped).toContain(`(feedback cut at ${MAX_FEEDBACK_CHARS} of ${MAX_FEEDBACK_CHARS + 1000} characters)`);
  });
});
