package io.selfhealing.notifier.channel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.selfhealing.notifier.config.NotifierConfig;
import io.selfhealing.notifier.domain.MailText;
import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.domain.Receiver;
import jakarta.enterprise.context.ApplicationScoped;

/** E-mail over SMTP (quarkus-mailer; server and credentials from {@code quarkus.mailer.*} / the environment). */
@ApplicationScoped
public class EmailChannel implements Channel {

    private final Mailer mailer;
    private final NotifierConfig config;

    public EmailChannel(Mailer mailer, NotifierConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Override
    public Receiver.Type type() {
        return Receiver.Type.EMAIL;
    }

    @Override
    public void send(Receiver receiver, Notification notification) throws DeliveryException {
        Mail mail = Mail.withText(receiver.to().get(0), MailText.subject(notification), MailText.body(notification))
                .setFrom(config.delivery().mailFrom())
                .addHeader("X-Healing-Notification", notification.id());
        receiver.to().stream().skip(1).forEach(mail::addTo);
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), true, e);
        }
    }
}
