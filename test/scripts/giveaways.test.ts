import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerNeedle, exerciseGiveaways, giveawayMessage, numbersIn } from "../../scripts/lib/giveaways.mjs";
import { stripMarked } from "../../src/exercises/markers";
import type { Exercise } from "../../src/exercises/types";

/** The "no giveaway" check (scripts/lib/giveaways.mjs): what it finds, in which formats, and where. */
const numeric = (reference: number, significantDigits = 4) =>
  ({
    id: "e",
    notebook: "nb",
    kind: "numeric",
    reference,
    significantDigits,
    options: undefined,
  }) as unknown as Exercise;
const choice = (options: Record<string, string>, reference: string) =>
  ({ id: "e", notebook: "nb", kind: "choice", reference, options }) as unknown as Exercise;

describe("numbersIn: every number of a text, whatever its format", () => {
  it("reads plain, grouped, exponent, LaTeX, superscript and percent forms, never digits inside a name", () => {
    expect(numbersIn("0.0962 and 13,824 or 13 824 or 13_824")).toEqual([0.0962, 13824, 13824, 13824]);
    expect(numbersIn("9.622e-2, 9.622 \\times 10^{-2}, 9.622×10⁻², 9.622 * 10**-2")).toEqual([
      0.09622, 0.09622, 0.09622, 0.09622,
    ]);
    expect(numbersIn("69.1%")).toEqual([69.1, 0.691]);
    expect(numbersIn("x2 layer_1 v1.2.3")).toEqual([]);
  });
});

describe("answerNeedle: what is looked for", () => {
  it("finds a numeric answer rounded as the checker rounds it, in any format, and not its neighbours", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 7 }), (value, digits) => {
        const needle = answerNeedle(numeric(value, digits));
        fc.pre(!("skip" in needle) || needle.skip === undefined);
        const shown = Number(value.toPrecision(digits));
        expect(needle.matches!(`the answer is ${shown}`)).toBe(true);
        expect(needle.matches!(`printed ${value.toExponential(digits + 3)}`)).toBe(true);
        // One unit in the last checked digit away: another number.
        const unit = 10 ** (Math.floor(Math.log10(shown)) - digits + 1);
        expect(needle.matches!(`not ${(shown + 2 * unit).toPrecision(digits)}`)).toBe(false);
      }),
    );
  });

  it("does not look for small whole numbers, one-digit values or short options, and says why", () => {
    expect(answerNeedle(numeric(32)).skip).toBe("the answer 32 is too common a number to look for");
    expect(answerNeedle(numeric(0.5)).skip).toMatch(/too common/);
    expect(answerNeedle(numeric(13824, 7)).skip).toBeUndefined();
    expect(answerNeedle(choice({ A: "1×2", B: "2×1" }, "A")).skip).toMatch(/too short/);
    expect(answerNeedle({ kind: "function" } as unknown as Exercise).skip).toMatch(/not one number or option/);
  });

  it("finds a choice's option text across Markdown, LaTeX marks, case and line breaks", () => {
    const needle = answerNeedle(choice({ A: "the same direction, length 1", B: "half the length" }, "A"));
    expect(needle.matches!("Clipping keeps **the same\ndirection**, length 1.")).toBe(true);
    expect(needle.matches!("half the length")).toBe(false);
  });
});

describe("exerciseGiveaways: the cells before the statement, as the student edition has them", () => {
  const cell = (id: string, cell_type: string, source: string, outputs: unknown[] = []) => ({
    id,
    cell_type,
    source,
    metadata: {},
    ...(cell_type === "code" ? { outputs, execution_count: null } : {}),
  });
  const printed = (text: string) => [{ output_type: "stream", name: "stdout", text }];
  const notebook = {
    cells: [
      cell("intro", "markdown", "We will find the bound."),
      cell("calc", "code", "const bound = Math.sqrt(6 / 400);\nconsole.log(bound);"),
      cell("ex-d-code", "code", "function d() {\n  // BEGIN SOLUTION\n  return 0.1225;\n  // END SOLUTION\n}"),
      cell("ex-d-test", "code", 'check("d", d);'),
      cell("ex-e", "markdown", "### Exercise: the bound"),
      cell("reveal", "markdown", "**Reveal.** The bound is 0.1225."),
    ],
  };
  const executed = {
    cells: notebook.cells.map((c) =>
      c.id === "calc"
        ? { ...c, outputs: printed("0.12247448713915890\n") }
        : c.id === "ex-d-test"
          ? { ...c, outputs: printed("✓ 0.1225") }
          : c,
    ),
  };
  const stripSolutions = (code: string) => stripMarked(code, "remove");
  const exercise = numeric(Math.sqrt(6 / 400));

  it("reports a printed output before the statement, with cell and text; nothing after it", () => {
    const result = exerciseGiveaways(exercise, notebook, { executed, stripSolutions });
    expect(result.verdict).toBe("giveaway");
    expect(result.hits).toEqual([{ cell: 2, where: "output", text: "0.12247448713915890" }]);
    expect(giveawayMessage(exercise, result)).toContain("cell 2 (output): 0.12247448713915890");
    expect(giveawayMessage(exercise, result)).toContain("move that cell after the check cell ex-e-test");
  });

  it("ignores an earlier exercise's solution and its check's output (the learner's own), and unread outputs", () => {
    expect(exerciseGiveaways(exercise, notebook, { executed: undefined, stripSolutions }).verdict).toBe("clean");
  });

  it("finds the answer stated in prose before the statement", () => {
    const stated = { cells: [cell("p", "markdown", "So $b = 1.225 \\times 10^{-1}$."), ...notebook.cells] };
    expect(exerciseGiveaways(exercise, stated, { executed: undefined, stripSolutions }).hits).toEqual([
      { cell: 1, where: "source", text: "So $b = 1.225 \\times 10^{-1}$." },
    ]);
  });
});
