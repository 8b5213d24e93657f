package io.modelcards.registry.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs each {@link StorageTest} on a fresh H2 file database and on a fresh PostgreSQL database. */
final class BothDatabases implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Database.Kind.H2, Database.Kind.POSTGRESQL).map(On::new);
    }

    /** One run of a storage test on one kind of database. */
    private record On(Database.Kind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return kind == Database.Kind.H2 ? "H2" : "PostgreSQL";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Fresh(kind));
        }
    }

    /** Creates the database for one test run, hands it to the test, and closes and removes it afterwards. */
    private static final class Fresh implements ParameterResolver, AfterEachCallback {
        private final Database.Kind kind;
        private final List<Database> opened = new ArrayList<>();
        private TestDatabase target;
        private Path h2Dir;

        Fresh(Database.Kind kind) {
            this.kind = kind;
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            return type == Database.class || type == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            if (target == null) {
                target = new TestDatabase(kind, kind == Database.Kind.H2 ? h2Url() : EmbeddedPostgresServer.freshDatabase());
            }
            if (p.getParameter().getType() == TestDatabase.class) {
                return target;
            }
            Database db = target.open();
            opened.add(db);
            return db;
        }

        @Override
        public void afterEach(ExtensionContext context) throws IOException {
            opened.forEach(Database::close);
            if (target != null && kind == Database.Kind.POSTGRESQL) {
                EmbeddedPostgresServer.drop(target.jdbcUrl());
            }
            if (h2Dir != null) {
                try (Stream<Path> files = Files.walk(h2Dir)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }

        private String h2Url() {
            try {
                h2Dir = Files.createTempDirectory("registry-h2-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Database.embeddedUrl(h2Dir);
        }
    }
}
