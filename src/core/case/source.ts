import { z } from "zod";
import { IsoDate } from "./date.ts";
import { Id } from "./id.ts";

/** Source reliability in the NATO/Admiralty system: A completely reliable … E unreliable, F cannot be judged. */
export const Reliability = z.enum(["A", "B", "C", "D", "E", "F"], {
  error: "expected a reliability grade A–F",
});
export type Reliability = z.output<typeof Reliability>;

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1),
  author: z.string().optional(),
  publisher: z.string().optional(),
  date: IsoDate.optional(),
  url: z.url({ error: "expected a URL" }).optional(),
  kind: z.enum(["analysis", "news", "official", "dataset", "academic", "other"]).default("other"),
  reliability: Reliability,
  note: z.string().optional(),
});
export type Source = z.output<typeof Source>;
