import { describe, expect, it } from "vitest";
import { caseHash } from "./case-hash.ts";

describe("caseHash", () => {
  it("caseHash matches the FNV-1a 64 test vectors and ignores key order", () => {
    // oracle: FNV-1a 64 of the empty input is the offset basis cbf29ce484222325 (draft-eastlake-fnv test vectors).
    expect(caseHash(undefined)).toBe("cbf29ce484222325");
    expect(caseHash({ b: 1, a: 2 })).toBe(caseHash({ a: 2, b: 1 }));
    expect(caseHash({ a: 1 })).not.toBe(caseHash({ a: 2 }));
  });
});
