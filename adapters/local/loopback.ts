import net from "node:net";

const loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** An IP address of this machine's loopback interface (127.0.0.0/8, ::1, and IPv4-mapped 127.x). */
export function isLoopbackAddress(address: string): boolean {
  const ip = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1] ?? ip;
  if (net.isIPv4(v4)) return loopback.check(v4, "ipv4");
  return net.isIPv6(ip) && loopback.check(ip, "ipv6");
}

/**
 * A host name that always means this machine: "localhost" or a loopback IP literal. A DNS name
 * that merely resolves to 127.0.0.1 does not count — that is exactly what DNS rebinding uses.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || isLoopbackAddress(name);
}

/** The host name of a Host header ("example.com:8080", "[::1]:3000"), lower-cased; undefined when malformed. */
export function hostnameOfHostHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return bracketed[1];
  const plain = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(value);
  return plain?.[1]?.replace(/\.$/, "");
}
