import { z } from "zod";

/** Ids are kebab-case slugs, so they read well in YAML, URLs and citations. */
export const Id = z
  .string({ error: "expected an id: lower-case letters, digits and hyphens" })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "expected an id: lower-case letters, digits and hyphens" });
export type Id = z.output<typeof Id>;
