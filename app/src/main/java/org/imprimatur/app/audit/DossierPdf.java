package org.imprimatur.app.audit;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders an audit dossier ({@link AuditDossiers}) as a PDF a compliance officer can hand to an auditor: the same
 * facts as the JSON, laid out to be read, with the signed checkpoint and verifier key printed so that the proofs in
 * the JSON dossier can be checked against them.
 */
public final class DossierPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font MONO = FontFactory.getFont(FontFactory.COURIER, 7);

    private DossierPdf() {
    }

    public static byte[] render(JsonObject dossier) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, pdf);
        JsonObject item = dossier.getJsonObject("item");
        document.addTitle("Audit dossier " + item.getString("id"));
        document.addCreator("Imprimatur");
        document.open();

        document.add(new Paragraph("Audit dossier", TITLE));
        document.add(new Paragraph("AI-generated " + item.getString("kind").toLowerCase(java.util.Locale.ROOT)
                + " " + item.getString("id"), BODY));
        PdfPTable summary = table(2, 1f, 3f);
        row(summary, "State", item.getString("state"));
        row(summary, "Requested by", item.getString("requestedBy"));
        row(summary, "Created", item.getString("createdAt"));
        row(summary, "Last change", item.getString("updatedAt"));
        if (dossier.containsKey("published")) {
            JsonObject published = dossier.getJsonObject("published");
            row(summary, "Published", "revision " + published.getInt("revision") + " by "
                    + published.getString("releasedBy"));
            row(summary, "Published text SHA-256", published.getString("bodySha256"));
            if (published.containsKey("labelDecision")) {
                row(summary, "Label decision", labelDecision(published.getJsonObject("labelDecision")));
            }
        }
        document.add(summary);

        if (dossier.containsKey("request")) {
            heading(document, "What was asked for");
            JsonObject request = dossier.getJsonObject("request");
            PdfPTable asked = table(2, 1f, 3f);
            row(asked, "Requested by", request.getString("requestedBy") + ", " + request.getString("requestedAt"));
            row(asked, "Request", details(request, "requestedBy", "requestedAt"));
            document.add(asked);
        }

        heading(document, "Sources");
        PdfPTable sources = table(4, 1.6f, 1.4f, 1.6f, 2.2f);
        header(sources, "Source", "Rights", "Credit line", "SHA-256 of the original");
        for (JsonObject source : dossier.getJsonArray("sources").getValuesAs(JsonObject.class)) {
            if (!source.containsKey("sha256")) {
                sources.addCell(new Phrase(source.getString("id"), BODY));
                PdfPCell missing = new PdfPCell(new Phrase("named by the model card but not stored here", BODY));
                missing.setColspan(3);
                sources.addCell(missing);
                continue;
            }
            JsonObject rights = source.getJsonObject("rights");
            sources.addCell(new Phrase(source.getString("title") + "\n" + source.getString("origin"), BODY));
            sources.addCell(new Phrase(rights.getString("licence")
                    + (rights.containsKey("embargoedUntil") ? "\nembargo until " + rights.getString("embargoedUntil")
                    : ""), BODY));
            sources.addCell(new Phrase(rights.getString("creditLine"), BODY));
            sources.addCell(new Phrase(source.getString("sha256"), MONO));
        }
        document.add(sources);

        heading(document, "Revisions");
        for (JsonObject revision : dossier.getJsonArray("revisions").getValuesAs(JsonObject.class)) {
            JsonObject card = revision.getJsonObject("modelCard");
            PdfPTable table = table(2, 1f, 3f);
            row(table, "Revision", revision.getInt("number") + " by " + revision.getString("author") + ", "
                    + revision.getString("createdAt"));
            row(table, "Title", revision.getString("title"));
            row(table, "Model", card.getString("provider") + " / " + card.getString("model") + " "
                    + card.getString("modelVersion"));
            row(table, "Parameters", card.getJsonObject("parameters").toString());
            row(table, "Prompt SHA-256", card.getString("promptSha256"));
            row(table, "Sources", card.getJsonArray("sourceIds").toString());
            row(table, "Text SHA-256", revision.getString("bodySha256"));
            document.add(table);
            if (revision.containsKey("diff")) {
                document.add(new Paragraph(new Chunk("Changes from the revision before:", LABEL)));
                document.add(new Paragraph(revision.getString("diff"), MONO));
            } else {
                document.add(new Paragraph(revision.getString("body"), BODY));
            }
            provenance(document, revision.getJsonObject("provenance"));
        }

        heading(document, "Automatic checks");
        PdfPTable checks = table(4, 0.6f, 1.2f, 1f, 2.6f);
        header(checks, "Revision", "Check", "Outcome", "SHA-256 of the stored report");
        for (JsonObject check : dossier.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            checks.addCell(new Phrase(String.valueOf(check.getInt("revision")), BODY));
            checks.addCell(new Phrase(check.getString("checkId"), BODY));
            checks.addCell(new Phrase(check.getString("outcome"), BODY));
            checks.addCell(new Phrase(check.getString("sha256"), MONO));
        }
        document.add(checks);

        heading(document, "Findings and how reviewers resolved them");
        PdfPTable findings = table(5, 0.6f, 1.3f, 2.2f, 1.2f, 2f);
        header(findings, "Revision", "Check / verdict", "Text", "Status", "Resolution");
        for (JsonObject finding : dossier.getJsonArray("findings").getValuesAs(JsonObject.class)) {
            findings.addCell(new Phrase(String.valueOf(finding.getInt("revision")), BODY));
            findings.addCell(new Phrase(finding.getString("checkId") + " / " + finding.getString("category") + "\n"
                    + finding.getString("verdict") + ", " + finding.getString("severity"), BODY));
            findings.addCell(new Phrase(finding.getString("text") + "\n" + finding.getString("message", ""), BODY));
            findings.addCell(new Phrase(finding.getString("status", ""), BODY));
            findings.addCell(new Phrase(finding.containsKey("resolvedBy") ? finding.getString("resolvedBy") + ", "
                    + finding.getString("resolvedAt", "") + ": " + finding.getString("resolutionReason", "") : "",
                    BODY));
        }
        document.add(findings);

        heading(document, "Decisions");
        PdfPTable transitions = table(5, 0.5f, 1.5f, 1f, 1.4f, 2.6f);
        header(transitions, "Seq", "At (UTC)", "Actor", "Event", "State, reason and policy results");
        for (JsonObject transition : dossier.getJsonArray("transitions").getValuesAs(JsonObject.class)) {
            transitions.addCell(new Phrase(String.valueOf(transition.getJsonNumber("seq").longValue()), BODY));
            transitions.addCell(new Phrase(transition.getString("at"), BODY));
            transitions.addCell(new Phrase(transition.getString("actor"), BODY));
            transitions.addCell(new Phrase(transition.getString("event"), BODY));
            transitions.addCell(new Phrase(details(transition, "seq", "at", "actor", "event"), BODY));
        }
        document.add(transitions);

        heading(document, "Every recorded step");
        PdfPTable steps = table(5, 0.5f, 1.6f, 1f, 1.4f, 2.5f);
        header(steps, "Seq", "Recorded (UTC)", "Actor", "Event", "Details");
        for (JsonObject entry : dossier.getJsonArray("ledger").getValuesAs(JsonObject.class)) {
            steps.addCell(new Phrase(String.valueOf(entry.getJsonNumber("seq").longValue()), BODY));
            steps.addCell(new Phrase(entry.getString("recordedAt"), BODY));
            steps.addCell(new Phrase(entry.getString("actor"), BODY));
            steps.addCell(new Phrase(entry.getString("type"), BODY));
            steps.addCell(new Phrase(details(entry.getJsonObject("payload")), BODY));
        }
        document.add(steps);

        heading(document, "Verification");
        JsonObject checkpoint = dossier.getJsonObject("checkpoint");
        document.add(new Paragraph("Each step above is a leaf of the ledger's Merkle tree. The JSON form of this "
                + "dossier carries, for each, its canonical bytes and an RFC 9162 inclusion proof against the root "
                + "in this signed checkpoint (tree size " + checkpoint.getJsonNumber("treeSize").longValue()
                + "), which verifies with the ledger's public key:", BODY));
        document.add(new Paragraph(checkpoint.getString("note"), MONO));
        document.add(new Paragraph(new Chunk("Verifier key: ", LABEL)));
        document.add(new Paragraph(checkpoint.getString("verifierKey"), MONO));
        document.close();
        return pdf.toByteArray();
    }

    /** The AI share of the released text, the human review and who answers for it, in one sentence each. */
    private static String labelDecision(JsonObject decision) {
        JsonObject text = decision.getJsonObject("text");
        JsonObject review = decision.getJsonObject("humanReview");
        return text.getInt("aiSentences") + " of " + text.getInt("sentences") + " sentences as the AI drafted them "
                + "(AI share " + text.getJsonNumber("aiShare") + "), " + text.getInt("editedSentences")
                + " written or edited by people.\nHuman review: " + (review.getBoolean("done")
                ? "done, approved by " + String.join(", ", strings(review.getJsonArray("approvedBy"))) : "none")
                + ".\nResponsible editor: " + decision.getString("responsibleEditor") + ".\nLabel: "
                + decision.getString("digitalSourceType") + ", \"" + decision.getString("statement") + "\", decided "
                + "on revision " + decision.getInt("labelledRevision", 0) + " of the released revision "
                + decision.getInt("revision", 0) + ".";
    }

    /** What each span of a revision rests on, and the digest of each set of records its ledger entry holds. */
    private static void provenance(Document document, JsonObject provenance) {
        List<JsonObject> records = provenance.getJsonArray("records").getValuesAs(JsonObject.class);
        if (records.isEmpty()) {
            return;
        }
        document.add(new Paragraph(new Chunk("What its words rest on (rights as recorded then):", LABEL)));
        PdfPTable table = table(4, 2.2f, 1f, 1.8f, 2f);
        header(table, "Text", "Origin", "Source, credit line, licence", "Passage; source SHA-256");
        for (JsonObject record : records) {
            table.addCell(new Phrase(record.getString("text"), BODY));
            table.addCell(new Phrase(record.getString("origin") + (record.containsKey("verdict")
                    ? "\n" + record.getString("verdict") : "") + "\nscore " + record.getJsonNumber("score"), BODY));
            table.addCell(new Phrase(record.getString("sourceId") + "\n" + record.getString("creditLine") + "\n"
                    + record.getString("licence"), BODY));
            table.addCell(new Phrase(record.getInt("passageStart") + "–" + record.getInt("passageEnd") + "\n"
                    + record.getString("sourceSha256", "not held here"), MONO));
        }
        document.add(table);
        for (JsonObject set : provenance.getJsonArray("sets").getValuesAs(JsonObject.class)) {
            document.add(new Paragraph(set.getString("origin") + ": " + set.getInt("records") + " records, SHA-256 "
                    + set.getString("sha256"), MONO));
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString::getString);
    }

    /**
     * An object's members in words, but the empty ones, the digests and model cards (which the JSON dossier carries)
     * and those named to leave out because the row shows them already.
     */
    private static String details(JsonObject payload, String... shownElsewhere) {
        List<String> skipped = List.of(shownElsewhere);
        StringBuilder text = new StringBuilder();
        payload.forEach((name, value) -> {
            String shown = value instanceof JsonString string ? string.getString() : value.toString();
            if (!name.endsWith("Sha256") && !"modelCard".equals(name) && !skipped.contains(name) && !shown.isBlank()) {
                text.append(text.isEmpty() ? "" : "; ").append(name).append(": ").append(shown);
            }
        });
        return text.toString();
    }

    private static void header(PdfPTable table, String... headers) {
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, LABEL));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        }
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(int columns, float... widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Phrase(label, LABEL));
        table.addCell(new Phrase(value, BODY));
    }
}
