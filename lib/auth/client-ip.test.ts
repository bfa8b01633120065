import { describe, expect, it } from "vitest";
import { addressBucket, clientIp, PEER_HEADER } from "./client-ip";

const request = (peer: string | null, forwarded?: string) => {
  const h = new Headers();
  if (peer !== null) h.set(PEER_HEADER, peer);
  if (forwarded !== undefined) h.set("x-forwarded-for", forwarded);
  return h;
};

describe("the client address used for throttling", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (const forged of ["10.0.0.1", "10.0.0.2, 10.0.0.3", "", "unknown"]) {
      expect(clientIp(request("203.0.113.7", forged), 0)).toBe("203.0.113.7");
    }
  });

  it("behind one trusted proxy, is the address that proxy appended — not what the client sent", () => {
    expect(clientIp(request("10.1.1.1", "198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientIp(request("10.1.1.1", "1.2.3.4, 5.6.7.8, 198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientIp(request("10.1.1.1", "1.2.3.4, 198.51.100.9, 10.2.2.2"), 2)).toBe("198.51.100.9");
  });

  it("falls back to the oldest entry when fewer hops arrived than are trusted", () => {
    expect(clientIp(request("10.1.1.1"), 1)).toBe("10.1.1.1");
  });

  it("shares one bucket when served without the peer header", () => {
    expect(clientIp(request(null, "198.51.100.9"), 0)).toBe("unknown");
  });

  it("counts an IPv6 client by its /64 network, and IPv4-mapped addresses as IPv4", () => {
    expect(addressBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("[2001:0db8:0001:0002::ffff]")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("::ffff:192.0.2.5")).toBe("192.0.2.5");
    expect(addressBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});
