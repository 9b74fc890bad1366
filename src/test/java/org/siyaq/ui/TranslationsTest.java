package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationTool;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.TableColumn;
import org.siyaq.export.TableColumns;
import org.siyaq.keywords.KeywordTool;
import org.siyaq.ngram.NGramTool;
import org.siyaq.wordlist.WordListTool;

/** The English and Arabic UI bundles hold the same keys, with the same parameters, and every key the UI asks for. */
class TranslationsTest {

    private static final Properties ENGLISH = load("vaadin-i18n/translations.properties");
    private static final Properties ARABIC = load("vaadin-i18n/translations_ar.properties");
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9_.-]+[a-z0-9_-])\"");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void every_english_key_has_an_arabic_translation_and_the_other_way_round() {
        assertThat(new TreeSet<>(ARABIC.stringPropertyNames()))
                .as("keys missing in translations_ar.properties")
                .containsAll(ENGLISH.stringPropertyNames());
        assertThat(new TreeSet<>(ENGLISH.stringPropertyNames()))
                .as("keys missing in translations.properties")
                .containsAll(ARABIC.stringPropertyNames());
    }

    @Test
    void no_translation_is_blank() {
        for (Properties bundle : new Properties[] {ENGLISH, ARABIC}) {
            bundle.stringPropertyNames()
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void both_languages_use_the_same_message_parameters() {
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(parameters(ARABIC.getProperty(key, ""))).as(key).isEqualTo(parameters(ENGLISH.getProperty(key)));
        }
    }

    @Test
    void messages_with_parameters_have_no_lone_apostrophe_that_message_format_would_swallow() {
        for (Properties bundle : new Properties[] {ENGLISH, ARABIC}) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (!parameters(value).isEmpty()) {
                    assertThat(value.replace("''", ""))
                            .as(key + ": write an apostrophe twice")
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void every_key_the_ui_code_names_literally_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/siyaq/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(ENGLISH.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_key_built_from_a_name_is_translated() {
        Set<String> built = new HashSet<>();
        for (String tool : new String[] {"concordance", "wordlist", "collocates", "ngrams", "documents", "reader"}) {
            built.add(tool + ".title");
            built.add(tool + ".purpose");
        }
        for (String item : new String[] {"concordance", "wordlist", "collocates", "ngrams", "documents"}) {
            built.add("nav." + item);
        }
        for (Level level : Level.values()) {
            built.add("level." + level.key());
            built.add("level." + level.key() + ".help");
        }
        Arrays.stream(KwicSort.values()).forEach(s -> built.add("sort." + s.key()));
        Arrays.stream(CollocationMeasure.values()).forEach(m -> {
            built.add("measure." + m.key());
            built.add("measure." + m.key() + ".formula");
        });
        for (String column : new String[] {"rank", "word", "freq", "per_million", "range", "dp", "dp_norm", "forms"}) {
            built.add("wordlist.column." + column);
        }
        for (String key :
                new String[] {"collocates.left", "collocates.right", "collocates.min-o11", "collocates.min-c1"}) {
            built.add(key);
        }
        DocumentFilter.BUILT_IN.forEach(field -> built.add("where.field." + field));
        assertThat(ENGLISH.stringPropertyNames()).containsAll(built);
    }

    /** The tables a page shows as a grid built from the tool's column list ({@code ResultTable}). */
    @Test
    void every_column_of_every_tool_grid_has_a_translated_header() {
        for (TableColumns<?> table :
                List.of(WordListTool.COLUMNS, NGramTool.COLUMNS, CollocationTool.COLUMNS, KeywordTool.COLUMNS)) {
            for (TableColumn<?> column : table.columns()) {
                assertThat(ENGLISH.stringPropertyNames()).as(column.name()).contains(column.headerKey());
            }
        }
    }

    /** Strings a person reads live in the bundles; Arabic code points in {@code analysis} are {@code \\u} escapes. */
    @Test
    void no_java_string_literal_in_the_main_code_holds_an_arabic_letter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : JavaLiterals.of(Files.readString(file))) {
                    if (literal.codePoints().anyMatch(TranslationsTest::arabicLetter)) {
                        found.add(file + ": " + literal);
                    }
                }
            }
        }
        assertThat(found)
                .as("Arabic in Java string literals: move them to the bundles")
                .isEmpty();
    }

    @Test
    void the_literal_scanner_sees_strings_and_text_blocks_and_skips_comments() {
        String source = "// \"not\" a literal\n/* \"nor\" this */ String a = \"x\\\"y\"; char c = '\"';"
                + " String b = \"\"\"\n  z\n  \"\"\";";
        assertThat(JavaLiterals.of(source)).containsExactly("x\\\"y", "\"", "\n  z\n  ");
        assertThat(arabicLetter('\u0628')).isTrue();
        assertThat(arabicLetter('b')).isFalse();
    }

    /** A letter of the Arabic blocks (base, supplement, extended-A, presentation forms A and B). */
    private static boolean arabicLetter(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.isLetter(cp)
                && (block == Character.UnicodeBlock.ARABIC
                        || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                        || block == Character.UnicodeBlock.ARABIC_EXTENDED_A
                        || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                        || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B);
    }

    private static Set<String> parameters(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAMETER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
