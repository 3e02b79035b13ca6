import { z } from "zod";

/**
 * One actor of a BDM issue (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011, table 1).
 * `position` is on any numeric scale; `capability` is used only as a ratio; `salience` is in [0, 1]
 * because it doubles as the probability that the actor resists a challenge (spec 2.1). Callers with
 * 0–100 saliences (Entente cases, KTAB) divide by 100 first.
 */
export const BdmActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  capability: z.number(),
  position: z.number(),
  salience: z.number(),
});

export const BdmInputSchema = z.object({ actors: z.array(BdmActorSchema) });

export type BdmActor = z.output<typeof BdmActorSchema>;
export type BdmInput = z.output<typeof BdmInputSchema>;
