package org.imprimatur.provenance.disclosure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.SerializeOptions;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.png.PngImageParser;
import org.apache.commons.imaging.formats.png.PngImagingParameters;

import org.imprimatur.spi.content.DigitalSourceType;

/**
 * The disclosure label of a published picture, as XMP: IPTC's {@code Iptc4xmpExt:DigitalSourceType} (the term's
 * URI), the disclosure line and credits as {@code dc:description}, the credit as {@code photoshop:Credit}, and the
 * model as {@code xmp:CreatorTool}. The packet is built with Adobe XMP Core and embedded with Apache Commons Imaging:
 * into a JPEG's APP1 segment, leaving the compressed image data as it was, and into a PNG as its
 * {@code XML:com.adobe.xmp} text chunk, which means writing the PNG anew from its pixels (PNG is lossless, so the
 * picture is unchanged; other chunks are not carried over).
 *
 * @param sourceType  the IPTC digital source type
 * @param description what readers are told: the disclosure line and credits
 * @param credit      the credit line; empty for none
 * @param creatorTool the model that made it
 */
public record ImageLabel(DigitalSourceType sourceType, String description, String credit, String creatorTool) {

    public ImageLabel {
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(description, "description");
        credit = credit == null ? "" : credit;
        creatorTool = creatorTool == null ? "" : creatorTool;
    }

    /** The XMP packet (with its {@code <?xpacket?>} wrapper) holding the label. */
    public String packet() {
        try {
            XMPMeta xmp = XMPMetaFactory.create();
            xmp.setProperty(XMPConst.NS_IPTCEXT, "DigitalSourceType", sourceType.uri());
            xmp.setLocalizedText(XMPConst.NS_DC, "description", null, XMPConst.X_DEFAULT, description);
            if (!credit.isBlank()) {
                xmp.setProperty(XMPConst.NS_PHOTOSHOP, "Credit", credit);
            }
            if (!creatorTool.isBlank()) {
                xmp.setProperty(XMPConst.NS_XMP, "CreatorTool", creatorTool);
            }
            return XMPMetaFactory.serializeToString(xmp, new SerializeOptions().setUseCompactFormat(true));
        } catch (XMPException e) {
            // Only registered namespaces and plain text go in, so XMP Core has nothing to refuse.
            throw new IllegalStateException("XMP Core refused a disclosure label", e);
        }
    }

    /**
     * The picture with this label embedded, replacing any XMP it had.
     *
     * @param mediaType {@code image/jpeg} or {@code image/png}
     * @throws ImageLabelException if the format cannot carry it here, or the bytes are not such an image
     */
    public byte[] embedIn(byte[] picture, String mediaType) throws ImageLabelException {
        ByteArrayOutputStream labelled = new ByteArrayOutputStream(picture.length + 4096);
        try {
            switch (mediaType) {
                case "image/jpeg" -> new JpegXmpRewriter().updateXmpXml(picture, labelled, packet());
                case "image/png" -> {
                    PngImageParser png = new PngImageParser();
                    PngImagingParameters parameters = new PngImagingParameters();
                    BufferedImage pixels = png.getBufferedImage(ByteSource.array(picture), parameters);
                    parameters.setXmpXml(packet());
                    png.writeImage(pixels, labelled, parameters);
                }
                default -> throw new ImageLabelException("Imprimatur embeds disclosure labels in JPEG and PNG "
                        + "pictures, not in " + mediaType + "; convert the picture to one of these");
            }
        } catch (IOException | RuntimeException e) {
            // Commons Imaging reports malformed input both ways.
            throw new ImageLabelException("The " + mediaType + " picture could not be read to label it: "
                    + e.getMessage(), e);
        }
        return labelled.toByteArray();
    }
}
