/**
 * Fashion-MNIST (Xiao, Rasul & Vollgraf 2017, https://github.com/zalandoresearch/fashion-mnist, MIT):
 * 28×28 grey images of clothing in 10 classes, 60,000 for training and 10,000 for testing, in the
 * IDX format of MNIST. Where the files are found, first match wins:
 *   1. `options.directory`;
 *   2. the environment variable ACTLAB_FASHION_MNIST (a folder holding the four standard files);
 *   3. /usr/share/datasets/fashion-mnist (Debian's `dataset-fashion-mnist`, installed by setup);
 *   4. the subset committed in data/fashion-mnist-subset (made by scripts/make-fashion-mnist-subset.mjs).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRng } from "../numerics/random";
import { parseIdx, type IdxArray } from "./idx";
import type { ClassificationData } from "./types";

/** The class names in label order, as in the data set's README. */
export const fashionMnistClassNames: readonly string[] = [
  "T-shirt/top",
  "Trouser",
  "Pullover",
  "Dress",
  "Coat",
  "Sandal",
  "Shirt",
  "Sneaker",
  "Bag",
  "Ankle boot",
];

export const FASHION_MNIST_ENV = "ACTLAB_FASHION_MNIST";
export const DEBIAN_FASHION_MNIST_DIR = "/usr/share/datasets/fashion-mnist";
/** From src/datasets or dist/datasets, the project's data folder is two levels up. */
export const COMMITTED_SUBSET_DIR = join(__dirname, "..", "..", "data", "fashion-mnist-subset");

export type FashionMnistSplit = "train" | "test";

/** The standard file names (the Debian package and Zalando's download keep them). */
export function fashionMnistFileNames(split: FashionMnistSplit): { images: string; labels: string } {
  const prefix = split === "train" ? "train" : "t10k";
  return { images: `${prefix}-images-idx3-ubyte.gz`, labels: `${prefix}-labels-idx1-ubyte.gz` };
}

export type FashionMnistSource = "directory option" | typeof FASHION_MNIST_ENV | "Debian package" | "committed subset";

/** Which folder the loader reads, and why that one. */
export function fashionMnistLocation(directory?: string): { directory: string; source: FashionMnistSource } {
  if (directory !== undefined) return { directory, source: "directory option" };
  const fromEnvironment = process.env[FASHION_MNIST_ENV];
  if (fromEnvironment) return { directory: fromEnvironment, source: FASHION_MNIST_ENV };
  if (existsSync(join(DEBIAN_FASHION_MNIST_DIR, fashionMnistFileNames("test").images))) {
    return { directory: DEBIAN_FASHION_MNIST_DIR, source: "Debian package" };
  }
  return { directory: COMMITTED_SUBSET_DIR, source: "committed subset" };
}

export interface ImageClassificationData extends ClassificationData {
  /** Pixels per image side (inputs has side² columns, values in [0, 1]). */
  readonly side: number;
  /** How many images the files hold (before taking the subset). */
  readonly available: number;
}

export interface ImageSelection {
  /** How many images to keep (default: all). */
  readonly n?: number;
  /** Seeds the shuffle that picks them (default 0). */
  readonly seed?: number;
  /** false keeps the files' order (the first n images). Default true. */
  readonly shuffle?: boolean;
}

/**
 * Images and labels from two parsed IDX arrays: pixels divided by 255 (torchvision's ToTensor), rows
 * in a seeded random order, the first n kept. Checks that the shapes and labels fit together.
 */
export function imagesFromIdx(
  images: IdxArray,
  labels: IdxArray,
  classes: number,
  { n, seed = 0, shuffle = true }: ImageSelection = {},
): ImageClassificationData {
  const [count, height, width] = images.dimensions;
  if (images.dimensions.length !== 3 || height !== width) {
    throw new Error(`images must have dimensions [count, side, side], got [${images.dimensions.join(", ")}]`);
  }
  if (labels.dimensions.length !== 1 || labels.dimensions[0] !== count) {
    throw new Error(
      `labels must have dimensions [${count}] to match the images, got [${labels.dimensions.join(", ")}]`,
    );
  }
  const keep = n ?? count;
  if (!Number.isInteger(keep) || keep < 1 || keep > count) {
    throw new Error(`n must be an integer from 1 to ${count} (the images available), got ${n}`);
  }
  const order = Int32Array.from({ length: count }, (_, i) => i);
  if (shuffle) {
    const rng = createRng(seed);
    for (let i = count - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  const pixels = height * width;
  const inputs = new Float64Array(keep * pixels);
  const kept = new Int32Array(keep);
  for (let row = 0; row < keep; row++) {
    const source = order[row];
    const label = labels.data[source];
    if (label >= classes) throw new Error(`label ${label} at image ${source} is not below the ${classes} classes`);
    kept[row] = label;
    for (let p = 0; p < pixels; p++) inputs[row * pixels + p] = images.data[source * pixels + p] / 255;
  }
  return { inputs: { rows: keep, cols: pixels, data: inputs }, labels: kept, classes, side: width, available: count };
}

export interface FashionMnistOptions extends ImageSelection {
  /** "train" (default) or "test". */
  readonly split?: FashionMnistSplit;
  /** A folder holding the four standard files; overrides the search described above. */
  readonly directory?: string;
}

export interface FashionMnistData extends ImageClassificationData {
  readonly classNames: readonly string[];
  readonly directory: string;
  readonly source: FashionMnistSource;
}

function readIdxFile(directory: string, name: string): IdxArray {
  const path = join(directory, name);
  if (!existsSync(path)) {
    throw new Error(
      `Fashion-MNIST: ${path} not found. Put the four files of https://github.com/zalandoresearch/fashion-mnist ` +
        `(${name} and the others) in one folder and set ${FASHION_MNIST_ENV} to it, or install Debian's ` +
        `dataset-fashion-mnist`,
    );
  }
  return parseIdx(readFileSync(path), path);
}

/** Fashion-MNIST as `{ inputs: n×784 in [0, 1], labels, classes: 10, classNames }`, from the folder found above. */
export function loadFashionMnist(options: FashionMnistOptions = {}): FashionMnistData {
  const split = options.split ?? "train";
  if (split !== "train" && split !== "test") throw new Error(`split must be "train" or "test", got ${String(split)}`);
  const { directory, source } = fashionMnistLocation(options.directory);
  const files = fashionMnistFileNames(split);
  const data = imagesFromIdx(
    readIdxFile(directory, files.images),
    readIdxFile(directory, files.labels),
    fashionMnistClassNames.length,
    options,
  );
  return { ...data, classNames: fashionMnistClassNames, directory, source };
}
