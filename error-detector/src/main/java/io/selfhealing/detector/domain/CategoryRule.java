package io.selfhealing.detector.domain;

import io.selfhealing.events.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the categories file: lines containing one of the keywords (case-insensitive) and,
 * when given, matching the confirming pattern belong to the category.
 *
 * @param scope    which levels the rule applies to
 * @param keywords lower-case literals; empty means "every line of the scope"
 * @param confirm  optional pattern a keyword hit must also match
 */
public record CategoryRule(int order, String category, Severity severity, Scope scope, List<String> keywords,
        Pattern confirm) {

    /** Levels a rule looks at. */
    public enum Scope {
        /** every line, whatever its level (HTTP status lines of access logs are often INFO) */
        ANY,
        /** lines at WARN or above, and lines without a level */
        WARN,
        /** lines at ERROR or above only */
        ERROR;

        public boolean admits(LogLevel level) {
            return switch (this) {
                case ANY -> true;
                case WARN -> level == LogLevel.UNKNOWN || level.atLeast(LogLevel.WARN);
                case ERROR -> level.atLeast(LogLevel.ERROR);
            };
        }
    }

    public boolean confirms(CharSequence text) {
        return confirm == null || confirm.matcher(text).find();
    }
}
