package org.siyaq.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.unit.DataSize;

/** Every reason a file is skipped or an upload refused reads in English and in Arabic, with the same details. */
class UploadProblemTest {

    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

    @ParameterizedTest
    @EnumSource(UploadProblem.class)
    void both_languages_take_the_same_details_and_the_arabic_one_is_arabic(UploadProblem problem) {
        List<String> details = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            details.add("detail" + i);
        }
        String english = problem.message(false, details);
        String arabic = problem.message(true, details);
        assertThat(count(arabic, "detail")).as(arabic).isEqualTo(count(english, "detail"));
        assertThat(ARABIC_LETTER.matcher(arabic).find()).as(arabic).isTrue();
        assertThat(ARABIC_LETTER.matcher(english).find()).as(english).isFalse();
    }

    @Test
    void a_skipped_file_carries_its_reason_in_both_languages_with_its_details() {
        Extraction read = new UploadReader(new UploadLimits(10, 10, DataSize.ofMegabytes(1), 2))
                .read(List.of(
                        new UploadedFile("empty.txt", new byte[0]), new UploadedFile("virus.exe", new byte[] {1, 2})));
        assertThat(read.rejected())
                .extracting(Rejection::problem)
                .containsExactly(UploadProblem.EMPTY_FILE, UploadProblem.UNSUPPORTED_TYPE);
        Rejection exe = read.rejected().get(1);
        assertThat(exe.reason()).startsWith("unsupported file type .exe");
        assertThat(exe.reason(true)).contains("exe").isNotEqualTo(exe.reason());
        assertThat(ARABIC_LETTER.matcher(exe.reason(true)).find()).isTrue();
    }

    @Test
    void a_broken_limit_says_which_in_both_languages() {
        UploadReader reader = new UploadReader(new UploadLimits(1, 10, DataSize.ofMegabytes(1), 2));
        List<UploadedFile> two =
                Collections.nCopies(2, new UploadedFile("a.txt", "نص".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> reader.read(two)).isInstanceOfSatisfying(UploadLimitException.class, e -> {
            assertThat(e.problem()).isEqualTo(UploadProblem.TOO_MANY_FILES);
            assertThat(e.getMessage()).contains("2 files").contains("at most 1");
            assertThat(e.message(true)).contains("2").contains("1").isNotEqualTo(e.getMessage());
        });
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile(word).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
