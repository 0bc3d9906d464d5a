import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { COMMITTED_SUBSET_DIR } from "../../src/datasets/fashionMnist";
import {
  encodeIdx,
  fashionMnistClassNames,
  fashionMnistLocation,
  imagesFromIdx,
  loadFashionMnist,
} from "../../src/index";

// Five 2×2 images whose pixels encode their index (image i is all 50·i), labels i mod 3.
const images = { dimensions: [5, 2, 2], data: Uint8Array.from({ length: 20 }, (_, p) => 50 * Math.floor(p / 4)) };
const labels = { dimensions: [5], data: Uint8Array.from([0, 1, 2, 0, 1]) };

describe("imagesFromIdx", () => {
  it("divides pixels by 255 and keeps the files' order without shuffling", () => {
    const data = imagesFromIdx(images, labels, 3, { shuffle: false });
    expect([data.inputs.rows, data.inputs.cols, data.side, data.available]).toEqual([5, 4, 2, 5]);
    expect(Array.from(data.inputs.data.subarray(4, 8))).toEqual([50 / 255, 50 / 255, 50 / 255, 50 / 255]);
    expect(Array.from(data.labels)).toEqual([0, 1, 2, 0, 1]);
  });

  it("shuffles with the seed, each image keeping its own label", () => {
    const first = imagesFromIdx(images, labels, 3, { seed: 4 });
    expect(imagesFromIdx(images, labels, 3, { seed: 4 })).toEqual(first);
    const indices = Array.from({ length: 5 }, (_, row) => Math.round((first.inputs.data[4 * row] * 255) / 50));
    expect([...indices].sort()).toEqual([0, 1, 2, 3, 4]);
    indices.forEach((index, row) => expect(first.labels[row]).toBe(labels.data[index]));
    const orders = [1, 2, 3, 5, 6].map((seed) => imagesFromIdx(images, labels, 3, { seed }).labels.join());
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it("keeps the first n of the shuffled order", () => {
    const all = imagesFromIdx(images, labels, 3, { seed: 2 });
    const some = imagesFromIdx(images, labels, 3, { seed: 2, n: 2 });
    expect(Array.from(some.inputs.data)).toEqual(Array.from(all.inputs.data.subarray(0, 8)));
  });

  it("rejects shapes that do not fit, labels out of range and a bad n", () => {
    const flat = { dimensions: [5, 4], data: images.data };
    expect(() => imagesFromIdx(flat, labels, 3)).toThrow(/\[count, side, side\], got \[5, 4\]/);
    const tooFew = { dimensions: [4], data: labels.data.subarray(0, 4) };
    expect(() => imagesFromIdx(images, tooFew, 3)).toThrow(/labels must have dimensions \[5\]/);
    expect(() => imagesFromIdx(images, labels, 2, { shuffle: false })).toThrow(/label 2 at image 2/);
    expect(() => imagesFromIdx(images, labels, 3, { n: 6 })).toThrow(/n must be an integer from 1 to 5/);
  });
});

function folderWith(files: Record<string, Uint8Array>): string {
  const directory = mkdtempSync(join(tmpdir(), "actlab-fmnist-"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(directory, name), bytes);
  return directory;
}

describe("loadFashionMnist", () => {
  const saved = process.env.ACTLAB_FASHION_MNIST;
  afterEach(() => {
    if (saved === undefined) delete process.env.ACTLAB_FASHION_MNIST;
    else process.env.ACTLAB_FASHION_MNIST = saved;
  });

  it("reads gzipped files with the standard names from a folder", () => {
    const directory = folderWith({
      "t10k-images-idx3-ubyte.gz": gzipSync(encodeIdx(images)),
      "t10k-labels-idx1-ubyte.gz": gzipSync(encodeIdx(labels)),
    });
    const data = loadFashionMnist({ split: "test", directory, shuffle: false });
    expect(data.source).toBe("directory option");
    expect(Array.from(data.labels)).toEqual([0, 1, 2, 0, 1]);
    expect(data.classNames).toBe(fashionMnistClassNames);
  });

  it("says which file is missing and how to provide it", () => {
    const directory = folderWith({});
    expect(() => loadFashionMnist({ directory })).toThrow(
      /train-images-idx3-ubyte\.gz not found.*ACTLAB_FASHION_MNIST/,
    );
  });

  it("names the damaged file in a parse error", () => {
    const directory = folderWith({
      "train-images-idx3-ubyte.gz": Uint8Array.from([1, 2, 3, 4]),
      "train-labels-idx1-ubyte.gz": gzipSync(encodeIdx(labels)),
    });
    expect(() => loadFashionMnist({ directory })).toThrow(/train-images-idx3-ubyte\.gz: not an IDX file/);
  });

  it("prefers the ACTLAB_FASHION_MNIST folder over the defaults, and the directory option over both", () => {
    process.env.ACTLAB_FASHION_MNIST = "/somewhere/fashion";
    expect(fashionMnistLocation()).toEqual({ directory: "/somewhere/fashion", source: "ACTLAB_FASHION_MNIST" });
    expect(fashionMnistLocation("/mine").source).toBe("directory option");
  });

  it("rejects an unknown split", () => {
    expect(() => loadFashionMnist({ split: "valid" as "train" })).toThrow(/split must be "train" or "test"/);
  });
});

describe("the committed subset", () => {
  // Facts about the full files read with Python's gzip module (independent of this loader): the
  // first ten labels of each split, and the pixel sum of the first training and test images.
  it.each([
    ["train", 2000, [9, 0, 0, 3, 0, 2, 7, 2, 5, 5], 76247],
    ["test", 1000, [9, 2, 1, 1, 6, 1, 4, 6, 5, 7], 33456],
  ] as const)("%s: %i images, 784 pixels in [0, 1], the files' first labels", (split, count, first, pixelSum) => {
    const data = loadFashionMnist({ split, directory: COMMITTED_SUBSET_DIR, shuffle: false });
    expect([data.inputs.rows, data.inputs.cols, data.available, data.classes]).toEqual([count, 784, count, 10]);
    expect(Array.from(data.labels.subarray(0, 10))).toEqual(first);
    const firstImage = data.inputs.data.subarray(0, 784).reduce((sum, value) => sum + value * 255, 0);
    expect(Math.round(firstImage)).toBe(pixelSum);
    expect(data.inputs.data.every((value) => value >= 0 && value <= 1)).toBe(true);
    expect(new Set(data.labels).size).toBe(10);
  });
});
