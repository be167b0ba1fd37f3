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

/** Rule 50: keys relative to download/, in an allowed format; the objects in the bucket at most 10 MB. */
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

    private static final long MAX = 10L * 1024 * 1024;
    private static final List<String> THREE = List.of("a.jpg", "b.png", "c.pdf");

    @Test
    void storedObjectsWithinTheLimitOfAnAllowedOrUnspecificTypePass() {
        assertThatCode(() -> AttachmentRules.checkStored("f", THREE, List.of(StoredObject.found(MAX, "image/jpeg"),
                StoredObject.found(1, "IMAGE/PNG; q=1"), StoredObject.found(2, "binary/octet-stream")), MAX, FORMATS))
                .doesNotThrowAnyException();
        assertThatCode(() -> AttachmentRules.checkStored("f", THREE, List.of(StoredObject.found(3, null),
                StoredObject.found(-1, "application/octet-stream"), StoredObject.NOT_CHECKED), MAX, FORMATS))
                .doesNotThrowAnyException();
    }

    @Test
    void aStoredObjectOverTheLimitIsCbc99000099NamingTheEntry() {
        assertThatThrownBy(() -> AttachmentRules.checkStored("verified_file_url", THREE, List.of(
                StoredObject.found(1, "image/jpeg"), StoredObject.found(MAX + 1, "image/png"),
                StoredObject.found(MAX + 2, "application/pdf")), MAX, FORMATS))
                .isInstanceOfSatisfying(CbcException.class, e -> {
                    assertThat(e.error()).isEqualTo(CbcError.REAL_NAME_ATTACHMENT_TOO_LARGE);
                    assertThat(e.details()).extracting(d -> d.field())
                            .containsExactly("verified_file_url[1]", "verified_file_url[2]");
                });
    }

    @Test
    void aMissingObjectIsReportedFirstThenSizeThenType() {
        assertThatThrownBy(() -> AttachmentRules.checkStored("f", THREE, List.of(StoredObject.found(MAX + 1, "text/html"),
                StoredObject.MISSING, StoredObject.found(1, "text/html")), MAX, FORMATS))
                .isInstanceOfSatisfying(CbcException.class, e -> {
                    assertThat(e.error()).isEqualTo(CbcError.REAL_NAME_ATTACHMENT_NOT_FOUND);
                    assertThat(e.details()).extracting(d -> d.field()).containsExactly("f[1]");
                });
        assertThatThrownBy(() -> AttachmentRules.checkStored("f", THREE, List.of(StoredObject.found(1, "image/gif"),
                StoredObject.found(1, "image/png"), StoredObject.found(1, "text/html")), MAX, List.of("jpg", "png", "pdf")))
                .isInstanceOfSatisfying(CbcException.class, e -> {
                    assertThat(e.error()).isEqualTo(CbcError.REAL_NAME_ATTACHMENT_FORMAT);
                    assertThat(e.details()).extracting(d -> d.field()).containsExactly("f[0]", "f[2]");
                });
    }
}
