package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import java.util.List;
import java.util.Set;

/**
 * A catalogue service as the orientation rules see it for one person: the service, its structure, and
 * where it is relative to the person (distance in km between commune points, rank by distance among the
 * offers of its kind, same commune or not). Distance and rank are null when the person's commune is unknown.
 */
public final class OfferCandidate {
    private final Service service;
    private final Structure structure;
    private final OrientationKind kind;
    private final Double distanceKm;
    private final Integer nearestRank;
    private final boolean sameCommune;
    /** The day the partner declared its free seats (capacity.updated), read once: the seat rules ask per diagnosis. */
    private final java.time.LocalDate declaredOn;

    public OfferCandidate(Service service, Structure structure, OrientationKind kind, Double distanceKm,
                          Integer nearestRank, boolean sameCommune) {
        this.service = service;
        this.structure = structure;
        this.kind = kind;
        this.distanceKm = distanceKm;
        this.nearestRank = nearestRank;
        this.sameCommune = sameCommune;
        this.declaredOn = service.capacity() == null || service.capacity().updated() == null ? null
                : java.time.LocalDate.parse(service.capacity().updated());
    }

    /** The free seats the partner declared (catalogue capacity.available), or null when not declared. */
    public Integer getDeclaredFreeSeats() {
        return service.capacity() == null ? null : service.capacity().available();
    }

    /** Whether the catalogue made this field of the service up (provenance.illustrativeFields): an illustration, not a fact. */
    public boolean isIllustrative(String field) {
        return service.provenance() != null && service.provenance().illustrativeFields().contains(field);
    }

    /** The day the partner declared them (capacity.updated), or null. */
    public java.time.LocalDate getDeclaredOn() { return declaredOn; }

    public Service getService() { return service; }
    public Structure getStructure() { return structure; }
    public String getId() { return service.id(); }
    public OrientationKind getKind() { return kind; }
    public Double getDistanceKm() { return distanceKm; }
    public Integer getNearestRank() { return nearestRank; }
    public boolean isSameCommune() { return sameCommune; }
    public String getCommuneCode() { return structure.communeCode(); }
    public be.brussels.pan.contract.catalog.StructureKind getStructureKind() { return structure.kind(); }
    public boolean isMobile() { return structure.mobile(); }
    public boolean isAtHome() { return structure.atHome(); }
    public Boolean getAccessible() { return structure.accessible(); }

    /** Known to be adapted to visually impaired people: true, false, or null when unknown. */
    public Boolean getAdaptedForVisual() {
        return structure.accessibility() == null ? null : structure.accessibility().visual();
    }

    /** Known to be adapted to deaf or hard-of-hearing people: true, false, or null when unknown. */
    public Boolean getAdaptedForHearing() {
        return structure.accessibility() == null ? null : structure.accessibility().hearing();
    }

    /** Whether a source says money was granted for this accessibility item, its presence unconfirmed. */
    public boolean isFundedFor(String item) {
        return structure.accessibility() != null
                && structure.accessibility().has(item, be.brussels.pan.contract.catalog.EquipmentStatus.FUNDED);
    }
    public Integer getMinimumAge() { return service.minimumAge(); }
    public Integer getMaximumAge() { return service.maximumAge(); }
    public List<TargetGroup> getTargetGroups() { return service.targetGroups(); }
    public List<String> getPublics() { return service.publics(); }
    public List<PersonaCode> getPersonae() { return service.personae(); }
    public List<Need> getNeeds() { return service.needs(); }

    /** The service's languages, or its structure's when the service names none. */
    public List<String> getLanguages() {
        return service.languages().isEmpty() ? structure.languages() : service.languages();
    }

    public boolean hasPublic(String publicCode) { return service.publics().contains(publicCode); }

    public boolean servesGroup(TargetGroup group) { return service.targetGroups().contains(group); }

    /** True when the offer is within {@code km} of the person, or when the distance is unknown (no commune). */
    public boolean isWithinKm(double km) {
        return distanceKm == null || distanceKm <= km;
    }

    public String getStructureId() { return structure.id(); }

    /** True when the offer names publics and every one of them is among {@code reserved}: it is reserved to them. */
    public boolean isReservedBy(java.util.Collection<String> reserved) {
        return !service.publics().isEmpty() && reserved.containsAll(service.publics());
    }

    public boolean suits(PersonaCode persona) { return service.personae().contains(persona); }

    public boolean speaksAnyOf(Set<String> languages) {
        for (String language : getLanguages()) {
            if (languages.contains(language)) {
                return true;
            }
        }
        return false;
    }

    public boolean meetsAnyOf(Set<Need> needs) {
        for (Need need : service.needs()) {
            if (needs.contains(need)) {
                return true;
            }
        }
        return false;
    }
}
