/**
 * Who a request comes from, for throttling. The TCP peer is the only address a client cannot
 * choose: scripts/server.mjs puts it in `x-rollout-peer` (overwriting any copy a client sent).
 * X-Forwarded-For is believed only for the last `trustedHops` entries — the proxies the
 * operator says are in front (TRUST_PROXY_HOPS, default 0). Pure.
 */
export const PEER_HEADER = "x-rollout-peer";

export function clientIp(headers: Headers, trustedHops: number): string {
  const peer = headers.get(PEER_HEADER)?.trim();
  // Served without scripts/server.mjs (e.g. a bare `next start`): every caller shares one
  // bucket — stricter, never looser.
  if (!peer) return "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // The chain of addresses, nearest last: what the proxies appended, then the peer itself.
  const chain = [...forwarded, peer];
  return addressBucket(chain[Math.max(0, chain.length - 1 - trustedHops)]!);
}

/**
 * The unit an address is counted under: an IPv4 address, or the /64 network of an IPv6 one
 * (one subscriber usually owns a whole /64, so counting single addresses would let them rotate).
 */
export function addressBucket(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(":")) return bare;
  const groups = expandIpv6(bare);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : bare;
}

function expandIpv6(address: string): string[] | null {
  const [head, tail, extra] = address.toLowerCase().split("::");
  if (extra !== undefined) return null;
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array.from({ length: missing }, () => "0"), ...right];
  return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups.map((g) => g.replace(/^0+(?=.)/, "")) : null;
}
