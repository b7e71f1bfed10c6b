/**
 * Canonical JSON, the bytes a signature covers: object keys sorted by UTF-16
 * code units, no whitespace, JSON.stringify's escaping for strings and numbers,
 * `undefined` members dropped (as JSON.stringify does). The same pack then
 * signs to the same bytes whatever order an editor or a tool wrote its keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonical JSON: numbers must be finite');
    const s = JSON.stringify(value);
    if (s === undefined) throw new TypeError(`canonical JSON: cannot encode ${typeof value}`);
    return s;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  // An own `__proto__` (JSON.parse makes one) would become a prototype when copied: never sign or verify one (./strict-json.ts).
  if (keys.includes('__proto__')) throw new TypeError('canonical JSON: the key "__proto__" is not allowed');
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The UTF-8 bytes of the canonical JSON. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}
