import { describe, expect, it } from "vitest";
import { exerciseBank } from "../../src/exercises/bank/index";
import { casesOf } from "../../src/exercises/evaluate";
import { kinds } from "../../src/exercises/kinds";
import { interpretCase, produceHere } from "../../src/exercises/produce";
import type { Exercise, Value } from "../../src/exercises/types";
import { closeValues, numbersOf, toValue } from "../../src/exercises/values";
import { routes01to04 } from "./keys/routes01to04";
import { routes05to08 } from "./keys/routes05to08";
import { routes09to10 } from "./keys/routes09to10";
import { routes as newRoutes } from "./keys/routesNew";
import type { Route } from "./keys/types";
import torchKeys from "./keys/torch-exercise-keys.json";

// The answer key proven independently (issue 14): every reference agrees, on every case (hidden
// included), with a route that shares no code with it; and every corruption of the reference (a
// constant, a flipped sign, a small perturbation, a wrong branch; for choices every other letter)
// disagrees with that route, so a wrong key cannot pass unnoticed.

const routes: Readonly<Record<string, Route>> = { ...routes01to04, ...routes05to08, ...routes09to10, ...newRoutes };

/** What the route says for each case, cached: some routes measure (a 50-layer net, a 784² rank). */
const routeCache = new Map<string, Value[]>();
function routeValues(exercise: Exercise): Value[] {
  const cached = routeCache.get(exercise.id);
  if (cached) return cached;
  const route = routes[exercise.id];
  const values = casesOf(exercise, "all").map(({ args }) => {
    const expected = route.expected(args);
    return typeof expected === "string" ? { kind: "text" as const, text: expected } : toValue(expected);
  });
  routeCache.set(exercise.id, values);
  return values;
}

/** The cases on which `answer` disagrees with the exercise's route ([] = the answer is the key). */
function disagreements(exercise: Exercise, answer: unknown): string[] {
  const route = routes[exercise.id];
  const produce = produceHere(exercise, answer);
  const expectedValues = routeValues(exercise);
  return casesOf(exercise, "all").flatMap(({ args }, i) => {
    const outcome = interpretCase(exercise, produce(args), args);
    const expected = expectedValues[i];
    if ("error" in outcome) return [`(${args.join(", ")}) threw ${outcome.error}`];
    const actual = outcome.value;
    const agrees =
      exercise.kind === "choice"
        ? kinds.choice.matches(actual, expected, exercise)
        : route.tolerance
          ? closeValues(actual, expected, route.tolerance)
          : exercise.kind === "numeric"
            ? kinds.numeric.matches(actual, expected, exercise)
            : closeValues(actual, expected, exercise.tolerance ?? { absolute: 1e-9, relative: 1e-7 });
    return agrees
      ? []
      : [`(${JSON.stringify(args)}): reference ${JSON.stringify(actual)}, ${route.via} ${JSON.stringify(expected)}`];
  });
}

type Raw = number | number[] | number[][] | string;

/** An output as plain data again, after its numbers were changed. */
function mapNumbers(output: unknown, change: (x: number) => number): Raw {
  const value = toValue(output);
  if (value.kind === "number") return change(value.value);
  if (value.kind === "vector") return value.values.map(change);
  if (value.kind === "matrix") return value.rows.map((row) => row.map(change));
  throw new Error(`cannot mutate ${JSON.stringify(value)}`);
}

/** The corruptions of a reference, by name. */
function mutations(exercise: Exercise): [string, unknown][] {
  const reference = exercise.reference;
  const epsilon =
    exercise.kind === "numeric" ? Math.max(1e-3, 2 * 10 ** (1 - (exercise.significantDigits ?? 4))) : 1e-3;
  const perturb = (x: number) => x * (1 + epsilon) + epsilon;
  if (exercise.kind === "choice") {
    return Object.keys(exercise.options ?? {})
      .filter((letter) => letter !== reference)
      .map((letter) => [`the letter ${letter}`, letter]);
  }
  if (exercise.kind === "formula") {
    const formula = String(reference);
    return [
      ["a constant", "0.5"],
      ["a flipped sign", `-(${formula})`],
      ["a small perturbation", `(${formula}) * 1.001 + 0.001`],
      ["a wrong branch (|x| for x)", formula.replace(/\bx\b/g, "abs(x)")],
    ];
  }
  if (exercise.kind === "numeric") {
    const value = Number(reference);
    return [
      ["a constant", value === 1 ? 2 : 1],
      ["a flipped sign", -value],
      ["a small perturbation", perturb(value)],
      ["a wrong branch (off by one)", value + 1],
    ];
  }
  const f = reference as (...args: unknown[]) => unknown;
  const firstCase = casesOf(exercise, "public")[0].args;
  const otherBranch = (arg: unknown) => (typeof arg === "number" ? Math.abs(arg) : [...(arg as number[])].reverse());
  return [
    ["a constant", () => f(...firstCase.map((a) => (typeof a === "number" ? a : [...a])))],
    ["a flipped sign", (...args: unknown[]) => mapNumbers(f(...args), (x) => -x)],
    ["a small perturbation", (...args: unknown[]) => mapNumbers(f(...args), perturb)],
    [
      "a wrong branch (|x| or a reversed vector for the first argument)",
      (...args: unknown[]) => f(otherBranch(args[0]), ...args.slice(1)),
    ],
  ];
}

