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

/** "actlab", or a path into the package ("actlab/dist/…"), which serves the same functions. */
const isActlabSpecifier = (text: string): boolean => text === "actlab" || text.startsWith("actlab/");
/**
 * How compilers name an imported module: `actlab_1.activation(…)` (TypeScript names the alias after
 * the module, so a learner's own `layer_1.softmax` is not one), `__vite_ssr_import_0__` (vitest 4;
 * `__vi_import_0__` in older ones).
 */
const compiledModuleAlias = /^(actlab_\d+|__vi_import_\d+__|__vite_ssr_import_\d+__)$/;
/** Names that load a module in the grader's realm (the wrapper's `require`, the realm's own global). */
const loaders = new Set(["require", "__actlabRequire"]);
/** The global object's names: a computed member of it can reach the realm's loader. */
const globalNames = new Set(["globalThis", "global", "self", "window"]);
/**
 * Exports that hand out another's functions: `activationSpec("sigmoid").f` is `activation("sigmoid")`'s
 * f, so forbidding one forbids both.
 */
const sameFunctionsAs: Readonly<Record<string, readonly string[]>> = { activation: ["activationSpec"] };
const forbiddenOf = (exercise: Exercise): Set<string> =>
  new Set((exercise.forbids ?? []).flatMap((name) => [name, ...(sameFunctionsAs[name] ?? [])]));

type TS = typeof TypeScript;

const literalText = (ts: TS, node: TypeScript.Node | undefined): string | undefined =>
  node !== undefined && ts.isStringLiteralLike(node) ? node.text : undefined;

/** `require("actlab")` with a literal (quotes or a plain template) naming the package. */
const isActlabRequire = (ts: TS, node: TypeScript.Node | undefined): boolean =>
  node !== undefined &&
  ts.isCallExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === "require" &&
  node.arguments.length === 1 &&
  isActlabSpecifier(literalText(ts, node.arguments[0]) ?? "");

/** A destructured name's export: `{ gelu }`, `{ gelu: g }`, `{ "gelu": g }`, `{ ["gelu"]: g }`; undefined if computed. */
function boundExport(ts: TS, element: TypeScript.BindingElement): string | undefined {
  const property = element.propertyName;
  if (property === undefined) return ts.isIdentifier(element.name) ? element.name.text : undefined;
  if (ts.isIdentifier(property) || ts.isStringLiteralLike(property)) return property.text;
  if (ts.isComputedPropertyName(property)) return literalText(ts, property.expression);
  return undefined;
}

/** Local names bound to actlab exports (`import { gelu as g }` binds g → gelu) and to the module itself. */
function actlabBindings(ts: TS, file: TypeScript.SourceFile) {
  const named = new Map<string, string>();
  const modules = new Set<string>();
  const dynamic: string[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node) && isActlabSpecifier(literalText(ts, node.moduleSpecifier) ?? "")) {
      const clause = node.importClause;
      if (clause?.name) modules.add(clause.name.text); // a default import: the module object
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) modules.add(bindings.name.text);
      else if (bindings)
        for (const element of bindings.elements)
          named.set(element.name.text, (element.propertyName ?? element.name).text);
    }
    // TypeScript's `import a = require("actlab")`.
    if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      isActlabSpecifier(literalText(ts, node.moduleReference.expression) ?? "")
    )
      modules.add(node.name.text);
    if (ts.isVariableDeclaration(node) && isActlabRequire(ts, node.initializer)) {
      if (ts.isIdentifier(node.name)) modules.add(node.name.text);
      else if (ts.isObjectBindingPattern(node.name))
        for (const element of node.name.elements) {
          const exported = boundExport(ts, element);
          if (element.dotDotDotToken) dynamic.push("a rest pattern (...) over the actlab module");
          else if (exported === undefined) dynamic.push("a computed name destructured from the actlab module");
          else if (ts.isIdentifier(element.name)) named.set(element.name.text, exported);
          else dynamic.push("a nested pattern destructured from the actlab module");
        }
      else dynamic.push("an array pattern over the actlab module");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { named, modules, dynamic };
}

/** Whether `node` is the declared name of an import, a require binding or a parameter, not a use. */
function isDeclaredName(ts: TS, node: TypeScript.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isImportSpecifier(parent) || ts.isBindingElement(parent)) &&
      (parent.name === node || parent.propertyName === node)) ||
    ((ts.isNamespaceImport(parent) || ts.isImportClause(parent) || ts.isImportEqualsDeclaration(parent)) &&
      parent.name === node) ||
    (ts.isVariableDeclaration(parent) && parent.name === node)
  );
}

/** Whether `node` sits where `arguments` is the graded wrapper's (its second entry is `require`). */
function isTopLevel(ts: TS, node: TypeScript.Node): boolean {
  for (let up = node.parent; up !== undefined; up = up.parent)
    if (ts.isFunctionLike(up) && !ts.isArrowFunction(up)) return false;
  return true;
}

