/**
 * The CLI's side of the registry: a client of its REST API ({@code /api/v1}) that finds the server and the caller's
 * token, sends requests, and turns the server's problem JSON into the same located diagnostics and exit codes as every
 * other command.
 */
package io.modelcards.cli.remote;
