package org.imprimatur.app.plugins;

/**
 * One installed provider, as {@code GET /api/v1/plugins} lists it.
 *
 * @param id      the provider's id
 * @param spi     the extension point it implements, e.g. {@code check}
 * @param version the version from its jar's manifest, {@code unknown} when the jar has none
 * @param type    its implementation class
 * @param remote  whether it sends data out of this process (see {@link org.imprimatur.spi.Provider#remote()})
 */
public record InstalledPlugin(String id, String spi, String version, String type, boolean remote) {
}
