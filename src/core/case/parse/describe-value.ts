/** How a value found in a case is named in a message: `"high"`, `150`, `a list`, `a map`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  switch (typeof value) {
    case "string": {
      const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
      return JSON.stringify(shown);
    }
    case "number":
      return Number.isFinite(value) ? String(value) : "a number too large to use";
    case "boolean":
      return String(value);
    case "object":
      return "a map";
    default:
      return `a ${typeof value}`;
  }
}
