package be.brussels.pan.service.roster;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.service.diagnosis.DemandCount;
import be.brussels.pan.service.stats.ProposedKind;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The session kind proposed to people: that of their first orientation of a roster kind (START_DIGITAL, WORKSHOP or
 * PERMANENCE), WORKSHOP if none. (Orientations are of OrientationKind, of which only START_DIGITAL is also a
 * session kind.) The statistics label each demand group with the kind most of it is proposed.
 */
@Component
class DemandKinds implements ProposedKind {

    private static final Set<String> ROSTER_KINDS = Set.of("START_DIGITAL", "WORKSHOP", "PERMANENCE");

    @Override
    public String of(DemandCount demand) {
        return demand.orientationKinds().stream().map(Enum::name).filter(ROSTER_KINDS::contains).findFirst()
                .orElse(otherwise());
    }

    @Override
    public String otherwise() {
        return SessionKind.WORKSHOP.name();
    }
}
