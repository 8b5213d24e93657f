package io.modelcards.bench.search;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.card.RiskRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded, varied model cards for the search benchmark: tags, licences, datasets with content hashes, base models, a
 * risk rating, accuracy and F1 on an evaluation dataset, and about 80 words of prose drawn from a Zipf-like vocabulary
 * (a few words are in most cards, most words in few), so that free-text searches meet both kinds.
 */
final class GeneratedCards {
    /** The size of the prose vocabulary. */
    static final int VOCABULARY = 20_000;
    static final List<String> EVAL_DATASETS = List.of("imdb", "sst2", "glue", "squad", "mnli", "cifar10", "mnist", "coco", "ag_news",
            "yelp", "emotion", "conll2003", "wikitext", "xsum", "cnn_dailymail", "boolq", "piqa", "hellaswag", "arc", "race");
    private static final List<String> LICENSES = List.of("apache-2.0", "mit", "cc-by-4.0", "bsd-3-clause", "openrail", "other",
            "cc-by-nc-4.0", "llama2");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "den", "bar", "qui", "zel", "pra",
        "tor", "gan", "fel", "mos", "lin", "dra", "cue"};

    private GeneratedCards() {}

    /** The {@code rank}-th word of the vocabulary (0 the most common): a made-up word, distinct for each rank. */
    static String word(int rank) {
        StringBuilder s = new StringBuilder();
        int r = rank;
        do {
            s.append(SYLLABLES[r % SYLLABLES.length]);
            r /= SYLLABLES.length;
        } while (r > 0);
        return s.toString();
    }

    /** A word rank drawn with a Zipf-like law: rank k has weight about 1/(k+1). */
    static int zipf(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return Math.min(VOCABULARY - 1, (int) Math.floor(Math.exp(u * Math.log(VOCABULARY + 1.0))) - 1);
    }

    /** Card number {@code i}, the same for the same {@code i} and seed. */
    static ModelCard card(int i, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        ModelCard c = ModelCard.empty();
        c = c.withDetails(c.details().withName("model-" + i).withVersion("1.0").withSummary(prose(rnd, 40)))
                .withUses(c.uses().withDirectUse(prose(rnd, 40)));
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 2 + rnd.nextInt(3); t++) {
            tags.add("tag" + rnd.nextInt(60));
        }
        c = c.withMetadata(c.metadata().withTags(tags).withLicense(LICENSES.get(rnd.nextInt(LICENSES.size())))
                .withBaseModel(List.of("base-" + rnd.nextInt(40))));
        String eval = EVAL_DATASETS.get(rnd.nextInt(EVAL_DATASETS.size()));
        List<DatasetInfo> datasets = List.of(
                DatasetInfoBuilder.builder().name("train-" + rnd.nextInt(500)).role("training").contentHash(hash(rnd)).build(),
                DatasetInfoBuilder.builder().name(eval).role("evaluation").split("test").contentHash(hash(rnd)).build());
        double acc = 0.5 + 0.5 * Math.sqrt(rnd.nextDouble());
        List<QuantitativeResult> results = List.of(
                QuantitativeResultBuilder.builder().metric("accuracy").value(round(acc)).dataset(eval).split("test").primary(true).build(),
                QuantitativeResultBuilder.builder().metric("f1").value(round(acc - 0.05 * rnd.nextDouble())).dataset(eval).split("test")
                        .build());
        RiskRating risk = RiskRating.values()[rnd.nextInt(RiskRating.values().length)];
        return c.withDatasets(datasets).withEvaluation(c.evaluation().withQuantitative(results))
                .withGovernance(c.governance().withRisk(risk));
    }

    /** The words of card {@code i}'s summary, in order: adjacent ones make a phrase that card holds. */
    static List<String> summaryWords(int i, long seed) {
        return List.of(card(i, seed).details().summary().replace(".", "").split(" "));
    }

    private static String prose(SplittableRandom rnd, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(word(zipf(rnd)));
        }
        return s.append('.').toString();
    }

    private static String hash(SplittableRandom rnd) {
        return String.format(Locale.ROOT, "sha256:%016x%016x%016x%016x", rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
