package com.acmecloud.partnercenter.customer.realname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pieces of OBS's V2 header signature, against OBS's documented example and RFC 2202's HMAC-SHA1 vector. */
class HuaweiObsSignatureTest {

    @Test
    void theStringToSignIsOfTheDocumentedShape() {
        // OBS API reference, "Authentication of Signature in a Header": GET /object.txt of bucket "bucket"
        assertThat(HuaweiObsAttachmentStore.stringToSign("GET", "Sat, 12 Oct 2015 08:12:38 GMT", "/bucket/object.txt"))
                .isEqualTo("GET\n\n\nSat, 12 Oct 2015 08:12:38 GMT\n/bucket/object.txt");
    }

    @Test
    void theSignatureIsBase64OfHmacSha1() {
        // RFC 2202 test case 2: HMAC-SHA1("Jefe", "what do ya want for nothing?") = effcdf6a...259a7c79
        assertThat(HuaweiObsAttachmentStore.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("7/zfauXrL6LSdBbV8YTfnCWafHk=");
    }

    @Test
    void theDateIsAnHttpDateWithATwoDigitDay() {
        assertThat(HuaweiObsAttachmentStore.HTTP_DATE.format(Instant.parse("2015-10-02T08:12:38Z")))
                .isEqualTo("Fri, 02 Oct 2015 08:12:38 GMT");
    }

    @Test
    void keysArePercentEncodedExceptUnreservedCharactersAndSlashes() {
        assertThat(HuaweiObsAttachmentStore.encodePath("download/id/张三 1+x.jpg"))
                .isEqualTo("download/id/%E5%BC%A0%E4%B8%89%201%2Bx.jpg");
        assertThat(HuaweiObsAttachmentStore.encodePath("download/a-b_c.d~e/F9.png"))
                .isEqualTo("download/a-b_c.d~e/F9.png");
    }
}
