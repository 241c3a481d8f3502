package org.imprimatur.generation.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.imprimatur.generation.ingest.CheckedDnsResolver.RefusedAddressException;
import org.junit.jupiter.api.Test;

/** Host names are judged by every address they resolve to, from one lookup, without real DNS. */
class CheckedDnsResolverTest {

    private static final Map<String, String[]> ZONE = Map.of(
            "news.example", new String[] {"93.184.215.14", "2606:4700::1"},
            "intranet.example", new String[] {"10.0.0.5"},
            "split.example", new String[] {"93.184.215.14", "192.168.1.10"},
            "rebind.example", new String[] {"169.254.169.254"});

    private final AtomicInteger lookups = new AtomicInteger();

    private InetAddress[] lookUp(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        String[] literals = ZONE.get(host);
        if (literals == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByAddress(host, InetAddress.getByName(literals[i]).getAddress());
        }
        return addresses;
    }

    private final CheckedDnsResolver resolver = new CheckedDnsResolver(AddressPolicy.publicInternetOnly(), this::lookUp);

    @Test
    void aPublicNameGivesExactlyTheAddressesThatWereChecked() throws Exception {
        InetAddress[] resolved = resolver.resolve("news.example");

        assertArrayEquals(lookUp("news.example"), resolved);
        assertEquals(2, lookups.get()); // one by the resolver, one above: the resolver looked up once
    }

    @Test
    void aNameResolvingToAPrivateAddressIsRefused() {
        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> resolver.resolve("intranet.example"));

        assertEquals("intranet.example resolves to a private address 10.0.0.5", e.getMessage());
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> resolver.resolve("split.example"));

        assertEquals("split.example resolves to a private address 192.168.1.10", e.getMessage());
    }

    @Test
    void aNameResolvingToTheMetadataServiceIsRefused() {
        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> resolver.resolve("rebind.example"));

        assertEquals("rebind.example resolves to a cloud metadata address 169.254.169.254", e.getMessage());
    }

    @Test
    void metadataHostNamesAreRefusedWithoutBeingLookedUp() {
        RefusedAddressException e = assertThrows(RefusedAddressException.class,
                () -> resolver.resolve("metadata.google.internal"));

        assertEquals("metadata.google.internal is a cloud metadata host", e.getMessage());
        assertEquals(0, lookups.get());
    }

    @Test
    void localhostResolvesToLoopbackWithoutDnsAndIsRefused() {
        CheckedDnsResolver system = new CheckedDnsResolver(AddressPolicy.publicInternetOnly(), InetAddress::getAllByName);

        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> system.resolve("localhost"));

        assertTrue(e.getMessage().startsWith("localhost resolves to a loopback address"), e.getMessage());
    }

    @Test
    void anUnknownNameIsUnknownNotRefused() {
        UnknownHostException e = assertThrows(UnknownHostException.class, () -> resolver.resolve("nowhere.example"));

        assertEquals(UnknownHostException.class, e.getClass());
    }
}
