import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { activation, activationNames, resolveParams } from "../../src/activations/activation";
import { activationSpecs } from "../../src/activations/registry";
import type { ActivationSpec } from "../../src/activations/types";

describe("the activation list", () => {
  // as the run-time registry sees them: each spec with its parameters as plain values
  const specs: readonly ActivationSpec[] = activationSpecs;
  const names = specs.map((spec) => spec.name);

  it("holds each name once, in torch.nn.functional's snake_case", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it("gives every spec valid defaults, its own array loops, LaTeX for f and f′, and a source", () => {
    for (const spec of specs) {
      const params = resolveParams(spec);
      expect(typeof spec.forwardInto, spec.name).toBe("function");
      expect(typeof spec.backwardInto, spec.name).toBe("function");
      expect(spec.latex(params).length, spec.name).toBeGreaterThan(0);
      expect(spec.derivativeLatex(params).length, spec.name).toBeGreaterThan(0);
      expect(spec.facts.torch, spec.name).toMatch(/torch/);
    }
  });

  it("documents a kink convention for every activation with kinks at its defaults", () => {
    for (const spec of specs) {
      const kinks = spec.kinks?.(resolveParams(spec)) ?? [];
      if (kinks.length > 0) expect(spec.kinkConvention, spec.name).toBeDefined();
    }
  });
});

describe("from an activation's name to its notebook", () => {
  // src/activations/<name>.ts holds f, df and their LaTeX; test/activations/<name>.test.ts its test;
  // the spec's `notebook` the notebook that introduces it, which must name it in its text.
  const spaced = (name: string): RegExp => new RegExp(name.replace(/_/g, "[ _-]?"), "i");
  for (const name of activationNames()) {
    it(`${name}: its notebook exists and names it`, () => {
      const { notebook } = activation(name);
      const text = readFileSync(join(__dirname, "..", "..", notebook), "utf8");
      expect(text).toMatch(spaced(name));
    });
  }
});
