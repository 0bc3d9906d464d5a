export function notebookProblems(notebook: unknown): string[];
export function codeNotebookJson(sources: readonly string[]): string;
