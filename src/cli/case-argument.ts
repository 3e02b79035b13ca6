import { isAbsolute, relative } from "node:path";
import { builtInCasePath } from "../io/case/built-in-case.ts";

/** The `[case-dir]` argument every case command takes. */
export const caseArgument = {
  name: "[case-dir]",
  description: "case folder (or a single case .yaml file); default: the built-in Nagorno-Karabakh 2022 case",
} as const;

/** The case path to load: the argument, or the built-in case shown relative to the working directory. */
export function casePath(argument: string | undefined, cwd: string = process.cwd()): string {
  if (argument !== undefined) return argument;
  const path = builtInCasePath();
  const inside = relative(cwd, path);
  return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}
