package org.imprimatur.app.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.imprimatur.app.publication.PublicationStore;
import org.imprimatur.app.startup.StartupFailedException;
import org.imprimatur.spi.Provider;
import org.imprimatur.spi.Spi;

/**
 * Finds the providers of every {@link Spi} with {@link ServiceLoader} at start-up, initialises each with its
 * configuration scope and keeps those that are {@link Provider#configured() configured}, ordered, for the life of
 * the application. A jar dropped into the deployment is all it takes to add one.
 */
@ApplicationScoped
public class ProviderRegistry {

    private static final Logger LOG = Logger.getLogger(ProviderRegistry.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Comparator<Provider> ORDER =
            Comparator.comparingInt(Provider::order).thenComparing(Provider::id);

    @Inject
    private Config config;

    @Inject
    private PublicationStore store;

    private final Map<Spi<?>, List<? extends Provider>> providers = new LinkedHashMap<>();

    /**
     * Discovers and initialises every provider.
     *
     * @throws StartupFailedException if a provider cannot be loaded, has a bad or duplicate id, or refuses its
     *                                configuration
     */
    public synchronized void start() {
        ClassLoader loader = getClass().getClassLoader();
        for (Spi<?> spi : Spi.ALL) {
            providers.put(spi, discover(spi, loader));
        }
    }

    private <P extends Provider> List<P> discover(Spi<P> spi, ClassLoader loader) {
        List<P> found = new ArrayList<>(builtIn(spi));
        Set<String> ids = new HashSet<>();
        found.forEach(provider -> ids.add(provider.id()));
        try {
            for (P provider : ServiceLoader.load(spi.providerType(), loader)) {
                String id = provider.id();
                if (id == null || !ID.matcher(id).matches()) {
                    throw new StartupFailedException("the " + spi.name() + " provider " + provider.getClass().getName()
                            + " has the id '" + id + "'; ids are lower-case words joined by hyphens");
                }
                if (!ids.add(id)) {
                    throw new StartupFailedException("two " + spi.name() + " providers have the id '" + id + "'");
                }
                try {
                    provider.init(new MicroProfileProviderConfig(config, spi.name(), id));
                } catch (RuntimeException e) {
                    throw new StartupFailedException("the " + spi.name() + " provider '" + id
                            + "' could not start: " + e.getMessage());
                }
                if (!provider.configured()) {
                    LOG.info(() -> "The " + spi.name() + " provider '" + id + "' is not configured and stays off");
                    provider.close();
                    continue;
                }
                found.add(provider);
            }
        } catch (ServiceConfigurationError e) {
            throw new StartupFailedException("a " + spi.name() + " provider could not be loaded: " + e.getMessage());
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    /**
     * The providers Imprimatur itself brings that need the container (a database, transactions), and so are CDI
     * beans rather than found by the ServiceLoader: the {@code store} publication target.
     */
    private <P extends Provider> List<P> builtIn(Spi<P> spi) {
        return spi.equals(Spi.PUBLICATION) ? List.of(spi.providerType().cast(store)) : List.of();
    }

    /** The providers of one SPI, in their order. */
    public synchronized <P extends Provider> List<P> providers(Spi<P> spi) {
        List<? extends Provider> found = providers.getOrDefault(spi, List.of());
        return found.stream().map(spi.providerType()::cast).toList();
    }

    /** Every installed provider, SPI by SPI. */
    public synchronized List<InstalledPlugin> installed() {
        List<InstalledPlugin> installed = new ArrayList<>();
        providers.forEach((spi, list) -> list.forEach(provider -> installed.add(new InstalledPlugin(
                provider.id(), spi.name(), provider.version(), provider.getClass().getName(), provider.remote()))));
        return installed;
    }

    @PreDestroy
    synchronized void close() {
        providers.values().forEach(list -> list.forEach(Provider::close));
        providers.clear();
    }
}
