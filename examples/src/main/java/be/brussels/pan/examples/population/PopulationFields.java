package be.brussels.pan.examples.population;

import static be.brussels.pan.examples.population.Field.always;
import static be.brussels.pan.examples.population.Field.sometimes;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.Disability;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Interest;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.Proficiency;
import be.brussels.pan.contract.diagnosis.Stress;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic population's fields, block by block, one line per contract field. A new optional field of
 * the contract (say {@code parentOfSchoolChild} in the profile) is one more line here; since each field has
 * its own random stream ({@link Draw}), the line changes no other field of anyone.
 *
 * <p>The shares describe a synthetic population built to reach every branch of the rules, not Brussels: the
 * four answers are uniform, so that every combination is well represented. Where the seed gives a figure
 * (languages, help at home) the share follows it.
 */
public record PopulationFields(List<Field> request, List<Field> answers, List<Field> profile, List<Field> extended) {

    public PopulationFields {
        request = List.copyOf(request);
        answers = List.copyOf(answers);
        profile = List.copyOf(profile);
        extended = List.copyOf(extended);
    }

    /** Some people the region's postcodes do not cover: a CPAS or an EPN also sees people from outside. */
    private static final List<String> OUTSIDE_POSTCODES = List.of("1300", "1700", "1930", "4000", "9000");

    /** Languages spoken fluently by EPN visitors, seed L3048-3067 (share of 352 respondents). */
    private record Language(double share, List<String> codes) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language(0.722, List.of("fr")),
            new Language(0.111, List.of("nl")),
            new Language(0.236, List.of("en")),
            new Language(0.151, List.of("ar")),
            new Language(0.057, List.of("es")),
            new Language(0.037, List.of("it")),
            new Language(0.031, List.of("de")),
            new Language(0.017, List.of("tr")),
            new Language(0.009, List.of("pt")),
            // "other European", "other African", "other Asian" languages: one of each group. The contract takes
            // ISO 639-1 codes, so Dari (ISO 639-3 prs) is written fa, the code of Persian, of which it is a variety.
            new Language(0.023, List.of("pl", "ro", "bg", "ru", "uk", "el", "sq")),
            new Language(0.048, List.of("ln", "sw", "so", "ti", "wo", "am", "ff", "rw")),
            new Language(0.020, List.of("fa", "ps", "ur", "bn", "zh", "hi")));

    private static final List<Gender> GENDERS = List.of(Gender.values());

    public static final PopulationFields DEFAULT = new PopulationFields(
            List.of(
                    always("reference", d -> "population-" + d.id()),
                    // The four answers only: the registration at Actiris. The others come from any channel.
                    always("channel", d -> d.segment() == Segment.ANSWERS_ONLY ? Channel.ACTIRIS : d.pick(Channel.values())),
                    sometimes("locale", 0.9, d -> d.weighted(List.of("fr", "nl", "en"), l -> "fr".equals(l) ? 7 : "nl".equals(l) ? 2 : 1))),
            List.of(
                    always("device", d -> d.pick(Device.values())),
                    always("internet", d -> d.pick(Internet.values())),
                    always("email", d -> d.pick(Ability.values())),
                    always("onlineProcedures", d -> d.pick(Ability.values()))),
            List.of(
                    sometimes("age", 0.92, Draw::age),
                    sometimes("postcode", 0.95, PopulationFields::postcode),
                    sometimes("gender", 0.9, d -> d.weighted(GENDERS, g -> g == Gender.WOMAN || g == Gender.MAN ? 47 : 3)),
                    sometimes("jobSeeker", 0.9, d -> d.chance(d.age() < 65 ? 0.5 : 0.02)),
                    sometimes("upperSecondaryCertificate", 0.8, d -> d.chance(d.age() < 18 ? 0.05 : 0.4)),
                    sometimes("student", 0.9, d -> d.chance(d.age() < 26 ? 0.5 : 0.03)),
                    sometimes("employed", 0.85, d -> d.chance(d.age() < 65 ? 0.3 : 0.02)),
                    sometimes("retired", 0.9, d -> d.chance(d.age() >= 65 ? 0.9 : d.age() >= 55 ? 0.1 : 0.005)),
                    sometimes("cpasBeneficiary", 0.85, d -> d.chance(0.2)),
                    sometimes("homeless", 0.85, d -> d.chance(0.04)),
                    sometimes("newcomer", 0.85, d -> d.chance(0.1)),
                    sometimes("disabilities", 0.8, d -> d.chance(0.15) ? d.atLeastOne(Disability.values(), 0.2) : List.of()),
                    sometimes("reducedMobility", 0.85, d -> d.chance(d.age() >= 75 ? 0.3 : 0.05)),
                    sometimes("languages", 0.85, PopulationFields::languages),
                    sometimes("readsWritesFrenchOrDutch", 0.85, d -> d.chance(0.85))),
            List.of(
                    sometimes("interest", 0.9, d -> d.pick(Interest.values())),
                    sometimes("stress", 0.9, d -> d.pick(Stress.values())),
                    sometimes("knowsSupportOffer", 0.9, d -> d.chance(0.4)),
                    // 61 % of EPN visitors have no help with computers at home, seed L2846-2858.
                    sometimes("helpAtHome", 0.9, d -> d.chance(0.39)),
                    sometimes("digcomp", 0.7, d -> new Digcomp(d.pick(Proficiency.values()), d.pick(Proficiency.values()),
                            d.pick(Proficiency.values()), d.pick(Proficiency.values()), d.pick(Proficiency.values()))),
                    sometimes("barriers", 0.85, d -> d.some(Barrier.values(), 0.2)),
                    sometimes("needs", 0.9, d -> d.some(Need.values(), 0.25))));

    /** A commune as likely as its population, then one of its postcodes; a few postcodes outside the region. */
    private static String postcode(Draw d) {
        if (d.chance(0.03)) {
            return d.pick(OUTSIDE_POSTCODES);
        }
        Commune commune = d.weighted(List.copyOf(Communes.brussels().all()), Commune::population);
        return d.pick(commune.postcodes());
    }

    /** Each language as often as the seed's visitors speak it fluently; possibly none (3.4 % speak none). */
    private static List<String> languages(Draw d) {
        List<String> spoken = new ArrayList<>();
        for (Language language : LANGUAGES) {
            if (d.chance(language.share())) {
                spoken.add(d.pick(language.codes()));
            }
        }
        return spoken;
    }

    /** The same fields with one more in the profile: how a test checks that a new field disturbs nothing. */
    PopulationFields withProfileField(Field field) {
        List<Field> more = new ArrayList<>(profile);
        more.add(field);
        return new PopulationFields(request, answers, more, extended);
    }
}
