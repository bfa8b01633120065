import { describe, expect, it } from "vitest";
import { threadKey, totalBy, unreadByThread } from "./unread";

const at = (m: number) => new Date(Date.UTC(2030, 0, 1, 10, m));

describe("unread comments", () => {
  const comments = [
    { assignmentId: "a1", candidateId: "c1", authorId: "mentor", createdAt: at(1) },
    { assignmentId: "a1", candidateId: "c1", authorId: "c1", createdAt: at(2) },
    { assignmentId: "a1", candidateId: "c1", authorId: "mentor", createdAt: at(5) },
    { assignmentId: "a2", candidateId: "c1", authorId: "mentor", createdAt: at(3) },
  ];

  it("counts others' comments after the last read, per thread, never the viewer's own", () => {
    const unread = unreadByThread(comments, [{ assignmentId: "a1", candidateId: "c1", readAt: at(2) }], "c1");
    expect(unread.get(threadKey("a1", "c1"))).toBe(1);
    expect(unread.get(threadKey("a2", "c1"))).toBe(1); // never read: everything by others
    expect(unreadByThread(comments, [], "mentor").get(threadKey("a1", "c1"))).toBe(1);
  });

  it("sums threads by cohort or by mentee", () => {
    const unread = unreadByThread(comments, [], "mentor");
    expect(totalBy(unread, (_, candidate) => candidate)).toEqual(new Map([["c1", 1]]));
    expect(totalBy(unreadByThread(comments, [], "c1"), (assignment) => (assignment === "a1" ? "cohort-x" : "cohort-y"))).toEqual(new Map([["cohort-x", 2], ["cohort-y", 1]]));
  });

  it("is empty once every thread was read after its last comment", () => {
    const reads = [{ assignmentId: "a1", candidateId: "c1", readAt: at(9) }, { assignmentId: "a2", candidateId: "c1", readAt: at(9) }];
    expect(unreadByThread(comments, reads, "c1").size).toBe(0);
  });
});
