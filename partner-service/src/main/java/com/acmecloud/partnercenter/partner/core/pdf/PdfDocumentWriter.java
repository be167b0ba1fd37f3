package com.acmecloud.partnercenter.partner.core.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the suite's simple documents (certificates, contracts) as real PDFs with OpenPDF: a title, a
 * table of labelled values and optional paragraphs. Latin text is set in Helvetica; Chinese text (company
 * names, legal persons) falls back to Adobe's STSong-Light CJK font, which PDF readers provide.
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
            Paragraph title = new Paragraph(Fonts.BOLD_TITLE.process(content.title()));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(24);
            document.add(title);

            PdfPTable table = new PdfPTable(new float[] {1, 2});
            table.setWidthPercentage(100);
            content.fields().forEach((name, text) -> {
                table.addCell(new Paragraph(Fonts.LABEL.process(name)));
                table.addCell(new Paragraph(Fonts.VALUE.process(text == null ? "" : text)));
            });
            document.add(table);

            for (String paragraph : content.paragraphs()) {
                Paragraph body = new Paragraph(Fonts.VALUE.process(paragraph));
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

    /** Helvetica first, STSong-Light for every character Helvetica lacks. */
    private static final class Fonts {
        static final FontSelector BOLD_TITLE = selector(FontFactory.HELVETICA_BOLD, 20, Font.BOLD);
        static final FontSelector LABEL = selector(FontFactory.HELVETICA_BOLD, 11, Font.BOLD);
        static final FontSelector VALUE = selector(FontFactory.HELVETICA, 11, Font.NORMAL);

        private static FontSelector selector(String latin, float size, int style) {
            FontSelector selector = new FontSelector();
            selector.addFont(FontFactory.getFont(latin, size));
            try {
                BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
                selector.addFont(new Font(chinese, size, style));
            } catch (DocumentException | java.io.IOException e) {
                throw new IllegalStateException("CJK font metrics missing from OpenPDF", e);
            }
            return selector;
        }
    }
}
