import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "./did-you-mean.ts";

describe("did you mean", () => {
  // oracle: hand-counted edits (Levenshtein 1966 examples; a transposition counts once, Damerau 1964)
  it("editDistance counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("armenai", "armenia")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("didYouMean suggests a close id and nothing for a far or tiny one", () => {
    expect(didYouMean("armenai", ["azerbaijan", "armenia", "russia"])).toBe("armenia");
    expect(didYouMean("nk-contrl", ["nk-control", "nk-rights"])).toBe("nk-control");
    expect(didYouMean("ukraine", ["armenia", "russia"])).toBeUndefined();
    expect(didYouMean("y", ["x"])).toBeUndefined();
    expect(didYouMean("x".repeat(500), ["x"])).toBeUndefined();
  });
});
