package org.siyaq.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes to the console and to a file at once, so a long run leaves its figures behind. */
final class TeeStream extends OutputStream {

    private final OutputStream console;
    private final OutputStream file;

    TeeStream(OutputStream console, Path path) throws IOException {
        this.console = console;
        Files.createDirectories(path.toAbsolutePath().getParent());
        this.file = Files.newOutputStream(path);
    }

    @Override
    public void write(int b) throws IOException {
        console.write(b);
        file.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        console.write(b, off, len);
        file.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        console.flush();
        file.flush();
    }
}
