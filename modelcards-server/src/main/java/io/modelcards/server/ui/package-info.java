/**
 * The server-rendered web UI: sign in with a token into a session, the models list and a model's page, its assets and
 * its CSRF and session checks; pages are precompiled JTE templates (src/main/jte) fed the records of {@code .view}.
 */
package io.modelcards.server.ui;
