import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCase } from "../src/io/case/index.ts";

// The corpus of malformed cases: one folder per mistake an analyst makes by hand. Each entry lists every
// problem the validator must report, as `file:line:col severity code message`, in output order.
// oracle: the line and column of each offending node, read off the fixture by hand.
const root = join(import.meta.dirname, "fixtures", "invalid-cases");

const expected: Record<string, string[]> = {
  "actor-id-reused": [
    'case.yaml:15:9 error duplicate-id id "north" is already the id of an actor (actors[0]); an actor\'s id must be unique across the case',
  ],
  "actor-without-id": [
    'case.yaml:13:5 error missing-key missing key "id" (expected an id: lower-case letters, digits and hyphens)',
  ],
  "capability-out-of-range": ["case.yaml:12:60 error out-of-range expected a number from 0 to 100, got 150"],
  "citation-not-a-map": [
    'case.yaml:19:16 error wrong-type expected a citation { source, locator, credibility }, got "brief"',
  ],
  "claim-without-kind": [
    'case.yaml:23:17 error invalid-value expected "low", "moderate" or "high", got "certain"',
    'case.yaml:24:12 error missing-key missing key "kind" (expected a claim with kind agreement, fatalities or outcome)',
  ],
  "credibility-out-of-range": [
    "case.yaml:19:46 error out-of-range expected a credibility grade from 1 to 6, got 7",
  ],
  "date-wrong-format": [
    'case.yaml:5:9 error invalid-format expected a date written YYYY-MM-DD, got "15/08/2022"',
  ],
  "dated-after-as-of": [
    "case.yaml:10:59 warning after-as-of source dated 2022-09-01, after the case's as-of date 2022-08-15",
    "case.yaml:14:68 warning after-as-of fact dated 2022-08-16, after the case's as-of date 2022-08-15",
    "case.yaml:16:41 warning after-as-of event dated 2022-08-20, after the case's as-of date 2022-08-15",
    "case.yaml:18:48 warning after-as-of proposal dated 2022-10-01, after the case's as-of date 2022-08-15",
  ],
  "duplicate-actor-id": [
    'case.yaml:13:11 error duplicate-id duplicate id "north" (already used by actors[0])',
  ],
  "duplicate-stance": [
    'case.yaml:22:5 error duplicate-stance second stance for actor "north" on issue "valley" (already given by stances[0])',
  ],
  "empty-file": [
    "case.yaml:1:1 warning empty-file the file holds no case sections",
    'case.yaml:1:1 error missing-key missing key "meta" (expected a map)',
  ],
  "empty-section": ["case.yaml:9:8 error wrong-type expected a list, got null (an empty value)"],
  "estimate-unknown-key": [
    'case.yaml:12:73 error unknown-key unknown key "lo" (expected one of: value, low, high)',
  ],
  "event-ends-before-start": [
    "case.yaml:24:10 error end-before-start end 2022-08-01 is before start 2022-08-03",
    "case.yaml:29:29 error range-excludes-point low 5 is above best 2",
    "case.yaml:30:30 error wrong-type expected a whole number or null (unknown), got 1.5",
  ],
  "event-unknown-actors": [
    'case.yaml:25:21 error unknown-reference unknown actor "southh" (did you mean "south"?)',
    'case.yaml:26:16 error unknown-reference unknown actor "noth" (did you mean "north"?)',
  ],
  "evidence-empty-list": ["case.yaml:19:15 error empty expected at least one citation, got an empty list"],
  "evidence-misspelt": [
    'case.yaml:13:74 error wrong-type expected a list of citations ({ source, locator, credibility }) or "analyst-estimate", got "analyst estimate"',
  ],
  "fact-unknown-subject": [
    'case.yaml:22:14 error unknown-reference unknown actor or issue "valey" (did you mean "valley"?)',
  ],
  "fact-value-outside-range": [
    "case.yaml:21:72 error range-excludes-point range low 35 is above the value 33",
  ],
  "impossible-date": ['case.yaml:5:9 error invalid-format expected a real calendar date, got "2022-02-30"'],
  "invalid-actor-kind": [
    'case.yaml:13:41 error invalid-value expected state, organisation, de-facto-authority, armed-force, faction, person or group, got "nation"',
  ],
  "invalid-id": [
    'case.yaml:12:11 error invalid-format expected an id: lower-case letters, digits and hyphens, got "North Land"',
  ],
  "judgment-unknown-basis": [
    'case.yaml:24:36 error unknown-reference unknown issue "valle" (did you mean "valley"?)',
    "case.yaml:24:64 error empty-range atMost 40 is below atLeast 60",
    'case.yaml:25:15 error unknown-reference unknown id "clash-9"',
  ],
  "mediation-unknown-convener": ['case.yaml:23:17 error unknown-reference unknown actor "mediator"'],
  "missing-keys-in-issue": [
    'case.yaml:15:5 error missing-key missing key "name" (expected text)',
    'case.yaml:15:5 error missing-key missing key "statusQuo" (expected a number from 0 to 100, or a range { value, low, high })',
    'case.yaml:16:12 error missing-key missing key "high" (expected text)',
  ],
  "missing-meta": ['case.yaml:2:1 error missing-key missing key "meta" (expected a map)'],
  "missing-meta-key": [
    'case.yaml:3:3 error missing-key missing key "asOf" (expected a date written YYYY-MM-DD)',
  ],
  "multi-file-broken-actors": [
    "actors.yaml:4:1 error yaml-syntax flow map in block collection must be sufficiently indented and end with a }",
    "stances.yaml:4:120 error out-of-range expected a credibility grade from 1 to 6, got 0",
  ],
  "multi-file-empty-and-broken": [
    "broken.yml:3:1 error yaml-syntax flow sequence in block collection must be sufficiently indented and end with a ]",
    "empty.yaml:1:1 warning empty-file the file holds no case sections",
  ],
  "multi-file-meta-missing": ['case.yaml:2:1 error missing-key missing key "meta" (expected a map)'],
  "multi-file-meta-twice": [
    'more.yaml:2:1 error duplicate-section "meta" is already given in case.yaml line 2 (only list sections may be split over several files)',
  ],
  "multi-file-reference-errors": [
    'actors.yaml:4:11 error duplicate-id duplicate id "north" (already used by actors[0])',
    'actors.yaml:4:69 error unknown-source unknown source "bref" (did you mean "brief"?)',
    'stances.yaml:3:14 error unknown-reference unknown actor "nort" (did you mean "north"?)',
  ],
  "multi-file-section-not-a-list": ["more-actors.yaml:3:3 error wrong-type expected a list, got a map"],
  "not-utf8": [
    "case.yaml:4:14 warning not-utf8 the file is not valid UTF-8; bytes that are not were read as � (save the file as UTF-8)",
  ],
  "number-too-large": [
    "case.yaml:12:60 error wrong-type expected a number from 0 to 100, or a range { value, low, high }, got a number too large to use",
  ],
  "parent-loop": [
    "case.yaml:10:46 error invalid-reference actors' parents form a loop: a → b → a",
    'case.yaml:12:45 error invalid-reference actor "c" is its own parent',
  ],
  "probability-above-one": [
    "case.yaml:23:18 error out-of-range expected a number from 0 to 1 (a probability), got 70",
  ],
  "proposal-unknown-issue": [
    'case.yaml:24:38 error unknown-reference unknown issue "vallee" (did you mean "valley"?)',
  ],
  "range-high-below-value": [
    "case.yaml:18:44 error range-excludes-point range high 25 is below the value 30",
  ],
  "range-low-above-value": ["case.yaml:12:78 error range-excludes-point range low 60 is above the value 50"],
  "recommendation-unknown-refs": [
    'case.yaml:25:17 error unknown-reference unknown judgment "no-deal"',
    'case.yaml:27:50 error unknown-reference unknown issue "road"',
  ],
  "salience-not-a-number": [
    'case.yaml:21:59 error wrong-type expected a number from 0 to 100, or a range { value, low, high }, got "high"',
  ],
  "scenario-patch-references": [
    'case.yaml:25:36 error unknown-reference unknown actor "west"',
    'case.yaml:27:16 error missing-capability added actor "north" has stances but no capability',
    'case.yaml:27:22 error duplicate-id add-actor uses the id "north" of an actor that already exists',
    "case.yaml:29:55 error out-of-range expected a factor of 0 or more, got -1",
  ],
  "scenario-patch-unknown-op": [
    'case.yaml:25:15 error invalid-value expected a patch with op set-capability, scale-capability, set-position, set-salience, scale-salience, set-status-quo, remove-actor or add-actor, got "set-capacity"',
    'case.yaml:26:9 error missing-key missing key "op" (expected a patch with op set-capability, scale-capability, set-position, set-salience, scale-salience, set-status-quo, remove-actor or add-actor)',
  ],
  "stances-without-capability": [
    'case.yaml:12:5 error missing-capability actor "north" has stances but no capability',
  ],
  "top-level-list": [
    "case.yaml:1:1 error wrong-type expected a map of case sections (meta, sources, actors, …) at the top of the file, got a list",
  ],
  "top-level-scalar": [
    'case.yaml:1:1 error wrong-type expected a map of case sections (meta, sources, actors, …) at the top of the file, got "just some text"',
  ],
  "unknown-key-in-actor": [
    'case.yaml:12:64 error unknown-key unknown key "colour" (expected one of: id, name, kind, parent, role, aliases, capability, capabilityEvidence, principal, description, evidence)',
  ],
  "unknown-parent": ['case.yaml:14:71 error unknown-reference unknown actor "nort" (did you mean "north"?)'],
  "unknown-relation-end": ['case.yaml:21:24 error unknown-reference unknown actor "east"'],
  "unknown-source": ['case.yaml:19:26 error unknown-source unknown source "brif" (did you mean "brief"?)'],
  "unknown-stance-issue": [
    'case.yaml:21:28 error unknown-reference unknown issue "vally" (did you mean "valley"?)',
  ],
  "unknown-top-level-key": [
    'case.yaml:9:1 error unknown-key unknown key "actor" (expected one of: meta, sources, actors, relations, issues, stances, proposals, mediation, facts, events, judgments, recommendations, scenarios)',
  ],
  "unknown-veto-player": [
    'case.yaml:19:26 error unknown-reference unknown actor "sout" (did you mean "south"?)',
  ],
  "yaml-bad-indentation": ["case.yaml:12:1 error yaml-syntax sequence item without - indicator"],
  "yaml-duplicate-key": [
    'case.yaml:6:3 error duplicate-key duplicate key "title" (each key may appear once in a map)',
  ],
  "yaml-several-errors": [
    "case.yaml:10:1 error yaml-syntax flow map in block collection must be sufficiently indented and end with a }",
    "case.yaml:10:1 error yaml-syntax flow sequence in block collection must be sufficiently indented and end with a ]",
    "case.yaml:11:15 error yaml-syntax invalid escape sequence \\q",
  ],
  "yaml-tab-indentation": ["case.yaml:10:1 error yaml-syntax tabs are not allowed as indentation"],
  "yaml-two-documents": [
    "case.yaml:9:1 error multiple-documents a case file holds one YAML document; remove the second one (after ---) or move it to its own file",
  ],
  "yaml-unclosed-flow-sequence": [
    "case.yaml:10:1 error yaml-syntax flow map in block collection must be sufficiently indented and end with a }",
    "case.yaml:10:1 error yaml-syntax flow sequence in block collection must be sufficiently indented and end with a ]",
  ],
  "yaml-unclosed-quote": ["case.yaml:9:1 error yaml-syntax missing closing 'quote"],
  "yaml-unresolved-alias": [
    "case.yaml:12:5 error yaml-syntax unresolved alias *north (the anchor &north must be set before it is used)",
  ],
};

describe("invalid-cases corpus", () => {
  it("has a folder for every expectation and an expectation for every folder (at least 30)", () => {
    const folders = readdirSync(root).sort();
    expect(folders).toEqual(Object.keys(expected).sort());
    expect(folders.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, lines] of Object.entries(expected)) {
    it(`loadCase(invalid-cases/${name}) reports exactly its problems`, async () => {
      const dir = join(root, name);
      const loaded = await loadCase(dir);
      const got = loaded.problems.map((p) =>
        `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`.replaceAll(`${dir}/`, ""),
      );
      expect(got).toEqual(lines);
      const hasError = loaded.problems.some((p) => p.severity === "error");
      expect(loaded.case === undefined).toBe(hasError);
    });
  }
});
