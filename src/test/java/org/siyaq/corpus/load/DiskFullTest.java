package org.siyaq.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.CorpusRegistry;
import org.springframework.util.unit.DataSize;

/**
 * Issue 11, item 5: an upload that does not fit on the disk is refused before anything is written, with
 * a message in both languages; before, indexing ran into the full disk and H2 closed the database, so
 * passwords answered 401 and documents 500 until a restart. The disk here is simulated: 70 MB free.
 */
class DiskFullTest {

    private final CorpusRegistry registry = mock(CorpusRegistry.class);
    private final DiskSpace seventyMegabytes = () -> 70L << 20;
    private final CorpusUploads uploads =
            new CorpusUploads(registry, UploadLimits.defaults(), DataSize.ofMegabytes(200), seventyMegabytes);

    @Test
    void an_upload_that_does_not_fit_is_refused_before_indexing_in_both_languages() {
        // 1,000,000 Arabic letters: estimate 10 bytes a character = 10,000,000 bytes (9 MB) + 64 MB reserve = 73 MB >
        // 70 MB free
        String text = "كتب ".repeat(250_000);
        UploadedFile file = new UploadedFile("big.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> uploads.upload(
                        new CorpusUploads.Description("big", "Big", null, null, null, null), List.of(file)))
                .isInstanceOfSatisfying(DiskSpace.DiskFullException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("free disk space")
                            .contains("73 MB")
                            .contains("70 MB")
                            .contains("Nothing was stored");
                    assertThat(e.message(true)).contains("المساحة الحرة");
                });
        verify(registry, never()).addInBackground(any(), any());
    }

    @Test
    void an_upload_that_fits_goes_on_to_indexing() {
        UploadedFile file =
                new UploadedFile("small.txt", "قال الوزير إن المحادثات مستمرة.".getBytes(StandardCharsets.UTF_8));

        CorpusUploads.Receipt receipt =
                uploads.upload(new CorpusUploads.Description("small", "Small", null, null, null, null), List.of(file));

        assertThat(receipt.documents()).isEqualTo(1);
        verify(registry).addInBackground(any(), any());
    }
}
