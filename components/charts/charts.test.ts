import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { Heatmap } from "./heatmap";

function daysFrom(start: string, count: number): [string, number][] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => [new Date(first + i * 86_400_000).toISOString().slice(0, 10), i === 40 ? 5 : 0]);
}

describe("Heatmap", () => {
  const render = (locale: string) =>
    renderToStaticMarkup(createElement(Heatmap, { days: daysFrom("2026-01-10", 60), unit: "reviews", locale, caption: (total: number, max: number) => `${total} in all, ${max} at most` }));

  it("names each month above the week holding its 1st, in the reader's language", () => {
    expect(render("en").match(/>(Jan|Feb|Mar)</g)).toEqual([">Feb<", ">Mar<"]); // Jan 1 is before the range
    expect(render("zh-CN")).toContain(">2月<");
  });

  it("summarises with the caller's (translated) words, for sighted and screen-reader users alike", () => {
    const html = render("en");
    expect(html).toContain('aria-label="5 in all, 5 at most"');
    expect(html).toContain("<figcaption");
    expect(html).toContain("5 in all, 5 at most</figcaption>");
    expect(html).toContain("<title>2026-02-19: 5 reviews</title>");
  });
});

describe("BarChart", () => {
  it("writes a date under every 7th bar only, so labels never overlap, and keeps every date in a tooltip", () => {
    const html = renderToStaticMarkup(createElement(BarChart, { data: daysFrom("2026-12-07", 30), label: "forecast" }));
    expect(html.match(/>\d\d-\d\d</g)).toEqual([">12-07<", ">12-14<", ">12-21<", ">12-28<", ">01-04<"]);
    expect(html.match(/<title>/g)).toHaveLength(30);
  });
});
