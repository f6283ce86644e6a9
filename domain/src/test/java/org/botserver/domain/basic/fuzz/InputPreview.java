package org.botserver.domain.basic.fuzz;

/** A failing input as one printable line: escaped like a Java string and cut at 2,000 characters. */
final class InputPreview {

    private static final int SHOWN = 2_000;

    private InputPreview() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder("input of ").append(text.length()).append(" chars: \"");
        for (int i = 0; i < Math.min(text.length(), SHOWN); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append(text.length() > SHOWN ? "...\"" : "\"").toString();
    }
}
