/**
 * The model file: gzip of a JSON header and, per stage, the transition matrix (float32) and the
 * weight rows that are not all zero (a bitmap over rows, then int16 values scaled by the stage's
 * `scale`).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { type CompactWeights, compactFromRows, type LinearWeights } from './decode.js';
import type { FeatureOptions } from './features.js';

const MAGIC = 0x52454e53; // "SNER"
const VERSION = 1;

/** What a model file says about itself. */
export interface ModelHeader {
  readonly scheme: 'bilou' | 'iob2';
  readonly hashBits: number;
  readonly features: FeatureOptions;
  /** Fingerprint of the lexicon (clusters, gazetteers) the model was trained with. */
  readonly lexicon: number;
  /** Free-form facts recorded by training: data, epochs, dev scores, date. */
  readonly info: Record<string, unknown>;
}

export interface ModelFile {
  readonly header: ModelHeader;
  /** First pass, then (optionally) the document-level second pass. */
  readonly stages: LinearWeights[];
}

/** A model as read for tagging. */
export interface LoadedModel {
  readonly header: ModelHeader;
  readonly stages: CompactWeights[];
}

/** Serialises a model (weights quantised to int16). */
export function encodeModel(model: ModelFile): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.from(JSON.stringify({ ...model.header, stages: model.stages.length }), 'utf8');
  const prefix = Buffer.alloc(12);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(VERSION, 4);
  prefix.writeUInt32LE(head.length, 8);
  parts.push(prefix, head);
  for (const stage of model.stages) {
    const L = stage.labels;
    const rows = stage.weights.length / L;
    let max = 0;
    for (const w of stage.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 32767 : 1;
    const bitmap = new Uint8Array(Math.ceil(rows / 8));
    const values: number[] = [];
    for (let r = 0; r < rows; r++) {
      let any = false;
      for (let y = 0; y < L; y++) if (Math.round(stage.weights[r * L + y]! / scale) !== 0) any = true;
      if (!any) continue;
      bitmap[r >> 3]! |= 1 << (r & 7);
      for (let y = 0; y < L; y++) values.push(Math.round(stage.weights[r * L + y]! / scale));
    }
    const meta = Buffer.alloc(16);
    meta.writeUInt32LE(L, 0);
    meta.writeUInt32LE(rows, 4);
    meta.writeFloatLE(scale, 8);
    meta.writeUInt32LE(values.length, 12);
    parts.push(
      meta,
      Buffer.from(stage.transitions.buffer, stage.transitions.byteOffset, stage.transitions.byteLength),
      Buffer.from(bitmap),
      Buffer.from(Int16Array.from(values).buffer),
    );
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

// Typed arrays are read in the platform's byte order, little-endian on every platform Node supports.
function copy(buf: Buffer, at: number, length: number): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + length) as ArrayBuffer;
}

/** Reads a model written by {@link encodeModel}. */
export function decodeModel(gz: Uint8Array): LoadedModel {
  const buf = gunzipSync(gz);
  if (buf.readUInt32LE(0) !== MAGIC) throw new Error('not a sitrep NER model file');
  if (buf.readUInt32LE(4) !== VERSION) throw new Error(`unsupported NER model version ${buf.readUInt32LE(4)}`);
  const headLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.subarray(12, 12 + headLength).toString('utf8')) as ModelHeader & { stages: number };
  let at = 12 + headLength;
  const stages: CompactWeights[] = [];
  for (let s = 0; s < header.stages; s++) {
    const L = buf.readUInt32LE(at);
    const rows = buf.readUInt32LE(at + 4);
    const scale = buf.readFloatLE(at + 8);
    const count = buf.readUInt32LE(at + 12);
    at += 16;
    const transitions = new Float32Array(copy(buf, at, (L + 1) * L * 4));
    at += transitions.byteLength;
    const bitmap = buf.subarray(at, at + Math.ceil(rows / 8));
    at += bitmap.length;
    const quantised = new Int16Array(copy(buf, at, count * 2));
    at += quantised.byteLength;
    const present = new Uint32Array(Math.ceil(rows / 32));
    for (let b = 0; b < bitmap.length; b++) present[b >>> 2]! |= bitmap[b]! << ((b & 3) * 8);
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) values[i] = quantised[i]! * scale;
    stages.push(compactFromRows(L, rows - 1, transitions, present, values));
  }
  const { stages: _, ...rest } = header;
  return { header: rest, stages };
}
