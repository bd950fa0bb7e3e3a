package be.brussels.pan.roster.export;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.SessionKind;

/**
 * The words an export writes for the contract's codes: a day, a session kind, a target group, a commune's NIS code,
 * a language code and a column of the dated CSV. {@link #CODES}, the command line's, writes the codes themselves;
 * the service writes them in the planner page's language.
 */
public interface Wording {

    String day(Day day);

    String kind(SessionKind kind);

    /** A target group's name ({@code GENERAL} or null: the general public). */
    String targetGroup(String group);

    String commune(String nisCode);

    String language(String code);

    /** The title of a column of {@link CsvExport#writeDated}, by its key ({@code date}, {@code commune}…). */
    String column(String key);

    /** The codes as they are. */
    Wording CODES = new Wording() {
        @Override
        public String day(Day day) {
            return day.name();
        }

        @Override
        public String kind(SessionKind kind) {
            return kind.name();
        }

        @Override
        public String targetGroup(String group) {
            return group == null ? "GENERAL" : group;
        }

        @Override
        public String commune(String nisCode) {
            return nisCode;
        }

        @Override
        public String language(String code) {
            return code;
        }

        @Override
        public String column(String key) {
            return key;
        }
    };
}