/** Whether a mutation changes any case's output at all (a no-op cannot be caught, and proves nothing). */
function changesSomething(exercise: Exercise, mutated: unknown): boolean {
  const original = produceHere(exercise, exercise.reference);
  const produce = produceHere(exercise, mutated);
  return casesOf(exercise, "all").some(({ args }) => {
    const a = interpretCase(exercise, original(args), args);
    const b = interpretCase(exercise, produce(args), args);
    if ("error" in a || "error" in b) return true;
    if (a.value.kind === "text" || b.value.kind === "text") return JSON.stringify(a.value) !== JSON.stringify(b.value);
    const [x, y] = [numbersOf(a.value), numbersOf(b.value)];
    return (
      x.length !== y.length ||
      x.some((v, i) => !Object.is(v, y[i]) && Math.abs(v - y[i]) > 1e-12 * Math.max(1, Math.abs(v)))
    );
  });
}

describe("the answer key, proven independently", () => {
  it("has an independent route for every exercise, and none for an exercise that does not exist", () => {
    const ids = exerciseBank.map((exercise) => exercise.id);
    expect(ids.filter((id) => !(id in routes))).toEqual([]);
    expect(Object.keys(routes).filter((id) => !ids.includes(id))).toEqual([]);
  });

  describe.each(exerciseBank.map((exercise) => [exercise.id, exercise] as const))("%s", (id, exercise) => {
    it(`agrees with its independent route on every case, hidden included`, () => {
      expect(disagreements(exercise, exercise.reference), `${routes[id].via}: ${routes[id].how}`).toEqual([]);
    });

    it("catches every corruption of the reference", () => {
      const effective = mutations(exercise).filter(([, mutated]) => changesSomething(exercise, mutated));
      expect(effective.length, "corruptions that change an output").toBeGreaterThanOrEqual(3);
      for (const [name, mutated] of effective) expect(disagreements(exercise, mutated).length, name).toBeGreaterThan(0);
    });
  });
});

// PyTorch's answers, computed by scripts/torch_exercise_keys.py (float64, autograd for derivatives)
// and stored in keys/torch-exercise-keys.json, so these tests never need torch.
const nonFinite = (value: unknown): unknown => (value === "NaN" ? Number.NaN : value);
const asRaw = (value: unknown): unknown => (Array.isArray(value) ? value.map(asRaw) : nonFinite(value));

describe("the answer key agrees with PyTorch", () => {
  const entries = Object.entries(torchKeys.exercises as Record<string, { cases: unknown[]; values: unknown[] }>);

  it("covers at least 25 exercises, each still in the bank", () => {
    expect(entries.length).toBeGreaterThanOrEqual(25);
    for (const [id] of entries)
      expect(
        exerciseBank.some((e) => e.id === id),
        id,
      ).toBe(true);
  });

  it.each(entries)("%s: on the bank's current cases, hidden included", (id, { cases, values }) => {
    const exercise = exerciseBank.find((e) => e.id === id) as Exercise;
    const current = casesOf(exercise, "all").map(({ args }) => args);
    // Stale fixture: rerun `/usr/bin/python3 scripts/torch_exercise_keys.py` after changing cases.
    expect(JSON.stringify(asRaw(cases))).toBe(JSON.stringify(current));
    const produce = produceHere(exercise, exercise.reference);
    const tolerance = exercise.tolerance ?? { absolute: 1e-9, relative: 1e-7 };
    current.forEach((args, i) => {
      const outcome = interpretCase(exercise, produce(args), args);
      if ("error" in outcome) throw new Error(outcome.error);
      const expected = toValue(asRaw(values[i]));
      const agrees =
        exercise.kind === "numeric"
          ? kinds.numeric.matches(outcome.value, expected, exercise)
          : closeValues(outcome.value, expected, tolerance);
      expect(
        agrees,
        `${id} (${JSON.stringify(args)}): ours ${JSON.stringify(outcome.value)}, torch ${JSON.stringify(expected)}`,
      ).toBe(true);
    });
  });
});
