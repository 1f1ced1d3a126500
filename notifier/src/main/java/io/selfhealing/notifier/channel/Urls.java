package io.selfhealing.notifier.channel;

import io.selfhealing.notifier.config.Environment;
import io.selfhealing.notifier.domain.Receiver;

/** A receiver's URL: from its environment variable when it names one, else as written in the routes file. */
final class Urls {

    private Urls() {
    }

    static String of(Receiver receiver, Environment env) throws DeliveryException {
        if (receiver.urlEnv() != null) {
            String url = env.get(receiver.urlEnv());
            if (url == null) {
                throw new DeliveryException(receiver.urlEnv() + " is not set", true, null);
            }
            return url;
        }
        return receiver.url();
    }
}
