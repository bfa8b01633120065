/** The file scripts/csp-hashes.ts writes next to the build and proxy.ts reads. Pure. */
export const CSP_HASHES_FILE = "csp-hashes.json";

export type CspHashes = {
  /** Public path of each prerendered page → the hashes of its inline scripts. */
  pages: Record<string, string[]>;
  /** Hashes of the prerendered error pages Next may serve under any path. */
  fallbacks: string[];
};
