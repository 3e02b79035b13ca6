import picocolors from "picocolors";

export type Colors = ReturnType<typeof picocolors.createColors>;

/** Where a command writes, and whether it may colour: passed in so commands run the same in tests. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  colors: Colors;
  /** Columns available for tables. */
  width: number;
}

/** Colour only on a TTY, and never when NO_COLOR is set to anything non-empty (https://no-color.org). */
export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

export function processTerminal(): Terminal {
  const enabled = colorEnabled(process.env, Boolean(process.stdout.isTTY));
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    colors: picocolors.createColors(enabled),
    width: process.stdout.columns ?? 120,
  };
}
