export interface Target {
  readonly op: "<=" | ">=";
  readonly value: number;
  readonly of?: "reference";
}
export interface BenchRow {
  readonly group: string;
  readonly name: string;
  readonly value?: number;
  readonly unit: string;
  readonly reference?: number;
  readonly referenceLabel?: string;
  readonly target?: Target;
  readonly note?: string;
}
export function ratio(value: number | undefined, reference: number | undefined): number | undefined;
export function formatNumber(value: number | undefined): string;
export function meetsTarget(row: BenchRow): boolean | undefined;
export function tableCells(rows: readonly BenchRow[]): string[][];
export function formatTable(rows: readonly BenchRow[]): string;
