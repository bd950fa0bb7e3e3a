package be.brussels.pan.service.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What the partner receiving a referral learns of the person, as the diagnosis stored it: never a name. A list is
 * empty when nothing was said (or for a diagnosis stored before V13, for needs and disabilities).
 */
public record Person(
        @Schema(description = "ISO 639-1 codes of the languages the person speaks", example = "[\"fr\",\"ar\"]") List<String> languages,
        @Schema(description = "Needs named in the extended diagnosis (Need)", example = "[\"ADMIN\"]") List<String> needs,
        @Schema(description = "Disabilities named in the profile (Disability)", example = "[\"VISUAL\"]") List<String> disabilities,
        @Schema(nullable = true, description = "Reduced mobility; null when unknown") Boolean reducedMobility) {

    public Person {
        languages = List.copyOf(languages);
        needs = List.copyOf(needs);
        disabilities = List.copyOf(disabilities);
    }
}
