/** The endpoint handlers: each parses its request, calls the registry and writes JSON, nothing more. */
package io.modelcards.server.internal.api;
