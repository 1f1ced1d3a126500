package io.selfhealing.detector.service;

/**
 * Folds multi-line stack traces (Java, Python, Go, Node) into the line that reported the error:
 * continuation lines of one stream are recognised here and not counted as lines of their own.
 * One instance per (target, stream).
 */
final class StackFolder {

    private boolean afterError;
    private boolean inTrace;

    /**
     * True when the line continues the trace of a previous error line.
     *
     * @param errorLine whether the line, taken alone, is an error (used for the next call)
     */
    boolean fold(String line, boolean errorLine) {
        if (line.isBlank()) {
            return false;
        }
        boolean continuation = (afterError || inTrace) && continues(line);
        if (continuation) {
            inTrace = true;
            return true;
        }
        inTrace = line.startsWith("Traceback (") || line.startsWith("panic: ");
        afterError = errorLine;
        return false;
    }

    private static boolean continues(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        return first == ' ' || first == '\t'
                || line.startsWith("Caused by:") || line.startsWith("Suppressed:") || line.startsWith("...")
                || line.startsWith("Traceback (") || line.startsWith("During handling of the above")
                || line.startsWith("The above exception") || line.startsWith("goroutine ")
                || exceptionHeader(line) || goFrame(line);
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
