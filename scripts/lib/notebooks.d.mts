export function notebookProblems(notebook: unknown): string[];
export function codeNotebookJson(sources: readonly string[]): string;
export function cellSource(cell: { source: string | readonly string[] }): string;
