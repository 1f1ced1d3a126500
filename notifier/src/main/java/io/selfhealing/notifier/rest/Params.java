package io.selfhealing.notifier.rest;

/** Query and path parameters read by hand, so that bad input is a 400 naming the parameter (not a bare 404). */
final class Params {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private Params() {
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("limit: '" + limit + "' is not a number from 1 to " + MAX_LIMIT);
    }

    static long id(String id, String what) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " id: '" + id + "' is not a number");
        }
    }
}
