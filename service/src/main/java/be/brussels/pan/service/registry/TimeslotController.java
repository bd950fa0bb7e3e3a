package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/registry/timeslots}: the registry's weekly timeslots; see {@link RegistryEndpoints}. */
@RestController
@RequestMapping("/api/v1/registry/timeslots")
@Tag(name = "registry", description = "The registry the rosters are planned on: timeslots, venues, kits, animators")
public class TimeslotController extends RegistryEndpoints<TimeslotEntry> {

    public TimeslotController(Registry registry) {
        super(registry, EntryType.TIMESLOTS);
    }
}
