package be.brussels.pan.contract.diagnosis;

/**
 * A diagnosis request (diagnosis contract, version 1). {@code reference} is the caller's opaque id, never a
 * name; {@code channel} defaults to SELF and {@code locale} to fr.
 */
public record DiagnosisRequest(String reference, Channel channel, String locale, Answers answers, Profile profile,
                               Extended extended) {

    public static DiagnosisRequest of(Answers answers) {
        return new DiagnosisRequest(null, null, null, answers, null, null);
    }

    public Channel channelOrDefault() {
        return channel == null ? Channel.SELF : channel;
    }

    public String localeOrDefault() {
        return locale == null ? "fr" : locale;
    }
}
