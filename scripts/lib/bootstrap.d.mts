// Types for the parts of bootstrap.mjs (plain Node, runs before node_modules exists) that TypeScript code imports.
export function meetsEngine(version: string, range: string): boolean;
