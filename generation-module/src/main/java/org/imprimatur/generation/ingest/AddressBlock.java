package org.imprimatur.generation.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block of IPv4 or IPv6 addresses and what kind of address it holds, in words ("a private address"). */
final class AddressBlock {

    private final byte[] prefix;
    private final int bits;
    private final String kind;

    private AddressBlock(byte[] prefix, int bits, String kind) {
        this.prefix = prefix;
        this.bits = bits;
        this.kind = kind;
    }

    /** @param cidr a literal block such as {@code 10.0.0.0/8} or {@code fc00::/7}; never looked up */
    static AddressBlock of(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        try {
            // A literal address: InetAddress parses it without any lookup.
            byte[] prefix = InetAddress.getByName(address).getAddress();
            int bits = slash < 0 ? prefix.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            return new AddressBlock(prefix, bits, kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not a literal address block: " + cidr, e);
        }
    }

    /** What its addresses are, with the article: "a loopback address". */
    String kind() {
        return kind;
    }

    /** Whether the address, as raw bytes of the same family, lies in this block. */
    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[whole] & mask) == (prefix[whole] & mask);
    }
}
