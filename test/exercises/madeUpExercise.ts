import type { Exercise } from "../../src/exercises/types";

/** A minimal exercise for unit tests of the checker's parts; tests override what they look at. */
export function madeUpExercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: "test-exercise",
    kind: "function",
    notebook: "00-test",
    title: "t",
    statement: "s",
    thinking: "derive",
    difficulty: 1,
    minutes: 1,
    points: 1,
    starter: "",
    publicCases: [],
    mistakes: [],
    ...overrides,
  };
}
