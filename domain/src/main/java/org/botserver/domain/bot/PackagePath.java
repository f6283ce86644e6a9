package org.botserver.domain.bot;

import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a file sits inside a {@code .gbai} package, relative to the package folder
 * ("hello.gbdialog/start.bas"): forward slashes, no absolute path, no "." or ".." segment, no control character,
 * so no path can point outside its package.
 */
@ValueObject
public record PackagePath(String value) implements Comparable<PackagePath> {

    static final int MAX_LENGTH = 512;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x1f\\x7f\\\\:*?\"<>|]");

    public PackagePath {
        String problem = problemWith(value);
        if (problem != null) throw new IllegalArgumentException(problem);
    }

    /** Why the text cannot be a path inside a package, or null when it can. */
    public static String problemWith(String value) {
        if (value == null || value.isEmpty()) return "An empty file name is not allowed.";
        if (value.length() > MAX_LENGTH) return "The path is longer than " + MAX_LENGTH + " characters.";
        if (value.startsWith("/")) return "'" + printable(value) + "' is an absolute path.";
        if (FORBIDDEN.matcher(value).find()) {
            return "'" + printable(value) + "' contains a character not allowed in a package path (\\ : * ? \" < > | or a control character).";
        }
        for (String segment : value.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) return "'" + printable(value) + "' leaves its folder ('" + segment + "').";
            if (segment.isEmpty()) return "'" + printable(value) + "' has an empty folder name.";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    /** The first folder ("hello.gbdialog"), or the file name for a file at the top of the package. */
    public String topFolder() {
        int slash = value.indexOf('/');
        return slash < 0 ? value : value.substring(0, slash);
    }

    /** The path below the top folder ("start.bas"); empty for a file at the top of the package. */
    public String belowTopFolder() {
        int slash = value.indexOf('/');
        return slash < 0 ? "" : value.substring(slash + 1);
    }

    /** Whether the file sits directly at the top of the package, outside every folder. */
    public boolean atTop() {
        return value.indexOf('/') < 0;
    }

    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    private static String printable(String value) {
        return value.replaceAll("[\\x00-\\x1f\\x7f]", "?");
    }

    /** Paths order by their text, so listings read like a directory tree. */
    @Override public int compareTo(PackagePath other) { return value.compareTo(other.value); }

    @Override public String toString() { return value; }
}
