package weightinit.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * CIFAR-10 in the official binary layout ({@code cifar-10-batches-bin}): files of 10,000 records of
 * 3,073 bytes (a label byte 0-9, then 1,024 red, 1,024 green and 1,024 blue bytes, each plane
 * row-major). Every file read is validated (size, record count, label range) and its SHA-256
 * recorded; a {@code SHA256SUMS} file beside the data, where present, must agree.
 */
public final class Cifar10 {

    /** Bytes per record: a label and 3 x 32 x 32 pixels. */
    public static final int RECORD_BYTES = 1 + 3 * 32 * 32;
    public static final int RECORDS_PER_FILE = 10_000;
    public static final long FILE_BYTES = (long) RECORD_BYTES * RECORDS_PER_FILE;
    public static final int CLASSES = 10;
    /** The property naming the data folder, and its default (the shared offline copy). */
    public static final String DIRECTORY_PROPERTY = "cifar10.dir";
    public static final String DEFAULT_DIRECTORY = "../shared/datasets/cifar-10-batches-bin";

    /** The training files and the test file. */
    public enum Split {
        TRAIN(List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                "data_batch_5.bin")),
        TEST(List.of("test_batch.bin"));

        private final List<String> files;

        Split(List<String> files) {
            this.files = files;
        }

        public List<String> files() {
            return files;
        }
    }

    /**
     * Images read from one split.
     *
     * @param labels    class 0-9 of each image
     * @param pixels    per image 3 x 32 x 32 bytes (channel, row, column), 0-255
     * @param checksums SHA-256 of each whole file read, by file name
     */
    public record Images(byte[] labels, byte[] pixels, Map<String, String> checksums) {

        public int count() {
            return labels.length;
        }

        /** Pixel i of image n, scaled to [0, 1] as the paper's script does (divided by 255). */
        public float scaled(int image, int index) {
            return (pixels[image * (RECORD_BYTES - 1) + index] & 0xff) / 255f;
        }
    }

    private final Path directory;

    public Cifar10(Path directory) {
        this.directory = directory;
    }

    /** The data folder from {@value #DIRECTORY_PROPERTY}, if it exists; empty means: the claim cannot run. */
    public static Optional<Cifar10> locate(Properties properties) {
        Path directory = Path.of(properties.getProperty(DIRECTORY_PROPERTY, DEFAULT_DIRECTORY));
        return Files.isDirectory(directory) ? Optional.of(new Cifar10(directory)) : Optional.empty();
    }

    public Path directory() {
        return directory;
    }

    /**
     * The first {@code limit} images of a split (all if limit exceeds it), after validating every
     * file that is read.
     *
     * @throws DataException naming the file: missing, of the wrong size, with a label outside 0-9,
     *                       or with a checksum that disagrees with {@code SHA256SUMS}
     */
    public Images read(Split split, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("image limit must be at least 1, got " + limit);
        }
        Map<String, String> expected = expectedChecksums();
        int total = Math.min(limit, split.files().size() * RECORDS_PER_FILE);
        byte[] labels = new byte[total];
        byte[] pixels = new byte[total * (RECORD_BYTES - 1)];
        Map<String, String> checksums = new LinkedHashMap<>();
        int done = 0;
        for (String name : split.files()) {
            if (done >= total) {
                break;
            }
            Path file = directory.resolve(name);
            byte[] bytes = readValidated(file);
            String sha256 = sha256(bytes);
            String wanted = expected.get(name);
            if (wanted != null && !wanted.equalsIgnoreCase(sha256)) {
                throw new DataException(file + ": SHA-256 " + sha256 + " differs from " + wanted + " in SHA256SUMS "
                        + "(corrupt or replaced file)");
            }
            checksums.put(name, sha256);
            int take = Math.min(RECORDS_PER_FILE, total - done);
            for (int r = 0; r < take; r++) {
                int offset = r * RECORD_BYTES;
                labels[done + r] = bytes[offset];
                System.arraycopy(bytes, offset + 1, pixels, (done + r) * (RECORD_BYTES - 1), RECORD_BYTES - 1);
            }
            done += take;
        }
        return new Images(labels, pixels, checksums);
    }

    private static byte[] readValidated(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": missing (CIFAR-10 binary file expected; set -D" + DIRECTORY_PROPERTY
                    + " to the cifar-10-batches-bin folder)");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size != FILE_BYTES) {
                throw new DataException(file + ": " + size + " bytes, expected " + FILE_BYTES + " ("
                        + RECORDS_PER_FILE + " records of " + RECORD_BYTES + " bytes): truncated or corrupt");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read: " + e.getMessage(), e);
        }
        for (int r = 0; r < RECORDS_PER_FILE; r++) {
            int label = bytes[r * RECORD_BYTES] & 0xff;
            if (label >= CLASSES) {
                throw new DataException(file + ": record " + r + " has label " + label + ", allowed 0-" + (CLASSES - 1)
                        + ": corrupt file");
            }
        }
        return bytes;
    }

    private Map<String, String> expectedChecksums() {
        Path sums = directory.resolve("SHA256SUMS");
        Map<String, String> expected = new LinkedHashMap<>();
        if (!Files.isRegularFile(sums)) {
            return expected;
        }
        try {
            for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) {
                    expected.put(parts[1].replaceFirst("^\\*", "").trim(), parts[0]);
                }
            }
        } catch (IOException e) {
            throw new DataException(sums + ": cannot be read: " + e.getMessage(), e);
        }
        return expected;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The hex digest of a stream (MD5 for the official archive). */
    static String digest(InputStream in, String algorithm) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            try (DigestInputStream stream = new DigestInputStream(in, digest)) {
                stream.transferTo(OutputStreamSink.INSTANCE);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    /** Class names from {@code batches.meta.txt}, in label order. */
    public List<String> classNames() {
        Path meta = directory.resolve("batches.meta.txt");
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(meta, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
            if (names.size() != CLASSES) {
                throw new DataException(meta + ": " + names.size() + " class names, expected " + CLASSES);
            }
            return names;
        } catch (IOException e) {
            throw new DataException(meta + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Discards what is written (for digesting a stream). */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discarded
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
