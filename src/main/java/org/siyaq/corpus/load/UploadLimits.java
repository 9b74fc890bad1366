package org.siyaq.corpus.load;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server-side limits on what one upload may hold ({@code siyaq.upload.*}); the size of the HTTP
 * request itself is {@code spring.servlet.multipart.max-request-size}.
 *
 * @param maxFiles             files in one upload, counting the entries of archives
 * @param maxArchiveEntries    entries (files and folders) over all archives of one upload
 * @param maxUncompressedSize  bytes after decompressing every archive of one upload
 * @param maxNestingDepth      archives inside archives: 1 allows a zip, 2 a zip inside a zip
 */
@ConfigurationProperties("siyaq.upload")
public record UploadLimits(
        @DefaultValue("2000") int maxFiles,
        @DefaultValue("10000") int maxArchiveEntries,
        @DefaultValue("500MB") DataSize maxUncompressedSize,
        @DefaultValue("2") int maxNestingDepth) {

    public static UploadLimits defaults() {
        return new UploadLimits(2000, 10000, DataSize.ofMegabytes(500), 2);
    }
}
