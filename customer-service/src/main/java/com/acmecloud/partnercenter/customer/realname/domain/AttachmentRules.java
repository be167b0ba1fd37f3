package com.acmecloud.partnercenter.customer.realname.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Rule 50: {@code verified_file_url} entries are object keys relative to the {@code download/} folder of the
 * partner's own OBS bucket (e.g. {@code test/abc023.jpg}), in an allowed format. The 10 MB limit (CBC.99000099)
 * cannot be checked here: it needs the object itself, which this service does not read.
 */
public final class AttachmentRules {

    /** OBS keys are at most 1024 bytes, and {@code download/} takes 9 of them. */
    static final int MAX_PATH_LENGTH = 1024 - "download/".length();

    private AttachmentRules() {
    }

    /**
     * @param field   the JSON field, e.g. {@code verified_file_url}
     * @param formats allowed extensions, lower case
     * @throws CbcException CBC.0100 for a path that is not relative to {@code download/}, CBC.99000100 for a format
     */
    public static void check(String field, List<String> paths, Collection<String> formats) {
        RequestProblems problems = new RequestProblems();
        List<ErrorDetail> badFormats = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String name = field + "[" + i + "]";
            String problem = pathProblem(path);
            if (problem != null) {
                problems.invalid(name, problem);
            } else if (!formats.contains(extension(path))) {
                badFormats.add(ErrorDetail.of(name, CbcError.REAL_NAME_ATTACHMENT_FORMAT,
                        "must be one of the formats " + String.join(", ", formats)));
            }
        }
        problems.throwIfAny();
        if (!badFormats.isEmpty()) {
            throw new CbcException(CbcError.REAL_NAME_ATTACHMENT_FORMAT, CbcError.REAL_NAME_ATTACHMENT_FORMAT.message(),
                    badFormats);
        }
    }

    /** Why the path is not a key relative to {@code download/}, or null when it is one. */
    static String pathProblem(String path) {
        if (path == null || path.isEmpty()) {
            return "must be a file path relative to the bucket's download/ folder, e.g. test/abc023.jpg";
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return "must be at most " + MAX_PATH_LENGTH + " characters";
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "must not contain control characters";
        }
        if (path.indexOf('\\') >= 0) {
            return "must use '/' between folders, not '\\'";
        }
        if (path.indexOf(':') >= 0 || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            return "must be a path relative to the bucket's download/ folder, not a URL";
        }
        if (path.startsWith("/")) {
            return "must be relative to the bucket's download/ folder (no leading '/')";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "must not contain empty folder names ('//' or a trailing '/')";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "must not contain '.' or '..' (it must stay inside download/)";
            }
        }
        return null;
    }

    static String extension(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
