package weightinit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader and the archive on small synthetic files. */
class Cifar10Test {

    @TempDir
    Path folder;

    @Test
    void aValidFileIsReadWithItsChecksum() throws IOException {
        byte[] bytes = syntheticFile();
        Files.write(folder.resolve("test_batch.bin"), bytes);
        Cifar10.Images images = new Cifar10(folder).read(Cifar10.Split.TEST, 3);
        assertThat(images.count()).isEqualTo(3);
        assertThat(images.labels()).containsExactly(0, 1, 2);
        assertThat(images.scaled(1, 0)).isEqualTo((1 % 256) / 255f);
        assertThat(images.checksums()).containsEntry("test_batch.bin", Cifar10.sha256(bytes));
    }

    @Test
    void aTruncatedFileIsNamed() throws IOException {
        Files.write(folder.resolve("test_batch.bin"), new byte[Cifar10.RECORD_BYTES * 10]);
        assertThatThrownBy(() -> new Cifar10(folder).read(Cifar10.Split.TEST, 1)).isInstanceOf(DataException.class)
                .hasMessageContaining("test_batch.bin").hasMessageContaining("30730 bytes, expected 30730000")
                .hasMessageContaining("truncated");
    }

    @Test
    void aLabelOutOfRangeIsNamed() throws IOException {
        byte[] bytes = syntheticFile();
        bytes[5 * Cifar10.RECORD_BYTES] = 12;
        Files.write(folder.resolve("test_batch.bin"), bytes);
        assertThatThrownBy(() -> new Cifar10(folder).read(Cifar10.Split.TEST, 1))
                .hasMessageContaining("record 5 has label 12, allowed 0-9");
    }

    @Test
    void aChecksumThatDisagreesIsRefused() throws IOException {
        Files.write(folder.resolve("test_batch.bin"), syntheticFile());
        Files.writeString(folder.resolve("SHA256SUMS"), "00ff  test_batch.bin\n");
        assertThatThrownBy(() -> new Cifar10(folder).read(Cifar10.Split.TEST, 1))
                .hasMessageContaining("differs from 00ff in SHA256SUMS");
    }

    @Test
    void missingDataIsNamedAndAMissingFolderMeansNotRun() {
        assertThatThrownBy(() -> new Cifar10(folder).read(Cifar10.Split.TRAIN, 1))
                .hasMessageContaining("data_batch_1.bin: missing");
        Properties properties = new Properties();
        properties.setProperty(Cifar10.DIRECTORY_PROPERTY, folder.resolve("nowhere").toString());
        assertThat(Cifar10.locate(properties)).isEmpty();
    }

    @Test
    void anArchiveIsExtractedOnlyWithTheRightMd5AndNoEscapingEntry() throws IOException {
        Path good = archive("cifar-10-batches-bin/batches.meta.txt");
        String md5 = Cifar10.digest(Files.newInputStream(good), "MD5");
        Path target = folder.resolve("out");
        Cifar10Archive.extract(good, md5, target);
        assertThat(target.resolve("cifar-10-batches-bin/batches.meta.txt")).hasContent("airplane");

        assertThatThrownBy(() -> Cifar10Archive.extract(good, Cifar10Archive.OFFICIAL_MD5, target))
                .hasMessageContaining("expected " + Cifar10Archive.OFFICIAL_MD5);

        Path evil = archive("../escaped.txt");
        String evilMd5 = Cifar10.digest(Files.newInputStream(evil), "MD5");
        assertThatThrownBy(() -> Cifar10Archive.extract(evil, evilMd5, folder.resolve("out2")))
                .hasMessageContaining("'../escaped.txt' would be written outside");
        assertThat(folder.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void aDownloadIsCheckedAndExtractedAndItsArchiveRemoved() throws IOException {
        Path source = archive("cifar-10-batches-bin/batches.meta.txt");
        String md5 = Cifar10.digest(Files.newInputStream(source), "MD5");
        Path target = folder.resolve("download");
        assertThat(Cifar10Download.fetch(source.toUri(), md5, target)).isEqualTo(target.resolve("cifar-10-batches-bin"));
        assertThat(target.resolve("cifar-10-batches-bin/batches.meta.txt")).hasContent("airplane");
        assertThat(target.resolve("cifar-10-binary.tar.gz.part")).doesNotExist();

        assertThatThrownBy(() -> Cifar10Download.fetch(source.toUri(), Cifar10Archive.OFFICIAL_MD5, target))
                .hasMessageContaining("incomplete or altered download");
        assertThatThrownBy(() -> Cifar10Download.fetch(folder.resolve("absent.tar.gz").toUri(), md5, target))
                .hasMessageContaining("download failed");
    }

    private static byte[] syntheticFile() {
        byte[] bytes = new byte[(int) Cifar10.FILE_BYTES];
        for (int r = 0; r < Cifar10.RECORDS_PER_FILE; r++) {
            bytes[r * Cifar10.RECORD_BYTES] = (byte) (r % Cifar10.CLASSES);
            bytes[r * Cifar10.RECORD_BYTES + 1] = (byte) r;
        }
        return bytes;
    }

    private Path archive(String entryName) throws IOException {
        Path path = Files.createTempFile(folder, "archive", ".tar.gz");
        byte[] content = "airplane".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(path);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            TarArchiveEntry entry = new TarArchiveEntry(entryName);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            new ByteArrayInputStream(content).transferTo(tar);
            tar.closeArchiveEntry();
        }
        return path;
    }
}
