package org.imprimatur.generation.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host once and hands HttpClient only addresses the {@link AddressPolicy} allows, so the client connects
 * to exactly the address that was checked: there is no second lookup an attacker's DNS server could answer
 * differently (DNS rebinding). If any address a name resolves to is refused, the name is refused. Thread-safe if
 * its lookup is.
 */
final class CheckedDnsResolver implements DnsResolver {

    /** Resolves a host name to its addresses; the system resolver in production, a table in tests. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final AddressPolicy policy;
    private final Lookup lookup;

    CheckedDnsResolver(AddressPolicy policy, Lookup lookup) {
        this.policy = policy;
        this.lookup = lookup;
    }

    /**
     * @throws RefusedAddressException if the name or any of its addresses is refused
     * @throws UnknownHostException    if the name does not resolve
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Optional<String> byName = policy.hostRefusal(host);
        if (byName.isPresent()) {
            throw new RefusedAddressException(byName.get());
        }
        InetAddress[] addresses = lookup.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedAddressException(host + " resolves to " + refusal.get());
            }
        }
        return addresses;
    }

    /** Only Kerberos asks for this; answering the name as given avoids a reverse lookup. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** The policy refused a host; an {@link UnknownHostException} so that HttpClient passes it on untouched. */
    static final class RefusedAddressException extends UnknownHostException {

        RefusedAddressException(String reason) {
            super(reason);
        }
    }
}
