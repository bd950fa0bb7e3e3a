package be.brussels.pan.roster.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A mobile kit (laptops, tablets, 4G, optionally a braille keyboard) based at a labelled EPN. */
public final class Kit {
    @PlanningId
    private final String id;
    private final String name;
    private final Venue homeVenue;
    private final int devices;
    private final boolean braille;

    public Kit(String id, String name, Venue homeVenue, int devices, boolean braille) {
        this.id = id;
        this.name = name;
        this.homeVenue = homeVenue;
        this.devices = devices;
        this.braille = braille;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Venue getHomeVenue() { return homeVenue; }
    public int getDevices() { return devices; }
    public boolean isBraille() { return braille; }

    @Override
    public String toString() { return id; }
}
