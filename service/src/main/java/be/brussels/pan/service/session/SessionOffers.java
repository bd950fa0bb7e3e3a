package be.brussels.pan.service.session;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.ServiceKind;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.registry.Registry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which catalogue offer a published session is a session of (issue 14): an offer of the catalogue structure its
 * venue names in the registry ({@code structureId}), of a kind that matches the session's. A session without one
 * (its venue names no structure, or the structure has no offer of a matching kind) is published all the same, with
 * no offer: it cannot be booked through a referral.
 *
 * <p>Kinds: START_DIGITAL → START_DIGITAL; WORKSHOP → WORKSHOP, else FREE_ACCESS; PERMANENCE → PERMANENCE;
 * OUTREACH → WORKSHOP. When the structure has several matching offers, the first kind listed wins, then the
 * smallest offer id, so that a re-publication of the same week gives the same offers.
 */
@Component
public class SessionOffers {

    private final Registry registry;
    private final OfferCatalog offers;

    public SessionOffers(Registry registry, OfferCatalog offers) {
        this.registry = registry;
        this.offers = offers;
    }

    /** The offer of each placement's session, read once for a whole publication. */
    public Resolver resolver() {
        return new Resolver(registry.venueStructures(), offers);
    }

    /** The catalogue service kinds a session kind is a session of, the preferred first. */
    static List<ServiceKind> kindsFor(SessionKind kind) {
        return switch (kind) {
            case START_DIGITAL -> List.of(ServiceKind.START_DIGITAL);
            case WORKSHOP -> List.of(ServiceKind.WORKSHOP, ServiceKind.FREE_ACCESS);
            case PERMANENCE -> List.of(ServiceKind.PERMANENCE);
            case OUTREACH -> List.of(ServiceKind.WORKSHOP);
        };
    }

    /** The choice among a structure's services for a session kind, or null (see the class comment). */
    static String choose(List<Service> services, SessionKind kind) {
        List<ServiceKind> kinds = kindsFor(kind);
        return services.stream().filter(s -> kinds.contains(s.kind()))
                .min(Comparator.comparingInt((Service s) -> kinds.indexOf(s.kind())).thenComparing(Service::id))
                .map(Service::id).orElse(null);
    }

    /** The registry's venue structures and the catalogue as read at the start of a publication. */
    public static final class Resolver {
        private final Map<String, String> structureOfVenue;
        private final OfferCatalog offers;

        Resolver(Map<String, String> structureOfVenue, OfferCatalog offers) {
            this.structureOfVenue = structureOfVenue;
            this.offers = offers;
        }

        /** The offer id of a session of this kind at this venue, or null. */
        public String offerOf(String venueId, SessionKind kind) {
            String structure = structureOfVenue.get(venueId);
            return structure == null ? null : choose(offers.servicesOf(structure), kind);
        }
    }
}
