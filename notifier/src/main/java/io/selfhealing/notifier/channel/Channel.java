package io.selfhealing.notifier.channel;

import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.domain.Receiver;

/** Sends one notification to one receiver, or throws saying whether a retry may help. */
public interface Channel {

    Receiver.Type type();

    void send(Receiver receiver, Notification notification) throws DeliveryException;
}
