package weightinit.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Fetches CIFAR-10 on request only (never during a build): downloads the official
 * {@code cifar-10-binary.tar.gz}, checks its published MD5 and extracts it without letting any
 * entry leave the target folder ({@link Cifar10Archive}); the result is the folder
 * {@code cifar-10-batches-bin} under the target.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=weightinit.data.Cifar10Download -Dexec.args=../shared/datasets</pre>
 */
public final class Cifar10Download {

    /** Where the CIFAR-10 page publishes the binary version. */
    public static final URI OFFICIAL_URI = URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz");

    private Cifar10Download() {
    }

    /** Arguments: the target folder (default {@code ../shared/datasets}), optionally another URI of the archive. */
    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        URI source = args.length > 1 ? URI.create(args[1]) : OFFICIAL_URI;
        Path folder = fetch(source, Cifar10Archive.OFFICIAL_MD5, target);
        System.out.println("CIFAR-10 ready in " + folder + " (use -D" + Cifar10.DIRECTORY_PROPERTY + "=" + folder
                + " unless it is the default " + Cifar10.DEFAULT_DIRECTORY + ")");
    }

    /**
     * Downloads {@code source} into {@code target}, checks {@code md5}, extracts, deletes the
     * archive; returns {@code target/cifar-10-batches-bin}.
     *
     * @throws DataException naming the source on a failed download, a wrong MD5 or an unsafe entry
     */
    public static Path fetch(URI source, String md5, Path target) {
        Path archive = target.resolve("cifar-10-binary.tar.gz.part");
        try {
            Files.createDirectories(target);
            System.out.println("downloading " + source + " ...");
            try (InputStream in = source.toURL().openStream()) {
                Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            Cifar10Archive.extract(archive, md5, target);
            return target.resolve("cifar-10-batches-bin");
        } catch (IOException e) {
            throw new DataException(source + ": download failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(archive);
            } catch (IOException e) {
                System.err.println("could not delete " + archive + ": " + e.getMessage());
            }
        }
    }
}
