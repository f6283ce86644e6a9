package org.botserver.adapter.out.storage.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A site's robots.txt as it applies to one crawler (RFC 9309): the rules of the groups naming its product token,
 * else of the {@code *} groups; the longest matching rule decides, Allow winning a tie; {@code *} and a final
 * {@code $} in patterns; the non-standard Crawl-delay of the same groups, in seconds.
 */
record RobotsTxt(List<Rule> rules, Optional<Duration> crawlDelay) {

    /** Every path may be crawled: what a missing robots.txt (4xx) means. */
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), Optional.empty());
    /** No path may be crawled: what an unreachable robots.txt (5xx, no answer) means. */
    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")), Optional.empty());

    /** One Allow or Disallow line. */
    record Rule(boolean allow, String pattern) {
        boolean matches(String path) {
            return regex(pattern).matcher(path).lookingAt();
        }
    }

    RobotsTxt {
        rules = List.copyOf(rules);
    }

    static RobotsTxt parse(String text, String productToken) {
        List<Rule> own = new ArrayList<>(), any = new ArrayList<>();
        Optional<Duration> ownDelay = Optional.empty(), anyDelay = Optional.empty();
        boolean ownGroup = false, anyGroup = false, agentsOpen = false, sawOwn = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                // Consecutive User-agent lines share the group that follows them.
                if (!agentsOpen) ownGroup = anyGroup = false;
                agentsOpen = true;
                if (value.equals("*")) anyGroup = true;
                else if (value.equalsIgnoreCase(productToken)) ownGroup = sawOwn = true;
                continue;
            }
            agentsOpen = false;
            if (!ownGroup && !anyGroup) continue;
            Optional<Duration> delay = key.equals("crawl-delay") ? seconds(value) : Optional.empty();
            Rule rule = switch (key) {
                case "allow" -> value.isEmpty() ? null : new Rule(true, value);
                case "disallow" -> value.isEmpty() ? null : new Rule(false, value);
                default -> null;
            };
            if (ownGroup) {
                if (rule != null) own.add(rule);
                if (delay.isPresent()) ownDelay = delay;
            }
            if (anyGroup) {
                if (rule != null) any.add(rule);
                if (delay.isPresent()) anyDelay = delay;
            }
        }
        return sawOwn ? new RobotsTxt(own, ownDelay) : new RobotsTxt(any, anyDelay);
    }

    /** Whether the path (with its query) may be crawled; /robots.txt itself always may. */
    boolean allows(String pathAndQuery) {
        if (pathAndQuery.equals("/robots.txt")) return true;
        Rule decisive = null;
        for (Rule rule : rules) {
            if (!rule.matches(pathAndQuery)) continue;
            if (decisive == null || rule.pattern().length() > decisive.pattern().length()
                    || rule.pattern().length() == decisive.pattern().length() && rule.allow()) {
                decisive = rule;
            }
        }
        return decisive == null || decisive.allow();
    }

    private static Optional<Duration> seconds(String value) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds >= 0 && seconds <= 86_400 ? Optional.of(Duration.ofMillis((long) (seconds * 1000))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Pattern regex(String pattern) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String literal : body.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(Pattern.quote(literal));
        }
        if (anchored) regex.append("$");
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
