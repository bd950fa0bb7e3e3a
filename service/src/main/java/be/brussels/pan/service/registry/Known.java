package be.brussels.pan.service.registry;

import java.util.Set;

/**
 * What a record may refer to: the Brussels communes' NIS codes and the ids of the active timeslots and venues
 * (as they will be once the change is applied: an import's own rows count), and the structure ids of the
 * catalogue in use (a venue's {@code structureId}).
 */
record Known(Set<String> communes, Set<String> timeslots, Set<String> venues, Set<String> structures) {
}
