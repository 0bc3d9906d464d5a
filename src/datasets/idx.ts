/**
 * The IDX format of MNIST and Fashion-MNIST (LeCun et al., http://yann.lecun.com/exdb/mnist/):
 * two zero bytes, a type code (0x08 = unsigned byte), the number of dimensions, each dimension as a
 * big-endian 32-bit integer, then the values in row-major order. The files ship gzipped; a gzip
 * stream (magic 0x1f 0x8b) is inflated with Node's zlib first.
 */
import { gunzipSync } from "node:zlib";

export interface IdxArray {
  /** e.g. [60000, 28, 28] for images, [60000] for labels. */
  readonly dimensions: readonly number[];
  readonly data: Uint8Array;
}

const UNSIGNED_BYTE = 0x08;

function hex(byte: number | undefined): string {
  return byte === undefined ? "(missing)" : `0x${byte.toString(16).padStart(2, "0")}`;
}

/** Whether the bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Parses an IDX file's bytes (gzipped or not); `what` names the file in error messages. */
export function parseIdx(bytes: Uint8Array, what = "IDX data"): IdxArray {
  let raw: Uint8Array;
  try {
    raw = isGzip(bytes) ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw new Error(`${what}: gzip stream is damaged or truncated (${(error as Error).message})`);
  }
  if (raw.length < 4) throw new Error(`${what}: truncated: ${raw.length} bytes, an IDX header needs at least 4`);
  if (raw[0] !== 0 || raw[1] !== 0) {
    throw new Error(
      `${what}: not an IDX file: magic starts ${hex(raw[0])} ${hex(raw[1])}, expected 0x00 0x00 (then type and rank)`,
    );
  }
  if (raw[2] !== UNSIGNED_BYTE) {
    throw new Error(`${what}: type code ${hex(raw[2])} is not supported; only 0x08 (unsigned byte) is`);
  }
  const rank = raw[3];
  const headerLength = 4 + 4 * rank;
  if (raw.length < headerLength) {
    throw new Error(
      `${what}: truncated: ${raw.length} bytes, the header of a rank-${rank} array needs ${headerLength}`,
    );
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const dimensions = Array.from({ length: rank }, (_, d) => view.getUint32(4 + 4 * d, false));
  const count = dimensions.reduce((product, size) => product * size, 1);
  const available = raw.length - headerLength;
  if (available < count) {
    throw new Error(
      `${what}: truncated: dimensions [${dimensions.join(", ")}] need ${count} values, the file has ${available}`,
    );
  }
  if (available > count) {
    throw new Error(`${what}: ${available - count} bytes after the ${count} values of [${dimensions.join(", ")}]`);
  }
  // A plain Uint8Array view (zlib returns a Buffer), so results compare equal whatever the source.
  return { dimensions, data: new Uint8Array(raw.buffer, raw.byteOffset + headerLength, count) };
}

/** The bytes of an unsigned-byte IDX file holding `data` with these dimensions (not gzipped). */
export function encodeIdx({ dimensions, data }: IdxArray): Uint8Array {
  const headerLength = 4 + 4 * dimensions.length;
  const bytes = new Uint8Array(headerLength + data.length);
  const view = new DataView(bytes.buffer);
  bytes[2] = UNSIGNED_BYTE;
  bytes[3] = dimensions.length;
  dimensions.forEach((size, d) => view.setUint32(4 + 4 * d, size, false));
  bytes.set(data, headerLength);
  return bytes;
}
