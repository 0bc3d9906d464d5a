import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Script, createContext, runInContext, type Context } from "node:vm";
import { makeEncoder } from "../exercises/values";

/**
 * A fresh JavaScript realm for one graded exercise. Learner code runs here with its own Math,
 * prototypes and globals, and never touches an object of the grading realm: the actlab core is
 * loaded INTO the realm from dist/, answers leave it only as encoded strings, and the helpers the
 * grader calls were created inside it before learner code ran. So overwriting Math.exp or a
 * prototype changes only the learner's own realm (and is detected); `process` is a fake whose exit
 * throws; `require` serves only "actlab".
 */
export interface Realm {
  readonly context: Context;
  /** Evaluates code in the realm with a time limit (ms); the realm's microtasks count towards it. */
  run(code: string, timeoutMs: number): unknown;
}

// The harness is created in the realm before any learner code, and uses only what it captured then
// (index loops, no iterators or prototype methods), so learner code cannot change how it works.
const harnessSource = (encoderSource: string) => `(() => {
  "use strict";
  const encode = (${encoderSource})(Array.isArray, ArrayBuffer.isView, JSON.stringify);
  const ErrorCtor = Error, StringCtor = String, ownKeys = Reflect.ownKeys, describeKey = Object.getOwnPropertyDescriptor;
  const apply = Reflect.apply, freezeObject = Object.freeze, same = Object.is;
  const captured = Object.create(null);
  const events = [];
  const describeError = (e) => {
    try {
      return e !== null && typeof e === "object" && typeof e.message === "string" ? StringCtor(e.name) + ": " + e.message : "threw " + StringCtor(e);
    } catch { return "threw an unprintable value"; }
  };
  const guardedNames = ["Math", "JSON", "Object", "Array", "Number", "String", "Reflect", "Object.prototype",
    "Array.prototype", "Function.prototype", "Number.prototype", "String.prototype"];
  const guarded = [Math, JSON, Object, Array, Number, String, Reflect, Object.prototype, Array.prototype,
    Function.prototype, Number.prototype, String.prototype];
  const snapshot = () => {
    const entries = [];
    for (let i = 0; i < guarded.length; i++) {
      const keys = ownKeys(guarded[i]);
      for (let k = 0; k < keys.length; k++) {
        const d = describeKey(guarded[i], keys[k]);
        entries[entries.length] = [guardedNames[i] + "." + StringCtor(keys[k]), d.value, d.get, d.set];
      }
    }
    return entries;
  };
  let before;
  const noop = () => undefined;
  globalThis.console = { log: noop, info: noop, warn: noop, error: noop, debug: noop, table: noop, dir: noop };
  // A stand-in for Node's process: exit is reported as such, what a notebook cell may innocently use
  // (printing, the platform) is harmless or absent, and reaching for anything else on it (binding,
  // mainModule, kill, send, pid...) is reported as an escape attempt.
  const noWrite = { write() { return true; } };
  const fakeProcess = { env: {}, argv: [], stdout: noWrite, stderr: noWrite, exit(code) { events[events.length] = "called process.exit(" + StringCtor(code) + ")"; throw new ErrorCtor("process.exit is not available in a graded exercise"); } };
  const innocent = ["env", "argv", "exit", "stdout", "stderr", "platform", "version", "versions", "hrtime", "memoryUsage", "nextTick", "cwd", "emitWarning", "then", "toJSON"];
  globalThis.process = new Proxy(fakeProcess, {
    get(target, key) {
      for (let i = 0; i < innocent.length; i++) if (key === innocent[i]) return target[key];
      if (typeof key === "string") events[events.length] = "escape attempt: read process." + key;
      return undefined;
    },
  });
  return freezeObject({
    check(id, answer) { captured[StringCtor(id)] = answer; },
    forbidden(request) { events[events.length] = "tried to load '" + StringCtor(request) + "' (only actlab is available; reading files is not allowed)"; },
    events() { let text = ""; for (let i = 0; i < events.length; i++) text += (i ? "; " : "") + events[i]; return text; },
    freeze() { if (before === undefined) before = snapshot(); },
    tampered() {
      if (before === undefined) return "";
      const now = snapshot();
      let changed = "";
      for (let i = 0; i < before.length || i < now.length; i++) {
        const a = before[i], b = now[i];
        if (!a || !b || a[0] !== b[0] || !same(a[1], b[1]) || a[2] !== b[2] || a[3] !== b[3]) {
          changed = (a || b)[0];
          break;
        }
      }
      return changed;
    },
    describeError,
    answerType(id) { return id in captured ? typeof captured[id] : "missing"; },
    produce(id, args, callsWithArgs) {
      try {
        const answer = captured[id];
        const output = callsWithArgs ? apply(answer, undefined, args) : typeof answer === "function" ? apply(answer, undefined, []) : answer;
        return "ok:" + encode(output);
      } catch (e) { return "error:" + describeError(e); }
    },
  });
})()`;

