import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/util/registry";

describe("createRegistry", () => {
  const entries = [{ name: "mse" }, { name: "bce_with_logits" }, { name: "softmax_cross_entropy" }];
  const registry = createRegistry("loss", entries, (entry) => entry.name);

  it("keeps list order and returns the listed entry itself", () => {
    expect(registry.names()).toEqual(["mse", "bce_with_logits", "softmax_cross_entropy"]);
    expect(registry.get("bce_with_logits")).toBe(entries[1]);
    expect(registry.has("mse")).toBe(true);
    expect(registry.has("MSE")).toBe(false);
  });

  it("fails with the kind, the closest name and the full list", () => {
    expect(() => registry.get("mes")).toThrow(
      "unknown loss 'mes'; did you mean 'mse'? known: mse, bce_with_logits, softmax_cross_entropy",
    );
    expect(() => registry.get("hinge")).toThrow("unknown loss 'hinge'; known: mse,");
  });

  it("throws on a name listed twice, naming the kind and the name", () => {
    const twice = [{ name: "mse" }, { name: "mae" }, { name: "mse" }];
    expect(() => createRegistry("loss", twice, (entry) => entry.name)).toThrow(
      "loss 'mse' is listed twice; each name must be unique",
    );
    // the same names once each are fine
    expect(createRegistry("loss", twice.slice(0, 2), (entry) => entry.name).names()).toEqual(["mse", "mae"]);
  });
});
