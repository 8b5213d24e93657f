package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeysTest {
    @TempDir
    Path dir;

    @Test
    void aPrivateKeyIsWrittenOwnerOnlyAndReadsBack() throws Exception {
        KeyPair keys = AuditKeys.generate();
        Path file = dir.resolve("keys/audit.key");
        AuditKeys.writePrivate(file, keys.getPrivate());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(AuditKeys.readPrivate(file).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
    }

    @Test
    void aPublicKeyReadsBackAndVerifiesWhatThePrivateOneSigned() throws Exception {
        KeyPair keys = AuditKeys.generate();
        AuditKeys.writePrivate(dir.resolve("audit.key"), keys.getPrivate());
        AuditKeys.writePublic(dir.resolve("audit.pub"), keys.getPublic());
        KeyPair back = new KeyPair(AuditKeys.readPublic(dir.resolve("audit.pub")), AuditKeys.readPrivate(dir.resolve("audit.key")));
        assertThat(Files.readString(dir.resolve("audit.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        Checkpoint cp = Checkpoint.sign("prod", ChainHead.GENESIS, "prod-audit", back);
        assertThat(cp.problemWith(keys.getPublic())).isEmpty();
    }

    @Test
    void aKeyFileOpenToGroupOrOthersIsRefusedWithTheFix() throws Exception {
        Path file = dir.resolve("audit.key");
        AuditKeys.writePrivate(file, AuditKeys.generate().getPrivate());
        for (String perms : new String[] {"rw-r-----", "rw----r--", "rw--w----", "rw-------"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
            if (perms.equals("rw-------")) {
                assertThat(AuditKeys.readPrivate(file)).isNotNull();
            } else {
                assertThatThrownBy(() -> AuditKeys.readPrivate(file)).as(perms).isInstanceOf(KeyFileException.class)
                        .hasMessageContaining(perms).hasMessageContaining("chmod 600 " + file);
            }
        }
    }

    @Test
    void aMissingKeyFileIsNamed() {
        Path file = dir.resolve("absent.key");
        assertThatThrownBy(() -> AuditKeys.readPrivate(file)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file + " does not exist");
    }

    @Test
    void anExistingKeyFileIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("audit.key");
        AuditKeys.writePrivate(file, AuditKeys.generate().getPrivate());
        String before = Files.readString(file);
        assertThatThrownBy(() -> AuditKeys.writePrivate(file, AuditKeys.generate().getPrivate()))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aFileWithoutAKeyIsRefusedByName() throws Exception {
        Path pub = dir.resolve("audit.pub");
        Files.writeString(pub, "not a key\n");
        assertThatThrownBy(() -> AuditKeys.readPublic(pub)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining(pub.toString()).hasMessageContaining("BEGIN PUBLIC KEY");
        Path wrong = dir.resolve("wrong.key");
        AuditKeys.writePublic(wrong, AuditKeys.generate().getPublic());
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> AuditKeys.readPrivate(wrong)).isInstanceOf(KeyFileException.class).hasMessageContaining("PRIVATE KEY");
    }
}
