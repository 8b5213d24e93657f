package io.modelcards.profile;

import io.modelcards.card.DatasetProfile;
import java.nio.file.Path;

/** Profiles one file and prints its row count; run in a child JVM with a small heap by {@link BoundedMemoryTest}. */
public final class MemoryProbe {
    private MemoryProbe() {}

    public static void main(String[] args) throws Exception {
        DatasetProfile p = Profiler.builder().addInput(Path.of(args[0])).build().run();
        System.out.println("rows=" + p.rows() + " columns=" + p.columns().size() + " heap="
                + Runtime.getRuntime().maxMemory());
    }
}
