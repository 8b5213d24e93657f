/** Cards over HTTP: reading uploads by content type, and rendering cards as json, md or html through a bounded cache. */
package io.modelcards.server.internal.card;
