export function notebookProblems(notebook: unknown): string[];
export function codeNotebookJson(sources: readonly string[]): string;
export function cellSource(cell: { source: string | readonly string[] }): string;
export const SPEAKER_NOTES_TAG: "speaker-notes";
interface NotebookCellLike {
  cell_type: string;
  metadata?: { tags?: readonly string[]; slideshow?: { slide_type?: string }; [key: string]: unknown };
  [key: string]: unknown;
}
export function isSpeakerNotes(cell: NotebookCellLike): boolean;
export function withoutSpeakerNotes<N extends { cells: readonly NotebookCellLike[] }>(notebook: N): N;
export function listNotebooks(dir: string): string[];
export function readNotebook(path: string): unknown;
