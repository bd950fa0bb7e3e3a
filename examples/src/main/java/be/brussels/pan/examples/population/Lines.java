package be.brussels.pan.examples.population;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes, without decoding them: the JSON parser reads UTF-8 bytes itself, and
 * a population file is mostly response text the diff skips, which would otherwise be decoded to Java strings
 * for nothing. A line ends at \n; a \r before it is dropped.
 */
final class Lines {

    /** Receives each line: {@code bytes[0, length)}, valid until the next call. */
    @FunctionalInterface
    interface Sink {
        void line(byte[] bytes, int length, int number);
    }

    private Lines() {
    }

    static void forEach(InputStream in, Sink sink) throws IOException {
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[1 << 14];
        int length = 0;
        int number = 0;
        boolean pending = false;
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (chunk[i] == '\n') {
                    line = append(line, length, chunk, start, i - start);
                    length += i - start;
                    sink.line(line, length > 0 && line[length - 1] == '\r' ? length - 1 : length, ++number);
                    length = 0;
                    start = i + 1;
                    pending = false;
                }
            }
            if (start < read) {
                line = append(line, length, chunk, start, read - start);
                length += read - start;
                pending = true;
            }
        }
        if (pending) {
            sink.line(line, length > 0 && line[length - 1] == '\r' ? length - 1 : length, ++number);
        }
    }

    private static byte[] append(byte[] line, int length, byte[] chunk, int from, int count) {
        byte[] into = length + count <= line.length ? line : Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        System.arraycopy(chunk, from, into, length, count);
        return into;
    }
}
