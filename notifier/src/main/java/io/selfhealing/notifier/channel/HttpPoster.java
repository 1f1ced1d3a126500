package io.selfhealing.notifier.channel;

import io.selfhealing.notifier.config.NotifierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** POSTs a JSON body and classifies the answer: 2xx delivered; 408, 429, 5xx and IO errors retriable; other 4xx refused. */
@ApplicationScoped
public class HttpPoster {

    private final HttpClient client;
    private final NotifierConfig config;

    public HttpPoster(NotifierConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.delivery().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void post(String url, byte[] body, Map<String, String> headers) throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.delivery().timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("POST " + redacted(url) + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", true, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        boolean retriable = status == 408 || status == 429 || status >= 500;
        String answer = response.body() == null ? "" : response.body();
        throw new DeliveryException("POST " + redacted(url) + " answered " + status + ": "
                + answer.substring(0, Math.min(200, answer.length())), retriable, null);
    }

    /** URLs of chat webhooks carry their token in the path: never log more than scheme and host. */
    static String redacted(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority() + "/…";
    }
}
