/**
 * BDM expected-utility bargaining model (Bueno de Mesquita 1994, 1997; Scholz, Calbert & Smith 2011;
 * shared/negotiation/spec.md §2), one issue at a time.
 *
 *   const run = simulateBdm({ actors }, { issue: "corridor" });            // preset "paper", stop on repeat
 *   simulateBdm(parseBdmCsv(text), { preset: "scholz-code", rounds: 30 }); // a peer's fixed-round run
 *   switch (run.status) { case "converged": … case "cycling": run.cycle … case "max-rounds": run.tail … }
 *
 * `record: "outcome"` leaves `log` empty (for Monte Carlo runs); the trajectory and result are unchanged.
 * Rounds run on `round-kernel.ts` (typed arrays, scratch allocated once per run), tested bit for bit
 * against the readable kernels `round.ts` → `evaluation.ts`, `protocols.ts`, … that document the model.
 *
 * Positions may be on any scale; salience must be in [0, 1] (it is also the probability of resisting a
 * challenge): divide 0–100 saliences by 100. Capabilities are used only as ratios.
 */
export { formatBdmCsv, parseBdmCsv } from "../bdm-csv.ts";
export { expectedUtilityOfChallenge } from "./challenge.ts";
export { type BdmActor, BdmActorSchema, type BdmInput, BdmInputSchema } from "./input.ts";
export { medianPosition, weightedMean } from "./median.ts";
export { classifyOffer, compromisePosition, type OfferKind } from "./offers.ts";
export {
  type BdmModelOptions,
  BdmModelOptionsSchema,
  type BdmStopping,
  BdmStoppingSchema,
  defaultStopping,
  type OfferChoice,
} from "./options.ts";
export {
  type BdmPresetName,
  BdmPresetNameSchema,
  bdmPresets,
  eumOptions,
  masad2014Options,
  paperOptions,
  scholzCodeOptions,
} from "./presets.ts";
export type { BdmAcceptedOffer, BdmResult, BdmRoundLog, BdmRoundState } from "./result.ts";
export { riskExponents } from "./risk.ts";
export { type BdmRunOptions, BdmRunOptionsSchema, simulateBdm } from "./simulate.ts";
export {
  utilityBetter,
  utilityFailure,
  utilityStatusQuo,
  utilitySuccess,
  utilityWorse,
} from "./utilities.ts";
export { assertValidBdmInput } from "./validate-input.ts";
export { vote } from "./votes.ts";
