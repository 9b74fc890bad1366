package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltForTest {

    private final BuiltFor built = new BuiltFor();

    @Test
    void the_first_call_is_a_change_and_the_same_source_and_settings_again_are_not() {
        Object corpus = new Object();
        assertThat(built.changed(corpus, "where", false)).isTrue();
        assertThat(built.changed(corpus, "where", false)).isFalse();
    }

    @Test
    void an_equal_but_other_source_is_a_change_because_sources_compare_by_identity() {
        // two equal strings that are different objects: a corpus replaced by an identical one is still new
        String corpus = new String("bundled");
        built.changed(corpus, 1);
        assertThat(built.changed(new String("bundled"), 1)).isTrue();
    }

    @Test
    void a_changed_setting_is_a_change_and_settings_compare_by_value() {
        Object corpus = new Object();
        built.changed(corpus, "source:RT", false);
        assertThat(built.changed(corpus, new String("source:RT"), false)).isFalse();
        assertThat(built.changed(corpus, "source:RT", true)).isTrue();
        assertThat(built.changed(corpus, null, true)).isTrue();
    }

    @Test
    void a_list_of_sources_changes_when_one_of_them_is_replaced_added_or_removed() {
        Object a = new Object();
        Object b = new Object();
        assertThat(built.changedFor(List.of(a, b))).isTrue();
        assertThat(built.changedFor(List.of(a, b))).isFalse();
        assertThat(built.changedFor(List.of(a, new Object()))).isTrue();
        assertThat(built.changedFor(List.of(a))).isTrue();
        // an empty list is always built again (there is nothing to keep)
        assertThat(built.changedFor(List.of())).isTrue();
        assertThat(built.changedFor(List.of())).isTrue();
    }

    @Test
    void after_forget_the_same_call_is_a_change_again() {
        Object corpus = new Object();
        built.changed(corpus);
        built.forget();
        assertThat(built.changed(corpus)).isTrue();
    }
}
