package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/registry/animators}: the registry's animators (names for PLANNER and ADMIN only); see {@link RegistryEndpoints}. */
@RestController
@RequestMapping("/api/v1/registry/animators")
@Tag(name = "registry", description = "The registry the rosters are planned on: timeslots, venues, kits, animators")
public class AnimatorController extends RegistryEndpoints<AnimatorEntry> {

    public AnimatorController(Registry registry) {
        super(registry, EntryType.ANIMATORS);
    }
}
