package be.brussels.pan.service.registry;

/**
 * A record of the registry: its id (unique in its list), its optimistic-lock {@code version}, its
 * {@link Provenance} and whether it is retired. The first two are set by the service; a body may give the
 * provenance (default ENTERED) and must give the version it read when it updates.
 */
public sealed interface RegistryEntry permits TimeslotEntry, VenueEntry, AnimatorEntry, KitEntry {

    String id();

    Long version();

    Provenance provenance();

    Boolean retired();
}
