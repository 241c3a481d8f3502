package org.imprimatur.app.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.xmp.XMPPacketScanner;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Reads a published picture's XMP back the way others read it, with Tika; for the unit and integration tests. */
public final class XmpReadBack {

    private XmpReadBack() {
    }

    /**
     * The packet as Tika finds it: scanned from the bytes where it lies uncompressed (JPEG), else from the PNG text
     * chunks Tika's image parser reports (Commons Imaging deflates the PNG's XMP chunk).
     */
    public static XMPMeta packetFoundByTika(byte[] image)
            throws IOException, XMPException, TikaException, SAXException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        if (new XMPPacketScanner().parse(new ByteArrayInputStream(image), packet)) {
            return XMPMetaFactory.parseFromBuffer(packet.toByteArray());
        }
        Metadata metadata = tikaMetadata(image);
        for (String name : metadata.names()) {
            for (String value : metadata.getValues(name)) {
                int start = value.indexOf("<?xpacket begin");
                int end = value.indexOf("<?xpacket end", start);
                if (start >= 0 && end > start) {
                    return XMPMetaFactory.parseFromString(value.substring(start, value.indexOf("?>", end) + 2));
                }
            }
        }
        throw new AssertionError("Tika found no XMP packet in the picture: " + metadata);
    }

    /** What Tika's parsers make of the picture. */
    public static Metadata tikaMetadata(byte[] image) throws IOException, TikaException, SAXException {
        Metadata metadata = new Metadata();
        new AutoDetectParser().parse(new ByteArrayInputStream(image), new BodyContentHandler(), metadata,
                new ParseContext());
        return metadata;
    }
}
