package be.brussels.pan.service.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One error of a document read line by line (a CSV import): the line (1 is the header), the column and the record's
 * id when known, and what is wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error at a line of an uploaded document")
public record LineError(@Schema(description = "Line number, 1 for the header") Integer line,
                        @Schema(description = "Column name, when the error is in one") String column,
                        @Schema(description = "The record's id, when the line has one") String id,
                        @Schema(description = "What is wrong") String message) {

    /** {@code line 3, column seats (id epn-07): must be 0 or more}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (line != null) {
            text.append("line ").append(line);
        }
        if (column != null) {
            text.append(text.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        if (id != null) {
            text.append(text.isEmpty() ? "" : " ").append("(id ").append(Echo.cut(id)).append(')');
        }
        return text.append(text.isEmpty() ? "" : ": ").append(message).toString();
    }
}
