package com.acmecloud.partnercenter.customer.realname.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule 50: {@code verified_file_url} entries are object keys relative to the {@code download/} folder of the
 * partner's own OBS bucket (e.g. {@code test/abc023.jpg}), in an allowed format ({@link #check}); the objects must
 * exist there, be at most 10 MB and, where the store reports a content type, be of an allowed format
 * ({@link #checkStored}).
 */
public final class AttachmentRules {

    /** The folder of the partner's bucket that {@code verified_file_url} entries are relative to. */
    public static final String FOLDER = "download/";
    /** OBS keys are at most 1024 bytes, and {@code download/} takes 9 of them. */
    static final int MAX_PATH_LENGTH = 1024 - FOLDER.length();
    /** Content types of the formats; a store's generic type says nothing about the format. */
    private static final Map<String, Set<String>> CONTENT_TYPES = Map.of(
            "jpg", Set.of("image/jpeg", "image/jpg", "image/pjpeg"),
            "jpeg", Set.of("image/jpeg", "image/jpg", "image/pjpeg"),
            "png", Set.of("image/png"),
            "gif", Set.of("image/gif"),
            "bmp", Set.of("image/bmp", "image/x-bmp", "image/x-ms-bmp"),
            "pdf", Set.of("application/pdf"));
    private static final Set<String> UNSPECIFIC_CONTENT_TYPES = Set.of("", "application/octet-stream",
            "binary/octet-stream");

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
        throwIfAny(CbcError.REAL_NAME_ATTACHMENT_FORMAT, badFormats);
    }

    /**
     * What the bucket holds under each path (same order): a missing object is CBC.91005035, one larger than
     * {@code maxBytes} CBC.99000099, one stored with a content type of none of the formats CBC.99000100; each names
     * the entry. Objects no store looked at pass.
     */
    public static void checkStored(String field, List<String> paths, List<StoredObject> objects, long maxBytes,
                                   Collection<String> formats) {
        List<ErrorDetail> missing = new ArrayList<>();
        List<ErrorDetail> tooLarge = new ArrayList<>();
        List<ErrorDetail> badTypes = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            StoredObject object = objects.get(i);
            String name = field + "[" + i + "]";
            if (object.lookup() == StoredObject.Lookup.MISSING) {
                missing.add(ErrorDetail.of(name, CbcError.REAL_NAME_ATTACHMENT_NOT_FOUND,
                        "no such object under " + FOLDER + " in the partner's bucket"));
            } else if (object.lookup() == StoredObject.Lookup.FOUND && object.size() > maxBytes) {
                tooLarge.add(ErrorDetail.of(name, CbcError.REAL_NAME_ATTACHMENT_TOO_LARGE,
                        "is " + object.size() + " bytes; at most " + maxBytes + " bytes are allowed"));
            } else if (object.lookup() == StoredObject.Lookup.FOUND && !typeAllowed(object.contentType(), formats)) {
                badTypes.add(ErrorDetail.of(name, CbcError.REAL_NAME_ATTACHMENT_FORMAT,
                        "is stored as " + mediaType(object.contentType()) + ", not one of the formats "
                                + String.join(", ", formats)));
            }
        }
        throwIfAny(CbcError.REAL_NAME_ATTACHMENT_NOT_FOUND, missing);
        throwIfAny(CbcError.REAL_NAME_ATTACHMENT_TOO_LARGE, tooLarge);
        throwIfAny(CbcError.REAL_NAME_ATTACHMENT_FORMAT, badTypes);
    }

    private static boolean typeAllowed(String contentType, Collection<String> formats) {
        String type = mediaType(contentType);
        return UNSPECIFIC_CONTENT_TYPES.contains(type)
                || formats.stream().anyMatch(format -> CONTENT_TYPES.getOrDefault(format, Set.of()).contains(type));
    }

    /** {@code image/JPEG; charset=x} → {@code image/jpeg}; null → empty. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static void throwIfAny(CbcError error, List<ErrorDetail> details) {
        if (!details.isEmpty()) {
            throw new CbcException(error, error.message(), details);
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