/**
 * What a piece of source text uses of the exercise's forbidden exports: `names`, read statically
 * (imports, aliases, `actlab.name`, `actlab["name"]`, compiled `actlab_1.name`), and `dynamic`, the
 * ways the code reaches the actlab module that the text cannot resolve to a name (the module object
 * passed around or copied, a computed member, `require` as a value, `import()`), each of which could
 * reach any export. Works on a learner's TypeScript file and on compiled JavaScript. A learner's own
 * function or object that shares a core export's name is not a use: only names bound to actlab count.
 */
export function forbiddenUses(exercise: Exercise, sourceText: string): { names: string[]; dynamic: string[] } {
  const forbidden = forbiddenOf(exercise);
  if (forbidden.size === 0) return { names: [], dynamic: [] };
  const ts = typescript();
  const file = ts.createSourceFile("answer.ts", sourceText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const { named, modules, dynamic: bindingUses } = actlabBindings(ts, file);
  const dynamic = new Set(bindingUses);
  const isModule = (node: TypeScript.Node): boolean =>
    (ts.isIdentifier(node) && (modules.has(node.text) || compiledModuleAlias.test(node.text))) ||
    isActlabRequire(ts, node);
  const found = new Set<string>();
  /** A module reference is static when a member is read from it by a literal name; that name is then used. */
  const memberRead = (module: TypeScript.Node): string | undefined => {
    const parent = module.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === module) return parent.name.text;
    if (ts.isElementAccessExpression(parent) && parent.expression === module)
      return literalText(ts, parent.argumentExpression);
    return undefined;
  };
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return; // the import itself is not a use
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return; // types are erased
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      dynamic.add("import(…), which hands over the whole module");
    if (isModule(node)) {
      const member = memberRead(node);
      const declared = ts.isIdentifier(node) && isDeclaredName(ts, node);
      // `const x = require("actlab")` and its destructuring are read by actlabBindings.
      const bound =
        ts.isCallExpression(node) && ts.isVariableDeclaration(node.parent) && node.parent.initializer === node;
      if (member !== undefined) {
        if (forbidden.has(member)) found.add(member);
      } else if (!declared && !bound)
        dynamic.add(
          ts.isElementAccessExpression(node.parent) && node.parent.expression === node
            ? "a computed member of the actlab module"
            : "the actlab module object used as a value (passed, copied or aliased)",
        );
      if (ts.isCallExpression(node)) {
        node.arguments.forEach(visit); // the literal "actlab": nothing more inside
        return;
      }
    }
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node);
      if (named.has(node.text) && !isDeclaredName(ts, node) && !isPropertyName) {
        const exported = named.get(node.text) as string;
        if (forbidden.has(exported)) found.add(exported);
      }
      const callee = ts.isCallExpression(parent) && parent.expression === node;
      if (loaders.has(node.text) && !isPropertyName && !isDeclaredName(ts, node)) {
        if (node.text !== "require") dynamic.add(`${node.text}, the grader's own loader`);
        else if (!callee) dynamic.add("require used as a value");
        else if (
          !isActlabRequire(ts, parent) &&
          literalText(ts, (parent as TypeScript.CallExpression).arguments[0]) === undefined
        )
          dynamic.add("require with a computed module name");
      }
      if (globalNames.has(node.text) && !isPropertyName && !isDeclaredName(ts, node)) {
        const member = memberRead(node);
        if (member === undefined || loaders.has(member))
          dynamic.add(`${node.text} used as a value or with a computed member, which reaches the grader's loader`);
      }
      if (node.text === "arguments" && !isPropertyName && isTopLevel(ts, node))
        dynamic.add("arguments at the top level, which holds the grader's require");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { names: [...found].sort(), dynamic: [...dynamic].sort() };
}

/**
 * The forbidden actlab exports that a piece of source text uses, sorted (see `forbiddenUses`). A
 * dynamic way into the module could reach any of them, so then every forbidden export is listed.
 */
export function forbiddenCallsIn(exercise: Exercise, sourceText: string): string[] {
  const { names, dynamic } = forbiddenUses(exercise, sourceText);
  return dynamic.length > 0 ? [...forbiddenOf(exercise)].sort() : names;
}

/** The messages a learner reads for what `forbiddenUses` found, one per name and one per dynamic way. */
export function forbiddenUseMessages(exercise: Exercise, sourceText: string): string[] {
  const { names, dynamic } = forbiddenUses(exercise, sourceText);
  const offLimits = (exercise.forbids ?? []).join(", ");
  return [
    ...names.map(forbiddenCallMessage),
    ...dynamic.map(
      (way) =>
        `reaches actlab through ${way}, which could call what this exercise forbids (${offLimits}): import what you use by name, import { … } from "actlab" (so it earns no points)`,
    ),
  ];
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
