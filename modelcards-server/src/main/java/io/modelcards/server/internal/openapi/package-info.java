/** The OpenAPI 3.1 document of the REST API, generated from the route table. */
package io.modelcards.server.internal.openapi;
