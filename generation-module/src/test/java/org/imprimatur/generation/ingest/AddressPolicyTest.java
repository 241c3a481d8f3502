package org.imprimatur.generation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which addresses a fetch may reach: decisions only, nothing is connected to. */
class AddressPolicyTest {

    private static final AddressPolicy PUBLIC = AddressPolicy.publicInternetOnly();
    private static final AddressPolicy LOOPBACK_TOO = AddressPolicy.allowingLoopback();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            93.184.215.14          | allowed
            8.8.8.8                | allowed
            1.1.1.1                | allowed
            100.63.255.255         | allowed
            100.128.0.0            | allowed
            172.15.255.255         | allowed
            172.32.0.0             | allowed
            2606:4700::1           | allowed
            2a00:1450:4001:800::200e | allowed
            127.0.0.1              | a loopback address
            127.255.255.254        | a loopback address
            ::1                    | a loopback address
            10.0.0.5               | a private address
            172.16.0.1             | a private address
            172.31.255.255         | a private address
            192.168.1.1            | a private address
            fc00::1                | a private address
            fd12:3456:789a::1      | a private address
            169.254.0.1            | a link-local address
            fe80::1                | a link-local address
            febf:ffff::1           | a link-local address
            fec0::1                | a site-local address
            224.0.0.1              | a multicast address
            239.255.255.250        | a multicast address
            ff02::1                | a multicast address
            0.0.0.0                | an unspecified address
            ::                     | an unspecified address
            255.255.255.255        | a broadcast address
            100.64.0.1             | a shared (carrier-grade NAT) address
            100.127.255.255        | a shared (carrier-grade NAT) address
            240.0.0.1              | a reserved address
            192.0.2.1              | a documentation address
            2001:db8::1            | a documentation address
            169.254.169.254        | a cloud metadata address
            169.254.170.2          | a cloud metadata address
            fd00:ec2::254          | a cloud metadata address
            100.100.100.200        | a cloud metadata address
            192.0.0.192            | a cloud metadata address
            168.63.129.16          | a cloud metadata address
            ::ffff:10.0.0.5        | a private address
            ::ffff:127.0.0.1       | a loopback address
            ::ffff:169.254.169.254 | a cloud metadata address
            64:ff9b::a00:5         | a private address
            2002:a00:5::1          | a private address
            2002:5db8:d70e::1      | allowed
            """)
    void publicInternetOnly(String literal, String expected) throws UnknownHostException {
        assertDecision(expected, PUBLIC.refusal(InetAddress.getByName(literal)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1              | allowed
            127.8.8.8              | allowed
            ::1                    | allowed
            ::ffff:127.0.0.1       | allowed
            93.184.215.14          | allowed
            10.0.0.5               | a private address
            169.254.169.254        | a cloud metadata address
            fd00:ec2::254          | a cloud metadata address
            100.100.100.200        | a cloud metadata address
            """)
    void allowingLoopbackStillRefusesTheRest(String literal, String expected) throws UnknownHostException {
        assertDecision(expected, LOOPBACK_TOO.refusal(InetAddress.getByName(literal)));
    }

    static Stream<String> refusedIpv4() {
        return Stream.of("127.0.0.1", "10.0.0.5", "172.16.0.1", "192.168.0.1", "169.254.1.1", "169.254.169.254",
                "100.64.0.1", "100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255");
    }

    /** Java turns textual {@code ::ffff:a.b.c.d} into an IPv4 address; raw IPv6 bytes must be judged the same. */
    @ParameterizedTest
    @MethodSource("refusedIpv4")
    void ipv6FormsCarryingARefusedIpv4AddressAreRefusedAlike(String ipv4) throws UnknownHostException {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        String kind = PUBLIC.refusal(InetAddress.getByName(ipv4)).orElseThrow();
        kind = kind.substring(0, kind.lastIndexOf(' '));
        for (byte[] prefix : new byte[][] {
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff},     // mapped ::ffff:0:0/96
                {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}}) { // NAT64 64:ff9b::/96
            byte[] v6 = new byte[16];
            System.arraycopy(prefix, 0, v6, 0, 12);
            System.arraycopy(v4, 0, v6, 12, 4);
            Inet6Address address = Inet6Address.getByAddress(null, v6, -1);
            assertEquals(Optional.of(kind + " " + address.getHostAddress()), PUBLIC.refusal(address));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example.org/story?id=1    | allowed
            http://93.184.215.14/                  | allowed
            http://[2606:4700::1]:8080/            | allowed
            HTTPS://NEWS.EXAMPLE.ORG/              | allowed
            ftp://news.example.org/file            | scheme ftp is not allowed
            file:///etc/passwd                     | scheme file is not allowed
            gopher://news.example.org/             | scheme gopher is not allowed
            jar:http://news.example.org/a.jar!/    | scheme jar is not allowed
            /relative/path                         | not an absolute URL
            http:opaque                            | no host name
            http:///no-host                        | no host name
            http://user:secret@news.example.org/   | a user name or password
            http://169.254.169.254/latest/         | its host is a cloud metadata address 169.254.169.254
            http://[fd00:ec2::254]/                | its host is a cloud metadata address
            http://metadata.google.internal/       | metadata.google.internal is a cloud metadata host
            http://METADATA.Google.Internal./      | metadata.google.internal is a cloud metadata host
            http://10.0.0.1/                       | its host is a private address 10.0.0.1
            http://127.0.0.1:8080/                 | its host is a loopback address 127.0.0.1
            http://[::1]/                          | its host is a loopback address
            http://[::ffff:192.168.0.1]/           | its host is a private address 192.168.0.1
            """)
    void urlsAreJudgedBeforeAnyLookup(String url, String expected) {
        assertDecision(expected, PUBLIC.refusal(URI.create(url)));
    }

    private static void assertDecision(String expected, Optional<String> refusal) {
        if (expected.equals("allowed")) {
            assertEquals(Optional.empty(), refusal);
        } else {
            assertTrue(refusal.isPresent(), "expected a refusal: " + expected);
            assertTrue(refusal.get().contains(expected), () -> "'" + refusal.get() + "' should say '" + expected + "'");
        }
    }
}
