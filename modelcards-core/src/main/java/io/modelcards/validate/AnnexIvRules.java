package io.modelcards.validate;

/**
 * The {@code annex-iv} pack as diagnostics: an error for each point of Annex IV the card does not document at all, a
 * warning for each it documents in part, at the field to fill, with code {@code annex-iv/<point>}.
 */
final class AnnexIvRules {
    private AnnexIvRules() {}

    static void check(AnnexIvCoverage coverage, Findings out) {
        for (AnnexIvCoverage.Point p : coverage.points()) {
            String message = "Annex IV " + p.point().label() + " (" + p.point().title() + ") is "
                    + (p.coverage() == Coverage.MISSING ? "missing" : "partly covered") + ": " + p.toWrite();
            switch (p.coverage()) {
                case MISSING -> out.error(p.pointer(), p.point().code(), message);
                case PARTLY -> out.warning(p.pointer(), p.point().code(), message);
                case COVERED -> { }
            }
        }
    }
}
