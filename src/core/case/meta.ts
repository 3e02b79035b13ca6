import { z } from "zod";
import { IsoDate } from "./date.ts";
import { Id } from "./id.ts";

export const Meta = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** Nothing dated after this may inform the case: the date its forecasts are made as of. */
  asOf: IsoDate,
  version: z.string().min(1).default("1"),
  summary: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  licence: z.string().min(1),
  language: z.string().default("en"),
});
export type Meta = z.output<typeof Meta>;