const scripts = new Map<string, Script>();

/** Compiles a CommonJS module once; each realm instantiates it from the same compiled script. */
function moduleScript(file: string, code: string): Script {
  let script = scripts.get(file);
  if (script === undefined) {
    script = new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: file });
    scripts.set(file, script);
  }
  return script;
}

/** Loads dist/ modules into the realm; `stubs` replace modules by realm objects (the exercises' `check`). */
function createLoader(
  realm: Realm,
  distDir: string,
  stubs: ReadonlyMap<string, unknown>,
  builtins: Readonly<Record<string, unknown>>,
) {
  const cache = new Map<string, unknown>();
  const makeRequire = realm.run(
    `(hostLoad, dir) => (request) => { const loaded = hostLoad(dir, request); if (typeof loaded === "string") throw new Error(loaded); return loaded; }`,
    1000,
  ) as (load: (dir: string, request: string) => unknown, dir: string) => unknown;

  const resolveFile = (dir: string, request: string): string | undefined => {
    if (request === "actlab") return join(distDir, "index.js");
    if (!request.startsWith(".")) return undefined;
    const base = resolve(dir, request);
    return [`${base}.js`, join(base, "index.js"), base].find(
      (candidate) => candidate.endsWith(".js") && existsSync(candidate),
    );
  };

  // What this realm's require calls: a failure comes back as a string, never as an Error of the
  // grading realm, whose constructor chain would lead out of the learner's realm.
  const safeLoad = (dir: string, request: string): unknown => {
    try {
      return load(dir, request);
    } catch {
      return `cannot load '${request}' in a graded exercise`;
    }
  };
  const load = (dir: string, request: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(builtins, request)) return builtins[request];
    // A stub stands in for its module whether or not the file is there (the graded copy has no exercises/).
    const stubbed = request.startsWith(".") ? stubs.get(`${resolve(dir, request)}.js`) : undefined;
    if (stubbed !== undefined) return stubbed;
    const file = resolveFile(dir, request);
    // Core modules that need Node (plots, timing) load, but their Node imports are empty in the realm:
    // a graded answer has no use for them, and handing over a Node object would open the grading realm.
    if (file === undefined) return realm.run("({})", 1000);
    const stub = stubs.get(file);
    if (stub !== undefined) return stub;
    const cached = cache.get(file);
    if (cached !== undefined) return (cached as { exports: unknown }).exports;
    const module = realm.run("({ exports: {} })", 1000) as { exports: unknown };
    cache.set(file, module);
    const factory = moduleScript(file, readFileSync(file, "utf8")).runInContext(realm.context) as (
      ...args: unknown[]
    ) => void;
    try {
      factory(module.exports, makeRequire(safeLoad, dirname(file)), module, file, dirname(file));
    } catch {
      // A core module that needs Node at load time (plots) stays half-loaded; answers do not use it.
    }
    return module.exports;
  };
  return { load: safeLoad, requireFrom: (dir: string) => makeRequire(safeLoad, dir) };
}

const reExport =
  /^Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);$/gm;
const requireLine = /^var (\w+) = require\("(\.[^"]+)"\);$/gm;
const indexCache = new Map<string, string | undefined>();

