package be.brussels.pan.service.offer;

import java.util.List;

/**
 * The answer of {@code GET /api/v1/offers}: the catalogue version searched, the commune of the searched postcode
 * (null when none was given or it is outside the region: then offers come in id order, without distances),
 * and the offers, nearest first.
 */
public record OfferSearch(String catalogVersion, String postcode, String communeCode, int count, List<OfferView> offers) {
}
