package org.siyaq.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, with a first instructor from the environment, a corpus in the
 * corpora folder and small limits, so that each can be crossed cheaply. The test classes that extend it
 * (the instructor API, the hardening probes, the class code) have the same properties and so share one
 * application context (Spring's context cache): one start instead of three. Each test makes its own
 * accounts and corpora where it counts them or locks them out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class InstructorApplication {

    protected static final Path ROOT =
            Path.of("target/test-data-instructor-" + UUID.randomUUID()).toAbsolutePath();
    protected static final String USER = "teacher";
    protected static final String PASSWORD = "correct-horse-battery";
    /** Failed sign-ins (per user and address) and wrong class codes (per address) before a lockout. */
    protected static final int MAX_FAILURES = 3;
    /** The text of the corpus in the corpora folder and of the tests' uploads. */
    protected static final String ARABIC = "قال الوزير إن المحادثات مع روسيا مستمرة في العاصمة.";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createDirectories(ROOT.resolve("corpora/folder-corpus"));
        Files.writeString(folder.resolve("a.txt"), ARABIC);
        Files.writeString(folder.resolve("corpus.json"), "{\"name\": \"From a folder\", \"description\": \"on disk\"}");
        Files.writeString(folder.resolve("manifest.csv"), "file,title,region\na.txt,Folder title,East\n");
        registry.add("siyaq.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("siyaq.corpora-dir", () -> ROOT.resolve("corpora").toString());
        registry.add("siyaq.admin.user", () -> USER);
        registry.add("siyaq.admin.password", () -> PASSWORD);
        registry.add("siyaq.upload.max-archive-entries", () -> "20");
        registry.add("siyaq.login.max-failures", () -> Integer.toString(MAX_FAILURES));
        registry.add("siyaq.class-code.max-failures", () -> Integer.toString(MAX_FAILURES));
        registry.add("spring.servlet.multipart.max-request-size", () -> "1MB");
        registry.add("spring.servlet.multipart.max-file-size", () -> "1MB");
    }
}
