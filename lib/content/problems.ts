/** A content error, reported as `file:line: field: message`. Pure. */
export type Problem = { file: string; line: number; field: string; message: string };

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