/**
 * The index's re-exports as [name, module, property] triples, read from the compiled index.js, or
 * undefined if it has another shape. Loading the whole core costs ~25 ms a realm; an answer touches
 * a few modules, so the realm's `actlab` loads each on first use.
 */
function indexTriples(distDir: string): string | undefined {
  if (!indexCache.has(distDir)) {
    const text = readFileSync(join(distDir, "index.js"), "utf8");
    const modules = new Map([...text.matchAll(requireLine)].map((m) => [m[1], m[2]]));
    const triples = [...text.matchAll(reExport)].map((m) => [m[1], modules.get(m[2]), m[3]]);
    const complete = triples.length > 0 && triples.every(([, module]) => module !== undefined);
    indexCache.set(distDir, complete ? JSON.stringify(triples) : undefined);
  }
  return indexCache.get(distDir);
}

function lazyIndex(realm: Realm, distDir: string, requireFrom: (dir: string) => unknown): unknown {
  const triples = indexTriples(distDir);
  if (triples === undefined) return undefined;
  const build = realm.run(
    `(triples, requireModule) => {
      const index = {};
      Object.defineProperty(index, "__esModule", { value: true });
      for (const [name, module, property] of JSON.parse(triples)) {
        let loaded;
        Object.defineProperty(index, name, { enumerable: true, get() {
          if (loaded === undefined) loaded = { value: requireModule(module)[property] };
          return loaded.value;
        } });
      }
      return Object.freeze(index);
    }`,
    1000,
  ) as (triples: string, requireModule: unknown) => unknown;
  return build(triples, requireFrom(distDir));
}

export interface Harness {
  check(id: string, answer: unknown): void;
  forbidden(request: string): void;
  events(): string;
  freeze(): void;
  /** The first built-in that learner code changed (e.g. "Math.exp"), or "". */
  tampered(): string;
}

/** A realm with actlab loaded into it and the harness ready; `learnerRequire` is what learner code gets. */
export function createRealm(
  distDir: string,
  { weakened = false } = {},
): { realm: Realm; harness: Harness; learnerRequire: unknown } {
  // The global is made from an object with no prototype: `createContext({})` would hand learner code
  // this realm's Object.prototype, and with it `globalThis.constructor.constructor`, the Function of
  // the grading process (and `process`). No code from strings (eval, new Function): `import()` in such
  // code rejects with an error of the grading realm, another way out (learner code is compiled by
  // TypeScript, which turns its own `import()` into `require`). `weakened` keeps both holes, for the
  // tests that prove they matter.
  const context = createContext(weakened ? {} : Object.create(null), {
    microtaskMode: "afterEvaluate",
    codeGeneration: { strings: weakened, wasm: false },
  });
  const realm: Realm = { context, run: (code, timeout) => runInContext(code, context, { timeout }) };
  // Frozen, and its freeze() snapshots only once, so learner code that finds it cannot hide tampering.
  realm.run(
    `Object.defineProperty(globalThis, "__actlabHarness", { value: ${harnessSource(makeEncoder.toString())} });`,
    2000,
  );
  const harness = realm.run("__actlabHarness", 1000) as Harness;
  const exercisesStub = (
    realm.run("(h) => ({ check: h.check, progress: () => undefined })", 1000) as (h: Harness) => unknown
  )(harness);
  const builtins = { "node:perf_hooks": realm.run("({ performance: { now: () => Date.now() } })", 1000) };
  const { load, requireFrom } = createLoader(
    realm,
    distDir,
    new Map([[join(distDir, "exercises", "check.js"), exercisesStub]]),
    builtins,
  );
  const actlab = lazyIndex(realm, distDir, requireFrom) ?? load(distDir, "actlab");
  const learnerRequire = realm.run(
    `(actlab, harness) => (request) => { if (request === "actlab") return actlab; harness.forbidden(request); throw new Error("module '" + request + "' is not available in a graded exercise (only \\"actlab\\")"); }`,
    1000,
  ) as (actlab: unknown, harness: Harness) => unknown;
  return { realm, harness, learnerRequire: learnerRequire(actlab, harness) };
}
