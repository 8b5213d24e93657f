package io.modelcards.capture.energy;

import io.modelcards.card.Emissions;
import io.modelcards.card.Energy;

/**
 * What an energy measurement produced: the card's {@link Energy} section (method, inputs, uncertainty) and the
 * Hugging Face {@code co2_eq_emissions} block.
 */
public record EnergyReport(Energy energy, Emissions emissions) {}
