import type { Case } from "../exercises/types";

/** A case's arguments as a JavaScript array literal; String() keeps NaN, Infinity and -0 apart from null. */
export const caseLiteral = (args: Case): string =>
  `[${args.map((arg) => (typeof arg === "number" ? numberLiteral(arg) : `[${arg.map(numberLiteral).join(",")}]`)).join(",")}]`;
const numberLiteral = (x: number): string => (Object.is(x, -0) ? "-0" : String(x));

/** What the parent sends a child: public data only (no expected values, no references). */
export interface ChildJob {
  /** The parent's number for this job; a reply counts only if it carries the number of the job in flight. */
  readonly job: number;
  readonly exerciseId: string;
  /** The learner's code, already compiled to CommonJS by the parent. */
  readonly code: string;
  /**
   * The inputs of every case as JavaScript literals ("[NaN,[1,2]]": JSON has no NaN or ±Infinity),
   * hidden ones included (their expected values stay in the parent).
   */
  readonly cases: readonly string[];
  readonly callsWithArgs: boolean;
  readonly timeLimitMs: number;
}

/** What a child answers: raw outputs as encoded strings ("ok:<encoded>" or "error:<message>"). */
export interface ChildReply {
  readonly job: number;
  readonly loaded: string;
  readonly events: string;
  readonly answerType: string;
  readonly outputs: readonly string[];
  readonly tampered: string;
  readonly timedOut: boolean;
  readonly rejected: boolean;
}

/** The longest line the parent reads from a child; a longer one is tampering (and is not buffered). */
export const MAX_LINE_CHARS = 8_000_000;
const MAX_TEXT_CHARS = 20_000;
const MAX_OUTPUT_CHARS = 2_000_000;
const answerTypes = new Set([
  "missing",
  "function",
  "number",
  "string",
  "bigint",
  "boolean",
  "symbol",
  "undefined",
  "object",
]);
const replyKeys = ["job", "loaded", "events", "answerType", "outputs", "tampered", "timedOut", "rejected"]
  .sort()
  .join();

const shortText = (value: unknown): boolean => typeof value === "string" && value.length <= MAX_TEXT_CHARS;

/**
 * The reply if `line` is a well-formed answer to job `job` with `caseCount` cases, else why not.
 * The parent believes nothing else: not a job number it did not send, not a second reply, not an
 * extra key, a score or a student name (a reply has no field that could carry one).
 */
export function parseReply(line: string, job: number, caseCount: number): ChildReply | string {
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch {
    return "the grading process sent something that is not a message";
  }
  if (message === null || typeof message !== "object" || Array.isArray(message))
    return "the grading process sent a message of the wrong shape";
  const reply = message as Record<string, unknown>;
  if (Object.keys(reply).sort().join() !== replyKeys)
    return "the grading process sent a message with unexpected fields";
  if (reply.job !== job)
    return `the grading process sent a reply for job ${String(reply.job)}, not for the job it held`;
  const outputs = reply.outputs;
  const wellFormed =
    shortText(reply.loaded) &&
    shortText(reply.events) &&
    shortText(reply.tampered) &&
    typeof reply.answerType === "string" &&
    answerTypes.has(reply.answerType) &&
    typeof reply.timedOut === "boolean" &&
    typeof reply.rejected === "boolean" &&
    Array.isArray(outputs) &&
    (outputs.length === caseCount || outputs.length === 0) &&
    outputs.every(
      (output) =>
        typeof output === "string" &&
        output.length <= MAX_OUTPUT_CHARS &&
        (output.startsWith("ok:") || output.startsWith("error:")),
    );
  return wellFormed ? (reply as unknown as ChildReply) : "the grading process sent a reply of the wrong shape or size";
}
