import { createRealm, type Realm } from "./realm";
import type { ChildJob, ChildReply } from "./protocol";

// Running one job in the child: learner code in a fresh realm under the job's time limit, and its
// outputs read as encoded strings by the realm's own harness.

class TimeLimit extends Error {}

/** One case's encoded output may be this long (a vector of 10 000 numbers fits); a longer one is an error. */
const MAX_OUTPUT_CHARS = 1_000_000;

/** Error texts and events are cut here, below what the parent accepts (protocol.ts). */
const capText = (text: string): string => (text.length > 10_000 ? `${text.slice(0, 10_000)} … (cut)` : text);

function runTimed(realm: Realm, code: string, deadline: number): unknown {
  try {
    return realm.run(code, Math.max(1, Math.floor(deadline - performance.now())));
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeLimit();
    throw error;
  }
}

/** Runs one job in a fresh realm loaded from `distDir`; what the child sends back, less the job number. */
export function runJob(job: ChildJob, distDir: string, weakened = false): Omit<ChildReply, "job" | "rejected"> {
  const { realm, harness, learnerRequire } = createRealm(distDir, { weakened });
  (
    realm.run("(r) => Object.defineProperty(globalThis, '__actlabRequire', { value: r })", 1000) as (r: unknown) => void
  )(learnerRequire);
  harness.freeze();
  const deadline = performance.now() + job.timeLimitMs;
  const id = JSON.stringify(job.exerciseId);
  try {
    const loaded = String(
      runTimed(
        realm,
        `(() => { const module = { exports: {} }; try { (function (exports, require, module) {${job.code}\n})(module.exports, __actlabRequire, module); } catch (e) { return "error:" + __actlabHarness.describeError(e); } return "ok"; })()`,
        deadline,
      ),
    );
    const answerType = String(runTimed(realm, `__actlabHarness.answerType(${id})`, deadline));
    const outputs: string[] = [];
    if (answerType !== "missing" && harness.events() === "") {
      for (const args of job.cases) {
        const output = String(
          runTimed(realm, `__actlabHarness.produce(${id}, ${args}, ${job.callsWithArgs})`, deadline),
        );
        outputs.push(
          output.length > MAX_OUTPUT_CHARS
            ? `error:the answer's output is longer than ${MAX_OUTPUT_CHARS} characters`
            : output,
        );
      }
    }
    return {
      loaded: capText(loaded),
      events: capText(harness.events()),
      answerType,
      outputs,
      tampered: capText(harness.tampered()),
      timedOut: false,
    };
  } catch (error) {
    if (error instanceof TimeLimit)
      return { loaded: "", events: harness.events(), answerType: "missing", outputs: [], tampered: "", timedOut: true };
    return {
      loaded: `error:${error instanceof Error ? error.message : "the grading realm failed"}`,
      events: harness.events(),
      answerType: "missing",
      outputs: [],
      tampered: "",
      timedOut: false,
    };
  }
}
