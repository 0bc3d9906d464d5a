import { describe, expect, it } from "vitest";
import { caseLiteral, MAX_LINE_CHARS, parseReply } from "../../src/grading/protocol";

const reply = (changes: Record<string, unknown> = {}) =>
  JSON.stringify({
    job: 7,
    loaded: "ok",
    events: "",
    answerType: "function",
    outputs: ['ok:{"kind":"number","value":"0.5"}', "error:TypeError: x"],
    tampered: "",
    timedOut: false,
    rejected: false,
    ...changes,
  });

describe("the parent reads a child's reply", () => {
  it("accepts a well-formed reply for the job in flight", () => {
    expect(typeof parseReply(reply(), 7, 2)).toBe("object");
  });

  it.each([
    ["another job", reply({ job: 8 }), /job 8/],
    ["a student's row", reply({ student: "alice", points: 99 }), /unexpected fields/],
    ["a missing field", JSON.stringify({ job: 7, result: {} }), /unexpected fields/],
    ["the wrong number of outputs", reply({ outputs: ["ok:1"] }), /shape or size/],
    ["an output that is neither ok nor error", reply({ outputs: ["passed", "passed"] }), /shape or size/],
    ["an unknown answer type", reply({ answerType: "passed" }), /shape or size/],
    ["an oversized event text", reply({ events: "x".repeat(30_000) }), /shape or size/],
    ["not JSON", "{job: 7", /not a message/],
    ["an array", "[7]", /wrong shape/],
  ])("rejects %s", (_name, line, why) => {
    expect(parseReply(line, 7, 2)).toMatch(why);
  });

  it("caps a line far below what would hurt the parent", () => expect(MAX_LINE_CHARS).toBeLessThanOrEqual(8_000_000));
});

describe("case inputs travel as JavaScript literals", () => {
  it("keep NaN, ±Infinity and -0, which JSON would turn into null or 0", () => {
    const args = [NaN, Infinity, -Infinity, -0, [1.5, NaN]] as const;
    const back = (0, eval)(caseLiteral(args)) as unknown[];
    expect(back).toEqual([NaN, Infinity, -Infinity, -0, [1.5, NaN]]);
    expect(Object.is(back[3], -0)).toBe(true);
  });
});
