import { describe, expect, it } from "vitest";
import { chooseOffer, classifyOffer, compromisePosition } from "./offers.ts";

describe("classifyOffer (spec 2.7; EUM near-zero rules, spec 2.10)", () => {
  // oracle: the table of spec 2.7 (Scholz, Calbert & Smith 2011)
  it("reads E_ji > E_ij > 0 as a lost confrontation and E_ij > E_ji > 0 as nothing", () => {
    expect(classifyOffer(0.1, 0.3, true, 0)).toBe("confrontation");
    expect(classifyOffer(0.3, 0.1, true, 0)).toBeNull();
  });
  it("reads E_ji > 0 > E_ij as a compromise when E_ji ≥ |E_ij|, else a capitulation (if enabled)", () => {
    expect(classifyOffer(-0.1, 0.3, true, 0)).toBe("compromise");
    expect(classifyOffer(-0.3, 0.1, true, 0)).toBe("capitulation");
    expect(classifyOffer(-0.3, 0.1, false, 0)).toBeNull();
    expect(classifyOffer(-0.1, -0.3, true, 0)).toBeNull();
    expect(classifyOffer(0.2, -0.3, true, 0)).toBeNull();
  });
  it("counts values within nearZero as zero, E_ij ≈ 0 < E_ji being a compromise (EUM)", () => {
    expect(classifyOffer(0.00005, 0.2, true, 1e-4)).toBe("compromise");
    expect(classifyOffer(0.2, 0.00005, true, 1e-4)).toBeNull();
    expect(classifyOffer(0, 0.2, true, 0)).toBeNull();
  });
});

describe("compromisePosition (spec 2.7, 2.9)", () => {
  // oracle: by hand: 4 + 6·|−0.1/0.3| = 6; (0.1·4 + 0.3·10)/0.4 = 8.5
  it("is x_i + (x_j − x_i)|E_ij/E_ji| (proportional) or the |E|-weighted mean (weighted)", () => {
    expect(compromisePosition("proportional", 4, 10, -0.1, 0.3)).toBeCloseTo(6, 14);
    expect(compromisePosition("weighted", 4, 10, -0.1, 0.3)).toBeCloseTo(8.5, 14);
  });
});

describe("chooseOffer (spec 0.2)", () => {
  const offers = [
    { name: "a", euCounterpart: 0.2, from: 5, to: 7, at: 7 },
    { name: "b", euCounterpart: 0.5, from: 5, to: 3, at: 2 },
    { name: "c", euCounterpart: 0.5, from: 5, to: 6, at: 8 },
    { name: "d", euCounterpart: 0.1, from: 5, to: 4, at: 4 },
  ];
  const at = (offer: (typeof offers)[number]) => offer.at;
  it("smallest-move keeps the first of the nearest offers", () => {
    expect(chooseOffer("smallest-move", offers, at)?.name).toBe("c");
  });
  it("lowest-position keeps the offer with the lowest resulting position", () => {
    expect(chooseOffer("lowest-position", offers, at)?.name).toBe("b");
  });
  it("highest-counterpart-eu breaks ties by the counterpart's nearness", () => {
    expect(chooseOffer("highest-counterpart-eu", offers, at)?.name).toBe("b");
    expect(chooseOffer("highest-counterpart-eu", [], at)).toBeUndefined();
  });
});
