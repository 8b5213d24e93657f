package io.modelcards.server.api;

import io.modelcards.registry.auth.Tokens;
import io.modelcards.registry.auth.Users;
import io.modelcards.registry.db.Database;
import io.modelcards.server.ServerConfig;
import java.time.Clock;

/** What the endpoints work on: the registry's database with its users and tokens. Close it to release the database. */
public final class Backend implements AutoCloseable {
    private final Database database;
    private final Users users;
    private final Tokens tokens;

    private Backend(Database database, Clock clock) {
        this.database = database;
        this.users = new Users(database, clock);
        this.tokens = new Tokens(database, clock);
    }

    /** Opens the registry {@code config} names: its JDBC URL, or the embedded H2 file under its home. */
    public static Backend open(ServerConfig config) {
        Database db = config.jdbcUrl() == null ? Database.embedded(config.home()) : Database.open(config.jdbcUrl());
        return new Backend(db, Clock.systemUTC());
    }

    /** The registry's users. */
    public Users users() {
        return users;
    }

    /** The registry's API tokens. */
    public Tokens tokens() {
        return tokens;
    }

    /** Closes the database. */
    @Override
    public void close() {
        database.close();
    }
}
