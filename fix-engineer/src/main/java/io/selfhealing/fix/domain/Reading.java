package io.selfhealing.fix.domain;

import io.selfhealing.events.ResourceRef;

/**
 * What an actuator found on a target for a fix type: the resource and key it would change and its
 * current value.
 *
 * @param proposed the new value, for fix types without a numeric step (restart, revert of a commit)
 * @param min      a bound the target adds (replicas), narrowing the catalog's; or null
 * @param max      likewise
 */
public record Reading(ResourceRef resource, String key, String current, String proposed, Long min, Long max) {

    public static Reading of(ResourceRef resource, String key, String current) {
        return new Reading(resource, key, current, null, null, null);
    }
}
