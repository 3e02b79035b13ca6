import canonicalize from "canonicalize";

/**
 * A short fingerprint of a case: FNV-1a 64-bit (Fowler, Noll & Vo; IETF draft-eastlake-fnv) over the UTF-8 of
 * the case's RFC 8785 canonical JSON, in hex. Not cryptographic: it tells a reader which inputs a figure came
 * from, and changes whenever any value of the case does.
 */
export function caseHash(value: unknown): string {
  const text = canonicalize(value) ?? "";
  const bytes = new TextEncoder().encode(text);
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
