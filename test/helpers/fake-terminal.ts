import picocolors from "picocolors";
import type { Terminal } from "../../src/cli/terminal.ts";

export type FakeTerminal = Terminal & { stdout: () => string; stderr: () => string };

/** A Terminal that keeps what a command prints, so CLI tests run in-process and read the text back. */
export function fakeTerminal({ color = false, width = 120 } = {}): FakeTerminal {
  let out = "";
  let err = "";
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    colors: picocolors.createColors(color),
    width,
    stdout: () => out,
    stderr: () => err,
  };
}
