package io.selfhealing.notifier.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.selfhealing.events.EventCodec;
import io.selfhealing.notifier.domain.AlertLabels;
import io.selfhealing.notifier.domain.LabelMatcher;
import io.selfhealing.notifier.repository.AlertEntity;
import io.selfhealing.notifier.repository.SilenceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Silences: create, list, expire, and whether one covers an alert now. */
@ApplicationScoped
public class Silences {

    /** What a person asks for; {@code until} is required and must lie in the future. */
    public record Request(List<String> matchers, Instant until, String comment) {
    }

    public SilenceEntity create(Request request, String by, Instant now) {
        if (request == null || request.matchers() == null || request.matchers().isEmpty()) {
            throw new IllegalArgumentException("matchers: at least one matcher, e.g. [\"targetId=\\\"shop-api\\\"\"]");
        }
        for (int i = 0; i < request.matchers().size(); i++) {
            try {
                LabelMatcher.parse(request.matchers().get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("matchers[" + i + "]: " + e.getMessage());
            }
        }
        if (request.until() == null || !request.until().isAfter(now)) {
            throw new IllegalArgumentException("until: an ISO-8601 instant in the future, e.g. 2026-12-01T08:00:00Z");
        }
        SilenceEntity s = new SilenceEntity();
        s.matchersJson = AlertIntake.json(request.matchers());
        s.until = request.until();
        s.comment = request.comment();
        s.createdBy = by;
        s.createdAt = now;
        s.persist();
        return s;
    }

    public List<SilenceEntity> active(Instant now) {
        return SilenceEntity.list("until > ?1 order by id", now);
    }

    public boolean silenced(AlertEntity alert, Instant now) {
        Map<String, String> labels = AlertLabels.of(NotificationWriter.labels(alert), alert.severity, alert.targetId,
                alert.title, alert.source, alert.incidentId);
        return active(now).stream().anyMatch(s -> matchers(s).stream().allMatch(m -> m.matches(labels)));
    }

    public static List<String> matcherTexts(SilenceEntity s) {
        try {
            return EventCodec.mapper().readValue(s.matchersJson, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("silence " + s.id + ": unreadable matchers", e);
        }
    }

    private static List<LabelMatcher> matchers(SilenceEntity s) {
        return matcherTexts(s).stream().map(LabelMatcher::parse).toList();
    }
}
