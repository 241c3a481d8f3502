package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;

/**
 * Decides what a source is and whether it is taken. The content decides (Tika's detector, not told the name); the
 * name must not contradict it, and the result must be on the allow-list.
 *
 * <p>A name contradicts the content when the two types differ and neither is a specialisation of the other in Tika's
 * type registry: {@code notes.txt} holding HTML or {@code data.csv} holding plain text are fine (and the more
 * specific type wins), a ZIP or an executable named {@code report.pdf} is not. HTML and XHTML count as one kind.
 * Thread-safe.
 */
final class TypeCheck {

    /** What newsrooms attach: documents, mail, web pages, text and still images. */
    static final Set<MediaType> ACCEPTED = Set.of(
            MediaType.application("pdf"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"),
            MediaType.application("msword"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("vnd.oasis.opendocument.spreadsheet"),
            MediaType.application("vnd.oasis.opendocument.presentation"),
            MediaType.application("rtf"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"),
            MediaType.application("xml"),
            MediaType.TEXT_PLAIN,
            MediaType.text("markdown"),
            MediaType.text("csv"),
            MediaType.parse("message/rfc822"),
            MediaType.image("jpeg"),
            MediaType.image("png"),
            MediaType.image("gif"),
            MediaType.image("webp"),
            MediaType.image("tiff"));

    private static final Set<MediaType> HTML_KIND = Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"));

    private final Detector detector;
    private final MimeTypes namesToTypes;
    private final MediaTypeRegistry registry;

    TypeCheck(TikaConfig tika) {
        this.detector = tika.getDetector();
        this.namesToTypes = tika.getMimeRepository();
        this.registry = tika.getMediaTypeRegistry();
    }

    /**
     * The type to parse the stream as. Leaves the stream where it was.
     *
     * @param fileName the name it came with, or {@code null}
     * @throws SourceRejectedException {@code MISLABELLED} or {@code UNSUPPORTED_TYPE}
     */
    MediaType accept(TikaInputStream in, String fileName) throws IOException, SourceRejectedException {
        MediaType byContent = baseType(detector.detect(in, new Metadata()));
        MediaType type = byContent;
        if (fileName != null && !fileName.isBlank()) {
            MediaType byName = baseType(namesToTypes.getMimeType(fileName).getType());
            type = reconcile(byContent, byName, fileName);
        }
        if (!ACCEPTED.contains(type)) {
            throw new SourceRejectedException(Reason.UNSUPPORTED_TYPE, "Files of type " + type + " are not accepted");
        }
        return type;
    }

    private MediaType reconcile(MediaType byContent, MediaType byName, String fileName) throws SourceRejectedException {
        if (byName.equals(MediaType.OCTET_STREAM) || byName.equals(byContent)
                || registry.isSpecializationOf(byContent, byName)
                || HTML_KIND.contains(byContent) && HTML_KIND.contains(byName)) {
            return byContent;
        }
        if (registry.isSpecializationOf(byName, byContent)) {
            return byName;
        }
        throw new SourceRejectedException(Reason.MISLABELLED, "The name " + fileName + " says " + byName
                + ", but the content is " + byContent);
    }

    private MediaType baseType(MediaType type) {
        return registry.normalize(type).getBaseType();
    }
}
