import { afterEach, describe, expect, it, vi } from "vitest";
import {
  checkedOnlyAtGrading,
  expectationsFor,
  PUBLIC_EXPECTATIONS_FILE,
  publicExpectations,
  referenceExpectations,
  serializeExpectations,
} from "../../src/exercises/expected";
import type { Exercise, Expectation } from "../../src/exercises/types";

const square: Exercise = {
  id: "test-square",
  kind: "function",
  notebook: "00-test",
  title: "Square",
  statement: "x²",
  thinking: "implement",
  difficulty: 1,
  minutes: 1,
  points: 1,
  starter: "",
  reference: (x: number) => x * x,
  publicCases: [[2], [-3]],
  hiddenCases: [[0.5]],
  mistakes: [],
};
const answer: Exercise = { ...square, id: "test-answer", kind: "numeric", reference: 0.0962, publicCases: [] };
const num = (value: number): Expectation => ({ value: { kind: "number", value } });

describe("expectations from a reference answer", () => {
  it("has one per case of the scope: public only, or hidden too", () => {
    expect(referenceExpectations(square, "public")).toEqual([num(4), num(9)]);
    expect(expectationsFor(square, "all")).toEqual([num(4), num(9), num(0.25)]);
  });

  it("fails loudly when the reference answer itself throws", () => {
    const broken = {
      ...square,
      reference: () => {
        throw new Error("oops");
      },
    };
    expect(() => referenceExpectations(broken, "public")).toThrow(/reference answer of 'test-square' fails on \(2\)/);
  });
});

describe("what the student edition ships", () => {
  it("ships values for functions, but only a digest for a numeric answer (its value is the solution)", () => {
    expect(publicExpectations(square)).toEqual([num(4), num(9)]);
    const [shipped] = publicExpectations(answer);
    expect(shipped).not.toHaveProperty("value");
    expect(JSON.stringify(shipped)).not.toContain("0.0962");
  });

  it("serializes NaN and infinities as strings, since JSON has none", () => {
    const text = serializeExpectations({ a: [num(Number.NaN), num(Number.POSITIVE_INFINITY)] });
    expect(JSON.parse(text)).toEqual({
      a: [{ value: { kind: "number", value: "NaN" } }, { value: { kind: "number", value: "Infinity" } }],
    });
  });

  it("without a reference answer and without precomputed expectations, refuses with what to do", () => {
    const student = { ...square, reference: undefined };
    expect(() => expectationsFor(student, "public")).toThrow(/npm run release/);
    expect(() => expectationsFor(student, "all")).toThrow(/instructor's bank/);
  });

  it("in the graded edition, checks a numeric or choice answer only at grading", () => {
    expect(checkedOnlyAtGrading({ ...answer, reference: undefined })).toBe(true);
    expect(checkedOnlyAtGrading({ ...answer, kind: "choice", reference: undefined })).toBe(true);
    expect(checkedOnlyAtGrading(answer)).toBe(false); // the instructor's bank has the reference
    expect(checkedOnlyAtGrading({ ...square, reference: undefined })).toBe(false); // functions ship values
  });
});

describe("the student edition's precomputed file", () => {
  afterEach(() => {
    vi.doUnmock("node:fs");
    vi.resetModules();
  });

  it("reads public expectations from bank/public-expectations.json, NaN included", async () => {
    // What `npm run release` writes, here for two made-up exercises.
    const file = serializeExpectations({
      "test-square": [num(Number.NaN), num(9)],
      "test-answer": [{ digest: "abc" }],
    });
    vi.resetModules();
    vi.doMock("node:fs", async (importOriginal) => {
      const fs = await importOriginal<typeof import("node:fs")>();
      const ours = (path: unknown) => String(path).endsWith(PUBLIC_EXPECTATIONS_FILE);
      return {
        ...fs,
        existsSync: (path: string) => ours(path) || fs.existsSync(path),
        readFileSync: (path: string, encoding: BufferEncoding) => (ours(path) ? file : fs.readFileSync(path, encoding)),
      };
    });
    const fresh = await import("../../src/exercises/expected");
    const student = { ...square, reference: undefined };
    const [first, second] = fresh.expectationsFor(student, "public");
    expect(Number.isNaN((first as { value: { value: number } }).value.value)).toBe(true);
    expect(second).toEqual(num(9));
    expect(() => fresh.expectationsFor(student, "all")).toThrow(/instructor's bank/);
    // precomputed digests exist, so the student's own check can compare against them
    expect(fresh.checkedOnlyAtGrading({ ...answer, reference: undefined })).toBe(false);
  });
});
