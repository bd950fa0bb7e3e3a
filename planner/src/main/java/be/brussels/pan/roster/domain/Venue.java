package be.brussels.pan.roster.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.util.Set;

public final class Venue {
    @PlanningId
    private final String id;
    private final String name;
    private final VenueKind kind;
    private final Commune commune;
    private final int seats;
    private final int rooms;
    private final boolean accessible;
    private final boolean startDigital;
    private final Set<Timeslot> open;

    public Venue(String id, String name, VenueKind kind, Commune commune, int seats, int rooms,
                 boolean accessible, boolean startDigital, Set<Timeslot> open) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.commune = commune;
        this.seats = seats;
        this.rooms = rooms;
        this.accessible = accessible;
        this.startDigital = startDigital;
        this.open = Set.copyOf(open);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public VenueKind getKind() { return kind; }
    public Commune getCommune() { return commune; }
    public int getSeats() { return seats; }
    public int getRooms() { return rooms; }
    public boolean isAccessible() { return accessible; }
    public boolean isStartDigital() { return startDigital; }
    public Set<Timeslot> getOpen() { return open; }

    @Override
    public String toString() { return id; }
}
