/** BDM expected-utility bargaining model (Bueno de Mesquita; Scholz, Calbert & Smith 2011): public API. */
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
