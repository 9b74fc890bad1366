package org.siyaq.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The texts of the bundled corpus (seeds/), in file order. */
public final class SeedTexts {

    private SeedTexts() {}

    public static String[] all() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toArray(String[]::new);
        }
    }
}
