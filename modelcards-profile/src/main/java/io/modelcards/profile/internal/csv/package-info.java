/**
 * The CSV and TSV parser: RFC 4180 records against the file's header, each field typed as DuckDB's sniffer does.
 */
package io.modelcards.profile.internal.csv;
