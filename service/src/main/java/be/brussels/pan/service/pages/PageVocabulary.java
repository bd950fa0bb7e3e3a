package be.brussels.pan.service.pages;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.Disability;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Interest;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.Stress;
import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.service.referral.ReferralStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enums the pages offer as choices or lay out in order, served to the scripts from the Java enums instead
 * of being copied into them: a value added to the contract appears on the page (and PagesI18nTest asks for its
 * label in the three languages). The layout writes them as JSON in the body's {@code data-vocabulary}; app.js
 * reads them ({@code Pan.vocabulary(name)}). Values keep the order of their enum's declaration.
 */
public final class PageVocabulary {

    /**
     * One enum: its values, and the prefix of their labels in {@code static/i18n/*.json} (the label of
     * {@code NONE} in {@code device.} is {@code device.NONE}).
     */
    public record Term(String labels, List<String> values) {

        static Term of(String labels, Class<? extends Enum<?>> type) {
            return new Term(labels, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    private static final Map<String, Term> TERMS;

    static {
        Map<String, Term> terms = new LinkedHashMap<>();
        // The diagnosis form (diagnosis.js): its four questions, profile and extended diagnosis.
        terms.put("channel", Term.of("channel.", Channel.class));
        terms.put("device", Term.of("device.", Device.class));
        terms.put("internet", Term.of("internet.", Internet.class));
        terms.put("ability", Term.of("ability.", Ability.class));
        terms.put("gender", Term.of("gender.", Gender.class));
        terms.put("interest", Term.of("level3.", Interest.class));
        terms.put("stress", Term.of("level3.", Stress.class));
        terms.put("need", Term.of("need.", Need.class));
        terms.put("disability", Term.of("disability.", Disability.class));
        terms.put("barrier", Term.of("barrier.", Barrier.class));
        // The statistics' charts, one bar per level (stats.js).
        terms.put("fragilityLevel", Term.of("level.", FragilityLevel.class));
        // The inbox's status filter (inbox.js).
        terms.put("referralStatus", Term.of("status.", ReferralStatus.class));
        // The roster grid's columns (planner.js).
        terms.put("day", Term.of("day.", Day.class));
        TERMS = Collections.unmodifiableMap(terms);
    }

    private static final String JSON;

    static {
        try {
            JSON = new ObjectMapper().writeValueAsString(TERMS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PageVocabulary() {
    }

    /** The terms by the name the scripts ask for, in a fixed order. */
    public static Map<String, Term> terms() {
        return TERMS;
    }

    /** The terms as the JSON the layout writes in {@code data-vocabulary}. */
    public static String json() {
        return JSON;
    }
}
