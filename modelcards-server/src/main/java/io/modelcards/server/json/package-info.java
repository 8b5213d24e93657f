/** The API's JSON: one mapper with its conventions, and the response records the endpoints write. */
package io.modelcards.server.json;
