package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a request against the diagnosis contract before any rule runs. The first violation found is
 * reported with the field's path. These are contract limits (ranges, formats), not policy.
 */
public final class RequestValidator {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Set<String> LOCALES = Set.of("fr", "nl", "en");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final int MAX_AGE = 120;

    private RequestValidator() {
    }

    public static void validate(DiagnosisRequest request) {
        if (request == null) {
            throw new InvalidRequestException("$", "a request object is required");
        }
        if (request.reference() != null && !REFERENCE.matcher(request.reference()).matches()) {
            throw new InvalidRequestException("reference",
                    "must be 1 to 64 characters among A-Z a-z 0-9 . _ - (an opaque id, never a name)");
        }
        if (request.locale() != null && !LOCALES.contains(request.locale())) {
            throw new InvalidRequestException("locale", "must be one of fr, nl, en");
        }
        validateAnswers(request.answers());
        if (request.profile() != null) {
            validateProfile(request.profile());
        }
        if (request.extended() != null) {
            validateExtended(request.extended());
        }
    }

    private static void validateAnswers(Answers answers) {
        if (answers == null) {
            throw new InvalidRequestException("answers", "is required, with device, internet, email and onlineProcedures");
        }
        require(answers.device(), "answers.device");
        require(answers.internet(), "answers.internet");
        require(answers.email(), "answers.email");
        require(answers.onlineProcedures(), "answers.onlineProcedures");
    }

    private static void validateProfile(Profile profile) {
        if (profile.age() != null && (profile.age() < 0 || profile.age() > MAX_AGE)) {
            throw new InvalidRequestException("profile.age", "must be between 0 and " + MAX_AGE);
        }
        if (profile.postcode() != null && !POSTCODE.matcher(profile.postcode()).matches()) {
            throw new InvalidRequestException("profile.postcode", "must be a Belgian postcode of four digits");
        }
        noNulls(profile.disabilities(), "profile.disabilities");
        List<String> languages = profile.languages();
        noNulls(languages, "profile.languages");
        if (languages != null) {
            for (int i = 0; i < languages.size(); i++) {
                if (!ISO_639_1.contains(languages.get(i))) {
                    throw new InvalidRequestException("profile.languages[" + i + "]",
                            "must be an ISO 639-1 language code in lower case, such as fr, nl, ar");
                }
            }
        }
    }

    private static void validateExtended(Extended extended) {
        noNulls(extended.barriers(), "extended.barriers");
        noNulls(extended.needs(), "extended.needs");
        Digcomp digcomp = extended.digcomp();
        if (digcomp != null) {
            require(digcomp.information(), "extended.digcomp.information");
            require(digcomp.communication(), "extended.digcomp.communication");
            require(digcomp.contentCreation(), "extended.digcomp.contentCreation");
            require(digcomp.safety(), "extended.digcomp.safety");
            require(digcomp.problemSolving(), "extended.digcomp.problemSolving");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
    }

    private static void noNulls(List<?> values, String field) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidRequestException(field + "[" + i + "]", "must not be null");
            }
        }
    }
}
