// Formatting of the bench's one table, kept free of timing so a unit test can check it
// (test/bench/table.test.ts). A row: { group, name, value, unit, reference?, referenceLabel?,
// target?: { op: "<=" | ">=", value, of?: "reference" }, note? }.

/** ours ÷ reference, or undefined when either is missing or not a positive finite number. */
export function ratio(value, reference) {
  const usable = (x) => typeof x === "number" && Number.isFinite(x) && x > 0;
  return usable(value) && usable(reference) ? value / reference : undefined;
}

/** A number with three significant digits (whole numbers from 1000), exponent notation only for extremes. */
export function formatNumber(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return "–";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(2);
  if (magnitude >= 1000) return String(Math.round(value));
  return String(Number(value.toPrecision(3))); // Number() drops trailing zeros: 2.00 → "2"
}

/**
 * Whether a row meets its target: compares the value itself (`of` absent) or its ratio to the
 * reference (`of: "reference"`); undefined when there is no target or nothing to compare.
 */
export function meetsTarget(row) {
  const { target } = row;
  if (target === undefined) return undefined;
  const measured = target.of === "reference" ? ratio(row.value, row.reference) : row.value;
  if (measured === undefined || !Number.isFinite(measured)) return undefined;
  return target.op === "<=" ? measured <= target.value : measured >= target.value;
}

function describeTarget(target, unit) {
  if (target === undefined) return "";
  const sign = target.op === "<=" ? "≤" : "≥";
  return target.of === "reference" ? `ratio ${sign} ${target.value}` : `${sign} ${formatNumber(target.value)} ${unit}`;
}

const verdicts = { true: "yes", false: "NO", undefined: "" };

/** The rows as cells: benchmark, ours, reference, ratio, target, met, note. */
export function tableCells(rows) {
  return rows.map((row) => {
    const r = ratio(row.value, row.reference);
    return [
      `${row.group} · ${row.name}`,
      row.value === undefined ? "–" : `${formatNumber(row.value)} ${row.unit}`,
      row.reference === undefined
        ? (row.referenceLabel ?? "")
        : `${formatNumber(row.reference)} ${row.unit} ${row.referenceLabel ?? ""}`.trim(),
      r === undefined ? "" : `${formatNumber(r)}×`,
      describeTarget(row.target, row.unit),
      verdicts[meetsTarget(row)],
      row.note ?? "",
    ];
  });
}

/** A Markdown table (which also reads well in a terminal), columns padded to their widest cell. */
export function formatTable(rows) {
  const header = ["benchmark", "ours", "reference", "ours/ref", "target", "met", "note"];
  const body = tableCells(rows);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((cells) => cells[c].length)));
  const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...body.map(line)].join("\n");
}
