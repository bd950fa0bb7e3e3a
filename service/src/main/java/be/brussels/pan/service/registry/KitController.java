package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/registry/kits}: the registry's mobile kits; see {@link RegistryEndpoints}. */
@RestController
@RequestMapping("/api/v1/registry/kits")
@Tag(name = "registry", description = "The registry the rosters are planned on: timeslots, venues, kits, animators")
public class KitController extends RegistryEndpoints<KitEntry> {

    public KitController(Registry registry) {
        super(registry, EntryType.KITS);
    }
}
