import { describe, expect, it } from "vitest";
import { checkRange, toNumbers } from "../../src/plots/sampling";

describe("toNumbers", () => {
  it("copies a typed array into a plain array, which JSON writes as a list", () => {
    const typed = Float64Array.from([1.5, -2, 0]);
    const numbers = toNumbers(typed);
    expect(Array.isArray(numbers)).toBe(true);
    expect(JSON.stringify(numbers)).toBe("[1.5,-2,0]");
    // The reason it exists: a Float64Array serialises as an object with index keys.
    expect(JSON.stringify(typed)).toBe('{"0":1.5,"1":-2,"2":0}');
    typed[0] = 99;
    expect(numbers[0]).toBe(1.5);
  });
});

describe("checkRange", () => {
  it("accepts finite low < high", () => {
    expect(() => checkRange("r", [-1, 1])).not.toThrow();
    expect(() => checkRange("r", [0, Number.MIN_VALUE])).not.toThrow();
  });

  it("rejects empty, reversed and infinite or NaN intervals, naming the option", () => {
    const bad: [number, number][] = [[1, 1], [2, 1], [0, Infinity], [-Infinity, 0], [Number.NaN, 1], [0, Number.NaN]]; // prettier-ignore
    for (const range of bad) {
      expect(() => checkRange("myFigure: xRange", range)).toThrow(
        `myFigure: xRange must be [low, high] with finite low < high, got [${range[0]}, ${range[1]}]`,
      );
    }
  });
});
