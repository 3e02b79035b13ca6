import { z } from "zod";
import type { BdmModelOptions } from "./options.ts";

export const BdmPresetNameSchema = z.enum(["paper", "scholz-code", "eum", "masad2014"]);
export type BdmPresetName = z.output<typeof BdmPresetNameSchema>;

/**
 * Our reading of Scholz, Calbert & Smith (2011), spec §0.2 "default" column. Choices where the paper is
 * silent: coincident counterparts are skipped (an offer to move to one's own point is no offer), and
 * equal security sums are an error rather than a guess.
 */
export const paperOptions: BdmModelOptions = {
  winProbability: "pairwise",
  voteExponent: "voter",
  utilityExponent: "own",
  referencePoint: "median",
  q: 1,
  t: 1,
  noChallengeSign: "paper",
  compromise: "proportional",
  confrontationChoice: "smallest-move",
  compromiseChoice: "smallest-move",
  capitulationChoice: "smallest-move",
  receivedOfferChoice: "highest-counterpart-eu",
  capitulation: true,
  median: "condorcet",
  protocol: "actor-view",
  scale: "initial-range",
  nearZero: 0,
  equalSecurity: "error",
  coincidentPairs: "skip",
};

/** jmckib/dmasad Python replication of Scholz's code (spec 2.10 `scholz-code`), Q = 1. */
export const scholzCodeOptions: BdmModelOptions = {
  ...paperOptions,
  winProbability: "all-pairs",
  utilityExponent: "observer",
  compromiseChoice: "lowest-position",
  capitulation: false,
  median: "sequential-scan",
  coincidentPairs: "evaluate",
};

/** decisionmechanics/eum, C# (spec 2.10 `eum`); Q is the caller's (the reference runs use 1.0 and 0.5). */
export const eumOptions: BdmModelOptions = {
  ...paperOptions,
  voteExponent: "neutral",
  t: "eft2014",
  compromise: "weighted",
  median: "max-total-votes",
  protocol: "challenger-row",
  nearZero: 1e-4,
  equalSecurity: "zero",
  coincidentPairs: "evaluate",
};

/**
 * Masad's 2014 replication (spec 2.10 `masad2014`), Q = T = 1. Masad takes Δ = xmax − xmin from the caller;
 * the preset uses the initial range (4–10 on the EU table, as in the reference run): pass `scale` for bounds.
 */
export const masad2014Options: BdmModelOptions = {
  ...paperOptions,
  winProbability: "net",
  voteExponent: "neutral",
  referencePoint: "median-then-mean",
  noChallengeSign: "masad2014-slip",
  median: "largest-margin-pair",
  protocol: "sender-offers",
  receivedOfferChoice: "highest-counterpart-eu",
  coincidentPairs: "evaluate",
};

export const bdmPresets: Readonly<Record<BdmPresetName, BdmModelOptions>> = {
  paper: paperOptions,
  "scholz-code": scholzCodeOptions,
  eum: eumOptions,
  masad2014: masad2014Options,
};
