package be.brussels.pan.service.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text constants of a class file: every CONSTANT_Utf8 entry of its constant pool (JVM specification,
 * §4.4). String literals, text blocks and the recipes of string concatenation all end up there, which is
 * what ArchUnit does not show: it models types, members and calls, not the values of constants.
 */
final class ClassFileStrings {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileStrings() {
    }

    /** The CONSTANT_Utf8 entries of a class file, in constant-pool order. */
    static List<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (no 0xCAFEBABE)");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> strings = new ArrayList<>();
        // Entries are numbered from 1 to count - 1; a long or a double takes two numbers.
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> strings.add(in.readUTF()); // Utf8: u2 length, then modified UTF-8, as readUTF expects
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> {
                    in.skipNBytes(8); // Long, Double
                    i++;
                }
                default -> throw new IOException("unknown constant-pool tag " + tag + " at entry " + i);
            }
        }
        return strings;
    }
}
