import type * as TypeScript from "typescript";
import type { Exercise } from "./types";

/**
 * "Implement it yourself" exercises name the actlab exports that would answer them (`forbids`).
 * Two detectors share this file: `forbiddenCallsIn` reads source text (the grader's TypeScript, or
 * the compiled JavaScript of a notebook answer), and `watchForbiddenCalls` notices calls while the
 * answer runs, which also catches a helper defined in another cell.
 */

// Loaded on first use: TypeScript is large, and only exercises with `forbids` need it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const typescript = (): typeof TypeScript => require("typescript") as typeof TypeScript;

const ACTLAB_MODULE = "actlab";
/** How compilers name an imported module: `actlab_1.activation(…)` (TypeScript), `__vi_import_0__` (vitest). */
const compiledModuleAlias = /^[A-Za-z_$][\w$]*_\d+(__)?$/;

const isActlabRequire = (ts: typeof TypeScript, node: TypeScript.Node | undefined): boolean =>
  node !== undefined &&
  ts.isCallExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === "require" &&
  node.arguments.length === 1 &&
  ts.isStringLiteral(node.arguments[0]) &&
  node.arguments[0].text === ACTLAB_MODULE;

/** Local names bound to actlab exports (`import { gelu as g }` binds g → gelu) and to the module itself. */
function actlabBindings(ts: typeof TypeScript, file: TypeScript.SourceFile) {
  const named = new Map<string, string>();
  const modules = new Set<string>();
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (node.moduleSpecifier.text === ACTLAB_MODULE && bindings) {
        if (ts.isNamespaceImport(bindings)) modules.add(bindings.name.text);
        else
          for (const element of bindings.elements)
            named.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    }
    if (ts.isVariableDeclaration(node) && isActlabRequire(ts, node.initializer)) {
      if (ts.isIdentifier(node.name)) modules.add(node.name.text);
      else if (ts.isObjectBindingPattern(node.name))
        for (const element of node.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const property = element.propertyName;
          named.set(element.name.text, property && ts.isIdentifier(property) ? property.text : element.name.text);
        }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { named, modules };
}

/**
 * The forbidden actlab exports that a piece of source text uses, sorted. Works on a learner's
 * TypeScript file (imports from "actlab", `require("actlab")`) and on compiled JavaScript, where
 * an import has become `actlab_1.name`. A learner's own function that happens to share a core
 * export's name is not a use: only names bound to actlab count.
 */
export function forbiddenCallsIn(exercise: Exercise, sourceText: string): string[] {
  const forbidden = new Set(exercise.forbids ?? []);
  if (forbidden.size === 0) return [];
  const ts = typescript();
  const file = ts.createSourceFile("answer.ts", sourceText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const { named, modules } = actlabBindings(ts, file);
  const isModule = (node: TypeScript.Node): boolean =>
    (ts.isIdentifier(node) && (modules.has(node.text) || compiledModuleAlias.test(node.text))) ||
    isActlabRequire(ts, node);
  const found = new Set<string>();
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node)) return; // the import itself is not a use
    if (ts.isPropertyAccessExpression(node) && isModule(node.expression) && forbidden.has(node.name.text))
      found.add(node.name.text);
    if (
      ts.isElementAccessExpression(node) &&
      isModule(node.expression) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      forbidden.has(node.argumentExpression.text)
    )
      found.add(node.argumentExpression.text);
    if (ts.isIdentifier(node) && named.has(node.text)) {
      const parent = node.parent;
      const isDeclaration =
        (ts.isImportSpecifier(parent) || ts.isBindingElement(parent)) &&
        (parent.name === node || parent.propertyName === node);
      const isPropertyName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const exported = named.get(node.text) as string;
      if (!isDeclaration && !isPropertyName && forbidden.has(exported)) found.add(exported);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found].sort();
}

/** The message a learner reads, one per forbidden export used. */
export function forbiddenCallMessage(name: string): string {
  return `calls actlab's ${name}: write it yourself (this exercise forbids it, so it earns no points)`;
}

type Exports = Record<string, unknown>;

/**
 * The loaded CommonJS modules of this package that define `name` as a plain, writable function
 * export. Notebooks load the core from dist/ through `require`, and every re-export reads the
 * defining module's property at call time, so replacing that property intercepts every call.
 */
function definingModules(name: string, packageDir: string): Exports[] {
  if (typeof require === "undefined" || require.cache === undefined) return [];
  return Object.values(require.cache).flatMap((loaded) => {
    if (!loaded?.filename.startsWith(packageDir) || loaded.filename.includes("node_modules")) return [];
    const exports = loaded.exports as Exports;
    const descriptor = Object.getOwnPropertyDescriptor(exports, name);
    return descriptor?.writable && typeof descriptor.value === "function" ? [exports] : [];
  });
}

/**
 * Runs `run` with every forbidden export of `exercise` watched; returns what `run` returned and
 * the forbidden names that are the answer itself or were called while `inside()` was true (the learner's answer running, not the
 * checker's own reference or mistakes). Outside a CommonJS load of the core (vitest), nothing is
 * watched and the source-text detector is the only one.
 */
export function watchForbiddenCalls<T>(
  exercise: Exercise,
  inside: () => boolean,
  run: () => T,
  packageDir: string,
  answer?: unknown,
): { result: T; called: string[] } {
  const called = new Set<string>();
  const restore: (() => void)[] = [];
  for (const name of exercise.forbids ?? []) {
    for (const exports of definingModules(name, packageDir)) {
      const original = exports[name] as (...args: unknown[]) => unknown;
      if (original === answer) called.add(name); // the core's own function handed in as the answer
      exports[name] = function watched(this: unknown, ...args: unknown[]) {
        if (inside()) called.add(name);
        return original.apply(this, args);
      };
      restore.push(() => {
        exports[name] = original;
      });
    }
  }
  try {
    return { result: run(), called: [...called].sort() };
  } finally {
    for (const undo of restore) undo();
  }
}
