package org.imprimatur.spi;

/**
 * What every Imprimatur extension is: an object with a stable id, found at start-up and kept for the life of
 * the application.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader}: a jar dropped into the deployment
 * lists its classes in {@code META-INF/services/<SPI interface name>}, one per line. Each needs a public
 * no-argument constructor. After construction Imprimatur calls {@link #init(ProviderConfig)} once with the
 * configuration found under {@code imprimatur.<spi>.<id>.*}, and {@link #close()} once at shutdown.
 *
 * <p>Providers are shared by all requests, so every method an SPI adds must be safe to call from several
 * threads at once.
 */
public interface Provider extends AutoCloseable {

    /**
     * The provider's stable id: lower case letters, digits and hyphens, unique within its SPI. It names the
     * provider in configuration keys, in the provenance ledger and in {@code GET /api/v1/plugins}, so it must
     * never change between versions.
     */
    String id();

    /**
     * Called once, before the provider is used.
     *
     * @param config this provider's configuration scope
     * @throws IllegalStateException if the configuration is unusable; start-up then fails with its message
     */
    default void init(ProviderConfig config) {
    }

    /**
     * Whether, after {@link #init(ProviderConfig)}, this provider has what it needs to work. An optional provider
     * that has nothing to do until configured — an external service without an address — answers {@code false}:
     * Imprimatur then leaves it out (it is never run nor listed) and closes it. By default, {@code true}.
     */
    default boolean configured() {
        return true;
    }

    /**
     * Where this provider runs among others of its SPI; lower runs first, ties are broken by id.
     */
    default int order() {
        return 0;
    }

    /**
     * The provider's version, as the ledger and {@code GET /api/v1/plugins} record it: by default its jar's
     * {@code Implementation-Version}, or {@code unknown}.
     */
    default String version() {
        Package owner = getClass().getPackage();
        String version = owner == null ? null : owner.getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /**
     * Whether this provider sends data out of this process, to a model server or another web service. Imprimatur
     * guards such calls with a time limit, retries and a circuit breaker, and shows administrators which providers
     * would let an article or a source leave the building.
     */
    default boolean remote() {
        return false;
    }

    /** Releases what {@link #init(ProviderConfig)} acquired. Must not throw. */
    @Override
    default void close() {
    }
}
