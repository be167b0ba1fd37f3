package com.acmecloud.partnercenter.customer.realname.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 50: keys relative to download/, in an allowed format. */
class AttachmentRulesTest {

    private static final List<String> FORMATS = List.of("jpg", "jpeg", "bmp", "png", "gif", "pdf");

    @ParameterizedTest
    @ValueSource(strings = {"a.jpg", "test/abc023.jpg", "2026/01/licence.PDF", "x/y.z/photo.JpEg", "中文/照片.png",
            "with space/a b.gif", "dots..in..name.bmp"})
    void acceptsKeysInsideDownload(String path) {
        assertThat(AttachmentRules.pathProblem(path)).isNull();
        assertThatCode(() -> AttachmentRules.check("f", List.of(path), FORMATS)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/a.jpg", "//a.jpg", "../a.jpg", "a/../../b.jpg", "a/./b.jpg", ".", "..", "a//b.jpg",
            "a/", "a\\b.jpg", "C:\\a.jpg", "http://x/a.jpg", "obs://bucket/a.jpg", "a.jpg?v=1", "a.jpg#x",
            "a\nb.jpg", "a\u0000.jpg"})
    void refusesAnythingElse(String path) {
        assertThat(AttachmentRules.pathProblem(path)).isNotNull();
        assertThatThrownBy(() -> AttachmentRules.check("verified_file_url", List.of("ok.jpg", path), FORMATS))
                .isInstanceOfSatisfying(CbcException.class, e -> {
                    assertThat(e.error()).isEqualTo(CbcError.PARAMETER_ERROR);
                    assertThat(e.details()).singleElement().satisfies(d ->
                            assertThat(d.field()).isEqualTo("verified_file_url[1]"));
                });
    }

    @Test
    void refusesAKeyLongerThanOBSAllowsBelowDownload() {
        assertThat(AttachmentRules.pathProblem("a".repeat(AttachmentRules.MAX_PATH_LENGTH - 4) + ".jpg")).isNull();
        assertThat(AttachmentRules.pathProblem("a".repeat(AttachmentRules.MAX_PATH_LENGTH - 3) + ".jpg")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.exe", "a.jpg.exe", "a", "a.", "dir.jpg/file", "a.tiff", "a.webp"})
    void refusesOtherFormatsWithTheirOwnCode(String path) {
        assertThatThrownBy(() -> AttachmentRules.check("verified_file_url", List.of(path), FORMATS))
                .isInstanceOfSatisfying(CbcException.class, e -> {
                    assertThat(e.error()).isEqualTo(CbcError.REAL_NAME_ATTACHMENT_FORMAT);
                    assertThat(e.details()).singleElement().satisfies(d ->
                            assertThat(d.errorCode()).isEqualTo("CBC.99000100"));
                });
    }

    @Test
    void aBadPathIsReportedBeforeABadFormat() {
        assertThatThrownBy(() -> AttachmentRules.check("f", List.of("a.exe", "../b.jpg"), FORMATS))
                .isInstanceOfSatisfying(CbcException.class, e -> assertThat(e.error()).isEqualTo(CbcError.PARAMETER_ERROR));
    }
}
