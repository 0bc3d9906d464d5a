import type { Exercise } from "../../src/exercises/types";

export interface Needle {
  readonly skip?: string;
  readonly describe?: string;
  readonly matches?: (text: string) => boolean;
}
export interface Hit {
  readonly cell: number;
  readonly where: "source" | "output";
  readonly text: string;
}
export interface GiveawayResult {
  readonly verdict: "clean" | "giveaway" | "not searched";
  readonly needle?: string;
  readonly reason?: string;
  readonly hits: Hit[];
}
export const MIN_OPTION_CHARS: number;
export function numbersIn(text: string): number[];
export function looseText(text: string): string;
export function answerNeedle(exercise: Exercise): Needle;
export function exerciseGiveaways(
  exercise: Exercise,
  notebook: { cells: unknown[] },
  options: { executed: { cells: unknown[] } | undefined; stripSolutions: (code: string) => string },
): GiveawayResult;
export function giveawayMessage(exercise: Exercise, result: GiveawayResult): string;
export function courseGiveaways(
  root: string,
  executedDir?: string,
): (GiveawayResult & { readonly exercise: Exercise; readonly executed: boolean })[];
