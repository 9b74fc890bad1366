package org.siyaq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void keys_are_the_lower_case_names() {
        assertEquals("form", Level.FORM.key());
        assertEquals("norm", Level.NORM.key());
        assertEquals("stem", Level.STEM.key());
        assertEquals("root", Level.ROOT.key());
    }

    @Test
    void parse_ignores_case_and_surrounding_blanks() {
        assertEquals(Level.STEM, Level.parse("stem"));
        assertEquals(Level.ROOT, Level.parse("ROOT"));
        assertEquals(Level.NORM, Level.parse(" Norm "));
    }

    @Test
    void parse_of_an_unknown_level_names_the_allowed_values() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Level.parse("lema"));
        assertTrue(e.getMessage().contains("'lema'"), e.getMessage());
        assertTrue(e.getMessage().contains("form, norm, stem, lemma, root"), e.getMessage());
    }

    @Test
    void parse_of_null_or_blank_is_an_error_too() {
        assertThrows(IllegalArgumentException.class, () -> Level.parse(null));
        assertThrows(IllegalArgumentException.class, () -> Level.parse(" "));
    }
}
