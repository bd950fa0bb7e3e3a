package be.brussels.pan.service.session;

import be.brussels.pan.roster.domain.Week;
import java.time.OffsetDateTime;

/** Session times are shown in Brussels time, whatever zone the database hands them back in. */
final class SessionTimes {

    private SessionTimes() {
    }

    static OffsetDateTime brussels(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Week.ZONE).toOffsetDateTime();
    }
}
