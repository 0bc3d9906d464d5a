#!/usr/bin/env node
// `npm run exercises:audit`: per notebook, its exercises by kind of thinking and difficulty, and the
// "no giveaway" verdict of each numeric and choice exercise (scripts/lib/giveaways.mjs), read from
// the notebook's cells before the exercise and, where build/executed/ has the executed notebook,
// their outputs. Exits 1 when an answer is given away, like the npm test stage.
import { courseGiveaways, giveawayMessage } from "./lib/giveaways.mjs";
import { projectRoot } from "./lib/project.mjs";

const rows = courseGiveaways(projectRoot);
const stars = (difficulty) => "★".repeat(difficulty) + "☆".repeat(3 - difficulty);
const verdictOf = (row) =>
  row.verdict === "clean"
    ? `no (looked for ${row.needle}${row.executed ? ", outputs read" : ", sources only"})`
    : row.verdict === "giveaway"
      ? `YES: ${row.hits.map((hit) => `cell ${hit.cell} ${hit.where}`).join(", ")}`
      : `not searched: ${row.reason}`;
const tally = (values) =>
  Object.entries(values.reduce((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {}))
    .map(([value, count]) => `${count} ${value}`)
    .join(", ");

for (const notebook of [...new Set(rows.map((row) => row.exercise.notebook))].sort()) {
  const own = rows.filter((row) => row.exercise.notebook === notebook);
  console.log(`\n## ${notebook}: ${own.length} exercises`);
  console.log(`thinking: ${tally(own.map((row) => row.exercise.thinking))}`);
  console.log(`difficulty: ${tally(own.map((row) => stars(row.exercise.difficulty)))}\n`);
  console.log("| id | thinking | ★ | min | given away before it? |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const { exercise, ...row } of own)
    console.log(
      `| ${exercise.id} | ${exercise.thinking} | ${stars(exercise.difficulty)} | ${exercise.minutes} | ${verdictOf(row)} |`,
    );
}
const given = rows.filter((row) => row.verdict === "giveaway");
const clean = rows.filter((row) => row.verdict === "clean").length;
for (const row of given) console.log(`\n${giveawayMessage(row.exercise, row)}`);
console.log(
  `\ngiveaways: ${clean} passed, ${given.length} failed (${rows.length - clean - given.length} not searched)`,
);
process.exit(given.length ? 1 : 0);
