package be.brussels.pan.service.referral;

import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.offer.OfferView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.stereotype.Component;

/**
 * A referral's appointment as an iCalendar file (ical4j), for the person's or the counsellor's calendar. It holds
 * the offer (its name and structure), the place, the time and the slip number: nothing about the person, not the
 * note, not the reference (a case number), not the contact (it may name a member of staff). The event has a start
 * and no end: the partner gives a time, not a duration (RFC 5545 3.6.1: it then ends when it starts).
 */
@Component
public class AppointmentCalendar {

    public static final String TEXT_CALENDAR = "text/calendar";
    private static final String PROD_ID = "-//Brussels PAN//Referral appointment 1.0//EN";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String TZ_UPDATE = "net.fortuna.ical4j.timezone.update.enabled";

    static {
        // ical4j may fetch newer time-zone definitions from tzurl.org; the bundled Europe/Brussels is enough and a
        // download must not make (or wait for) an outbound call (as the planner's IcsExport).
        if (System.getProperty(TZ_UPDATE) == null) {
            System.setProperty(TZ_UPDATE, "false");
        }
    }

    private final OfferCatalog offers;

    public AppointmentCalendar(OfferCatalog offers) {
        this.offers = offers;
    }

    /** The calendar of the referral's appointment, or empty when it has none. */
    public Optional<String> of(Referral referral) {
        Appointment appointment = referral.appointment();
        if (appointment == null) {
            return Optional.empty();
        }
        Optional<OfferView> offer = offers.offer(referral.offerId());
        String what = offer.map(o -> o.name() + (o.structure() == null ? "" : " – " + o.structure().name()))
                .orElse(referral.offerId());
        ZonedDateTime start = appointment.at().atZoneSameInstant(BRUSSELS);
        VEvent event = new VEvent(start, what);
        event.add(new Uid("referral-" + referral.id() + "@pan.brussels"));
        if (appointment.place() != null) {
            event.add(new Location(appointment.place()));
        }
        event.add(new Description("Slip number " + referral.slipNumber() + ". " + what + "."));
        // RFC 5545: every TZID used by DTSTART must be defined by a VTIMEZONE in the same calendar.
        VTimeZone brussels = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(BRUSSELS.getId())
                .getVTimeZone();
        Calendar calendar = new Calendar().withProdId(PROD_ID).withDefaults().withComponent(brussels)
                .withComponent(event).getFluentTarget();
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(text.toString());
    }
}
