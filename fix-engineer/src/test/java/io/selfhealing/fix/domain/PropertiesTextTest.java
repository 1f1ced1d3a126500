package io.selfhealing.fix.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {

    private static PropertiesText text(String s) {
        return PropertiesText.of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void replacesOnlyTheValueAndKeepsCommentsOrderAndCrlf() {
        String before = "# upstream.delay.ms=1\r\n! other\r\nbatch.size = 10\r\nupstream.delay.ms = 800  \r\n"
                + "timeout:\u00e9\u00ff\r\n";
        PropertiesText edited = text(before).withValue("upstream.delay.ms", "1200");
        assertArrayEquals(before.replace("= 800  ", "= 1200  ").getBytes(StandardCharsets.ISO_8859_1), edited.bytes());
    }

    @Test
    void readsTheLastDefinitionWithAnySeparator() {
        assertEquals(Optional.of("5"), text("a=1\na:2\na 3\n  a\t=\t5\n").value("a"));
        assertEquals(Optional.of("x"), text("a.b=x").value("a.b"));
        assertEquals(Optional.empty(), text("#a=1\nab=2\n").value("a"));
    }

    @Test
    void ignoresContinuationLinesThatLookLikeKeys() {
        assertEquals(Optional.of("1"), text("a=1\nlist=x,\\\n  a=2\n").value("a"));
    }

    @Test
    void refusesAContinuedValueAndAnUndefinedKey() {
        assertThrows(IllegalArgumentException.class, () -> text("a=1\\\n2\n").value("a"));
        assertThrows(IllegalArgumentException.class, () -> text("b=1\n").withValue("a", "2"));
        assertThrows(IllegalArgumentException.class, () -> text("a=1\n").withValue("a", "2\nb=3"));
    }

    @Test
    void editsAValueOnTheLastLineWithoutNewline() {
        assertEquals("a=1\rb=22", new String(text("a=1\rb=2").withValue("b", "22").bytes(), StandardCharsets.ISO_8859_1));
    }
}
