package org.imprimatur.generation.jobs;

import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What an editor asked an image provider to make.
 *
 * @param prompt   what to depict
 * @param caption  the caption the item carries in review; the prompt when none is given
 * @param width    width in pixels
 * @param height   height in pixels
 * @param provider the image provider's id
 * @param desk     the desk that is to review it; blank for the default desk
 */
public record ImageOrder(String prompt, String caption, int width, int height, String provider, String desk) {

    public ImageOrder {
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("An image needs a prompt");
        }
        if (width <= 0 || height <= 0 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("An image's size lies between 1x1 and 8192x8192, not "
                    + width + "x" + height);
        }
        Objects.requireNonNull(provider, "provider");
        caption = caption == null || caption.isBlank() ? prompt : caption;
        desk = desk == null ? "" : desk;
    }

    JsonObject toJson() {
        return Json.createObjectBuilder().add("prompt", prompt).add("caption", caption).add("width", width)
                .add("height", height).add("provider", provider).add("desk", desk).build();
    }

    static ImageOrder fromJson(JsonObject json) {
        return new ImageOrder(json.getString("prompt"), json.getString("caption"), json.getInt("width"),
                json.getInt("height"), json.getString("provider"), json.getString("desk", ""));
    }
}
