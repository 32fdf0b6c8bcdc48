package weightinit.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The official {@code cifar-10-binary.tar.gz}: its published MD5 is checked before anything is
 * extracted, and no entry may leave the target folder (absolute paths, {@code ..}, links).
 */
public final class Cifar10Archive {

    /** The MD5 the CIFAR-10 page publishes for cifar-10-binary.tar.gz. */
    public static final String OFFICIAL_MD5 = "c32a1d4ab5d03f1284b67883e8d87530";

    private Cifar10Archive() {
    }

    /**
     * Checks {@code archive} against {@code expectedMd5}, then extracts it under {@code target}.
     *
     * @throws DataException on a checksum mismatch or an entry that would escape {@code target}
     */
    public static void extract(Path archive, String expectedMd5, Path target) {
        try {
            String md5;
            try (InputStream in = Files.newInputStream(archive)) {
                md5 = Cifar10.digest(in, "MD5");
            }
            if (!md5.equalsIgnoreCase(expectedMd5)) {
                throw new DataException(archive + ": MD5 " + md5 + ", expected " + expectedMd5
                        + " (incomplete or altered download)");
            }
            Path root = Files.createDirectories(target).toRealPath();
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                    new BufferedInputStream(Files.newInputStream(archive))))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextTarEntry()) != null) {
                    Path destination = root.resolve(entry.getName()).normalize();
                    if (!destination.startsWith(root) || entry.isSymbolicLink() || entry.isLink()) {
                        throw new DataException(archive + ": entry '" + entry.getName() + "' would be written outside "
                                + root + " (or is a link): refused");
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(destination);
                    } else if (entry.isFile()) {
                        Files.createDirectories(destination.getParent());
                        Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new DataException(archive + ": cannot be extracted: " + e.getMessage(), e);
        }
    }
}
