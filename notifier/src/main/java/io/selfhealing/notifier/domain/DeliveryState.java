package io.selfhealing.notifier.domain;

/** PENDING until the receiver took it; FAILED when refused for good (4xx) or given up after retrying. */
public enum DeliveryState { PENDING, DELIVERED, FAILED }
