package org.imprimatur.generation.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a URL fetch may reach: public internet addresses only, so that a URL an editor pastes cannot make the server
 * read its own network (server-side request forgery). Refused: loopback, private (RFC 1918, fc00::/7), shared
 * (CGNAT 100.64/10), link-local, multicast, unspecified, broadcast, reserved and documentation ranges, and the cloud
 * metadata services by address and by name. IPv6 forms that carry an IPv4 address (mapped {@code ::ffff:0:0/96},
 * compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged by that IPv4 address.
 *
 * <p>Decisions are made on resolved addresses, never on how a host is spelled, so octal, decimal or hex spellings of
 * an address gain nothing. Immutable and thread-safe.
 */
public final class AddressPolicy {

    private static final List<AddressBlock> METADATA = List.of(
            AddressBlock.of("169.254.169.254", "a cloud metadata address"),   // AWS, GCP, Azure, OpenStack…
            AddressBlock.of("169.254.170.2", "a cloud metadata address"),     // AWS ECS task metadata
            AddressBlock.of("fd00:ec2::254", "a cloud metadata address"),     // AWS over IPv6
            AddressBlock.of("100.100.100.200", "a cloud metadata address"),   // Alibaba Cloud
            AddressBlock.of("192.0.0.192", "a cloud metadata address"),       // Oracle Cloud
            AddressBlock.of("168.63.129.16", "a cloud metadata address"));    // Azure WireServer

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata.goog", "metadata");

    private static final List<AddressBlock> LOOPBACK = List.of(
            AddressBlock.of("127.0.0.0/8", "a loopback address"),
            AddressBlock.of("::1/128", "a loopback address"));

    private static final List<AddressBlock> NOT_PUBLIC = List.of(
            AddressBlock.of("0.0.0.0/8", "an unspecified address"),
            AddressBlock.of("10.0.0.0/8", "a private address"),
            AddressBlock.of("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            AddressBlock.of("169.254.0.0/16", "a link-local address"),
            AddressBlock.of("172.16.0.0/12", "a private address"),
            AddressBlock.of("192.0.0.0/24", "a reserved address"),
            AddressBlock.of("192.0.2.0/24", "a documentation address"),
            AddressBlock.of("192.88.99.0/24", "a reserved address"),
            AddressBlock.of("192.168.0.0/16", "a private address"),
            AddressBlock.of("198.18.0.0/15", "a reserved address"),
            AddressBlock.of("198.51.100.0/24", "a documentation address"),
            AddressBlock.of("203.0.113.0/24", "a documentation address"),
            AddressBlock.of("224.0.0.0/4", "a multicast address"),
            AddressBlock.of("255.255.255.255", "a broadcast address"),
            AddressBlock.of("240.0.0.0/4", "a reserved address"),
            AddressBlock.of("::/128", "an unspecified address"),
            AddressBlock.of("64:ff9b:1::/48", "a private address"),
            AddressBlock.of("100::/64", "a reserved address"),
            AddressBlock.of("2001::/32", "a reserved (Teredo) address"),
            AddressBlock.of("2001:db8::/32", "a documentation address"),
            AddressBlock.of("fc00::/7", "a private address"),
            AddressBlock.of("fe80::/10", "a link-local address"),
            AddressBlock.of("fec0::/10", "a site-local address"),
            AddressBlock.of("ff00::/8", "a multicast address"));

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final AddressPolicy PUBLIC_INTERNET_ONLY = new AddressPolicy(false);
    private static final AddressPolicy ALLOWING_LOOPBACK = new AddressPolicy(true);

    private final boolean loopbackAllowed;

    private AddressPolicy(boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    /** Public internet addresses only: the policy for production. */
    public static AddressPolicy publicInternetOnly() {
        return PUBLIC_INTERNET_ONLY;
    }

    /** For tests and trusted deployments: also loopback (still refuses metadata addresses). */
    public static AddressPolicy allowingLoopback() {
        return ALLOWING_LOOPBACK;
    }

    /**
     * Why the address may not be connected to.
     *
     * @return empty if it may; else what it is, e.g. "a private address 10.0.0.5"
     */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] ipv4 = embeddedIpv4(bytes);
        Optional<AddressBlock> block = firstContaining(METADATA, bytes, ipv4);
        if (block.isEmpty()) {
            block = firstContaining(LOOPBACK, bytes, ipv4);
            if (block.isPresent() && loopbackAllowed) {
                return Optional.empty();
            }
        }
        if (block.isEmpty()) {
            block = firstContaining(NOT_PUBLIC, bytes, ipv4);
        }
        return block.map(found -> found.kind() + " " + address.getHostAddress());
    }

    /**
     * Why the URL may not be fetched, judged on what it says without looking anything up: its scheme, whether it has
     * a host and credentials, a metadata host name, a literal address. Host names are judged again, by the
     * addresses they resolve to, when connecting.
     *
     * @return empty if it may be fetched as far as can be told; else why not, e.g. "scheme ftp is not allowed"
     */
    public Optional<String> refusal(URI uri) {
        if (!uri.isAbsolute()) {
            return Optional.of("it is not an absolute URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("scheme " + scheme + " is not allowed");
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("it has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("it carries a user name or password");
        }
        return hostRefusal(uri.getHost());
    }

    /** Why a host, as named in a URL, is refused before any lookup: a metadata name, or a refused literal address. */
    Optional<String> hostRefusal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (METADATA_HOSTS.contains(name)) {
            return Optional.of(name + " is a cloud metadata host");
        }
        if (name.startsWith("[") || DOTTED_QUAD.matcher(name).matches()) {
            try {
                // A literal: parsed, not looked up.
                return refusal(InetAddress.getByName(name)).map(kind -> "its host is " + kind);
            } catch (UnknownHostException e) {
                return Optional.of("its host " + host + " is not a valid address");
            }
        }
        return Optional.empty();
    }

    private static Optional<AddressBlock> firstContaining(List<AddressBlock> blocks, byte[] address, byte[] ipv4) {
        return blocks.stream()
                .filter(block -> block.contains(address) || ipv4 != null && block.contains(ipv4))
                .findFirst();
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), or {@code null}. */
    private static byte[] embeddedIpv4(byte[] address) {
        if (address.length != 16) {
            return null;
        }
        boolean tenZeroBytes = Arrays.equals(address, 0, 10, new byte[10], 0, 10);
        boolean mapped = tenZeroBytes && address[10] == (byte) 0xff && address[11] == (byte) 0xff;
        boolean compatible = tenZeroBytes && address[10] == 0 && address[11] == 0;
        boolean nat64 = address[0] == 0 && address[1] == 0x64 && address[2] == (byte) 0xff && address[3] == (byte) 0x9b
                && Arrays.equals(address, 4, 12, new byte[8], 0, 8);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        if (address[0] == 0x20 && address[1] == 0x02) { // 6to4: 2002:AABB:CCDD::/48
            return Arrays.copyOfRange(address, 2, 6);
        }
        return null;
    }
}
