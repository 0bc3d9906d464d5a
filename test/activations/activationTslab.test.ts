import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What a notebook cell sees: tslab compiles each cell with its own bundled TypeScript (5.0.4, not
 * the project's), against the declarations in dist/ (the package imports itself by name). This
 * compiles a cell-like file with that TypeScript and tslab's options, so it proves that 5.0 reads our
 * emitted .d.ts and reports a literal typo, while string variables still compile. dist/ must be
 * built (npm test's setup step does it); about 3 s on a quiet machine.
 */
type TypeScript = typeof import("typescript");
const projectRoot = path.resolve(__dirname, "../..");
const requireFromTslab = createRequire(require.resolve("tslab/package.json"));
const tslabTypeScript = requireFromTslab("@tslab/typescript-for-tslab") as TypeScript;

const cellLines = [
  'import { activation, activationProperties, activationSymbolicDerivative } from "actlab";',
  'activation("gleu");', // line 2: unknown name
  'activation("elu", { alhpa: 1 });', // line 3: unknown parameter
  'activation("gelu", { approximate: "erf" });', // line 4: not a choice
  'activationProperties("sigmoud");', // line 5: unknown name, another entry point
  'activation("elu", { alpha: 2 }).f(-1);',
  'activation("gelu", { approximate: "tanh" });',
  'const learnersName: string = "gleu";',
  "activation(learnersName);",
  "activation(learnersName, { anything: 1 });",
  'for (const name of ["sigmoid", "tanh", "relu"]) activationProperties(name);',
  "function threeWay(name: string, params?: Record<string, unknown>) {",
  "  return [activation(name, params), activationSymbolicDerivative(name, params)];",
  "}",
  'threeWay("mish");',
];

function compileCell(ts: TypeScript): { cell: string[]; declarations: string[] } {
  const cellPath = path.join(projectRoot, "notebooks", "__cell__.ts");
  // tslab's options (tslab/dist/converter.js), except that declaration files are checked too.
  const options: import("typescript").CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    declaration: true,
    resolveJsonModule: true,
    skipLibCheck: false,
    noEmit: true,
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => file === cellPath || ts.sys.fileExists(file);
  host.readFile = (file) => (file === cellPath ? cellLines.join("\n") : readFile(file));
  host.getSourceFile = (file, languageVersion) =>
    file === cellPath
      ? ts.createSourceFile(file, cellLines.join("\n"), languageVersion)
      : getSourceFile(file, languageVersion);
  const program = ts.createProgram([cellPath], options, host);
  const describeDiagnostic = (d: import("typescript").Diagnostic): string => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${path.relative(projectRoot, d.file?.fileName ?? "")}:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  };
  const all = ts.getPreEmitDiagnostics(program).map(describeDiagnostic);
  return {
    cell: all.filter((line) => line.startsWith(path.join("notebooks", "__cell__.ts"))),
    declarations: all.filter((line) => !line.startsWith(path.join("notebooks", "__cell__.ts"))),
  };
}

describe("a notebook cell compiled by tslab's own TypeScript against dist/", () => {
  it("uses TypeScript 5.0 and finds the built declarations", () => {
    expect(tslabTypeScript.version).toMatch(/^5\.0\./);
    const declarations = path.join(projectRoot, "dist", "activations", "activation.d.ts");
    expect(existsSync(declarations), "dist/ is missing: run npm run build").toBe(true);
    expect(readFileSync(declarations, "utf8"), "dist/ is older than src/: run npm run build").toContain(
      "export type ActivationName",
    );
  });

  it("reads the emitted .d.ts without errors and rejects exactly the four literal typos", () => {
    const { cell, declarations } = compileCell(tslabTypeScript);
    expect(declarations).toEqual([]);
    expect(cell.map((line) => Number(line.split(":")[1]))).toEqual([2, 3, 4, 5]);
    expect(cell[0]).toMatch(/Argument of type '"gleu"' is not assignable to parameter of type '"relu" \| .*"gelu"/s);
    expect(cell[1]).toMatch(/'alhpa' does not exist in type '\{ readonly alpha\?: number/);
    expect(cell[2]).toMatch(/'"erf"' is not assignable to type '"none" \| "tanh"/);
    expect(cell[3]).toMatch(/Argument of type '"sigmoud"' is not assignable/);
  }, 120_000); // ~3 s on a quiet machine; 20 s seen at load average 20
});
