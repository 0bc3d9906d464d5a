import { describe, expect, it } from "vitest";
import { exercise, exerciseIds } from "../../src/exercises/registry";

describe("exercise registry", () => {
  it("finds an exercise by its id", () => {
    expect(exercise("sigmoid-derivative").id).toBe("sigmoid-derivative");
    expect(exerciseIds()).toContain("softmax-stable");
  });

  it("rejects an unknown id, suggesting the closest one", () => {
    expect(() => exercise("sigmoid-derivatve")).toThrow(/sigmoid-derivatve/);
    expect(() => exercise("sigmoid-derivatve")).toThrow(/did you mean.*sigmoid-derivative/i);
  });

  it("has unique ids", () => {
    expect(new Set(exerciseIds()).size).toBe(exerciseIds().length);
  });
});
