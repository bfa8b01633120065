import { describe, expect, it } from "vitest";
import { grillOrder, type GrillProbe } from "./grill";

const p = (id: string, kind: GrillProbe["kind"], direction = "reasoning", position = 0): GrillProbe => ({ id, kind, direction, position });
const now = new Date("2030-01-10T12:00:00Z");

describe("what a grill session asks next", () => {
  const probes = [p("r-design", "design", "reasoning", 0), p("r-baseline", "baseline", "reasoning", 1), p("g-failure", "failure", "general", 0), p("r-failure", "failure", "reasoning", 2), p("r-next", "next", "reasoning", 3)];

  it("asks first about what the story lacks, the direction's probes before general ones", () => {
    expect(grillOrder(probes, new Map(), ["failure", "baseline"], now)).toEqual(["r-failure", "g-failure", "r-baseline", "r-design", "r-next"]);
  });

  it("brings due probes back before new ones, earliest due first, and leaves the rest to their day", () => {
    const due = new Map([["r-next", new Date("2030-01-09T00:00:00Z")], ["r-design", new Date("2030-01-08T00:00:00Z")], ["r-baseline", new Date("2030-01-20T00:00:00Z")]]);
    expect(grillOrder(probes, due, [], now)).toEqual(["r-design", "r-next", "r-failure", "g-failure"]);
  });

  it("asks a mentor's new probes before any other new one, in the order they were added, but after due ones", () => {
    const mentor = [p("m-2", null, "mentor", 1), p("m-1", null, "mentor", 0)];
    const due = new Map([["r-next", new Date("2030-01-09T00:00:00Z")]]);
    expect(grillOrder([...probes, ...mentor], due, ["failure"], now).slice(0, 4)).toEqual(["r-next", "m-1", "m-2", "r-failure"]);
  });
});
