import { describe, expect, it } from "vitest";
import { dateShape, parseEventDate } from "./dates.ts";
import { RowProblem } from "./mapping.ts";

describe("parseEventDate", () => {
  it("reads the three ACLED forms, UCDP's time part and GDELT's SQLDATE to the same ISO date", () => {
    // oracle: the forms listed in shared/events/formats.md §1.1 and §1.3
    expect(parseEventDate("2022-06-30", "d")).toEqual({ date: "2022-06-30", form: "iso" });
    expect(parseEventDate("16 May 2025", "d")).toEqual({ date: "2025-05-16", form: "day-month-year" });
    expect(parseEventDate("04 Sept 2024", "d").date).toBe("2024-09-04");
    expect(parseEventDate("30/06/2022", "d")).toEqual({ date: "2022-06-30", form: "dd/mm/yyyy" });
    expect(parseEventDate("2013-01-03 00:00:00.000", "d").date).toBe("2013-01-03");
    expect(parseEventDate("20041126", "d")).toEqual({ date: "2004-11-26", form: "yyyymmdd" });
  });

  it("rejects year 0025 (ACLED's 2025 export bug), impossible dates and other text", () => {
    expect(() => parseEventDate("16 May 0025", "event_date")).toThrow(/year 25 is outside 1900–2100/);
    expect(() => parseEventDate("31/02/2021", "event_date")).toThrow(/not a calendar date/);
    expect(() => parseEventDate("2024-02-30", "event_date")).toThrow(RowProblem);
    expect(parseEventDate("2024-02-29", "d").date).toBe("2024-02-29");
    expect(() => parseEventDate("yesterday", "event_date")).toThrow(/is not a date/);
    expect(() => parseEventDate("16 Foo 2025", "event_date")).toThrow(/unknown month/);
  });

  it("dateShape classifies by shape alone", () => {
    expect(["2024-01-01", "16 May 2025", "1/2/2020", "20200101", "bad"].map(dateShape)).toEqual([
      "iso",
      "day-month-year",
      "dd/mm/yyyy",
      "yyyymmdd",
      "day-month-year",
    ]);
  });
});
