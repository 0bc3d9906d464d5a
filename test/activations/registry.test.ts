import { describe, expect, it } from "vitest";
import { resolveParams } from "../../src/activations/activation";
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
