#!/usr/bin/env node
// Writes the committed Fashion-MNIST subset, data/fashion-mnist-subset/, from the four full files:
// the first TRAIN training images and the first TEST test images, in the files' own order (Zalando
// shuffled them, so every prefix is close to balanced), as gzipped IDX files with the standard names.
// `node scripts/make-fashion-mnist-subset.mjs [folder of the full files]` (default: the loader's
// search, i.e. ACTLAB_FASHION_MNIST or /usr/share/datasets/fashion-mnist). Needs dist/ (npm run build).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { projectRoot } from "./lib/project.mjs";

const TRAIN = 2000;
const TEST = 1000;

const core = createRequire(import.meta.url)(join(projectRoot, "dist", "index.js"));
const { directory, source } = core.fashionMnistLocation(process.argv[2]);
if (source === "committed subset") {
  throw new Error(
    "make-fashion-mnist-subset: the full files are needed (install dataset-fashion-mnist or pass a folder)",
  );
}
const outDir = join(projectRoot, "data", "fashion-mnist-subset");
mkdirSync(outDir, { recursive: true });

for (const [split, keep] of [
  ["train", TRAIN],
  ["test", TEST],
]) {
  const names = core.fashionMnistFileNames(split);
  for (const kind of ["images", "labels"]) {
    const full = core.parseIdx(readFileSync(join(directory, names[kind])), names[kind]);
    const perItem = full.data.length / full.dimensions[0];
    const subset = { dimensions: [keep, ...full.dimensions.slice(1)], data: full.data.subarray(0, keep * perItem) };
    // mtime 0 in the gzip header (zlib's default), so the same input always gives the same bytes.
    const bytes = gzipSync(core.encodeIdx(subset), { level: 9 });
    writeFileSync(join(outDir, names[kind]), bytes);
    console.log(`${names[kind]}: ${keep} of ${full.dimensions[0]}, ${bytes.length} bytes`);
  }
}
