package io.selfhealing.events;

/** One bounded parameter change of a fix plan: {@code key} of {@code resource} from → to. */
public record ParameterChange(ResourceRef resource, String key, String fromValue, String toValue) {
}
