import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRealm } from "../../src/grading/realm";

/** The fresh realm learner code runs in. Needs dist/. */
const distDir = join(__dirname, "..", "..", "dist");

describe("the grading realm", () => {
  it("is made from an object with a null prototype, so globalThis.constructor leads to the realm's own", () => {
    const { realm } = createRealm(distDir);
    // V8's global object has a prototype chain of its own realm; the object it is made from (the
    // context) has none, so a lookup on globalThis never falls through to this process's objects.
    expect(Object.getPrototypeOf(realm.context)).toBeNull();
    expect(realm.run("globalThis.constructor.constructor", 1000)).not.toBe(Function);
    expect(realm.run("globalThis.constructor.constructor === (() => 0).constructor", 1000)).toBe(true);
  });

  it("has its own Function: constructor chains never reach the grader's", () => {
    const { realm } = createRealm(distDir);
    const chained = realm.run("({}).constructor.constructor", 1000);
    expect(chained).not.toBe(Function);
    expect(realm.run("[].map.constructor === ({}).constructor.constructor", 1000)).toBe(true);
  });

  it("refuses code from strings: eval and new Function", () => {
    const { realm } = createRealm(distDir);
    expect(() => realm.run('eval("1 + 1")', 1000)).toThrow(/Code generation from strings disallowed/);
    expect(() => realm.run('new Function("return process")()', 1000)).toThrow(/Code generation from strings/);
    expect(() => realm.run('({}).constructor.constructor("return this")()', 1000)).toThrow(/Code generation/);
  });

  it("when weakened (for the attack tests), leaks the grader's Function: the holes are real", () => {
    const { realm } = createRealm(distDir, { weakened: true });
    expect(realm.run("globalThis.constructor.constructor", 1000)).toBe(Function);
    expect(realm.run('eval("1 + 1")', 1000)).toBe(2);
  });

  it("serves learner code only actlab, and notes any other module", () => {
    const { realm, harness, learnerRequire } = createRealm(distDir);
    const requireIn = learnerRequire as (request: string) => Record<string, unknown>;
    expect(typeof requireIn("actlab").sigmoid).toBe("function");
    expect(() => requireIn("child_process")).toThrow(/not available in a graded exercise/);
    expect(harness.events()).toContain("tried to load 'child_process'");
    expect(realm.run("typeof require", 1000)).toBe("undefined");
  });

  it("gives a fake process: exit is reported, reaching for more is an escape attempt", () => {
    const { realm, harness } = createRealm(distDir);
    expect(() => realm.run("process.exit(2)", 1000)).toThrow(/process.exit is not available/);
    realm.run("process.binding", 1000);
    expect(harness.events()).toBe("called process.exit(2); escape attempt: read process.binding");
  });

  it("notices a built-in changed after freeze, in the realm only", () => {
    const { realm, harness } = createRealm(distDir);
    harness.freeze();
    expect(harness.tampered()).toBe("");
    realm.run("Array.prototype.map = () => []", 1000);
    expect(harness.tampered()).toBe("Array.prototype.map");
    expect([1].map((x) => x + 1)).toEqual([2]);
  });
});
