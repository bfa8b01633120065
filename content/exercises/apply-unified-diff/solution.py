import re

_HUNK_RE = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    pass


def parse_hunks(diff):
    """Parse a one-file unified diff into a list of hunks.

    Each hunk is a dict: old_start, old_count, new_count, header, lines,
    where lines is a list of (tag, text) with tag in ' ', '-', '+'.
    """
    rows = diff.split("\n")
    hunks, i = [], 0
    while i < len(rows):
        m = _HUNK_RE.match(rows[i])
        if not m:
            i += 1  # '---' / '+++' headers, 'diff ...' lines and blank lines between hunks
            continue
        old_start, new_start = int(m.group(1)), int(m.group(3))
        old_count = int(m.group(2)) if m.group(2) is not None else 1
        new_count = int(m.group(4)) if m.group(4) is not None else 1
        header = rows[i]
        i += 1
        body, seen_old, seen_new = [], 0, 0
        # read exactly as many lines as the header announces
        while seen_old < old_count or seen_new < new_count:
            if i >= len(rows) or rows[i].startswith("@@"):
                raise PatchError(f"hunk {len(hunks) + 1} ({header}): body shorter than its header says "
                                 f"(old {seen_old}/{old_count}, new {seen_new}/{new_count})")
            row = rows[i]
            i += 1
            if row.startswith("\\"):
                continue  # "\ No newline at end of file"
            tag, text = (row[0], row[1:]) if row else (" ", "")  # a bare empty line = empty context line
            if tag not in " -+":
                raise PatchError(f"hunk {len(hunks) + 1} ({header}): bad line {row!r}")
            if tag in " -":
                seen_old += 1
            if tag in " +":
                seen_new += 1
            if seen_old > old_count or seen_new > new_count:
                raise PatchError(f"hunk {len(hunks) + 1} ({header}): body longer than its header says")
            body.append((tag, text))
        while i < len(rows) and rows[i].startswith("\\"):
            i += 1
        # a diff line right after a complete hunk means the header undercounted
        if i < len(rows) and rows[i][:1] in (" ", "-", "+") and not rows[i].startswith(("--- ", "+++ ")):
            raise PatchError(f"hunk {len(hunks) + 1} ({header}): body longer than its header says")
        hunks.append({"old_start": old_start, "old_count": old_count, "new_start": new_start,
                      "new_count": new_count, "header": header, "lines": body})
    return hunks


def apply_unified_diff(lines, diff, max_offset=3):
    """Apply a one-file unified diff to `lines` (strings without newlines); return a new list."""
    hunks = parse_hunks(diff)
    out = []
    cursor = 0        # next unread index of the original file
    carried = 0       # offset at which the previous hunk matched; later hunks start from it
    for n, h in enumerate(hunks, start=1):
        old_block = [t for tag, t in h["lines"] if tag in " -"]
        new_block = [t for tag, t in h["lines"] if tag in " +"]
        # "-a,0" means "insert after line a", otherwise the block starts at line a (1-based)
        expected = (h["old_start"] if h["old_count"] == 0 else h["old_start"] - 1) + carried

        found = None
        for off in [0] + [s * d for d in range(1, max_offset + 1) for s in (-1, 1)]:
            p = expected + off
            if p < cursor or p + len(old_block) > len(lines):
                continue
            if lines[p:p + len(old_block)] == old_block:
                found = p
                break
        if found is None:
            raise PatchError(_describe_mismatch(n, h["header"], lines, expected, old_block, cursor))

        carried = found - (expected - carried)
        out.extend(lines[cursor:found])   # untouched lines before the hunk
        out.extend(new_block)             # the hunk's new version
        cursor = found + len(old_block)
    out.extend(lines[cursor:])
    return out


def _describe_mismatch(n, header, lines, expected, old_block, cursor):
    if expected < cursor:
        return f"hunk {n} ({header}): overlaps or precedes the previous hunk"
    for k, want in enumerate(old_block):
        p = expected + k
        if p >= len(lines):
            return f"hunk {n} ({header}): file ends at line {len(lines)}, expected {want!r} at line {p + 1}"
        if lines[p] != want:
            return f"hunk {n} ({header}): mismatch at line {p + 1}: expected {want!r}, found {lines[p]!r}"
    return f"hunk {n} ({header}): no match within the allowed offset"
