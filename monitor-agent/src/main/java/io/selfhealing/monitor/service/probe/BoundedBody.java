package io.selfhealing.monitor.service.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as UTF-8 text up to a limit: a larger body cancels the download and fails
 * with "larger than N bytes" (metrics pages are untrusted and can be large), or, {@link #truncating},
 * ends with its first N bytes (a health page searched for a text: a large page is not an outage).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

    private final int limit;
    private final boolean truncate;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
        this(limit, false);
    }

    private BoundedBody(int limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    /** A body that keeps its first {@code limit} bytes and stops reading there. */
    static BoundedBody truncating(int limit) {
        return new BoundedBody(limit, true);
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if ((long) bytes.size() + buffer.remaining() > limit) {
                subscription.cancel();
                if (truncate) {
                    byte[] head = new byte[limit - bytes.size()];
                    buffer.get(head);
                    bytes.write(head, 0, head.length);
                    body.complete(bytes.toString(StandardCharsets.UTF_8));
                } else {
                    body.completeExceptionally(new IOException("body larger than " + limit + " bytes"));
                }
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
