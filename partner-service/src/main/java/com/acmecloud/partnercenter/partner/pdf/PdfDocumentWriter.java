package com.acmecloud.partnercenter.partner.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the suite's simple documents (certificates, contracts) as real PDFs with OpenPDF: a title, a
 * table of labelled values and optional paragraphs. Text is written with the standard Helvetica font, so
 * values must be Latin text.
 */
@ApplicationScoped
public class PdfDocumentWriter {

    public record Content(String title, Map<String, String> fields, List<String> paragraphs) {
        public Content {
            fields = new LinkedHashMap<>(fields);
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(content.title());
            document.addCreator("Partner Center");
            document.open();
            Paragraph title = new Paragraph(content.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(24);
            document.add(title);

            PdfPTable table = new PdfPTable(new float[] {1, 2});
            table.setWidthPercentage(100);
            Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font value = FontFactory.getFont(FontFactory.HELVETICA, 11);
            content.fields().forEach((name, text) -> {
                table.addCell(new Paragraph(name, label));
                table.addCell(new Paragraph(text == null ? "" : text, value));
            });
            document.add(table);

            for (String paragraph : content.paragraphs()) {
                Paragraph body = new Paragraph(paragraph, value);
                body.setSpacingBefore(12);
                document.add(body);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
