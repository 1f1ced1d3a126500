package io.selfhealing.detector.service;

/**
 * Folds multi-line stack traces (Java, Python, Go, Node) into the line that reported the error:
 * frames and separators of one stream are recognised here and not counted as lines of their own.
 * Cause lines inside a trace are kept: they say what actually went wrong (the logged message is
 * often only "Failed to start application"), so they are categorised and counted on their own —
 * {@code Caused by: ...}, an exception header ({@code java.net.SocketTimeoutException: ...}, the
 * final {@code KeyError: 'X'} of a Python traceback, both exceptions of a chained Python
 * traceback), an indented message-code line ({@code \tSRCFG00014: The config property ...}),
 * Node's {@code [cause]: Error: ...} and a nested Go {@code panic: ...}. One instance per
 * (target, stream).
 */
final class StackFolder {

    private boolean afterError;
    private boolean inTrace;

    /**
     * True when the line continues the trace of a previous error line and is not a cause line.
     *
     * @param errorLine whether the line, taken alone, is an error (used for the next call)
     */
    boolean fold(String line, boolean errorLine) {
        if (line.isBlank()) {
            return false;
        }
        if ((afterError || inTrace) && continues(line)) {
            inTrace = true;
            return !cause(line);
        }
        inTrace = line.startsWith("Traceback (") || line.startsWith("panic: ");
        afterError = errorLine;
        return false;
    }

    private static boolean continues(String line) {
        char first = line.charAt(0);
        return first == ' ' || first == '\t'
                || line.startsWith("Caused by:") || line.startsWith("Suppressed:") || line.startsWith("...")
                || line.startsWith("Traceback (") || line.startsWith("During handling of the above")
                || line.startsWith("The above exception") || line.startsWith("goroutine ")
                || exceptionHeader(line) || goFrame(line);
    }

    /** A line of a trace that names what went wrong rather than where. */
    static boolean cause(String line) {
        String t = line.strip();
        return t.startsWith("Caused by:") || t.startsWith("[cause]:") || t.startsWith("panic: ")
                || exceptionHeader(t) || messageCode(t);
    }

    /** {@code SRCFG00014: ...}, {@code ORA-00942: ...}, {@code ERR_INVALID_ARG_TYPE: ...}: an upper-case code with digits. */
    static boolean messageCode(String t) {
        int colon = t.indexOf(':');
        if (colon < 4 || colon > 24) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < colon; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (!(c >= 'A' && c <= 'Z') && c != '_' && c != '-') {
                return false;
            }
        }
        return digit && Character.isLetter(t.charAt(0));
    }

    /** {@code java.lang.IllegalStateException: boom}, {@code ValueError: bad}, {@code KeyError} */
    static boolean exceptionHeader(String line) {
        int end = 0;
        int n = Math.min(line.length(), 300);
        while (end < n) {
            char c = line.charAt(end);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '$' || c == '_')) {
                break;
            }
            end++;
        }
        if (end == 0 || (end < line.length() && line.charAt(end) != ':')) {
            return false;
        }
        String name = line.substring(0, end);
        return name.endsWith("Exception") || name.endsWith("Error") || name.endsWith("Exit")
                || name.endsWith("Interrupt") || name.endsWith("Throwable");
    }

    /** {@code main.handler(0xc000010000)} or {@code net/http.(*conn).serve(...)} */
    private static boolean goFrame(String line) {
        int paren = line.indexOf('(');
        return paren > 0 && line.endsWith(")") && line.lastIndexOf(' ', paren) < 0;
    }
}
