package org.descriptorworkbench.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/** Compares two values field by field through records, arrays, lists and maps; doubles by their bits. */
final class BitExact {
    private BitExact() {
    }

    static void assertSameValues(Object expected, Object actual) {
        compare(expected, actual, "result");
    }

    private static void compare(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, path);
            return;
        }
        if (!(expected instanceof List<?> || expected instanceof Map<?, ?>)) {
            assertEquals(expected.getClass(), actual.getClass(), path + ": type");
        }
        if (expected instanceof Double d) {
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) actual),
                    path + ": " + d + " came back as " + actual);
        } else if (expected.getClass().isArray()) {
            int n = Array.getLength(expected);
            assertEquals(n, Array.getLength(actual), path + ": length");
            for (int i = 0; i < n; i++) {
                compare(Array.get(expected, i), Array.get(actual, i), path + "[" + i + "]");
            }
        } else if (expected instanceof List<?> e) {
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), path + ": size");
            for (int i = 0; i < e.size(); i++) {
                compare(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(e.keySet(), a.keySet(), path + ": keys");
            e.forEach((k, v) -> compare(v, a.get(k), path + "." + k));
        } else if (expected.getClass().isRecord()) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    compare(c.getAccessor().invoke(expected), c.getAccessor().invoke(actual), path + "." + c.getName());
                } catch (ReflectiveOperationException x) {
                    fail(path + "." + c.getName() + ": " + x);
                }
            }
        } else {
            assertNotNull(expected);
            assertEquals(expected, actual, path);
        }
    }
}
