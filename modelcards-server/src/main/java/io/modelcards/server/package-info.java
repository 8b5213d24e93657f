/**
 * The registry server: {@link io.modelcards.server.RegistryServer} starts the REST API ({@code /api/v1}) on a registry
 * described by {@link io.modelcards.server.ServerConfig}, bound to 127.0.0.1 unless told otherwise.
 */
package io.modelcards.server;
