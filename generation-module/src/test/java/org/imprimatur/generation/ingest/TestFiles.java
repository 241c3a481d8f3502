package org.imprimatur.generation.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Source files generated for the tests: well-formed ones for each format, and hostile ones. Nothing is read from disk. */
final class TestFiles {

    static final String SENTENCE = "The harbour reopened on Monday after three weeks of repairs.";
    static final String AI_GENERATED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

    private TestFiles() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- well-formed documents -------------------------------------------------------------------------------

    static byte[] pdf(String title, String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String title, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(String paragraphs) throws IOException {
        return odtWithContent(odtContentXml(paragraphs));
    }

    static String odtContentXml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    }

    static byte[] odtWithContent(String contentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            odtSkeleton(zip);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8(contentXml));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The ODF package's first entries: the stored {@code mimetype} by which it is recognised, and its manifest. */
    private static void odtSkeleton(ZipOutputStream zip) throws IOException {
        byte[] mimetype = utf8("application/vnd.oasis.opendocument.text");
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>"));
        zip.closeEntry();
    }

    static byte[] rtf(String text) {
        return utf8("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\info{\\title Harbour report}}"
                + "\\f0\\fs24 " + text + "\\par}");
    }

    static byte[] html(String title, String text) {
        return utf8("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + text + "</p><script>var tracking = 1;</script></body></html>");
    }

    static byte[] xhtml(String title, String text) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
                + title + "</title></head><body><p>" + text + "</p></body></html>");
    }

    static byte[] eml(String subject, String text) {
        return utf8("From: Harbour desk <desk@example.org>\r\n"
                + "To: Editor <editor@example.org>\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 2 Nov 2026 09:00:00 +0000\r\n"
                + "Message-ID: <harbour-1@example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + text + "\r\n");
    }

    /** A mail whose one attachment is the given ZIP. */
    static byte[] emlWithZipAttachment(String text, byte[] zip) {
        String boundary = "harbour-boundary";
        return utf8("From: Harbour desk <desk@example.org>\r\n"
                + "To: Editor <editor@example.org>\r\n"
                + "Subject: Files\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + text + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: application/zip; name=\"files.zip\"\r\n"
                + "Content-Disposition: attachment; filename=\"files.zip\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(zip) + "\r\n"
                + "--" + boundary + "--\r\n");
    }

    // --- images ----------------------------------------------------------------------------------------------

    static byte[] png(int width, int height) throws IOException {
        return pngWithText(width, height, null);
    }

    /** A PNG carrying an XMP packet (in an iTXt chunk, as Adobe's tools write it) that names its digital source type. */
    static byte[] pngWithXmp(int width, int height, String digitalSourceType, String creatorTool) throws IOException {
        return pngWithText(width, height, xmpPacket(digitalSourceType, creatorTool));
    }

    static String xmpPacket(String digitalSourceType, String creatorTool) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" Iptc4xmpExt:DigitalSourceType=\"" + digitalSourceType
                + "\" xmp:CreatorTool=\"" + creatorTool + "\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    private static byte[] pngWithText(int width, int height, String xmp) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), writer.getDefaultWriteParam());
        if (xmp != null) {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", "XML:com.adobe.xmp");
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", xmp);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(itxt);
            metadata.mergeTree("javax_imageio_png_1.0", root);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    /**
     * A JPEG carrying Content Credentials as C2PA embeds them: an APP11 segment (JPEG XT box, ISO 19566-5) holding
     * a JUMBF superbox ({@code jumb}) whose description box ({@code jumd}) has the C2PA manifest store's UUID and the
     * label {@code c2pa}. The manifest itself is left empty; only its presence is detected.
     */
    static byte[] jpegWithContentCredentials(int width, int height) throws IOException {
        byte[] uuid = {'c', '2', 'p', 'a', 0x00, 0x11, 0x00, 0x10, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38,
                (byte) 0x9B, 0x71};
        byte[] label = utf8("c2pa\0");
        int descriptionLength = 8 + uuid.length + 1 + label.length;
        int superboxLength = 8 + descriptionLength;
        ByteBuffer jumbf = ByteBuffer.allocate(superboxLength)
                .putInt(superboxLength).put(utf8("jumb"))
                .putInt(descriptionLength).put(utf8("jumd")).put(uuid).put((byte) 0x03).put(label);
        ByteBuffer app11 = ByteBuffer.allocate(2 + 2 + 2 + 2 + 4 + superboxLength);
        app11.put((byte) 0xFF).put((byte) 0xEB).putShort((short) (app11.capacity() - 2))
                .put(utf8("JP")).putShort((short) 1).putInt(1).put(jumbf.array());
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI, then the APP11 segment, then the rest
        out.write(app11.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    // --- hostile files ---------------------------------------------------------------------------------------

    /** A ZIP of the given entries (name, then content, alternating). */
    static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object content = namesAndContents[i + 1];
                zip.write(content instanceof byte[] bytes ? bytes : utf8((String) content));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** ZIPs nested {@code depth} deep: each holds a note and the next, the innermost only a note. */
    static byte[] nestedZips(int depth) throws IOException {
        byte[] inner = zip("note.txt", "Innermost note.");
        for (int level = 1; level < depth; level++) {
            inner = zip("note.txt", "A note at level " + level + ".", "level" + level + ".zip", inner);
        }
        return inner;
    }

    /**
     * A DOCX whose document.xml inflates to {@code inflatedBytes} of repeated paragraphs from a few kilobytes,
     * streamed into the ZIP so that the inflated part never exists in memory.
     */
    static byte[] docxBomb(long inflatedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
            repeat(zip, utf8("<w:p><w:r><w:t>lol</w:t></w:r></w:p>"), inflatedBytes);
            zip.write(utf8("</w:body></w:document>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * An ODT whose content.xml holds one attribute value of {@code inflatedBytes}: no text for a text limit to catch,
     * only memory for the XML parser to exhaust.
     */
    static byte[] odtAttributeBomb(long inflatedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            odtSkeleton(zip);
            zip.putNextEntry(new ZipEntry("content.xml"));
            String xml = odtContentXml("<text:p text:style-name=\"@\">Hello</text:p>");
            int at = xml.indexOf('@');
            zip.write(utf8(xml.substring(0, at)));
            repeat(zip, utf8("a"), inflatedBytes);
            zip.write(utf8(xml.substring(at + 1)));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The classic "billion laughs": ten levels of entities, each ten of the one below, 10^9 "lol"s in all. */
    static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            xml.append("<!ENTITY lol").append(level).append(" \"");
            xml.append(("&lol" + (level - 1) + ";").repeat(10));
            xml.append("\">\n");
        }
        return utf8(xml.append("]>\n<lolz>&lol9;</lolz>\n").toString());
    }

    /** A valid PDF with everything after its header replaced by noise. */
    static byte[] garbledPdf() throws IOException {
        byte[] pdf = pdf("Harbour report", SENTENCE);
        java.util.Random noise = new java.util.Random(42);
        for (int i = 16; i < pdf.length; i++) {
            pdf[i] = (byte) noise.nextInt(256);
        }
        return pdf;
    }

    /** The start of a Windows executable: the DOS header ("MZ") pointing at a PE signature. */
    static byte[] windowsExecutable() {
        ByteBuffer exe = ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        exe.put((byte) 'M').put((byte) 'Z');
        exe.putInt(0x3C, 0x80);
        exe.position(0x80);
        exe.put(utf8("PE\0\0"));
        exe.putShort((short) 0x14C); // i386
        return exe.array();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8(content));
        zip.closeEntry();
    }

    private static void repeat(OutputStream out, byte[] unit, long total) throws IOException {
        byte[] chunk = new byte[unit.length * Math.max(1, 65_536 / unit.length)];
        for (int i = 0; i < chunk.length; i += unit.length) {
            System.arraycopy(unit, 0, chunk, i, unit.length);
        }
        for (long written = 0; written < total; written += chunk.length) {
            out.write(chunk);
        }
    }

    /**
     * {@code size} bytes of a PDF-looking stream, produced as they are read: nothing of it exists in memory at once.
     * Counts how much was read, so a test can show the reader stopped early.
     */
    static final class EndlessPdf extends InputStream {

        private static final byte[] HEADER = utf8("%PDF-1.7\n");
        private final long size;
        private long position;

        EndlessPdf(long size) {
            this.size = size;
        }

        long bytesRead() {
            return position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < HEADER.length ? HEADER[(int) at] : (byte) ' ';
            }
            position += n;
            return n;
        }
    }
}
