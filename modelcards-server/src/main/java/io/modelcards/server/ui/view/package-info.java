/** The records the web UI's templates take: everything a page shows, already read from the registry. */
package io.modelcards.server.ui.view;
