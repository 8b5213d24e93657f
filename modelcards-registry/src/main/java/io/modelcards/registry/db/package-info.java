/**
 * Opening the registry's database: the embedded H2 file by default, PostgreSQL by JDBC URL, a connection pool, and
 * the Flyway migrations that bring either to the schema this build knows.
 */
package io.modelcards.registry.db;
