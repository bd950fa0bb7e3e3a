package be.brussels.pan.service.offer;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/offers}: the catalogue in use, for any signed-in user.
 * {@code GET /offers?postcode=&kind=&targetGroup=&language=} searches it, nearest first;
 * {@code GET /offers/{id}} reads one offer.
 */
@RestController
@RequestMapping("/api/v1/offers")
@Tag(name = "offers", description = "The offers of the catalogue in use (any signed-in user)")
public class OfferController {

    // As in the diagnosis contract: four ASCII digits, not starting with 0 (\d would also take other scripts' digits).
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final OfferCatalog catalog;

    public OfferController(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Every filter is optional (an empty value is no filter). {@code postcode}: a Belgian postcode (4 digits, else 400); a Brussels one orders
     * the offers nearest first and gives each its {@code distanceKm}, one outside the region leaves them in id
     * order. {@code kind}: an orientation kind of the diagnosis contract. {@code targetGroup}: one of the six
     * target groups. {@code language}: a two-letter code, matched against the service's languages or, when it
     * names none, its structure's.
     */
    @Operation(summary = "Search the catalogue in use; every filter is optional (an empty value is no filter)")
    @ApiResponse(responseCode = "200", description = "The offers found, nearest first for a Brussels postcode",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OfferSearch.class)))
    @ApiResponse(responseCode = "400", description = "A filter is invalid; field names it (postcode, kind, targetGroup or language)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public OfferSearch search(@Parameter(description = "A Belgian postcode; a Brussels one orders the offers nearest first"
                                      + " and gives each its distanceKm", example = "1080",
                                      schema = @Schema(type = "string", pattern = "[1-9][0-9]{3}"))
                              @RequestParam(required = false) String postcode,
                              @Parameter(description = "An orientation kind of the diagnosis contract",
                                      schema = @Schema(implementation = OrientationKind.class))
                              @RequestParam(required = false) String kind,
                              @Parameter(description = "One of the target groups", schema = @Schema(implementation = TargetGroup.class))
                              @RequestParam(required = false) String targetGroup,
                              @Parameter(description = "A two-letter language code, matched against the service's languages"
                                      + " or, when it names none, its structure's", example = "fr",
                                      schema = @Schema(type = "string", pattern = "[a-z]{2}"))
                              @RequestParam(required = false) String language) {
        postcode = blankToNull(postcode);
        kind = blankToNull(kind);
        targetGroup = blankToNull(targetGroup);
        language = blankToNull(language);
        Commune origin = null;
        if (postcode != null) {
            if (!POSTCODE.matcher(postcode).matches()) {
                throw new BadInputException("postcode", Echo.of(postcode) + " is not a Belgian postcode (4 digits, not starting with 0)");
            }
            origin = Communes.brussels().byPostcode(postcode).orElse(null);
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new BadInputException("language", Echo.of(language) + " is not a two-letter language code");
        }
        return catalog.search(origin, postcode, parse("kind", kind, OrientationKind.class),
                parse("targetGroup", targetGroup, TargetGroup.class), language);
    }

    @Operation(summary = "One offer of the catalogue in use")
    @ApiResponse(responseCode = "200", description = "The offer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OfferView.class)))
    @ApiResponse(responseCode = "404", description = "No offer with this id in the catalogue in use")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public OfferView offer(@PathVariable String id) {
        return catalog.offer(id).orElseThrow(() -> new NotFoundException("offer", id));
    }

    private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(parameter, Echo.of(value) + " is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** {@code ?postcode=} (empty) is the same as no postcode. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
