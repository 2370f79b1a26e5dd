/**
 * Boosted trees compiled to WebAssembly: each tree becomes a function of nested `if`s whose
 * thresholds and leaf values are constants, so scoring a row is a chain of compares with no table
 * lookups. WebAssembly rather than generated JavaScript because its baseline compiler turns the
 * whole forest into machine code in milliseconds, where V8's JavaScript compiler spends seconds on
 * large generated functions before they run fast.
 *
 * The forest is read from the tables {@link Gbdt} builds (the same single-precision thresholds),
 * and every row's sum adds the trees in the same order, so the scores are identical to the bit.
 */

/** A forest in the layout {@link Gbdt} keeps. */
export interface ForestTables {
  readonly columns: number;
  readonly roots: Int32Array;
  /** Per node: the left child's index above the low byte, the feature index plus one (0: a leaf) in it. */
  readonly node: Int32Array;
  readonly threshold: Float32Array;
  readonly value: Float64Array;
}

/** Scores a row-major matrix: adds each tree's leaf value to `margins`, row by row, tree by tree. */
export interface WasmForest {
  /** Adds every tree to `margins` (one entry per row), or returns false when the matrix is too large to copy in. */
  addTrees(x: Float32Array, margins: Float64Array): boolean;
}

/** The largest linear memory a forest keeps (it never shrinks): larger matrices are left to the caller. */
export const WASM_FOREST_MAX_BYTES = 64 * 1024 * 1024;

const PAGE = 65536;

/** The part of the WebAssembly global used here (this project's type libraries do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** Compiles a forest, or returns null where WebAssembly cannot run (as under `node --jitless`). */
export function compileForest(forest: ForestTables, maxBytes = WASM_FOREST_MAX_BYTES): WasmForest | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new wasm.Instance(new wasm.Module(forestModule(forest)), {}).exports;
  } catch {
    return null;
  }
  const memory = exports.memory as WasmMemory;
  const run = exports.run as (x: number, rows: number, margins: number) => void;
  const columns = forest.columns;
  // views over the memory, made again only when growing it replaces its buffer
  let f64 = new Float64Array(memory.buffer);
  let f32 = new Float32Array(memory.buffer);
  return {
    addTrees(x, margins) {
      const rows = margins.length;
      if (x.length !== rows * columns) throw new Error('the matrix and the margins disagree on the number of rows');
      // the margins go first, where 8-byte alignment is free
      const xAt = rows * 8;
      const need = xAt + x.length * 4;
      if (need > maxBytes) return false;
      if (f64.byteLength < need) {
        try {
          memory.grow(Math.ceil((need - f64.byteLength) / PAGE));
        } catch {
          // no memory to grow into: the caller walks the trees itself
          return false;
        }
        f64 = new Float64Array(memory.buffer);
        f32 = new Float32Array(memory.buffer);
      }
      f64.set(margins);
      f32.set(x, xAt / 4);
      run(xAt, rows, 0);
      for (let r = 0; r < rows; r++) margins[r] = f64[r]!;
      return true;
    },
  };
}

// WebAssembly opcodes and types used below
const I32 = 0x7f;
const F64 = 0x7c;
const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  brIf: 0x0d,
  call: 0x10,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  f32Load: 0x2a,
  f64Load: 0x2b,
  f64Store: 0x39,
  i32Const: 0x41,
  f32Const: 0x43,
  f64Const: 0x44,
  i32Eqz: 0x45,
  f32Le: 0x5f,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  f64Add: 0xa0,
} as const;

/**
 * The module: memory, one function per tree, and `run(x, rows, margins)` calling them in order.
 * Every function takes the same three parameters: the byte address of the first row, the number
 * of rows, and the byte address of the first row's margin.
 */
