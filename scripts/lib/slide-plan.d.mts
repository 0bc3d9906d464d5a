type Cell = {
  cell_type: string;
  source: string | readonly string[];
  metadata?: Record<string, unknown>;
  outputs?: unknown[];
};
type Piece = { kind: string; type: string; height: number };
/** An nbformat output as the plan reads it. */
type Output = { output_type: string; name?: string; text?: string; data?: Record<string, string> };
/** A staged cell: its slide type and how its input shows are always set. */
type StagedCell = Omit<Cell, "metadata" | "outputs"> & {
  metadata: { slideshow: { slide_type: string }; actlab_slide?: { input: string }; [key: string]: unknown };
  outputs?: Output[];
};
export const SLIDE: { width: number; height: number };
export const SLIDE_BUDGET_PX: number;
export const FIGURE_MAX_PX: number;
export const FIGURE_MIN_PX: number;
export const CODE_LINES: number;
export const OUTPUT_LINES: number;
export const TAGS: { outputOnly: string; showCode: string; notes: string };
export function markdownBlockHeight(block: string): number;
export function markdownBlocks(source: string): string[];
export function figureHeight(output: unknown): number;
export function cappedFigure<T>(output: T, maxPx?: number): T;
export function cellPieces(cell: Cell): { kind: string; height: number; cell: StagedCell }[];
export function planSlides(
  cells: readonly Cell[],
  options?: { budget?: number; afterTitle?: string },
): { cells: StagedCell[]; slides: number; subslides: number; layout: Piece[] };
