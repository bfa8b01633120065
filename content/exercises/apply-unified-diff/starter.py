import re


class PatchError(Exception):
    pass


def apply_unified_diff(lines, diff, max_offset=3):
    """Apply a one-file unified diff to `lines` and return the new list of lines.

    - hunk headers look like "@@ -a,b +c,d @@" (",b" / ",d" may be omitted and mean 1)
    - context (' ') and removed ('-') lines must match the file, else raise PatchError
      naming the hunk ("hunk 2 ...")
    - search for each hunk at offsets 0, -1, +1, ..., -max_offset, +max_offset from where
      the header (plus the previous hunk's offset) says it starts
    - do not modify `lines`
    """
    raise NotImplementedError
