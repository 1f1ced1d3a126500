package io.selfhealing.fix.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code .env} file: {@code KEY=value} lines, optional {@code export}, quotes and {@code #} comments. */
public final class EnvText extends SpanText {

    private static final Pattern LINE = Pattern.compile("[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=[ \\t]*");

    private EnvText(String text) {
        super(text);
    }

    public static EnvText of(byte[] bytes) {
        return new EnvText(decode(bytes));
    }

    @Override
    int[] find(String key) {
        int[] found = null;
        for (int[] line : lines()) {
            Matcher m = LINE.matcher(text).region(line[0], line[1]);
            if (m.lookingAt() && m.group(1).equals(key)) {
                found = scalar(m.end(), line[1]);
            }
        }
        return found;
    }

    @Override
    SpanText copy(String newText) {
        return new EnvText(newText);
    }
}
