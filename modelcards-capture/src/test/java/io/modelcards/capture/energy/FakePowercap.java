package io.modelcards.capture.energy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Builds a powercap directory shaped like Linux's /sys/class/powercap, with counters the test moves by hand. */
final class FakePowercap {
    final Path root;

    FakePowercap(Path root) {
        this.root = root;
    }

    FakePowercap zone(String dir, String name, long maxRange, long energy) {
        try {
            Path zone = Files.createDirectories(root.resolve(dir));
            Files.writeString(zone.resolve("name"), name + "\n");
            Files.writeString(zone.resolve("max_energy_range_uj"), maxRange + "\n");
            Files.writeString(zone.resolve("energy_uj"), energy + "\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the counter atomically, as sysfs does, so that a concurrent reader never sees a half-written file. */
    void set(String dir, String energy) {
        try {
            Path tmp = Files.writeString(root.resolve(dir).resolve("energy_uj.tmp"), energy + "\n");
            Files.move(tmp, root.resolve(dir).resolve("energy_uj"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
