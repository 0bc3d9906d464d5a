import type * as TypeScript from "typescript";

let typescript: typeof TypeScript | undefined;

/**
 * Learner TypeScript to CommonJS with `transpileModule`: no type check (fast, and a type error
 * should not cost a working answer), but syntax errors are reported with their line. Always strict:
 * a file without imports is a script, which would otherwise run sloppy, where a plain call's `this`
 * is the realm's global object (and its loader, under a name the source detector never sees).
 */
export function transpileLearnerCode(source: string): { code: string } | { error: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by grading only, not by `check`
  typescript ??= require("typescript") as typeof TypeScript;
  const ts = typescript;
  const output = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      alwaysStrict: true,
    },
  });
  const syntaxError = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntaxError) {
    const line =
      syntaxError.file && syntaxError.start !== undefined
        ? syntaxError.file.getLineAndCharacterOfPosition(syntaxError.start).line + 1
        : "?";
    return { error: `line ${line}: ${ts.flattenDiagnosticMessageText(syntaxError.messageText, "\n")}` };
  }
  return { code: output.outputText };
}
