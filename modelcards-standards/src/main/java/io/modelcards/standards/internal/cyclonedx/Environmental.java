package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Emissions;
import io.modelcards.card.Energy;
import io.modelcards.card.Environment;
import io.modelcards.card.ModelCard;
import java.util.Locale;

/**
 * The training energy as {@code environmentalConsiderations}: kWh and tCO2eq only, and always one energy provider,
 * because the schema requires {@code energyProviders} (research A.5); its source is {@code unknown}, which is all a
 * card knows, and its organisation the cloud provider when the card names one.
 */
final class Environmental {
    static final double GRAMS_PER_TONNE = 1e6;

    private Environmental() {}

    static ObjectNode of(ModelCard card, Energy e, Taken taken) {
        ObjectNode env = Leftovers.object();
        ObjectNode use = env.putArray("energyConsumptions").addObject();
        use.put("activity", activity(card.metadata().co2EqEmissions()));
        ObjectNode provider = use.putArray("energyProviders").addObject();
        Environment where = card.training().environment();
        String org = where == null || where.cloudProvider() == null ? "unknown" : where.cloudProvider();
        provider.putObject("organization").put("name", org);
        provider.put("energySource", "unknown");
        kwh(provider.putObject("energyProvided"), e.kwh());
        kwh(use.putObject("activityEnergyCost"), e.kwh());
        taken.mark("/training/energy/kwh");
        if (e.co2Grams() != null) {
            double tonnes = e.co2Grams() / GRAMS_PER_TONNE;
            use.putObject("co2CostEquivalent").put("value", tonnes).put("unit", "tCO2eq");
            // Grams → tonnes → grams is not always the same double; then the exact value stays a property as well.
            if (tonnes * GRAMS_PER_TONNE == e.co2Grams()) {
                taken.mark("/training/energy/co2_grams");
            }
        }
        return env;
    }

    private static void kwh(ObjectNode into, double value) {
        into.put("value", value).put("unit", "kWh");
    }

    private static String activity(Emissions emissions) {
        String type = emissions == null || emissions.trainingType() == null ? "" : emissions.trainingType();
        return type.toLowerCase(Locale.ROOT).contains("fine") ? "fine-tuning" : "training";
    }
}
