package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/registry/venues}: the registry's venues (EPN and partner sites); see {@link RegistryEndpoints}. */
@RestController
@RequestMapping("/api/v1/registry/venues")
@Tag(name = "registry", description = "The registry the rosters are planned on: timeslots, venues, kits, animators")
public class VenueController extends RegistryEndpoints<VenueEntry> {

    public VenueController(Registry registry) {
        super(registry, EntryType.VENUES);
    }
}
