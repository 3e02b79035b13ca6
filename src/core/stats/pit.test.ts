import { describe, expect, it } from "vitest";
import { pitHistogram, pitInterval } from "./pit.ts";

describe("PIT for counts", () => {
  it("pitInterval([0, 0, 1, 3], 1) = [0.5, 0.75]", () => {
    // oracle: empirical CDF by hand: P(Y ≤ 0) = 2/4, P(Y ≤ 1) = 3/4
    expect(pitInterval([0, 0, 1, 3], 1)).toEqual([0.5, 0.75]);
  });
  it("a single interval [0.2, 0.6] spreads evenly over bins 3–6 of 10", () => {
    // oracle: Czado, Gneiting & Held (2009) eq. 2 by hand — mass 0.1/0.4 = 0.25 in each of the four bins it spans
    const h = pitHistogram([[0.2, 0.6]], 10);
    expect(h.map((x) => Number(x.toFixed(12)))).toEqual([0, 0, 0.25, 0.25, 0.25, 0.25, 0, 0, 0, 0]);
  });
  it("intervals tiling [0, 1] give a flat histogram", () => {
    // oracle: the uniform distribution's PIT is flat (calibration, Dawid 1984)
    const h = pitHistogram(
      [
        [0, 0.5],
        [0.5, 1],
      ],
      4,
    );
    for (const x of h) expect(x).toBeCloseTo(0.25, 12);
  });
});
