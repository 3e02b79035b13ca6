/** Commander argument parser for a repeatable option: `--issue a --issue b` gives `["a", "b"]`. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
