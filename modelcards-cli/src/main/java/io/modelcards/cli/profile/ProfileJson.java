package io.modelcards.cli.profile;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.modelcards.card.DatasetProfile;
import io.modelcards.codec.CardMappers;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON that {@code modelcards profile} writes: the profile, pretty-printed, ending in a newline; and a way to get
 * its writer ready while the scan runs.
 *
 * <p>Why ready it early: the first profile a process writes loads Jackson's serializer classes and inspects every record
 * of the profile (about 400 classes, 0.2 s of a cold 1 M-row run of 2 s, JDK class-loading log), and that came after
 * the scan, when nothing else was left to do. On a thread of its own it overlaps the scan.
 */
public final class ProfileJson {
    private ProfileJson() {}

    /** {@code profile} as the command writes it. */
    public static String of(DatasetProfile profile) {
        try {
            return writer().writeValueAsString(profile) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts building the serializers of a profile on a daemon thread and returns at once; {@link #of} gives the same
     * bytes whether or not it has finished (it only fills the mapper's cache).
     */
    public static void prepareInBackground() {
        Thread t = new Thread(ProfileJson::writer, "modelcards-profile-json");
        t.setDaemon(true);
        t.start();
    }

    /** A writer for profiles, its root serializer (and those of the records it holds) built. */
    private static ObjectWriter writer() {
        return CardMappers.json().writerFor(DatasetProfile.class).with(CardMappers.prettyPrinter());
    }
}
