package io.selfhealing.notifier.domain;

/** FIRING needs attention; ACKNOWLEDGED (by a person) and RESOLVED (its incident moved on) stop repeats and escalation. */
public enum AlertState { FIRING, ACKNOWLEDGED, RESOLVED }
