package io.selfhealing.notifier.service;

import io.selfhealing.notifier.config.NotifierConfig;
import io.selfhealing.notifier.domain.Notification;
import io.selfhealing.notifier.repository.AlertEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Absolute links of an alert: the coordinator's API and dashboard (from configuration) and our acknowledge URL. */
@ApplicationScoped
public class Links {

    private final NotifierConfig.Links config;

    public Links(NotifierConfig config) {
        this.config = config.links();
    }

    public Notification.Links of(AlertEntity a) {
        String api = trim(config.coordinatorUrl());
        String dashboard = trim(config.dashboardUrl().orElse(api));
        String page = a.incidentId == null ? null : dashboard + config.incidentPage().replace("{incidentId}", a.incidentId);
        String incident = page != null ? page : a.incidentPath == null ? null : api + a.incidentPath;
        return new Notification.Links(incident, a.approvePath == null ? null : api + a.approvePath,
                a.rejectPath == null ? null : api + a.rejectPath,
                trim(config.notifierUrl()) + "/api/alerts/" + a.id + "/ack",
                a.approvePath == null ? null : page, a.rejectPath == null ? null : page);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
