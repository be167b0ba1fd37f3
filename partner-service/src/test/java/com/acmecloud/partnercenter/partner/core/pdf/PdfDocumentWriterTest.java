package com.acmecloud.partnercenter.partner.core.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Documents for China-site partners: Chinese company names survive into the PDF text. */
class PdfDocumentWriterTest {

    @Test
    void chineseAndLatinTextAreBothInThePdf() throws Exception {
        byte[] pdf = new PdfDocumentWriter().render(new PdfDocumentWriter.Content("Partner Program Certificate",
                Map.of("Partner", "华为云计算技术有限公司 (Huawei Cloud)", "Certificate number", "HCPN-SP-2026-000001"),
                List.of("深圳市 Shenzhen")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("华为云计算技术有限公司", "(Huawei Cloud)", "HCPN-SP-2026-000001", "深圳市 Shenzhen",
                    "Partner Program Certificate");
        }
    }
}
