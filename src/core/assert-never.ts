/** Ends an exhaustive `switch` over a tagged union: adding a variant becomes a type error here. */
export function assertNever(value: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(value)}`);
}
