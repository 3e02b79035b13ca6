import { describe, expect, it } from "vitest";
import { periodBounds, periodKey, periodRange, viewsMonthId } from "./period.ts";

describe("period", () => {
  it("ISO weeks: 2021-01-03 is 2020-W53, 2021-01-04 is 2021-W01, 2022-08-03 is 2022-W31", () => {
    // oracle: Python date(2021,1,3).isocalendar() = (2020, 53, 7); date(2022,8,3).isocalendar() = (2022, 31, 3)
    expect(periodKey("2021-01-03", "week")).toBe("2020-W53");
    expect(periodKey("2021-01-04", "week")).toBe("2021-W01");
    expect(periodKey("2022-08-03", "week")).toBe("2022-W31");
  });
  it("month bounds of February 2024 end on the 29th", () => {
    // oracle: Gregorian calendar (2024 is a leap year)
    expect(periodBounds("2024-02-10", "month")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  });
  it("periodRange Nov 2020 → Aug 2022 has 22 months", () => {
    // oracle: counting by hand (2 + 12 + 8)
    const months = periodRange("2020-11-26", "2022-08-31", "month");
    expect(months).toHaveLength(22);
    expect(months[0]).toEqual({ key: "2020-11", start: "2020-11-01" });
    expect(months.at(-1)?.key).toBe("2022-08");
  });
  it("periodRange by week steps Monday to Monday", () => {
    expect(periodRange("2022-08-03", "2022-08-15", "week").map((p) => p.start)).toEqual([
      "2022-08-01",
      "2022-08-08",
      "2022-08-15",
    ]);
  });
  it("viewsMonthId(2024-01-15) = 529", () => {
    // oracle: formats.md §2.1 (January 2024 = 529)
    expect(viewsMonthId("2024-01-15")).toBe(529);
  });
  it("rejects impossible dates", () => {
    expect(() => periodKey("2022-02-30", "day")).toThrow(/no such date/);
  });
});
