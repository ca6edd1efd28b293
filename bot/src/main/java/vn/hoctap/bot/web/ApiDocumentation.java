package vn.hoctap.bot.web;

import java.util.List;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description of {@code /api/**}: a title and version, one tag per resource, the status
 * codes the API really answers (201 for creations, 400/401/403/404), and the ways to authenticate:
 * the operators' bearer token, a dashboard login by HTTP Basic, or the dashboard session itself
 * (what the Swagger UI page uses, with the CSRF token the page hands it).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** POST paths that answer 201 Created with the new resource. */
    private static final Set<String> CREATES = Set.of("/api/campaigns", "/api/units", "/api/invitations", "/api/documents/import");

    @Bean
    OpenAPI hoctapOpenApi() {
        String version = ApiDocumentation.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info().title("Hoctap Bot API").version(version == null ? "0.1.0" : version)
                        .description("Units, members, documents, campaigns, reports and statistics of the Hoctap study bot. "
                                + "Dashboard logins see only their unit's subtree."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The operators' ADMIN_TOKEN"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A dashboard login (user name and password)"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                                .name("SESSION").description("The logged-in dashboard session; changes also need the X-CSRF-TOKEN header")))
                .security(List.of(new SecurityRequirement().addList("bearer"), new SecurityRequirement().addList("basic"),
                        new SecurityRequirement().addList("session")));
    }

    @Bean
    OpenApiCustomizer hoctapTagsAndStatuses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                String[] parts = path.split("/");
                op.setTags(List.of(parts.length > 2 ? parts[2] : "api"));
                ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
                if (method == PathItem.HttpMethod.POST && CREATES.contains(path) && responses.get("200") != null) {
                    ApiResponse ok = responses.remove("200");
                    responses.addApiResponse("201", ok.description("Created"));
                }
                responses.putIfAbsent("400", new ApiResponse().description("Invalid request: {\"error\": \"…\"}"));
                if (path.equals("/api/campaigns") && method == PathItem.HttpMethod.POST
                        || path.equals("/api/campaigns/{id}") && method == PathItem.HttpMethod.PUT) {
                    responses.putIfAbsent("422", new ApiResponse().description("A quiz is required for a document without approved questions"));
                }
                responses.putIfAbsent("401", new ApiResponse().description("Not logged in"));
                responses.putIfAbsent("403", new ApiResponse().description("Outside the login's unit, or admins only"));
                if (path.contains("{")) {
                    responses.putIfAbsent("404", new ApiResponse().description("No such resource"));
                }
                op.setResponses(responses);
            }));
        };
    }
}