export function forestModule(forest: ForestTables): Uint8Array {
  const trees = forest.roots.length;
  const out = new Bytes();
  out.raw([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  out.section(1, (s) => s.raw([1, 0x60, 3, I32, I32, I32, 0]));
  out.section(3, (s) => {
    s.u32(trees + 1);
    for (let t = 0; t <= trees; t++) s.u32(0);
  });
  out.section(5, (s) => s.raw([1, 0, 1]));
  out.section(7, (s) => {
    s.u32(2);
    s.name('memory').raw([0x02]).u32(0);
    s.name('run').raw([0x00]).u32(trees);
  });
  out.section(10, (s) => {
    s.u32(trees + 1);
    for (let t = 0; t < trees; t++) s.sized((f) => treeFunction(forest, t, f));
    s.sized((f) => {
      f.u32(0);
      for (let t = 0; t < trees; t++) f.raw([OP.localGet, 0, OP.localGet, 1, OP.localGet, 2, OP.call]).u32(t);
      f.raw([OP.end]);
    });
  });
  return out.take();
}

/** `for each row: margins[r] += tree(x[r])`, the tree inlined as nested ifs. */
function treeFunction(forest: ForestTables, t: number, f: Bytes): void {
  const X = 0;
  const ROWS = 1;
  const M = 2;
  f.u32(0); // no locals beyond the parameters
  f.raw([OP.block, 0x40, OP.localGet, ROWS, OP.i32Eqz, OP.brIf, 0]);
  f.raw([OP.loop, 0x40]);
  f.raw([OP.localGet, M, OP.localGet, M, OP.f64Load, 3, 0]);
  treeExpression(forest, forest.roots[t]!, f);
  f.raw([OP.f64Add, OP.f64Store, 3, 0]);
  f.raw([OP.localGet, X, OP.i32Const])
    .i32(forest.columns * 4)
    .raw([OP.i32Add, OP.localSet, X]);
  f.raw([OP.localGet, M, OP.i32Const, 8, OP.i32Add, OP.localSet, M]);
  f.raw([OP.localGet, ROWS, OP.i32Const, 1, OP.i32Sub, OP.localTee, ROWS, OP.brIf, 0]);
  f.raw([OP.end, OP.end, OP.end]);
}

/** The value of the subtree at `node` for the row at local 0, as an f64 left on the stack. */
function treeExpression(forest: ForestTables, root: number, f: Bytes): void {
  // an explicit stack: trees may be deeper than is safe to recurse into
  const work: number[] = [root];
  while (work.length > 0) {
    const item = work.pop()!;
    if (item < 0) {
      f.byte(item === -1 ? OP.else : OP.end);
      continue;
    }
    const w = forest.node[item]!;
    if ((w & 255) === 0) {
      f.byte(OP.f64Const).f64(forest.value[item]!);
      continue;
    }
    const left = w >>> 8;
    // x[feature] <= threshold ? left : right
    f.byte(OP.localGet)
      .byte(0)
      .byte(OP.f32Load)
      .byte(2)
      .u32(((w & 255) - 1) * 4);
    f.byte(OP.f32Const).f32(forest.threshold[item]!);
    f.byte(OP.f32Le).byte(OP.if).byte(F64);
    work.push(-2, left + 1, -1, left);
  }
}

/**
 * A growing byte buffer with the encodings a module needs. It writes byte by byte, allocating
 * nothing per node: the forest compiles during the first page's extraction, and a burst of garbage
 * there makes V8 move that page's objects to the old generation and keep allocating the same kinds
 * of objects there, which doubled garbage-collection time over a run.
 */
class Bytes {
  private buf = new Uint8Array(1024);
  private len = 0;
  private readonly scratch = new DataView(new ArrayBuffer(8));
  private readonly scratchBytes = new Uint8Array(this.scratch.buffer);

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): this {
    this.room(1);
    this.buf[this.len++] = b;
    return this;
  }

  raw(bytes: ArrayLike<number>): this {
    this.room(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buf[this.len++] = bytes[i]!;
    return this;
  }

  u32(n: number): this {
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n !== 0) b |= 0x80;
      this.byte(b);
    } while (n !== 0);
    return this;
  }

  i32(n: number): this {
    for (;;) {
      const b = n & 0x7f;
      n >>= 7;
      if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return this.byte(b);
      this.byte(b | 0x80);
    }
  }

  f32(v: number): this {
    this.scratch.setFloat32(0, v, true);
    for (let i = 0; i < 4; i++) this.byte(this.scratchBytes[i]!);
    return this;
  }

  f64(v: number): this {
    this.scratch.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.byte(this.scratchBytes[i]!);
    return this;
  }

  name(s: string): this {
    const bytes = new TextEncoder().encode(s);
    return this.u32(bytes.length).raw(bytes);
  }

  /** Writes what `fill` writes, prefixed by its length. */
  sized(fill: (b: Bytes) => void): this {
    const inner = new Bytes();
    fill(inner);
    const bytes = inner.take();
    return this.u32(bytes.length).raw(bytes);
  }

  section(id: number, fill: (b: Bytes) => void): this {
    return this.raw([id]).sized(fill);
  }

  take(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
