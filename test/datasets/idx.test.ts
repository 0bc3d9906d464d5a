import fc from "fast-check";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeIdx, isGzip, parseIdx } from "../../src/index";

// Files written byte by byte here, following the format's description (magic 0 0, type 0x08, rank,
// big-endian dimensions), not by encodeIdx.
const labelsFile = Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 3, 7, 8, 9]);
const imagesFile = Uint8Array.from([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 10, 20, 30, 255]);

describe("parseIdx", () => {
  it("reads a rank-1 and a rank-3 file written by hand", () => {
    expect(parseIdx(labelsFile)).toEqual({ dimensions: [3], data: Uint8Array.from([7, 8, 9]) });
    const images = parseIdx(imagesFile);
    expect(images.dimensions).toEqual([2, 1, 2]);
    expect(Array.from(images.data)).toEqual([10, 20, 30, 255]);
  });

  it("reads big-endian dimensions above 255 (60,000 = 0x0000ea60)", () => {
    const bytes = new Uint8Array(8 + 60_000);
    bytes.set([0, 0, 8, 1, 0, 0, 0xea, 0x60]);
    expect(parseIdx(bytes).dimensions).toEqual([60_000]);
  });

  it("inflates a gzipped file to the same array", () => {
    const gzipped = gzipSync(imagesFile);
    expect(isGzip(gzipped)).toBe(true);
    expect(isGzip(imagesFile)).toBe(false);
    expect(parseIdx(gzipped)).toEqual(parseIdx(imagesFile));
  });

  it("rejects a wrong magic, naming the bytes found", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    expect(() => parseIdx(png, "x.idx")).toThrow(/x\.idx: not an IDX file: magic starts 0x89 0x50/);
  });

  it("rejects a type other than unsigned byte", () => {
    const floats = Uint8Array.from([0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(() => parseIdx(floats)).toThrow(/type code 0x0d is not supported; only 0x08/);
  });

  it("rejects truncated headers, truncated data and trailing bytes", () => {
    expect(() => parseIdx(Uint8Array.from([0, 0]))).toThrow(/truncated: 2 bytes/);
    expect(() => parseIdx(imagesFile.subarray(0, 10))).toThrow(/header of a rank-3 array needs 16/);
    expect(() => parseIdx(imagesFile.subarray(0, 18))).toThrow(/dimensions \[2, 1, 2\] need 4 values, the file has 2/);
    expect(() => parseIdx(Uint8Array.from([...labelsFile, 0]))).toThrow(/1 bytes after the 3 values/);
  });

  it("rejects a cut gzip stream", () => {
    const gzipped = gzipSync(imagesFile);
    expect(() => parseIdx(gzipped.subarray(0, gzipped.length - 6))).toThrow(/gzip stream is damaged or truncated/);
  });
});

describe("encodeIdx", () => {
  it("writes what parseIdx reads back, for any shape", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (dimensions, seed) => {
          const count = dimensions.reduce((a, b) => a * b, 1);
          const data = Uint8Array.from({ length: count }, (_, i) => (i * 31 + seed) % 256);
          expect(parseIdx(encodeIdx({ dimensions, data }))).toEqual({ dimensions, data });
        },
      ),
    );
  });

  it("matches the hand-written file byte for byte", () => {
    expect(encodeIdx({ dimensions: [3], data: Uint8Array.from([7, 8, 9]) })).toEqual(labelsFile);
  });
});
