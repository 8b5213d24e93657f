/**
 * The route table (every endpoint with its capability, ownership rule and anonymous access) and the one access check
 * that enforces it on each request.
 */
package io.modelcards.server.route;
