/** The web UI's page benchmark: server time and weight of the models list and a card page over many cards. */
package io.modelcards.bench.ui;
