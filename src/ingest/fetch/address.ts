import { isIP } from 'node:net';

const V4_BLOCKS: Array<[number, number, string]> = [
  [0x00000000, 8, 'a "this network" address'],
  [0x0a000000, 8, 'a private address'],
  [0x64400000, 10, 'a shared (carrier-grade NAT) address'],
  [0x7f000000, 8, 'a loopback address'],
  [0xa9fe0000, 16, 'a link-local address'],
  [0xac100000, 12, 'a private address'],
  [0xc0000000, 24, 'an IETF protocol address'],
  [0xc0000200, 24, 'a documentation address'],
  [0xc0a80000, 16, 'a private address'],
  [0xc6120000, 15, 'a benchmarking address'],
  [0xc6336400, 24, 'a documentation address'],
  [0xcb007100, 24, 'a documentation address'],
  [0xe0000000, 4, 'a multicast address'],
  [0xf0000000, 4, 'a reserved address'],
];

function parseV4(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

function parseV6(ip: string): number[] | null {
  let text = ip
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
  const tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const n = parseV4(v4[1]);
    if (n === null) return null;
    tail.push(n >>> 16, n & 0xffff);
    text = text.slice(0, -v4[1].length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const toGroups = (s: string) =>
    s.length === 0 ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? Number.parseInt(g, 16) : Number.NaN));
  const head = toGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? toGroups(halves[1] ?? '') : [];
  const known = head.length + rest.length + tail.length;
  if (halves.length === 2 ? known > 7 : known !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
  return groups.some((g) => Number.isNaN(g)) ? null : groups;
}

function v4Reason(n: number): string | null {
  for (const [base, bits, reason] of V4_BLOCKS) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === base) return reason;
  }
  return null;
}

/**
 * Why an IP address must not be fetched by default, or `null` when it is a public address.
 * Refuses loopback, private, link-local, shared, multicast, documentation and reserved ranges of
 * IPv4 and IPv6, and IPv4 addresses embedded in IPv6 (mapped `::ffff:a.b.c.d`, compatible,
 * NAT64 `64:ff9b::/96`, 6to4 `2002::/16`). Something that is not an IP address is refused too.
 *
 * @example
 * blockedAddressReason('10.1.2.3')          // 'a private address'
 * blockedAddressReason('::ffff:127.0.0.1')  // 'a loopback address'
 * blockedAddressReason('93.184.216.34')     // null
 */
export function blockedAddressReason(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  const kind = isIP(bare.replace(/%.*$/, ''));
  if (kind === 4) return v4Reason(parseV4(bare) ?? 0);
  if (kind !== 6) return 'not an IP address';
  const g = parseV6(bare);
  if (g === null) return 'not an IP address';
  const embedded = () => ((g[6]! << 16) | g[7]!) >>> 0;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8)) return 'the unspecified address';
  if (zeros(7) && g[7] === 1) return 'a loopback address';
  if (zeros(5) && g[5] === 0xffff) return v4Reason(embedded());
  if (zeros(6)) return v4Reason(embedded()) ?? 'a deprecated IPv4-compatible address';
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4Reason(embedded());
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'a local-use NAT64 address';
  if (g[0] === 0x2002) return v4Reason(((g[1]! << 16) | g[2]!) >>> 0);
  if (g[0] === 0x100 && zeros(4)) return 'a discard-only address';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'a documentation address';
  const top = g[0]!;
  if ((top & 0xfe00) === 0xfc00) return 'a unique-local (private) address';
  if ((top & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((top & 0xffc0) === 0xfec0) return 'a site-local address';
  if ((top & 0xff00) === 0xff00) return 'a multicast address';
  return null;
}
