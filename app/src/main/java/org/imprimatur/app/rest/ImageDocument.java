package org.imprimatur.app.rest;

import java.util.Map;

import org.imprimatur.generation.images.ImageAsset;

/**
 * The picture of an image item, as the API shows it; the bytes are at {@code GET /api/v1/items/{id}/image}.
 *
 * @param metadata provenance markers read from the file: C2PA Content Credentials, IPTC digital source type,
 *                 creator tool
 */
public record ImageDocument(String mediaType, int width, int height, String sha256, long byteSize, String tool,
                            String prompt, Map<String, Object> metadata) {

    static ImageDocument of(ImageAsset asset) {
        return new ImageDocument(asset.mediaType(), asset.width(), asset.height(), asset.sha256().hex(),
                asset.byteSize(), asset.tool(), asset.prompt(), asset.metadata());
    }
}
