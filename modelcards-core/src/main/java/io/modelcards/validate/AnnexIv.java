package io.modelcards.validate;

import io.modelcards.validate.AnnexIvPoint.Requirement;
import io.modelcards.validate.AnnexIvPoint.Source;
import java.util.List;

/**
 * The {@code annex-iv} rule pack: every point and sub-point of Annex IV of Regulation (EU) 2024/1689 (1(a)–(h),
 * 2(a)–(h), 3 to 9), each mapped to the card fields, and the records a registry holds, that document it.
 *
 * <p>{@link #POINTS} is the mapping as data, in the regulation's order; {@link AnnexIvCoverage#of} checks a card
 * against it. A coverage report says what a card documents, never whether a system complies: it is not legal advice.
 */
public final class AnnexIv {
    private AnnexIv() {}

    /** Every point of Annex IV, in the regulation's order. */
    public static final List<AnnexIvPoint> POINTS = List.of(
            point("1a", "1(a)", "Purpose, provider and version",
                    "The system's intended purpose, the name of its provider, and its version, showing how it relates to earlier versions.",
                    field("the intended purpose", "/uses/direct_use"),
                    field("the provider's name", "/details/developers"),
                    field("the system's version", "/details/version")),
            point("1b", "1(b)", "Interaction with other systems",
                    "How the system interacts, or can be used to interact, with hardware or software outside it, other AI systems "
                            + "included.",
                    field("how the system interacts with hardware and software outside it", "/compliance/integration")),
            point("1c", "1(c)", "Software versions",
                    "The versions of the relevant software or firmware, and any requirement about updating them.",
                    field("the software versions (captured by a training run)", "/training/environment")),
            point("1d", "1(d)", "Forms of distribution",
                    "Every form in which the system is placed on the market or put into service: a software package, embedded in "
                            + "hardware, a download, an API.",
                    field("every form in which the system is offered", "/compliance/distribution")),
            point("1e", "1(e)", "Target hardware",
                    "The hardware on which the system is meant to run.",
                    field("the hardware the system is meant to run on", "/compliance/target_hardware")),
            point("1f", "1(f)", "Product markings and layout",
                    "Where the system is a component of products: photographs or illustrations of their external features, "
                            + "markings and internal layout.",
                    field("illustrations of the product's markings and layout, or that the system is no product component",
                            "/compliance/product_markings")),
            point("1g", "1(g)", "User interface for deployers",
                    "A basic description of the user interface given to the deployer.",
                    field("the user interface given to the deployer", "/compliance/user_interface")),
            point("1h", "1(h)", "Instructions for use",
                    "The instructions for use given to the deployer.",
                    field("how a deployer uses the system", "/details/how_to_get_started"),
                    field("the uses the system must not be put to", "/uses/out_of_scope_use")),
            point("2a", "2(a)", "Development methods",
                    "The methods and steps of development, including any pre-trained systems or third-party tools used and how "
                            + "they were integrated or modified.",
                    field("the training procedure and the pre-trained models or tools it used", "/training/procedure")),
            point("2b", "2(b)", "Design specifications",
                    "The general logic and algorithms; key design choices with their rationale and assumptions, including about the "
                            + "people the system is meant for; what it optimises and why; the expected output and its quality; "
                            + "trade-offs made.",
                    field("the general logic of the system", "/details/description"),
                    field("the key design choices and what the model optimises", "/details/architecture")),
            point("2c", "2(c)", "Architecture and compute",
                    "How the software components build on or feed into each other, and the computational resources used to "
                            + "develop, train, test and validate the system.",
                    field("the system architecture", "/details/architecture"),
                    field("the compute used to develop, train and test it", "/training/compute")),
            point("2d", "2(d)", "Data requirements",
                    "Datasheets of the training data: methods, provenance, scope and main characteristics, how data was obtained "
                            + "and selected, labelling and cleaning (such as outlier detection).",
                    field("the datasets used, with their source and content hash", "/datasets"),
                    field("the training data and how it was obtained and selected", "/training/training_data"),
                    field("how the data was labelled and cleaned", "/training/preprocessing")),
            point("2e", "2(e)", "Human oversight",
                    "An assessment of the human-oversight measures of Article 14, including the technical means that help "
                            + "deployers interpret the outputs (Article 13(3)(d)).",
                    field("the human-oversight measures", "/compliance/human_oversight")),
            point("2f", "2(f)", "Predetermined changes",
                    "Where applicable, the changes to the system and its performance determined in advance, and the technical "
                            + "solutions that keep it compliant through them.",
                    field("the changes planned in advance and how compliance is kept", "/compliance/predetermined_changes")),
            point("2g", "2(g)", "Validation and testing",
                    "The validation and testing procedures, the test data and its main characteristics, the metrics of accuracy, "
                            + "robustness and compliance and of potentially discriminatory impacts, and test logs and reports dated "
                            + "and signed by the people responsible.",
                    field("the test data and its main characteristics", "/evaluation/testing_data"),
                    field("the measured results", "/evaluation/quantitative"),
                    new Requirement("dated test reports signed by the people responsible", List.of(
                            new Source.Registry(RegistryEvidence.Kind.REVIEWS), new Source.Field("/compliance/test_reports")))),
            point("2h", "2(h)", "Cybersecurity",
                    "The cybersecurity measures put in place.",
                    field("the cybersecurity measures", "/compliance/cybersecurity")),
            point("3", "3", "Monitoring, functioning and control",
                    "The system's capabilities and limitations, including its accuracy for the persons or groups it is meant for "
                            + "and overall; foreseeable unintended outcomes and sources of risk; the human-oversight measures; "
                            + "input data specifications.",
                    field("the capabilities, limitations and foreseeable risks", "/considerations/bias_risks_limitations"),
                    new Requirement("results broken down by the persons or groups the system is meant for",
                            List.of(new Source.SlicedResults())),
                    field("the human-oversight measures", "/compliance/human_oversight")),
            point("4", "4", "Appropriateness of the metrics",
                    "Why the chosen performance metrics are appropriate for this system.",
                    field("the metrics and why they fit this system", "/evaluation/metrics")),
            point("5", "5", "Risk management system",
                    "A detailed description of the risk management system of Article 9.",
                    field("the risk rating", "/governance/risk"),
                    field("the risk management system", "/compliance/risk_management")),
            point("6", "6", "Changes over the lifecycle",
                    "The relevant changes the provider made to the system over its lifecycle.",
                    new Requirement("the relevant changes made over the lifecycle", List.of(
                            new Source.Registry(RegistryEvidence.Kind.HISTORY), new Source.Field("/compliance/lifecycle_changes")))),
            point("7", "7", "Standards applied",
                    "The harmonised standards applied in full or in part; where none were, the other solutions, standards and "
                            + "technical specifications used to meet the requirements of Chapter III, Section 2.",
                    field("the harmonised or other standards applied", "/compliance/standards")),
            point("8", "8", "EU declaration of conformity",
                    "A copy of the EU declaration of conformity of Article 47.",
                    field("where the EU declaration of conformity is", "/compliance/declaration_of_conformity")),
            point("9", "9", "Post-market monitoring",
                    "The system that evaluates the system's performance once it is on the market (Article 72), including the "
                            + "post-market monitoring plan of Article 72(3).",
                    field("the post-market monitoring plan", "/compliance/post_market_monitoring")));

    private static AnnexIvPoint point(String id, String label, String title, String text, Requirement... requirements) {
        return new AnnexIvPoint(id, label, title, text, List.of(requirements));
    }

    private static Requirement field(String what, String pointer) {
        return new Requirement(what, List.of(new Source.Field(pointer)));
    }
}
