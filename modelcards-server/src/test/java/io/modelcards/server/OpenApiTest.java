package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
    @StorageTest
    void theDocumentsOperationsAreExactlyTheRouteTableAndTheRegisteredRoutes(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            JsonNode doc = new Http(server.url()).get("/openapi.json", null).json();
            Set<String> documented = new HashSet<>();
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
            }
            Set<String> table = RouteTable.routes().stream().map(Route::key).collect(Collectors.toSet());
            Set<String> registered = new HashSet<>(server.registeredRoutes());
            assertThat(documented).isEqualTo(table);
            assertThat(registered).isEqualTo(table);
            assertThat(server.registeredRoutes()).doesNotHaveDuplicates();
        }
    }

    @StorageTest
    void theDocumentIsValidOpenApi31(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            String text = new Http(server.url()).get("/openapi.json", null).body();
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
            assertThat(result.getMessages()).isEmpty();
            assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
            assertThat(result.getOpenAPI().getPaths()).hasSize(
                    (int) RouteTable.routes().stream().map(Route::path).distinct().count());
        }
    }

    @StorageTest
    void everyOperationDocumentsTheProblemResponsesOfItsAccessRule(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            JsonNode doc = new Http(server.url()).get("/openapi.json", null).json();
            for (Route r : RouteTable.routes()) {
                JsonNode op = doc.at("/paths/" + r.path().replace("~", "~0").replace("/", "~1") + "/"
                        + r.method().toLowerCase(Locale.ROOT));
                assertThat(op.get("operationId").asText()).isEqualTo(r.operationId());
                assertThat(op.at("/responses").has(Integer.toString(r.status()))).as(r.key()).isTrue();
                assertThat(op.at("/responses").has("401")).as(r.key()).isEqualTo(!r.isPublic());
                assertThat(op.at("/responses/500/content/application~1problem+json/schema/$ref").asText())
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
    }
}
