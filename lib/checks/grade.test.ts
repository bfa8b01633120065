import { describe, expect, it } from "vitest";
import { allowedError, isRight, ratingFor } from "./grade";
import { presentCheck, seededOrder } from "./present";
import type { CheckDoc } from "../content/schema";

const choice: CheckDoc = { id: "q-c1", type: "choice", prompt: { zh: "选一个", en: "Pick one" }, options: ["甲", "乙", "丙", "丁"], answer: [2], explain: "丙对。" };
const multi: CheckDoc = { id: "q-c2", type: "multi", prompt: { zh: "多选", en: "Pick all" }, options: ["a", "b", "c", "d"], answer: [0, 3], explain: "a 和 d。" };
const order: CheckDoc = { id: "q-c3", type: "order", prompt: { zh: "排序", en: "Order" }, items: ["一", "二", "三", "四"], explain: "顺序。" };
const tokensOf = (doc: CheckDoc, texts: string[]) => {
  const { faces } = presentCheck(doc);
  const html = (t: string) => `<p>${t}</p>`;
  return texts.map((t) => faces.choices.find((c) => c.html.trim() === html(t))!.token);
};

describe("presentCheck", () => {
  it("keeps the answer out of the faces and shuffles the same way every time", () => {
    const a = presentCheck(choice);
    expect(JSON.stringify(a.faces)).not.toContain("right");
    expect(a.faces.choices.map((c) => c.token)).toEqual(presentCheck(choice).faces.choices.map((c) => c.token));
    expect(a.key).toEqual({ type: "choice", right: tokensOf(choice, ["丙"]) });
  });

  it("never shows an order item in its right order", () => {
    for (const id of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      for (const n of [2, 3, 4, 5]) expect(seededOrder(id, n)).not.toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });
});

describe("isRight", () => {
  it("grades choice and multi by the set of tokens", () => {
    const c = presentCheck(choice).key;
    expect(isRight(c, { tokens: tokensOf(choice, ["丙"]) })).toBe(true);
    expect(isRight(c, { tokens: tokensOf(choice, ["甲"]) })).toBe(false);
    const m = presentCheck(multi).key;
    expect(isRight(m, { tokens: tokensOf(multi, ["d", "a"]) })).toBe(true);
    expect(isRight(m, { tokens: tokensOf(multi, ["a"]) })).toBe(false);
    expect(isRight(m, { tokens: tokensOf(multi, ["a", "d", "b"]) })).toBe(false);
    expect(isRight(m, { tokens: tokensOf(multi, ["a", "a"]) })).toBe(false);
    expect(isRight(m, { value: 1 })).toBe(false);
  });

  it("grades an order item only in the exact order", () => {
    const k = presentCheck(order).key;
    expect(isRight(k, { tokens: tokensOf(order, ["一", "二", "三", "四"]) })).toBe(true);
    expect(isRight(k, { tokens: tokensOf(order, ["一", "三", "二", "四"]) })).toBe(false);
    expect(isRight(k, { tokens: tokensOf(order, ["一", "二", "三"]) })).toBe(false);
  });

  it("grades a number within its tolerance, absolute or relative", () => {
    expect(isRight({ type: "numeric", value: 64, tolerance: 0 }, { value: 64 })).toBe(true);
    expect(isRight({ type: "numeric", value: 64, tolerance: 0 }, { value: 65 })).toBe(false);
    expect(isRight({ type: "numeric", value: 0.3, tolerance: 0 }, { value: 0.1 + 0.2 })).toBe(true);
    expect(isRight({ type: "numeric", value: 200, tolerance: "5%" }, { value: 209 })).toBe(true);
    expect(isRight({ type: "numeric", value: 200, tolerance: "5%" }, { value: 211 })).toBe(false);
    expect(isRight({ type: "numeric", value: -2, tolerance: "50%" }, { value: -1 })).toBe(true);
    expect(isRight({ type: "numeric", value: 1, tolerance: 0 }, { value: Number.NaN })).toBe(false);
    expect(allowedError(80, "2.5%")).toBe(2);
  });
});

describe("ratingFor", () => {
  it("is Again when wrong, however fast", () => {
    expect(ratingFor("choice", false, 1000)).toBe(1);
  });
  it("is Easy when right and fast, Good in between, Hard after a long hesitation", () => {
    expect(ratingFor("choice", true, 15_000)).toBe(4);
    expect(ratingFor("choice", true, 15_001)).toBe(3);
    expect(ratingFor("choice", true, 59_999)).toBe(3);
    expect(ratingFor("choice", true, 60_000)).toBe(2);
    expect(ratingFor("numeric", true, 29_000)).toBe(4);
    expect(ratingFor("order", true, 121_000)).toBe(2);
  });
});
