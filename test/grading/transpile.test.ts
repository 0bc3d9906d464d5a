import { describe, expect, it } from "vitest";
import { transpileLearnerCode } from "../../src/grading/transpile";

describe("learner TypeScript compiled for grading", () => {
  it("becomes CommonJS, types dropped, imports turned into require", () => {
    const compiled = transpileLearnerCode(
      'import { sigmoid } from "actlab";\nconst f = (x: number): number => sigmoid(x);',
    );
    expect("code" in compiled && compiled.code).toContain('require("actlab")');
    expect("code" in compiled && compiled.code).not.toContain(": number");
  });

  it("is not type-checked: a type error costs nothing", () => {
    expect(transpileLearnerCode('const x: number = "text";')).toHaveProperty("code");
  });

  it("names a syntax error and its line", () => {
    expect(transpileLearnerCode("const a = 1;\nconst b = ;\n")).toEqual({ error: "line 2: Expression expected." });
  });
});
