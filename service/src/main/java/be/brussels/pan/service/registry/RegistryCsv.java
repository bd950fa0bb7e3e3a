package be.brussels.pan.service.registry;

import be.brussels.pan.service.web.LineError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The registry's CSV files: UTF-8, a header line naming the columns, one record a line. On import a byte order
 * mark is skipped and the delimiter, {@code ,} or {@code ;}, is the one the header line uses; quoted cells may hold
 * either. On export the file starts with a byte order mark (spreadsheets then read it as UTF-8) and uses
 * {@code ,} unless asked for {@code ;}.
 */
final class RegistryCsv {

    /** The most data lines one import takes: 20 times a 1,000-animator registry, and bounds the work of one request. */
    static final int MAX_ROWS = 20_000;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A data line: its number in the file (the header is line 1) and its cells by column. */
    record Row(int line, Map<String, String> cells) {
    }

    private RegistryCsv() {
    }

    /**
     * The rows of an import, or the errors that make the file unreadable as a whole (not UTF-8, no header, a
     * header that names no known column set, a malformed line, a line with the wrong number of cells), each with
     * its line.
     */
    static List<Row> read(byte[] body, EntryType<?> type, List<LineError> errors) {
        String text = decode(body, errors);
        if (text == null) {
            return List.of();
        }
        if (text.isBlank()) {
            errors.add(new LineError(1, null, null, "the file is empty: its first line must be the header "
                    + String.join(",", type.csvColumns())));
            return List.of();
        }
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        Character delimiter = delimiter(header, type, errors);
        if (delimiter == null) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = 0;
            List<String> columns = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    errors.add(new LineError((int) previousEnd + 1, null, null, "is not a well-formed CSV line"
                            + " (a quote opened and never closed, or text after a closing quote): nothing after it was read"));
                    return rows;
                }
                int line = (int) (previousEnd + 1);
                previousEnd = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record, type, errors);
                    if (columns == null) {
                        return List.of();
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    errors.add(new LineError(line, null, null, "the file has over " + MAX_ROWS
                            + " data lines, the most one import takes; split it"));
                    return rows;
                }
                if (record.size() != columns.size()) {
                    errors.add(new LineError(line, null, record.size() > 0 ? blankToNull(record.get(0)) : null,
                            "has " + record.size() + " cells, the header has " + columns.size()
                                    + (record.size() == 1 && columns.size() > 1 ? " (is the delimiter '" + delimiter + "'?)" : "")));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.put(columns.get(i), record.get(i));
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The body as UTF-8 text without its byte order mark, or null after reporting the line of the first bad byte. */
    private static String decode(byte[] body, List<LineError> errors) {
        int start = body.length >= 3 && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2] ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // Find the line of the first byte that is not UTF-8: decode line by line.
            int line = 1;
            int from = start;
            for (int i = start; i <= body.length; i++) {
                if (i == body.length || body[i] == '\n') {
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(body, from, i - from));
                    } catch (CharacterCodingException bad) {
                        break;
                    }
                    line++;
                    from = i + 1;
                }
            }
            errors.add(new LineError(line, null, null, "is not UTF-8 text (save the file as CSV UTF-8)"));
            return null;
        }
    }

    /** The delimiter the header line uses, {@code ,} or {@code ;}; null after reporting a header without either. */
    private static Character delimiter(String header, EntryType<?> type, List<LineError> errors) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        if (commas == 0 && semicolons == 0 || commas == semicolons) {
            String found = header.indexOf('\t') >= 0 ? " (its columns seem separated by tabs)" : "";
            errors.add(new LineError(1, null, null, "the header line is not recognised" + found + ": it must name the"
                    + " columns " + String.join(",", type.csvColumns()) + " separated by ',' or ';'"));
            return null;
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The header's columns; null after reporting unknown, repeated or missing ones. */
    private static List<String> header(CSVRecord record, EntryType<?> type, List<LineError> errors) {
        List<String> known = type.csvColumns();
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int before = errors.size();
        for (String cell : record) {
            String column = cell.trim();
            if (!known.contains(column)) {
                errors.add(new LineError(1, column, null, "is not a column of " + type.plural() + ": "
                        + String.join(",", known)));
            } else if (!seen.add(column)) {
                errors.add(new LineError(1, column, null, "is given twice"));
            }
            columns.add(column);
        }
        for (String column : known) {
            if (!seen.contains(column) && !type.optionalCsvColumns().contains(column)) {
                errors.add(new LineError(1, column, null, "is missing from the header"));
            }
        }
        return errors.size() == before ? columns : null;
    }

    /** The records as a CSV file: a byte order mark, the header, one line each (CRLF). */
    static <T extends RegistryEntry> byte[] write(EntryType<T> type, List<T> entries, char delimiter,
                                                   Set<String> leftOut) {
        List<String> columns = type.csvColumns().stream().filter(c -> !leftOut.contains(c)).toList();
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build())) {
            printer.printRecord(columns);
            for (T entry : entries) {
                Map<String, Object> fields = new LinkedHashMap<>(type.fields(entry));
                fields.put("provenance", entry.provenance());
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    cells.add(EntryType.cell(fields.get(column)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
